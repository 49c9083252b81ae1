using BenchmarkDotNet.Running;

// dotnet run -c Release --project tests/PanelCaseManager.Benchmarks -- --filter '*'   (or pick one class by name)
// dotnet run -c Release --project tests/PanelCaseManager.Benchmarks -- http-load [seconds]   (20 HTTP clients, SQLite then PostgreSQL)
// dotnet run -c Release --project tests/PanelCaseManager.Benchmarks -- smoke <artifacts folder>   (CI: every benchmark once, dry job, small sizes)
// dotnet run -c Release --project tests/PanelCaseManager.Benchmarks -- interleaved [rounds] [batch]   (read and submit variants in turn, ratios to the fair baselines)
// dotnet run -c Release --project tests/PanelCaseManager.Benchmarks -- read-audit-window [seconds] [readers]   (reads a crash could lose; reads/s grouped or not)
if (args is ["smoke", var artifacts])
{
    return PanelCaseManager.Benchmarks.SmokeRun.Run(artifacts);
}

if (args is ["interleaved", ..])
{
    return await PanelCaseManager.Benchmarks.Interleaved.RunAsync(args);
}

if (args is ["read-audit-window", ..])
{
    return await PanelCaseManager.Benchmarks.Audit.ReadAuditWindow.RunAsync(args);
}

if (args is ["http-load", ..])
{
    return await PanelCaseManager.Benchmarks.HttpLoad.RunAsync(args);
}

var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)) ? 1 : 0;

/// <summary>The benchmark host.</summary>
public partial class Program;
