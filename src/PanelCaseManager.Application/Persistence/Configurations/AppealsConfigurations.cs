using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PanelCaseManager.Domain.Appeals;
using PanelCaseManager.Domain.Letters;
using PanelCaseManager.Domain.PlacementRequests;

namespace PanelCaseManager.Application.Persistence.Configurations;

internal sealed class MediationConfiguration : IEntityTypeConfiguration<Mediation>
{
    public void Configure(EntityTypeBuilder<Mediation> builder)
    {
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.HasOne<PlacementRequest>().WithMany().HasForeignKey(m => m.PlacementRequestId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<IssuedLetter>().WithMany().HasForeignKey(m => m.NoticeLetterId).OnDelete(DeleteBehavior.Restrict);

        // One mediation per notice: a second record of the same contact is refused by the database too.
        builder.HasIndex(m => m.NoticeLetterId).IsUnique();
        builder.HasIndex(m => m.PlacementRequestId);
        builder.Property(m => m.NoticeReference).HasMaxLength(IssuedLetter.ReferenceMaxLength);
    }
}
