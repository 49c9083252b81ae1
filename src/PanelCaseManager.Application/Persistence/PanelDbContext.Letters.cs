using Microsoft.EntityFrameworkCore;
using PanelCaseManager.Domain.Letters;

namespace PanelCaseManager.Application.Persistence;

public partial class PanelDbContext
{
    public DbSet<LetterTemplate> LetterTemplates => Set<LetterTemplate>();
}
