using Microsoft.EntityFrameworkCore;

namespace PanelCaseManager.Application.Persistence;

public partial class PanelDbContext
{
    public DbSet<DecisionFormDraft> DecisionFormDrafts => Set<DecisionFormDraft>();
}
