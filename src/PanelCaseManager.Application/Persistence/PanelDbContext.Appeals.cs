using Microsoft.EntityFrameworkCore;
using PanelCaseManager.Domain.Appeals;

namespace PanelCaseManager.Application.Persistence;

/// <summary>Disagreements with a notice that carries the right of appeal: mediation and tribunal appeals.</summary>
public partial class PanelDbContext
{
    public DbSet<Mediation> Mediations => Set<Mediation>();

    public DbSet<TribunalAppeal> TribunalAppeals => Set<TribunalAppeal>();
}
