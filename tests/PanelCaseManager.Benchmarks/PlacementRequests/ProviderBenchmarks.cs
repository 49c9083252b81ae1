using BenchmarkDotNet.Attributes;
using PanelCaseManager.Application.Features.PlacementRequests;
using PanelCaseManager.Infrastructure.DemoData;
using PanelCaseManager.Infrastructure.Persistence;
using PanelCaseManager.Testing.Builders;

namespace PanelCaseManager.Benchmarks.PlacementRequests;

/// <summary>
/// Submitting a placement request through the whole pipeline on PostgreSQL against the same on SQLite (the
/// baseline). PostgreSQL is the throwaway server of scripts/test-services/postgres.sh, on the same machine: a round
/// trip over loopback TCP per statement where SQLite calls into the process.
/// </summary>
[MemoryDiagnoser]
public class SubmitOnEachProviderBenchmarks
{
    private BenchmarkHost _sqlite = null!;
    private BenchmarkHost _postgres = null!;

    [GlobalSetup]
    public void Setup()
    {
        _sqlite = new BenchmarkHost(DatabaseProvider.Sqlite);
        _postgres = new BenchmarkHost(DatabaseProvider.PostgreSql);
    }

    [GlobalCleanup]
    public async Task Cleanup()
    {
        await _sqlite.DisposeAsync();
        await _postgres.DisposeAsync();
    }

    [Benchmark(Baseline = true, Description = "SubmitPlacementRequest through the pipeline on SQLite")]
    public Task OnSqlite() => _sqlite.Send(Personas.SendOfficer, A.PlacementRequest());

    [Benchmark(Description = "SubmitPlacementRequest through the pipeline on PostgreSQL")]
    public Task OnPostgreSql() => _postgres.Send(Personas.SendOfficer, A.PlacementRequest());
}

/// <summary>Reading one case by id through the whole pipeline (access check, audit of the read) on PostgreSQL against SQLite, each holding 2,000 cases.</summary>
[MemoryDiagnoser]
public class ReadOnEachProviderBenchmarks
{
    private BenchmarkHost _sqlite = null!;
    private BenchmarkHost _postgres = null!;
    private Guid _onSqlite;
    private Guid _onPostgres;

    [GlobalSetup]
    public async Task Setup()
    {
        _sqlite = new BenchmarkHost(DatabaseProvider.Sqlite);
        _postgres = new BenchmarkHost(DatabaseProvider.PostgreSql);
        _onSqlite = await FillAsync(_sqlite);
        _onPostgres = await FillAsync(_postgres);
    }

    [GlobalCleanup]
    public async Task Cleanup()
    {
        await _sqlite.DisposeAsync();
        await _postgres.DisposeAsync();
    }

    [Benchmark(Baseline = true, Description = "GetPlacementRequest through the pipeline on SQLite")]
    public Task<GetPlacementRequest.Details> OnSqlite() => _sqlite.Send(Personas.SendOfficer, new GetPlacementRequest.Query(_onSqlite));

    [Benchmark(Description = "GetPlacementRequest through the pipeline on PostgreSQL")]
    public Task<GetPlacementRequest.Details> OnPostgreSql() => _postgres.Send(Personas.SendOfficer, new GetPlacementRequest.Query(_onPostgres));

    private static async Task<Guid> FillAsync(BenchmarkHost host)
    {
        var read = Guid.Empty;
        for (var i = 0; i < BenchmarkSizes.Cases; i++)
        {
            var created = await host.Send(Personas.SendOfficer, A.PlacementRequest());
            if (i == BenchmarkSizes.Cases / 2)
            {
                read = created.Id;
                await host.Send(Personas.SendOfficer, new MoveStage.Command(read, Domain.PlacementRequests.StageTransition.StartEvidence, 0, null, null, null));
            }
        }

        return read;
    }
}
