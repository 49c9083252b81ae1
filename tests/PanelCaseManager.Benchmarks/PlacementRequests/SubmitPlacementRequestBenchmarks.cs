using BenchmarkDotNet.Attributes;
using Microsoft.Data.Sqlite;
using PanelCaseManager.Infrastructure.DemoData;
using PanelCaseManager.Testing;
using PanelCaseManager.Testing.Builders;

namespace PanelCaseManager.Benchmarks.PlacementRequests;

/// <summary>
/// Submitting a placement request through the whole pipeline (authorisation, validation with its database checks,
/// transaction, reference counter, domain event into the timeline) against the same rows written by hand with
/// Microsoft.Data.Sqlite in one transaction on the same kind of file (WAL, default synchronous=FULL).
/// </summary>
[MemoryDiagnoser]
public class SubmitPlacementRequestBenchmarks
{
    private BenchmarkHost _host = null!;
    private SqliteConnection _raw = null!;
    private TestDatabase _rawDatabase = null!;
    private int _rawNumber;

    [GlobalSetup]
    public void Setup()
    {
        _host = new BenchmarkHost();
        _rawDatabase = TestDatabase.Create(Infrastructure.Persistence.DatabaseProvider.Sqlite);
        _raw = new SqliteConnection(_rawDatabase.ConnectionString);
        _raw.Open();
        using var wal = _raw.CreateCommand();
        wal.CommandText = "PRAGMA journal_mode=WAL;";
        wal.ExecuteNonQuery();
    }

    [GlobalCleanup]
    public async Task Cleanup()
    {
        await _raw.DisposeAsync();
        _rawDatabase.Dispose();
        await _host.DisposeAsync();
    }

    [Benchmark(Baseline = true, Description = "raw Microsoft.Data.Sqlite insert of the same rows")]
    public async Task RawInsert()
    {
        var now = TestClock.DefaultNow.UtcTicks;
        var requestId = Guid.CreateVersion7();
        var childId = Guid.CreateVersion7();
        await using var transaction = (SqliteTransaction)await _raw.BeginTransactionAsync();
        await Execute(transaction, "SELECT COUNT(*) FROM Users WHERE Id = $p0 AND IsActive = 1 AND Role IN ('SendOfficer','TeamManager')", Personas.SendOfficer.Id);
        await Execute(transaction, """INSERT INTO "ReferenceCounters" ("Year", "LastNumber") SELECT $p0, 0 WHERE NOT EXISTS (SELECT 1 FROM "ReferenceCounters" WHERE "Year" = $p0)""", 2026);
        await Execute(transaction, """UPDATE "ReferenceCounters" SET "LastNumber" = "LastNumber" + 1 WHERE "Year" = $p0""", 2026);
        await Execute(transaction, """SELECT "LastNumber" FROM "ReferenceCounters" WHERE "Year" = $p0""", 2026);
        _rawNumber++;
        await Execute(transaction,
            """INSERT INTO Children (Id, GivenName, FamilyName, DateOfBirth, Upn, HomePostcode, HomeLatitude, HomeLongitude, CurrentSetting, Version) VALUES ($p0, $p1, $p2, $p3, NULL, $p4, $p5, $p6, $p7, 0)""",
            childId, "Ffion", "Llewelyn-Jones", "2016-03-14", "SG1 2AB", 51.905, -0.196, "Oakfield Primary School");
        await Execute(transaction,
            """INSERT INTO PlacementRequests (Id, Reference, ChildId, Type, ReceivedDate, AssignedOfficerId, Stage, SubmittedAt, LastChangedAt, NeedLevels_CognitionAndLearning, NeedLevels_CommunicationAndInteraction, NeedLevels_SensoryAndPhysical, NeedLevels_SocialEmotionalAndMentalHealth, Version) VALUES ($p0, $p1, $p2, 'NewPlan', $p3, $p4, 'Received', $p5, $p5, 2, 3, 0, 1, 0)""",
            requestId, $"PR-2026-{_rawNumber:D6}", childId, "2026-11-10", Personas.SendOfficer.Id, now);
        await Execute(transaction,
            """INSERT INTO PlacementRequestPreferences (PlacementRequestId, Rank, Kind, SettingName, SettingUrn, ProvisionKind, Reasons) VALUES ($p0, 1, 'NamedSetting', $p1, $p2, NULL, $p3)""",
            requestId, "Brookside Special School", "117660", "Small classes, close to home.");
        await Execute(transaction,
            """INSERT INTO PlacementRequestPreferences (PlacementRequestId, Rank, Kind, SettingName, SettingUrn, ProvisionKind, Reasons) VALUES ($p0, 2, 'TypeOfProvision', NULL, NULL, 'SpecialistResourceProvision', $p1)""",
            requestId, "Time in mainstream lessons.");
        await Execute(transaction, "INSERT INTO PlacementRequestNeeds (PlacementRequestId, Rank, Code) VALUES ($p0, 1, 'ASD')", requestId);
        await Execute(transaction, "INSERT INTO PlacementRequestNeeds (PlacementRequestId, Rank, Code) VALUES ($p0, 2, 'SLCN')", requestId);
        await Execute(transaction,
            "INSERT INTO CaseEvents (Id, PlacementRequestId, OccurredAt, ActorId, Kind, Description) VALUES ($p0, $p1, $p2, $p3, 'submitted', $p4)",
            Guid.CreateVersion7(), requestId, now, Personas.SendOfficer.Id, $"Placement request PR-2026-{_rawNumber:D6} received and logged.");
        await transaction.CommitAsync();
    }

    [Benchmark(Description = "SubmitPlacementRequest through the pipeline and EF Core")]
    public Task Pipeline() => _host.Send(Personas.SendOfficer, A.PlacementRequest());

    private async Task Execute(SqliteTransaction transaction, string sql, params object[] values)
    {
        await using var command = _raw.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters.AddWithValue($"$p{i}", values[i] is Guid g ? g.ToString().ToUpperInvariant() : values[i]);
        }

        await command.ExecuteNonQueryAsync();
    }
}
