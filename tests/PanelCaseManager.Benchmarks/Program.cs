using BenchmarkDotNet.Running;

// dotnet run -c Release --project tests/PanelCaseManager.Benchmarks -- --filter '*'   (or pick one class by name)
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);

/// <summary>The benchmark host.</summary>
public partial class Program;
