using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PanelCaseManager.Application.Features.Provision;
using PanelCaseManager.Domain.Children;
using PanelCaseManager.Domain.Needs;
using PanelCaseManager.Domain.Provision;

namespace PanelCaseManager.Application.Persistence.Configurations;

internal sealed class SettingConfiguration : IEntityTypeConfiguration<Setting>
{
    public const int NameMaxLength = 200;

    public void Configure(EntityTypeBuilder<Setting> builder)
    {
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).HasConversion(v => v.Value, v => new SettingId(v));
        builder.Property(s => s.Urn).HasConversion(v => v.Value, v => Urn.Parse(v)).HasMaxLength(7);
        builder.HasIndex(s => s.Urn).IsUnique();
        builder.Property(s => s.Name).HasMaxLength(NameMaxLength);
        builder.HasIndex(s => s.Name);
        builder.Property(s => s.SectorId).HasConversion(v => v.Value, v => new SectorId(v));
        builder.HasOne<Sector>().WithMany().HasForeignKey(s => s.SectorId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(s => s.Postcode).HasConversion(v => v.Value, v => Postcode.Parse(v)).HasMaxLength(8);
        builder.ComplexProperty(s => s.Location, location =>
        {
            location.Property(p => p.Latitude).HasColumnName("Latitude");
            location.Property(p => p.Longitude).HasColumnName("Longitude");
        });

        // Whole pence in a 64-bit integer: exact, and comparable in SQL on SQLite as on SQL Server (ADR 0101).
        builder.Property(s => s.AnnualCost).HasConversion(v => v.Pence, v => Money.FromPence(v)).HasColumnName("AnnualCostPence");
        builder.Ignore(s => s.Vacancies);
    }
}

internal sealed class SectorConfiguration : IEntityTypeConfiguration<Sector>
{
    public void Configure(EntityTypeBuilder<Sector> builder)
    {
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).HasConversion(v => v.Value, v => new SectorId(v));
        builder.Property(s => s.Code).HasMaxLength(Sector.CodeMaxLength);
        builder.HasIndex(s => s.Code).IsUnique();
        builder.Property(s => s.Name).HasMaxLength(SectorProfileInput.NameMaxLength);
        builder.Ignore(s => s.Published);
        builder.Ignore(s => s.Draft);

        builder.OwnsMany(s => s.Versions, version =>
        {
            version.ToTable("SectorProfileVersions");
            version.WithOwner().HasForeignKey("SectorId");
            version.HasKey("SectorId", nameof(SectorProfileVersion.Number));
            version.Property(v => v.Number).ValueGeneratedNever();
            version.Property(v => v.Name).HasMaxLength(SectorProfileInput.NameMaxLength);
            version.Property(v => v.StaffingRatio).HasMaxLength(SectorProfileInput.ShortTextMaxLength);
            version.Property(v => v.TimeInMainstream).HasMaxLength(SectorProfileInput.LongTextMaxLength);
            version.Property(v => v.Curriculum).HasMaxLength(SectorProfileInput.LongTextMaxLength);
            version.Property(v => v.Description).HasMaxLength(SectorProfileInput.DescriptionMaxLength);
            // Served and co-occurring needs: comma-separated SEN2 codes.
            foreach (var needs in new[] { nameof(SectorProfileVersion.ServedNeeds), nameof(SectorProfileVersion.CoOccurringNeeds) })
            {
                version.Property<IReadOnlyList<string>>(needs)
                    .HasConversion(
                        v => string.Join(',', v),
                        v => v.Split(',', StringSplitOptions.RemoveEmptyEntries).ToList(),
                        new ValueComparer<IReadOnlyList<string>>((a, b) => a!.SequenceEqual(b!), v => v.Aggregate(0, (h, c) => HashCode.Combine(h, c.GetHashCode(StringComparison.Ordinal))), v => v.ToList()))
                    .HasMaxLength(200);
            }

            version.Ignore(v => v.Content);
            // Each area's range is a pair of private fields of the version, one column each.
            foreach (var field in Enum.GetNames<BroadAreaOfNeed>())
            {
                version.Property<int?>($"_{char.ToLowerInvariant(field[0])}{field[1..]}Minimum").HasColumnName($"{field}Minimum");
                version.Property<int?>($"_{char.ToLowerInvariant(field[0])}{field[1..]}Maximum").HasColumnName($"{field}Maximum");
            }
        });
        builder.Navigation(s => s.Versions).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
