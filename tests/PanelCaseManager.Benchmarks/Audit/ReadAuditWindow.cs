using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using PanelCaseManager.Application.Audit;
using PanelCaseManager.Application.Features.PlacementRequests;
using PanelCaseManager.Infrastructure.DemoData;
using PanelCaseManager.Testing.Builders;

namespace PanelCaseManager.Benchmarks.Audit;

/// <summary>
/// How many reads a crash could lose (docs/adr/0011), and what grouping does to reads under concurrency: 20 readers
/// read cases through the pipeline for the same time, once with each read's event committed before it answers and
/// once grouped; for the grouped run the events waiting to be written are sampled every millisecond, and the most
/// seen at once is what a crash at that moment would have lost.
/// <c>dotnet run -c Release --project tests/PanelCaseManager.Benchmarks -- read-audit-window [seconds] [readers]</c>
/// </summary>
public static class ReadAuditWindow
{
    public static async Task<int> RunAsync(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var seconds = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 10;
        var readers = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 20;
        Console.WriteLine($"{readers} readers, {seconds} s each way; load: {File.ReadAllText("/proc/loadavg").Trim()}");
        foreach (var interval in new[] { "00:00:00", "00:00:00.100" })
        {
            await using var host = new BenchmarkHost(settings: new Dictionary<string, string?> { ["AuditTrail:ReadFlushInterval"] = interval });
            var ids = new List<Guid>();
            for (var i = 0; i < 200; i++)
            {
                ids.Add((await host.Send(Personas.SendOfficer, A.PlacementRequest())).Id);
            }

            var writer = host.Services.GetRequiredService<ReadAuditWriter>();
            var reads = 0L;
            var failures = 0L;
            using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(seconds));
            var clients = Enumerable.Range(0, readers).Select(r => Task.Run(async () =>
            {
                var next = r;
                while (!stop.IsCancellationRequested)
                {
                    try
                    {
                        await host.Send(Personas.SendOfficer, new GetPlacementRequest.Query(ids[next++ % ids.Count]));
                        Interlocked.Increment(ref reads);
                    }
                    catch (Exception) when (!stop.IsCancellationRequested)
                    {
                        Interlocked.Increment(ref failures);
                    }
                }
            })).ToList();

            long most = 0, samples = 0, sum = 0;
            var clock = Stopwatch.StartNew();
            while (!stop.IsCancellationRequested)
            {
                var waiting = writer.Waiting;
                most = Math.Max(most, waiting);
                sum += waiting;
                samples++;
                await Task.Delay(1);
            }

            await Task.WhenAll(clients);
            var elapsed = clock.Elapsed.TotalSeconds;
            var perSecond = reads / elapsed;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"ReadFlushInterval {interval}: {reads} reads in {elapsed:F1} s = {perSecond:F0} reads/s, {failures} failed; events waiting: most {most} (= {most / perSecond * 1000:F0} ms of reads), mean {(samples == 0 ? 0 : (double)sum / samples):F1}"));
        }

        Console.WriteLine($"load after: {File.ReadAllText("/proc/loadavg").Trim()}");
        return 0;
    }
}
