using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PanelCaseManager.Domain.Children;
using PanelCaseManager.Domain.PlacementRequests;

namespace PanelCaseManager.Application.Persistence.Configurations;

internal sealed class FamilyContactConfiguration : IEntityTypeConfiguration<FamilyContact>
{
    public void Configure(EntityTypeBuilder<FamilyContact> builder)
    {
        builder.HasKey(c => c.PlacementRequestId);
        builder.HasOne<PlacementRequest>().WithOne().HasForeignKey<FamilyContact>(c => c.PlacementRequestId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(c => c.Name).HasMaxLength(FamilyContact.NameMaxLength);
        builder.Property(c => c.Salutation).HasMaxLength(FamilyContact.SalutationMaxLength);
        builder.Property(c => c.AddressLines)
            .HasConversion(
                JsonColumn.Converter<IReadOnlyList<string>>(),
                new ValueComparer<IReadOnlyList<string>>((a, b) => a!.SequenceEqual(b!), v => v.Aggregate(0, (h, l) => HashCode.Combine(h, l.GetHashCode(StringComparison.Ordinal))), v => v.ToList()))
            .HasMaxLength((FamilyContact.AddressLineMaxLength + 4) * FamilyContact.MaximumAddressLines + 2);
        builder.Property(c => c.Postcode).HasConversion(v => v.Value, v => Postcode.Parse(v)).HasMaxLength(8);
        builder.Property(c => c.Email).HasMaxLength(FamilyContact.EmailMaxLength);
        builder.Ignore(c => c.Greeting);
        builder.Ignore(c => c.PostalAddress);
    }
}
