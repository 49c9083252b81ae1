using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PanelCaseManager.Application.Audit;

namespace PanelCaseManager.Application.Persistence.Configurations;

internal sealed class AuditEventConfiguration : IEntityTypeConfiguration<AuditEvent>
{
    public void Configure(EntityTypeBuilder<AuditEvent> builder)
    {
        builder.HasKey(e => e.Sequence);
        builder.Property(e => e.Sequence).ValueGeneratedNever();
        builder.Property(e => e.UserId).HasMaxLength(PanelDbContext.UserIdMaxLength);
        builder.Property(e => e.Role).HasMaxLength(40);
        builder.Property(e => e.Action).HasMaxLength(200);
        builder.Property(e => e.Kind).HasMaxLength(20);
        builder.Property(e => e.Outcome).HasMaxLength(20);
        builder.Property(e => e.PreviousHash).HasMaxLength(64).IsFixedLength();
        builder.Property(e => e.Hash).HasMaxLength(64).IsFixedLength();
        builder.Property(e => e.KeyId).HasMaxLength(40);
        builder.HasIndex(e => new { e.CaseId, e.Sequence });
        builder.HasIndex(e => new { e.PanelId, e.Sequence });
        builder.HasIndex(e => e.OccurredAt);
    }
}

internal sealed class AuditChainHeadConfiguration : IEntityTypeConfiguration<AuditChainHead>
{
    public void Configure(EntityTypeBuilder<AuditChainHead> builder)
    {
        builder.HasKey(h => h.Id);
        builder.Property(h => h.Id).ValueGeneratedNever();
        builder.Property(h => h.LastHash).HasMaxLength(64).IsFixedLength();
        builder.HasData(new { Id = AuditChainHead.SingletonId, LastSequence = 0L, LastHash = AuditEvent.GenesisHash });
    }
}
