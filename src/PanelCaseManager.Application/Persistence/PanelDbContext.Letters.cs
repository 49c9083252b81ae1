using Microsoft.EntityFrameworkCore;
using PanelCaseManager.Domain.Letters;
using PanelCaseManager.Domain.PlacementRequests;

namespace PanelCaseManager.Application.Persistence;

/// <summary>Letter wording, and the family contacts letters are addressed to.</summary>
public partial class PanelDbContext
{
    public DbSet<LetterTemplate> LetterTemplates => Set<LetterTemplate>();
    public DbSet<FamilyContact> FamilyContacts => Set<FamilyContact>();
}
