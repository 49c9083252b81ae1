using System.Diagnostics;
using System.Globalization;
using PanelCaseManager.Benchmarks.PlacementRequests;

namespace PanelCaseManager.Benchmarks;

/// <summary>
/// The read and submit benchmarks' variants run in turn, a batch of each per round, for many rounds: on a machine
/// shared with other builds the load changes from second to second, and running the variants side by side in every
/// round lets them share it, where BenchmarkDotNet runs one variant after another. Reports each variant's median
/// and best batch (time per operation) and both as ratios to the fair baseline.
/// <c>dotnet run -c Release --project tests/PanelCaseManager.Benchmarks -- interleaved [rounds] [batch]</c>
/// </summary>
public static class Interleaved
{
    public static async Task<int> RunAsync(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var rounds = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 40;
        var batch = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 20;
        Console.WriteLine($"{DateTimeOffset.UtcNow:u}, {rounds} rounds of {batch}; load before: {File.ReadAllText("/proc/loadavg").Trim()}");

        var read = new ReadPlacementRequestBenchmarks();
        await read.Setup();
        await Compare(rounds, batch, "fair read", [
            ("raw SELECTs (earlier baseline)", read.RawSelect),
            ("fair read", read.RawSelectAndAudit),
            ("handler alone", read.HandlerAlone),
            ("pipeline, reads' events grouped", read.Pipeline),
            ("pipeline, each read's event committed", read.PipelineEachReadCommitted),
        ]);
        await read.Cleanup();

        var submit = new SubmitPlacementRequestBenchmarks();
        submit.Setup();
        await Compare(rounds, batch / 2, "fair submit", [
            ("raw insert of the request's own rows (earlier baseline)", submit.RawInsert),
            ("fair submit", submit.RawFair),
            ("pipeline with Idempotency-Key", submit.Pipeline),
        ]);
        await submit.Cleanup();
        Console.WriteLine($"load after: {File.ReadAllText("/proc/loadavg").Trim()}");
        return 0;
    }

    private static async Task Compare(int rounds, int batch, string baseline, IReadOnlyList<(string Name, Func<Task> Run)> variants)
    {
        var times = variants.ToDictionary(v => v.Name, _ => new List<double>());
        foreach (var (_, run) in variants)
        {
            for (var i = 0; i < batch; i++)
            {
                await run();
            }
        }

        for (var round = 0; round < rounds; round++)
        {
            foreach (var (name, run) in variants)
            {
                var clock = Stopwatch.StartNew();
                for (var i = 0; i < batch; i++)
                {
                    await run();
                }

                times[name].Add(clock.Elapsed.TotalMicroseconds / batch);
            }
        }

        var baseMedian = Median(times[baseline]);
        var baseBest = times[baseline].Min();
        Console.WriteLine($"| {"variant",-56} | median µs | best µs | median ratio | best ratio |");
        foreach (var (name, _) in variants)
        {
            var median = Median(times[name]);
            var best = times[name].Min();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {name,-56} | {median,9:F0} | {best,7:F0} | {median / baseMedian,12:F2} | {best / baseBest,10:F2} |"));
        }
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
