using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PanelCaseManager.Domain.Children;
using PanelCaseManager.Domain.Needs;
using PanelCaseManager.Domain.PlacementRequests;
using PanelCaseManager.Domain.Users;

namespace PanelCaseManager.Application.Persistence.Configurations;

internal sealed class PlacementRequestConfiguration : IEntityTypeConfiguration<PlacementRequest>
{
    public void Configure(EntityTypeBuilder<PlacementRequest> builder)
    {
        builder.HasKey(p => p.Id);
        builder.HasIndex(p => p.Reference).IsUnique();
        builder.HasIndex(p => new { p.Stage, p.ReceivedDate });
        builder.HasIndex(p => p.AssignedOfficerId);
        builder.HasIndex(p => p.ReceivedDate);
        builder.HasOne<Child>().WithMany().HasForeignKey(p => p.ChildId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<UserAccount>().WithMany().HasForeignKey(p => p.AssignedOfficerId).OnDelete(DeleteBehavior.Restrict);

        builder.ComplexProperty(p => p.NeedLevels);

        builder.OwnsMany(p => p.Preferences, preference =>
        {
            preference.ToTable("PlacementRequestPreferences");
            preference.WithOwner().HasForeignKey("PlacementRequestId");
            preference.HasKey("PlacementRequestId", nameof(Preference.Rank));
            preference.Property(p => p.Rank).ValueGeneratedNever();
            preference.Property(p => p.SettingName).HasMaxLength(200);
            preference.Property(p => p.SettingUrn).HasMaxLength(10);
            preference.Property(p => p.Reasons).HasMaxLength(4000);
        });
        builder.Navigation(p => p.Preferences).UsePropertyAccessMode(PropertyAccessMode.Field);

        builder.OwnsMany(p => p.Needs, need =>
        {
            need.ToTable("PlacementRequestNeeds");
            need.WithOwner().HasForeignKey("PlacementRequestId");
            need.HasKey("PlacementRequestId", nameof(RankedNeed.Rank));
            need.Property(n => n.Rank).ValueGeneratedNever();
            need.Property(n => n.Code).HasMaxLength(10);
            need.HasIndex(n => n.Code);
        });
        builder.Navigation(p => p.Needs).UsePropertyAccessMode(PropertyAccessMode.Field);

        builder.OwnsMany(p => p.StageChanges, change =>
        {
            change.ToTable("PlacementRequestStageChanges");
            change.WithOwner().HasForeignKey("PlacementRequestId");
            change.HasKey("PlacementRequestId", nameof(StageChange.Sequence));
            change.Property(c => c.Sequence).ValueGeneratedNever();
            change.Property(c => c.Reason).HasMaxLength(4000);
        });
        builder.Navigation(p => p.StageChanges).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
