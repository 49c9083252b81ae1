using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PanelCaseManager.Domain.Panels;
using PanelCaseManager.Domain.PlacementRequests;

namespace PanelCaseManager.Application.Persistence.Configurations;

internal sealed class DecisionFormDraftConfiguration : IEntityTypeConfiguration<DecisionFormDraft>
{
    public void Configure(EntityTypeBuilder<DecisionFormDraft> builder)
    {
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.HasOne<PanelMeeting>().WithMany().HasForeignKey(d => d.PanelMeetingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<PlacementRequest>().WithMany().HasForeignKey(d => d.PlacementRequestId).OnDelete(DeleteBehavior.Cascade);
        // One draft per member per case per meeting: saving again replaces it.
        builder.HasIndex(d => new { d.PanelMeetingId, d.PlacementRequestId, d.OwnerId }).IsUnique();
        builder.Property(d => d.AnswersJson).HasMaxLength(DecisionFormDraft.AnswersMaxLength);
        builder.Property(d => d.UpdatedAt).IsConcurrencyToken();
    }
}
