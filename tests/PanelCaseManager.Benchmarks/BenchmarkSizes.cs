namespace PanelCaseManager.Benchmarks;

/// <summary>
/// The sizes the benchmarks build their data at: the measured sizes, or, in CI's smoke run (<c>smoke</c>, see
/// Program.cs and docs/benchmarks.md), small ones, so that every benchmark runs once in little time and none rots.
/// </summary>
public static class BenchmarkSizes
{
    /// <summary>Set by the smoke run before any benchmark is built (the benchmarks run in its process).</summary>
    public static bool Smoke { get; set; }

    public static IEnumerable<int> Pick(int smoke, params int[] measured) => Smoke ? [smoke] : measured;

    /// <summary>How many cases the read benchmarks fill their database with: 2,000, or 50 in the smoke run.</summary>
    public static int Cases => Smoke ? 50 : 2_000;
}
