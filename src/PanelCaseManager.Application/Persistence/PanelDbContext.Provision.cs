using Microsoft.EntityFrameworkCore;
using PanelCaseManager.Domain.Provision;

namespace PanelCaseManager.Application.Persistence;

public partial class PanelDbContext
{
    public DbSet<Setting> Settings => Set<Setting>();
    public DbSet<Sector> Sectors => Set<Sector>();
}
