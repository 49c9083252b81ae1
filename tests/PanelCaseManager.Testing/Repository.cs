namespace PanelCaseManager.Testing;

/// <summary>Where the repository, the built web app and the test services' scripts are.</summary>
public static class Repository
{
    public static string Root { get; } = FindRoot();

    /// <summary>The web project's build output, in the configuration these tests were built in.</summary>
    public static string WebBuildOutput
    {
        get
        {
            var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Debug{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Debug" : "Release";
            var output = Path.Combine(Root, "src", "PanelCaseManager.Web", "bin", configuration, "net10.0");
            return File.Exists(Path.Combine(output, "PanelCaseManager.Web.dll"))
                ? output
                : throw new InvalidOperationException($"The web app is not built in {output}: build the solution in {configuration} first.");
        }
    }

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "PanelCaseManager.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("The tests run inside the repository.");
    }
}
