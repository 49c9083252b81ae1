using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PanelCaseManager.Domain.Letters;
using PanelCaseManager.Domain.Panels;
using PanelCaseManager.Domain.PlacementRequests;

namespace PanelCaseManager.Application.Persistence.Configurations;

internal sealed class IssuedLetterConfiguration : IEntityTypeConfiguration<IssuedLetter>
{
    public void Configure(EntityTypeBuilder<IssuedLetter> builder)
    {
        builder.HasKey(l => l.Id);
        builder.Property(l => l.Id).ValueGeneratedNever();
        builder.HasOne<PanelDecision>().WithMany().HasForeignKey(l => l.DecisionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<PanelDecision>().WithMany().HasForeignKey(l => l.BasedOnDecisionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<PlacementRequest>().WithMany().HasForeignKey(l => l.PlacementRequestId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<IssuedLetter>().WithMany().HasForeignKey(l => l.ReplacesLetterId).OnDelete(DeleteBehavior.Restrict);
        // One letter per decision: issuing twice, even at the same moment, cannot make a second. Notices have no
        // decision of their own (a unique index leaves them out); two at the same moment collide on their number.
        builder.HasIndex(l => l.DecisionId).IsUnique();
        builder.HasIndex(l => l.BasedOnDecisionId);
        builder.HasIndex(l => new { l.PlacementRequestId, l.Number }).IsUnique();
        builder.HasIndex(l => l.ReplacesLetterId);
        builder.Property(l => l.Reference).HasMaxLength(IssuedLetter.ReferenceMaxLength);
        builder.Property(l => l.AddressedTo).HasMaxLength(IssuedLetter.AddressedToMaxLength);
        builder.Property(l => l.NamedInPlan).HasMaxLength(IssuedLetter.NamedInPlanMaxLength);
        builder.Property(l => l.Sha256).HasMaxLength(64).IsFixedLength();
        builder.Property(l => l.HtmlSha256).HasMaxLength(64).IsFixedLength();
    }
}
