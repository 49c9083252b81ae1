using Microsoft.EntityFrameworkCore;

namespace PanelCaseManager.Application.Persistence;

public partial class PanelDbContext
{
    public DbSet<SessionStamp> SessionStamps => Set<SessionStamp>();
}
