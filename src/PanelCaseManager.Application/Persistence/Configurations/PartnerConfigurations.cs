using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PanelCaseManager.Application.Features.Partners;
using PanelCaseManager.Domain.Consultations;
using PanelCaseManager.Domain.Evidence;
using PanelCaseManager.Domain.Partners;
using PanelCaseManager.Domain.PlacementRequests;
using PanelCaseManager.Domain.Provision;
using PanelCaseManager.Domain.Users;

namespace PanelCaseManager.Application.Persistence.Configurations;

internal sealed class PartnerRequestConfiguration : IEntityTypeConfiguration<PartnerRequest>
{
    public void Configure(EntityTypeBuilder<PartnerRequest> builder)
    {
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.HasOne<PlacementRequest>().WithMany().HasForeignKey(r => r.PlacementRequestId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<AdviceRequest>().WithMany().HasForeignKey(r => r.AdviceRequestId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Consultation>().WithMany().HasForeignKey(r => r.ConsultationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<UserAccount>().WithMany().HasForeignKey(r => r.PartnerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Setting>().WithMany().HasForeignKey(r => r.SettingId).OnDelete(DeleteBehavior.Restrict);

        // One request per advice request or consultation: the partner's answer is the answer to it.
        builder.HasIndex(r => r.AdviceRequestId).IsUnique();
        builder.HasIndex(r => r.ConsultationId).IsUnique();
        builder.HasIndex(r => new { r.PartnerId, r.Status });
        builder.HasIndex(r => new { r.SettingId, r.Status });
        builder.HasIndex(r => new { r.Status, r.DueOn });
        builder.Property(r => r.Sections).HasMaxLength(100);
        builder.Property(r => r.DeclineReason).HasMaxLength(PartnerRequest.TextMaxLength);
        builder.Property(r => r.SharedDocumentIds).HasConversion(JsonColumn.Converter<IReadOnlyList<Guid>>(), JsonColumn.Comparer<IReadOnlyList<Guid>>());
        builder.Property(r => r.Questions).HasConversion(JsonColumn.Converter<IReadOnlyList<PartnerQuestion>>(), JsonColumn.Comparer<IReadOnlyList<PartnerQuestion>>());
        builder.Ignore(r => r.IsWaiting);
    }
}

internal sealed class PartnerReminderDeliveryConfiguration : IEntityTypeConfiguration<PartnerReminderDelivery>
{
    public void Configure(EntityTypeBuilder<PartnerReminderDelivery> builder)
    {
        // The key makes each step of each request happen once per due date and recipient, whatever retries or instances.
        builder.HasKey(d => new { d.PartnerRequestId, d.Step, d.DueOn, d.RecipientId });
        builder.Property(d => d.Step).HasMaxLength(20);
        builder.HasOne<PartnerRequest>().WithMany().HasForeignKey(d => d.PartnerRequestId).OnDelete(DeleteBehavior.Restrict);
    }
}
