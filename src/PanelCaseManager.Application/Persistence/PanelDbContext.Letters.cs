using Microsoft.EntityFrameworkCore;
using PanelCaseManager.Domain.Letters;
using PanelCaseManager.Domain.PlacementRequests;

namespace PanelCaseManager.Application.Persistence;

/// <summary>Letter wording, the letters issued from it, and the family contacts they are addressed to.</summary>
public partial class PanelDbContext
{
    public DbSet<LetterTemplate> LetterTemplates => Set<LetterTemplate>();
    public DbSet<IssuedLetter> IssuedLetters => Set<IssuedLetter>();
    public DbSet<FamilyContact> FamilyContacts => Set<FamilyContact>();
}
