namespace PanelCaseManager.Testing;

/// <summary>
/// Settings every test process that starts the web host applies before the first host is built.
/// </summary>
public static class TestHostSettings
{
    /// <summary>The environment variable the host reads, before any appsettings file, to decide whether to watch them.</summary>
    public const string ReloadConfigOnChangeVariable = "DOTNET_hostBuilder__reloadConfigOnChange";

    /// <summary>
    /// Test hosts do not watch appsettings*.json (nor the user-secrets file) for changes. Each watcher takes an inotify
    /// instance until its host is disposed; with dozens of hosts in parallel test processes a machine with the default
    /// limit (128 per user, as on CI machines) runs out and the next host fails to start. Tests never edit those files
    /// while a host runs. The host reads the variable when it is built, so this must run before the first one.
    /// </summary>
    public static void DoNotWatchConfigurationFiles() =>
        Environment.SetEnvironmentVariable(ReloadConfigOnChangeVariable, "false");
}
