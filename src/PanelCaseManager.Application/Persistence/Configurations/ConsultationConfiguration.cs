using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PanelCaseManager.Domain.Consultations;
using PanelCaseManager.Domain.Panels;
using PanelCaseManager.Domain.PlacementRequests;

namespace PanelCaseManager.Application.Persistence.Configurations;

internal sealed class ConsultationConfiguration : IEntityTypeConfiguration<Consultation>
{
    public void Configure(EntityTypeBuilder<Consultation> builder)
    {
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.HasOne<PlacementRequest>().WithMany().HasForeignKey(c => c.PlacementRequestId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<PanelDecision>().WithMany().HasForeignKey(c => c.PanelDecisionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => new { c.PlacementRequestId, c.SentOn });
        builder.HasIndex(c => new { c.Outcome, c.DueOn });
        builder.Property(c => c.SettingName).HasMaxLength(Consultation.NameMaxLength);
        builder.Property(c => c.SettingUrn).HasMaxLength(10);
        builder.Property(c => c.MaintainingAuthority).HasMaxLength(Consultation.NameMaxLength);
        builder.Property(c => c.ResponseSummary).HasMaxLength(Consultation.TextMaxLength);
        builder.Property(c => c.OutcomeReason).HasMaxLength(Consultation.TextMaxLength);
        builder.Ignore(c => c.IsOpen);
        builder.Property(c => c.Objections).HasMaxLength(200);
        builder.Property(c => c.Adjustments).HasConversion(JsonColumn.Converter<IReadOnlyList<ConsultationAdjustment>>(), JsonColumn.Comparer<IReadOnlyList<ConsultationAdjustment>>());
    }
}
