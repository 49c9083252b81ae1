using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PanelCaseManager.Domain.Evidence;
using PanelCaseManager.Domain.PlacementRequests;

namespace PanelCaseManager.Application.Persistence.Configurations;

internal sealed class EvidenceItemConfiguration : IEntityTypeConfiguration<EvidenceItem>
{
    public void Configure(EntityTypeBuilder<EvidenceItem> builder)
    {
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.HasOne<PlacementRequest>().WithMany().HasForeignKey(e => e.PlacementRequestId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<AdviceRequest>().WithMany().HasForeignKey(e => e.AdviceRequestId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(e => new { e.PlacementRequestId, e.RecordedAt });
        builder.HasIndex(e => e.LateForPanelMeetingId);
        builder.Property(e => e.Author).HasMaxLength(EvidenceItem.AuthorMaxLength);
        builder.Property(e => e.Summary).HasMaxLength(EvidenceItem.SummaryMaxLength);
        builder.Ignore(e => e.IsLate);
        builder.ComplexProperty(e => e.File, file =>
        {
            file.Property(f => f.FileName).HasMaxLength(255);
            file.Property(f => f.ContentSha256).HasMaxLength(64).IsFixedLength();
        });
    }
}

internal sealed class AdviceRequestConfiguration : IEntityTypeConfiguration<AdviceRequest>
{
    public void Configure(EntityTypeBuilder<AdviceRequest> builder)
    {
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.HasOne<PlacementRequest>().WithMany().HasForeignKey(a => a.PlacementRequestId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => new { a.PlacementRequestId, a.RequestedOn });
        builder.HasIndex(a => new { a.ReceivedOn, a.DueOn });
        builder.Property(a => a.AgencyName).HasMaxLength(AdviceRequest.NameMaxLength);
        builder.Property(a => a.AddressedTo).HasMaxLength(AdviceRequest.NameMaxLength);
        builder.Property(a => a.Summary).HasMaxLength(AdviceRequest.TextMaxLength);
        builder.Property(a => a.Recommendation).HasMaxLength(AdviceRequest.TextMaxLength);
        builder.Ignore(a => a.IsOutstanding);
        builder.Ignore(a => a.AgencyDescription);
    }
}

internal sealed class CaseViewConfiguration : IEntityTypeConfiguration<CaseView>
{
    public void Configure(EntityTypeBuilder<CaseView> builder)
    {
        builder.HasKey(v => v.Id);
        builder.Property(v => v.Id).ValueGeneratedNever();
        builder.HasOne<PlacementRequest>().WithMany().HasForeignKey(v => v.PlacementRequestId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(v => new { v.PlacementRequestId, v.RecordedAt });
        builder.Property(v => v.GivenBy).HasMaxLength(CaseView.ShortTextMaxLength);
        builder.Property(v => v.HowGathered).HasMaxLength(CaseView.ShortTextMaxLength);
        builder.Property(v => v.WhatMatters).HasMaxLength(CaseView.TextMaxLength);
        builder.Property(v => v.HopesAndAspirations).HasMaxLength(CaseView.TextMaxLength);
        builder.Property(v => v.HowBestSupported).HasMaxLength(CaseView.TextMaxLength);
    }
}
