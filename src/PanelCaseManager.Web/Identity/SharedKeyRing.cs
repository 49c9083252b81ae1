using Microsoft.AspNetCore.DataProtection;
using PanelCaseManager.Application.Persistence;

namespace PanelCaseManager.Web.Identity;

/// <summary>
/// The data-protection keys that sign session and antiforgery cookies and the sign-in's state, kept in the database
/// (docs/adr/0181): every instance behind the load balancer reads the same key ring, and a restart signs nobody out.
/// </summary>
internal static class SharedKeyRing
{
    /// <summary>Instances share keys only when they share this name as well as the database.</summary>
    public const string ApplicationName = "PanelCaseManager";

    public static void Add(IServiceCollection services) =>
        services.AddDataProtection()
            .SetApplicationName(ApplicationName)
            .PersistKeysToDbContext<PanelDbContext>();
}
