using Microsoft.EntityFrameworkCore;
using PanelCaseManager.Domain.Plans;

namespace PanelCaseManager.Application.Persistence;

/// <summary>The area's register of EHC plans: imported from the previous system, or finalised in the service.</summary>
public partial class PanelDbContext
{
    public DbSet<EhcPlan> Plans => Set<EhcPlan>();
}
