using BenchmarkDotNet.Attributes;
using Mediator;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PanelCaseManager.Application.Features.Timeliness;
using PanelCaseManager.Application.Persistence;
using PanelCaseManager.Domain.Timeliness;
using PanelCaseManager.Infrastructure.DemoData;
using PanelCaseManager.Infrastructure.Jobs;
using PanelCaseManager.Testing;

namespace PanelCaseManager.Benchmarks;

/// <summary>
/// The reminder sweep's read over 10⁵ and 10⁶ milestones (about 0.5% with a reminder due), as the sweep does it
/// (its EF Core query, the step of each computed), against a raw SQL scan with the same predicate, columns and index.
/// Goal: the sweep within 1.3× of the raw scan.
/// </summary>
[ShortRunJob]
[MemoryDiagnoser]
public class ReminderSweepScanBenchmarks
{
    private static readonly DateOnly Today = TestClock.Today;
    private string _path = null!;
    private ApplicationHarness _app = null!;
    private ReminderSchedule _schedule = null!;

    [ParamsSource(nameof(MilestoneCounts))]
    public int Milestones { get; set; }

    public static IEnumerable<int> MilestoneCounts => BenchmarkSizes.Pick(1_000, 100_000, 1_000_000);

    [GlobalSetup]
    public void Setup()
    {
        _path = TimelinessData.Build("sweep", Milestones / TimelinessData.MilestonesPerCase, dueFraction: 0.01, Today);
        _app = QuietHarness(_path);
        _schedule = _app.Services.GetRequiredService<TimelinessRules>().Reminders;
    }

    [GlobalCleanup]
    public async Task Cleanup() => await _app.DisposeAsync();

    [Benchmark(Baseline = true, Description = "Raw SQL scan, same predicate and index")]
    public int RawSqlScan()
    {
        using var connection = new SqliteConnection($"Data Source={_path}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT Id, PlacementRequestId, Kind, Agency, DueDate, NextReminderOn, ExceptionApplies
            FROM CaseMilestones
            WHERE NextReminderOn IS NOT NULL AND NextReminderOn <= $today
            ORDER BY NextReminderOn, Id
            """;
        command.Parameters.AddWithValue("$today", Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        using var reader = command.ExecuteReader();
        var rows = new List<(Guid, Guid, string, string?, DateOnly, DateOnly, bool)>();
        while (reader.Read())
        {
            rows.Add((reader.GetGuid(0), reader.GetGuid(1), reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetString(3),
                reader.GetFieldValue<DateOnly>(4), reader.GetFieldValue<DateOnly>(5), reader.GetBoolean(6)));
        }

        return rows.Count(r => _schedule.CurrentStep(r.Item5, Today) is not null);
    }

    [Benchmark(Description = "The sweep's query (EF Core)")]
    public async Task<int> SweepScan()
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PanelDbContext>();
        var due = await SweepReminders.Due(db, Today).ToListAsync();
        return due.Count(m => _schedule.CurrentStep(m.DueDate, Today) is not null);
    }

    internal static TestDatabase TestDatabaseAt(string path) => TestDatabase.Open(path);

    /// <summary>A harness on the database that logs warnings only, as production does for EF Core; capturing every debug line would be measured too.</summary>
    internal static ApplicationHarness QuietHarness(string path) =>
        new(TestDatabaseAt(path), TestClock.Create(), configure: services => services.Configure<LoggerFilterOptions>(o => o.MinLevel = LogLevel.Warning));
}

/// <summary>
/// The whole sweep job (batches of 500, each a transaction writing its reminders and notifications) over the same
/// databases, from a fresh copy each iteration: what a real sweep costs when 1% of the milestones have a reminder due.
/// </summary>
[SimpleJob(launchCount: 1, warmupCount: 0, iterationCount: 3, invocationCount: 1)]
public class ReminderSweepJobBenchmarks
{
    private string _source = null!;
    private string _copy = null!;
    private ApplicationHarness _app = null!;

    [ParamsSource(nameof(MilestoneCounts))]
    public int Milestones { get; set; }

    public static IEnumerable<int> MilestoneCounts => BenchmarkSizes.Pick(1_000, 100_000, 1_000_000);

    [GlobalSetup]
    public void Setup() => _source = TimelinessData.Build("sweep", Milestones / TimelinessData.MilestonesPerCase, dueFraction: 0.01, TestClock.Today);

    [IterationSetup]
    public void CopyDatabase()
    {
        _copy = TimelinessData.CopyOf(_source);
        _app = ReminderSweepScanBenchmarks.QuietHarness(_copy);
    }

    [IterationCleanup]
    public void DeleteCopy()
    {
        _app.DisposeAsync().AsTask().GetAwaiter().GetResult();
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _copy, _copy + "-wal", _copy + "-shm" })
        {
            File.Delete(file);
        }
    }

    [Benchmark(Description = "Full sweep job (reads, writes reminders and notifications)")]
    public async Task<int> SweepJob() => (await _app.Services.GetRequiredService<ReminderSweepJob>().RunAsync(CancellationToken.None)).NotificationsWritten;
}

/// <summary>The timeliness report over 10⁴ and 10⁵ cases (ten milestones each, met over two years): its cost should grow no faster than the data.</summary>
[ShortRunJob]
[MemoryDiagnoser]
public class TimelinessQueryBenchmarks
{
    private ApplicationHarness _app = null!;
    private ISender _sender = null!;
    private AsyncServiceScope _scope;

    [ParamsSource(nameof(CaseCounts))]
    public int Cases { get; set; }

    public static IEnumerable<int> CaseCounts => BenchmarkSizes.Pick(100, 10_000, 100_000);

    [GlobalSetup]
    public async Task Setup()
    {
        var path = TimelinessData.Build("timeliness", Cases, dueFraction: 0.01, TestClock.Today);
        _app = ReminderSweepScanBenchmarks.QuietHarness(path);
        _scope = await _app.ScopeAs(Personas.TeamManager);
        _sender = _scope.ServiceProvider.GetRequiredService<ISender>();
    }

    [GlobalCleanup]
    public async Task Cleanup()
    {
        await _scope.DisposeAsync();
        await _app.DisposeAsync();
    }

    [Benchmark(Description = "Timeliness for a year (measures and waiting children)")]
    public async Task<int> TimelinessForAYear()
    {
        var report = await _sender.Send(new GetTimeliness.Query(TestClock.Today.AddYears(-1), TestClock.Today, null));
        return report.Measures.Count + report.WaitingForSpecialistProvision.Children;
    }
}
