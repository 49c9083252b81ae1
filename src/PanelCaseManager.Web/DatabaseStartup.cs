namespace PanelCaseManager.Web;

internal static class DatabaseStartup
{
    /// <summary>Migrates the database (when configured to), loads the default catalogue and demonstration data into an empty one (when enabled).</summary>
    public static Task InitialiseDatabaseAsync(this WebApplication app) =>
        Infrastructure.Persistence.DatabaseStartup.InitialiseAsync(app.Services, app.Lifetime.ApplicationStopping);
}
