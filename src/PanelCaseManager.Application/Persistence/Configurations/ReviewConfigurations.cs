using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PanelCaseManager.Domain.PlacementRequests;
using PanelCaseManager.Domain.Plans;
using PanelCaseManager.Domain.Provision;

namespace PanelCaseManager.Application.Persistence.Configurations;

internal sealed class AnnualReviewConfiguration : IEntityTypeConfiguration<AnnualReview>
{
    public void Configure(EntityTypeBuilder<AnnualReview> builder)
    {
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.HasOne<EhcPlan>().WithMany().HasForeignKey(r => r.PlanId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Setting>().WithMany().HasForeignKey(r => r.SettingId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<PlacementRequest>().WithMany().HasForeignKey(r => r.PlacementRequestId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(r => r.MeetingRecordedBy).HasMaxLength(PanelDbContext.UserIdMaxLength);
        builder.Property(r => r.PaperworkReturnedBy).HasMaxLength(PanelDbContext.UserIdMaxLength);
        builder.Property(r => r.DecidedBy).HasMaxLength(PanelDbContext.UserIdMaxLength);
        builder.Property(r => r.Attendees).HasMaxLength(AnnualReview.AttendeesMaxLength);
        builder.Property(r => r.ChildViews).HasMaxLength(AnnualReview.TextMaxLength);
        builder.Property(r => r.FamilyViews).HasMaxLength(AnnualReview.TextMaxLength);
        builder.Property(r => r.RecommendationReasons).HasMaxLength(AnnualReview.TextMaxLength);
        builder.Property(r => r.DecisionReasons).HasMaxLength(AnnualReview.TextMaxLength);

        // One review per meeting of a plan: the same review recorded twice is refused by the database too.
        builder.HasIndex(r => new { r.PlanId, r.MeetingDate }).IsUnique();
        builder.HasIndex(r => r.SettingId);
        builder.HasIndex(r => r.ChildId);
    }
}
