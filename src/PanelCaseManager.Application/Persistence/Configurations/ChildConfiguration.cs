using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PanelCaseManager.Domain.Children;

namespace PanelCaseManager.Application.Persistence.Configurations;

internal sealed class ChildConfiguration : IEntityTypeConfiguration<Child>
{
    public void Configure(EntityTypeBuilder<Child> builder)
    {
        builder.HasKey(c => c.Id);
        builder.Property(c => c.GivenName).HasMaxLength(100);
        builder.Property(c => c.FamilyName).HasMaxLength(100);
        builder.Property(c => c.CurrentSetting).HasMaxLength(200);
        builder.Property(c => c.Upn)
            .HasConversion(u => u!.Value, v => UniquePupilNumber.Parse(v))
            .HasMaxLength(13);
        // Not unique: a team that cannot see the child another team holds registers its own record rather than be told
        // the UPN is known elsewhere (docs/adr/0185); the duplicate check covers the children the officer may see.
        builder.HasIndex(c => c.Upn);
        builder.HasIndex(c => new { c.FamilyName, c.GivenName });
        builder.Ignore(c => c.FullName);

        builder.OwnsOne(c => c.Home, home =>
        {
            home.Property(h => h.Postcode)
                .HasConversion(p => p.Value, v => Postcode.Parse(v))
                .HasMaxLength(8)
                .HasColumnName("HomePostcode");
            home.OwnsOne(h => h.Coordinates, point =>
            {
                point.Property(p => p.Latitude).HasColumnName("HomeLatitude");
                point.Property(p => p.Longitude).HasColumnName("HomeLongitude");
            });
        });
    }
}
