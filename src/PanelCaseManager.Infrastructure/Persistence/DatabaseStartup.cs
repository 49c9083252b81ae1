using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PanelCaseManager.Application.Persistence;
using PanelCaseManager.Infrastructure.DemoData;
using PanelCaseManager.Infrastructure.ReferenceData;

namespace PanelCaseManager.Infrastructure.Persistence;

public static class DatabaseStartup
{
    /// <summary>
    /// Migrates the database (when configured to), loads the default catalogue and the demonstration data into an
    /// empty one (when enabled), one instance at a time (<see cref="DatabaseStartupLock"/>).
    /// </summary>
    /// <param name="migrate">Migrate even where Database:MigrateOnStartup is off: the one-off migration job of a deployment.</param>
    public static async Task InitialiseAsync(IServiceProvider services, CancellationToken cancellationToken, bool migrate = false)
    {
        await using var scope = services.CreateAsyncScope();
        var provider = scope.ServiceProvider.GetRequiredService<IOptions<DatabaseOptions>>().Value.Provider;
        var connectionString = scope.ServiceProvider.GetRequiredService<PanelDbContext>().Database.GetConnectionString()!;
        await using (await DatabaseStartupLock.AcquireAsync(provider, connectionString, cancellationToken))
        {
            await scope.ServiceProvider.GetRequiredService<DatabaseInitialiser>().InitialiseAsync(cancellationToken, migrate);
            await scope.ServiceProvider.GetRequiredService<CatalogueReferenceData>().LoadAsync(cancellationToken);
            await scope.ServiceProvider.GetRequiredService<DemoDataSeeder>().SeedAsync(cancellationToken);
        }
    }
}
