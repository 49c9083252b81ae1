using System.Reflection;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace PanelCaseManager.Benchmarks;

/// <summary>
/// CI's run of every benchmark once (BenchmarkDotNet's dry job: one cold invocation, no warm-up, in this process) at
/// small sizes, so that a benchmark broken by a change fails the build instead of rotting until someone measures.
/// It measures nothing worth reading. Prints <c>benchmarks: N ran, N failed</c> and exits non-zero when any failed.
/// The benchmarks on PostgreSQL need the server scripts/test.sh starts (its PCM_TEST_POSTGRES environment).
/// </summary>
public static class SmokeRun
{
    private const string JobId = "ci-dry";

    public static int Run(string artifacts)
    {
        BenchmarkSizes.Smoke = true;
        var job = Job.Dry.WithToolchain(InProcessEmitToolchain.Instance).WithId(JobId);
        var config = DefaultConfig.Instance.AddJob(job).WithArtifactsPath(artifacts).WithOptions(ConfigOptions.DisableLogFile);
        var runs = typeof(SmokeRun).Assembly.GetTypes()
            .Where(t => t is { IsPublic: true, IsAbstract: false } && t.GetMethods().Any(m => m.GetCustomAttribute<BenchmarkAttribute>() is not null))
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .Select(t => BenchmarkConverter.TypeToBenchmarks(t, config))
            // A class that names its own job ([ShortRunJob]) gets it as well as ours: keep ours only.
            .Select(r => new BenchmarkRunInfo(r.BenchmarksCases.Where(c => c.Job.Id == JobId).ToArray(), r.Type, r.Config))
            .ToArray();
        var expected = runs.Sum(r => r.BenchmarksCases.Length);
        var summaries = BenchmarkRunner.Run(runs);
        var succeeded = summaries.SelectMany(s => s.Reports).Count(r => r.Success && r.ExecuteResults.Any(e => e.IsSuccess));
        var invalid = summaries.Count(s => s.HasCriticalValidationErrors);
        var failed = expected - succeeded;
        foreach (var report in summaries.SelectMany(s => s.Reports).Where(r => !r.Success))
        {
            Console.WriteLine($"Benchmark failed: {report.BenchmarkCase.DisplayInfo}");
        }

        foreach (var error in summaries.SelectMany(s => s.ValidationErrors).Where(e => e.IsCritical))
        {
            Console.WriteLine($"Benchmark invalid: {error.Message}");
        }

        Console.WriteLine($"benchmarks: {succeeded} ran, {failed} failed");
        return expected == 0 || failed > 0 || invalid > 0 ? 1 : 0;
    }
}
