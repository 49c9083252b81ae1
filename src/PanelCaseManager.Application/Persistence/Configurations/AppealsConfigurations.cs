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

internal sealed class TribunalAppealConfiguration : IEntityTypeConfiguration<TribunalAppeal>
{
    public void Configure(EntityTypeBuilder<TribunalAppeal> builder)
    {
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.HasOne<PlacementRequest>().WithMany().HasForeignKey(a => a.PlacementRequestId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<IssuedLetter>().WithMany().HasForeignKey(a => a.NoticeLetterId).OnDelete(DeleteBehavior.Restrict);

        // One open appeal per notice (a closed one may be followed by another): the command checks it, and the database refuses a
        // second open one that races past that check. The notice is held in OpenNoticeLetterId only while the appeal is open, and
        // a unique index on it allows one (NULLs are not compared; on SQL Server EF filters the index to the non-NULL rows).
        // SQL Server's filtered indexes allow no OR, so "Outcome IS NULL AND (Position IS NULL OR …)" cannot be the filter
        // on every provider (docs/adr/0257). The report reads by registration date.
        builder.HasIndex(a => a.NoticeLetterId);
        builder.HasIndex(a => a.OpenNoticeLetterId).IsUnique();
        builder.HasIndex(a => a.PlacementRequestId);
        builder.HasIndex(a => a.RegisteredOn);
        builder.Property(a => a.NoticeReference).HasMaxLength(IssuedLetter.ReferenceMaxLength);
        builder.Ignore(a => a.IsOpen);
        builder.Ignore(a => a.Unopposed);
        builder.Ignore(a => a.OrdersRunFrom);

        builder.OwnsMany(a => a.Orders, o =>
        {
            o.ToTable("TribunalOrders");
            o.WithOwner().HasForeignKey("AppealId");
            o.HasKey(x => x.Id);
            o.Property(x => x.Id).ValueGeneratedNever();
        });
        builder.Navigation(a => a.Orders).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
