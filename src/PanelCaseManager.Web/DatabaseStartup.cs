namespace PanelCaseManager.Web;

internal static class DatabaseStartup
{
    /// <summary>The command that runs the migrations and exits (a deployment's migration job): <c>dotnet PanelCaseManager.Web.dll migrate</c>.</summary>
    public const string MigrateCommand = "migrate";

    /// <summary>Migrates the database (when configured to), loads the default catalogue and demonstration data into an empty one (when enabled).</summary>
    public static Task InitialiseDatabaseAsync(this WebApplication app) =>
        Infrastructure.Persistence.DatabaseStartup.InitialiseAsync(app.Services, app.Lifetime.ApplicationStopping);

    /// <summary>Migrates the database whatever Database:MigrateOnStartup says, for the one job that does it for every replica.</summary>
    public static Task MigrateDatabaseAsync(this WebApplication app) =>
        Infrastructure.Persistence.DatabaseStartup.InitialiseAsync(app.Services, app.Lifetime.ApplicationStopping, migrate: true);
}
