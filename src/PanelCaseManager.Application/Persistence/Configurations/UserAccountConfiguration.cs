using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PanelCaseManager.Domain.Users;

namespace PanelCaseManager.Application.Persistence.Configurations;

internal sealed class UserAccountConfiguration : IEntityTypeConfiguration<UserAccount>
{
    public void Configure(EntityTypeBuilder<UserAccount> builder)
    {
        builder.ToTable("Users");
        builder.HasKey(u => u.Id);
        builder.Property(u => u.DisplayName).HasMaxLength(200);
        builder.Property(u => u.Email).HasMaxLength(320);
        builder.Property(u => u.Team).HasMaxLength(100);
        builder.Ignore(u => u.CanBeAssignedCases);
        builder.Ignore(u => u.IsPartner);
        builder.HasOne<Domain.Provision.Setting>().WithMany().HasForeignKey(u => u.SettingId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(u => u.SettingId);
        builder.HasIndex(u => u.Email);
        builder.Property(u => u.ClosedReason).HasMaxLength(UserAccount.ClosedReasonMaxLength);

        builder.OwnsMany(u => u.ChildLinks, link =>
        {
            link.ToTable("UserChildLinks");
            link.WithOwner().HasForeignKey("UserId");
            link.HasKey("UserId", nameof(ChildLink.ChildId));
            link.Property(l => l.Relationship).HasMaxLength(50);
            link.HasIndex(l => l.ChildId);
        });
        builder.Navigation(u => u.ChildLinks).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
