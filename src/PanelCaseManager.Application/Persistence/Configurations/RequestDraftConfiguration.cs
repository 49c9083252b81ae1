using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PanelCaseManager.Application.Persistence.Configurations;

internal sealed class RequestDraftConfiguration : IEntityTypeConfiguration<RequestDraft>
{
    public void Configure(EntityTypeBuilder<RequestDraft> builder)
    {
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property(d => d.SubmittedReference).HasMaxLength(20);
        builder.Property(d => d.UpdatedAt).IsConcurrencyToken();
        builder.HasIndex(d => d.OwnerId);
        builder.HasIndex(d => d.UpdatedAt);
    }
}
