using BenchmarkDotNet.Running;

// dotnet run -c Release --project tests/PanelCaseManager.Benchmarks -- --filter '*'   (or pick one class by name)
// dotnet run -c Release --project tests/PanelCaseManager.Benchmarks -- http-load [seconds]   (20 HTTP clients, SQLite then PostgreSQL)
if (args is ["http-load", ..])
{
    return await PanelCaseManager.Benchmarks.HttpLoad.RunAsync(args);
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;

/// <summary>The benchmark host.</summary>
public partial class Program;
