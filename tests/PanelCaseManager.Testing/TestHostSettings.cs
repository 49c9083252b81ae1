namespace PanelCaseManager.Testing;

/// <summary>
/// Settings every test process that starts the web host applies before the first host is built.
/// </summary>
public static class TestHostSettings
{
    /// <summary>The environment variable the host reads, before any appsettings file, to decide whether to watch them.</summary>
    public const string ReloadConfigOnChangeVariable = "DOTNET_hostBuilder__reloadConfigOnChange";

    /// <summary>The environment variable that makes every physical file provider poll instead of asking inotify.</summary>
    public const string PollingFileWatcherVariable = "DOTNET_USE_POLLING_FILE_WATCHER";

    /// <summary>
    /// Test hosts take no inotify instance. A host watches appsettings*.json (and the user-secrets file) for changes,
    /// and the web root once a page asks for a file's version (asp-append-version); each watcher holds an inotify
    /// instance until its host is disposed, and with dozens of hosts in parallel test processes a machine with the
    /// default limit (128 per user, as on CI machines) runs out and the next host fails to start. Tests never edit
    /// those files while a host runs: configuration is not watched at all, and the web root is polled (only the few
    /// files a page versions, every few seconds). The host reads both variables when it is built, so this must run
    /// before the first one.
    /// </summary>
    public static void DoNotWatchConfigurationFiles()
    {
        Environment.SetEnvironmentVariable(ReloadConfigOnChangeVariable, "false");
        Environment.SetEnvironmentVariable(PollingFileWatcherVariable, "true");
    }
}
