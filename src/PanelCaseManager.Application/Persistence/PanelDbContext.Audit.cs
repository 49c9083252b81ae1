using Microsoft.EntityFrameworkCore;
using PanelCaseManager.Application.Audit;

namespace PanelCaseManager.Application.Persistence;

public partial class PanelDbContext
{
    public DbSet<AuditEvent> AuditEvents => Set<AuditEvent>();
    public DbSet<AuditChainHead> AuditChainHeads => Set<AuditChainHead>();
}
