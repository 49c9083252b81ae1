using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PanelCaseManager.Application.Features.Letters;
using PanelCaseManager.Domain.Letters;

namespace PanelCaseManager.Application.Persistence.Configurations;

internal sealed class LetterTemplateConfiguration : IEntityTypeConfiguration<LetterTemplate>
{
    public void Configure(EntityTypeBuilder<LetterTemplate> builder)
    {
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).ValueGeneratedNever();
        // Two administrators saving at once cannot both make the same version: the second is told to reload.
        builder.HasIndex(t => new { t.Outcome, t.Version }).IsUnique();
        builder.Property(t => t.Body).HasMaxLength(LetterTemplate.MaximumBodyLength);
        builder.Property(t => t.Note).HasMaxLength(LetterTemplate.MaximumNoteLength);
        // Only the first edition is seed data; later wording is added as new versions at start-up (ShippedLetterWording).
        builder.HasData(DefaultLetterTemplates.FirstEdition);
    }
}
