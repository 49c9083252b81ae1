using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace PanelCaseManager.Application.Persistence;

/// <summary>
/// The data-protection key ring, kept in the database so that every instance signs and reads the same session and
/// antiforgery cookies, and a restart signs nobody out (docs/adr/0181).
/// </summary>
public partial class PanelDbContext : IDataProtectionKeyContext
{
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
}
