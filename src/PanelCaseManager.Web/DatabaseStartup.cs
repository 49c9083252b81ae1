using PanelCaseManager.Infrastructure.DemoData;
using PanelCaseManager.Infrastructure.Persistence;
using PanelCaseManager.Infrastructure.ReferenceData;

namespace PanelCaseManager.Web;

internal static class DatabaseStartup
{
    /// <summary>Migrates the database (when configured to), loads the default catalogue and demonstration data into an empty one (when enabled).</summary>
    public static async Task InitialiseDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitialiser>().InitialiseAsync(app.Lifetime.ApplicationStopping);
        await scope.ServiceProvider.GetRequiredService<CatalogueReferenceData>().LoadAsync(app.Lifetime.ApplicationStopping);
        await scope.ServiceProvider.GetRequiredService<DemoDataSeeder>().SeedAsync(app.Lifetime.ApplicationStopping);
    }
}
