using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using PanelCaseManager.Application.Audit;
using PanelCaseManager.Infrastructure.DemoData;
using PanelCaseManager.Testing;
using PanelCaseManager.Testing.Builders;

namespace PanelCaseManager.Benchmarks.PlacementRequests;

/// <summary>
/// Submitting a placement request through the whole pipeline (authorisation, validation with its database checks,
/// transaction, reference counter, domain event into the timeline, statutory clock, audit event, idempotency record)
/// against two hand-written Microsoft.Data.Sqlite transactions on the same kind of file (WAL, default synchronous=FULL):
/// the fair baseline writes exactly the rows the pipeline writes (child, request, preferences, needs, timeline entry,
/// the case's clock and its eight milestones, the audit event with its keyed chain link, the idempotency record) with the
/// same checks and one durable commit; the earlier baseline writes only the request's own rows, to show what the
/// work itself costs.
/// </summary>
[MemoryDiagnoser]
public class SubmitPlacementRequestBenchmarks
{
    private BenchmarkHost _host = null!;
    private SqliteConnection _raw = null!;
    private TestDatabase _rawDatabase = null!;
    private int _rawNumber;
    private int _pipelineKey;
    private AuditKeyRing _keys = null!;

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
        using var head = _raw.CreateCommand();
        head.CommandText = $"""INSERT INTO "AuditChainHeads" ("Id", "LastSequence", "LastHash", "KeyedFromSequence") SELECT 1, 0, '{AuditEvent.GenesisHash}', NULL WHERE NOT EXISTS (SELECT 1 FROM "AuditChainHeads")""";
        head.ExecuteNonQuery();
        _keys = _host.Services.GetRequiredService<AuditKeyRing>();
    }

    [GlobalCleanup]
    public async Task Cleanup()
    {
        await _raw.DisposeAsync();
        _rawDatabase.Dispose();
        await _host.DisposeAsync();
    }

    [Benchmark(Description = "raw insert of the request's own rows only (earlier baseline)")]
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

    [Benchmark(Baseline = true, Description = "fair: hand-written transaction of every row the pipeline writes")]
    public async Task RawFair()
    {
        var now = TestClock.DefaultNow;
        var ticks = now.UtcTicks;
        var requestId = Guid.CreateVersion7();
        var childId = Guid.CreateVersion7();
        var key = $"raw-{++_rawNumber}";
        await using var transaction = (SqliteTransaction)await _raw.BeginTransactionAsync();

        // The validator's and idempotency's reads: the officer's account, the key not used before.
        await Execute(transaction, "SELECT COUNT(*) FROM Users WHERE Id = $p0 AND IsActive = 1 AND Role IN ('SendOfficer','TeamManager')", Personas.SendOfficer.Id);
        await Execute(transaction, "SELECT ResponseJson FROM IdempotencyRecords WHERE UserId = $p0 AND Key = $p1", Personas.SendOfficer.Id, key);
        await Execute(transaction, """INSERT INTO "ReferenceCounters" ("Year", "LastNumber") SELECT $p0, 0 WHERE NOT EXISTS (SELECT 1 FROM "ReferenceCounters" WHERE "Year" = $p0)""", 2026);
        await Execute(transaction, """UPDATE "ReferenceCounters" SET "LastNumber" = "LastNumber" + 1 WHERE "Year" = $p0""", 2026);
        await Execute(transaction, """SELECT "LastNumber" FROM "ReferenceCounters" WHERE "Year" = $p0""", 2026);
        var reference = $"PR-2026-{_rawNumber:D6}";
        await Execute(transaction,
            """INSERT INTO Children (Id, GivenName, FamilyName, DateOfBirth, Upn, HomePostcode, HomeLatitude, HomeLongitude, CurrentSetting, Version) VALUES ($p0, $p1, $p2, $p3, NULL, $p4, $p5, $p6, $p7, 0)""",
            childId, "Ffion", "Llewelyn-Jones", "2016-03-14", "SG1 2AB", 51.905, -0.196, "Oakfield Primary School");
        await Execute(transaction,
            """INSERT INTO PlacementRequests (Id, Reference, ChildId, Type, ReceivedDate, AssignedOfficerId, Stage, SubmittedAt, LastChangedAt, NeedLevels_CognitionAndLearning, NeedLevels_CommunicationAndInteraction, NeedLevels_SensoryAndPhysical, NeedLevels_SocialEmotionalAndMentalHealth, Version) VALUES ($p0, $p1, $p2, 'NewPlan', $p3, $p4, 'Received', $p5, $p5, 2, 3, 0, 1, 0)""",
            requestId, reference, childId, "2026-11-10", Personas.SendOfficer.Id, ticks);
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
            Guid.CreateVersion7(), requestId, ticks, Personas.SendOfficer.Id, $"Placement request {reference} received and logged.");

        // The statutory clock: the case's clock row and its eight milestones, as the pipeline writes them.
        await Execute(transaction,
            "INSERT INTO CaseClocks (PlacementRequestId, RequestType, ReceivedDate, ChildId, ChildDateOfBirth, SeeksSpecialistProvision, DecidedOn, StoppedOn, ExceptionApplies, Version) VALUES ($p0, 'NewPlan', '2026-11-10', $p1, '2016-03-14', 1, NULL, NULL, 0, 0)",
            requestId, childId);
        foreach (var (kind, started, due, reminder, workingDays) in Milestones)
        {
            await Execute(transaction,
                "INSERT INTO CaseMilestones (Id, PlacementRequestId, Kind, Agency, Slot, StartedOn, DueDate, MetOn, NotApplicable, DependsOnWorkingDays, ExceptionApplies, ExceptionReasons, IsOpen, DaysTaken, MetWithinLimit, NextReminderOn, Provisional) VALUES ($p0, $p1, $p2, NULL, '', $p3, $p4, NULL, 0, $p5, 0, '', $p6, NULL, NULL, $p7, 0)",
                Guid.CreateVersion7(), requestId, kind, (object?)started ?? DBNull.Value, (object?)due ?? DBNull.Value, workingDays ? 1 : 0, started is null ? 0 : 1, (object?)reminder ?? DBNull.Value);
        }

        // The audit event, linked to the end of the keyed chain under the head row's lock.
        await Execute(transaction, """UPDATE "AuditChainHeads" SET "LastSequence" = "LastSequence" WHERE "Id" = 1""");
        long sequence;
        string previous;
        await using (var read = _raw.CreateCommand())
        {
            read.Transaction = transaction;
            read.CommandText = """SELECT "LastSequence", "LastHash" FROM "AuditChainHeads" WHERE "Id" = 1""";
            await using var reader = await read.ExecuteReaderAsync();
            await reader.ReadAsync();
            sequence = reader.GetInt64(0) + 1;
            previous = reader.GetString(1);
        }

        var audited = AuditEvent.Chain(sequence, previous, new AuditEntry(now, Personas.SendOfficer.Id, "SendOfficer", "SubmitPlacementRequest.Command", AuditKinds.Command, requestId, null, AuditOutcomes.Succeeded), _keys);
        await Execute(transaction,
            "INSERT INTO AuditEvents (Sequence, OccurredAt, UserId, Role, Action, Kind, CaseId, PanelId, Outcome, PreviousHash, Hash, KeyId, ReturnedCaseIds) VALUES ($p0, $p1, $p2, 'SendOfficer', 'SubmitPlacementRequest.Command', 'command', $p3, NULL, 'succeeded', $p4, $p5, $p6, NULL)",
            sequence, audited.OccurredAt.UtcTicks, Personas.SendOfficer.Id, requestId, previous, audited.Hash, audited.KeyId!);
        await Execute(transaction,
            """UPDATE "AuditChainHeads" SET "LastSequence" = $p0, "LastHash" = $p1, "KeyedFromSequence" = COALESCE("KeyedFromSequence", $p0) WHERE "Id" = 1""",
            sequence, audited.Hash);

        // The idempotency record: the request's hash and the answer a retry replays.
        var requestHash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(A.PlacementRequest(), Json))));
        await Execute(transaction,
            "INSERT INTO IdempotencyRecords (UserId, Key, RequestType, RequestHash, ResponseJson, CreatedAt) VALUES ($p0, $p1, $p2, $p3, $p4, $p5)",
            Personas.SendOfficer.Id, key, "PanelCaseManager.Application.Features.PlacementRequests.SubmitPlacementRequest+Command", requestHash,
            JsonSerializer.Serialize(new { id = requestId, reference, version = 0 }, Json), ticks);
        await transaction.CommitAsync();
    }

    [Benchmark(Description = "SubmitPlacementRequest through the pipeline and EF Core, with an Idempotency-Key")]
    public Task Pipeline() => _host.Send(Personas.SendOfficer, A.PlacementRequest() with { IdempotencyKey = $"bench-{++_pipelineKey}" });

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The milestones a new plan's clock writes for a request received on 10 November 2026 (kind, started, due, next reminder, working days).</summary>
    private static readonly (string Kind, string? Started, string? Due, string? Reminder, bool WorkingDays)[] Milestones =
    [
        ("AppealWindow", null, null, null, true),
        ("DraftPlanComments", null, null, null, false),
        ("DecisionWhetherToIssue", "2026-11-10", "2027-03-02", "2027-02-20", false),
        ("AnnualReview", null, null, null, false),
        ("FinalPlan", "2026-11-10", "2027-03-30", "2027-03-20", false),
        ("AgencyAdvice", null, null, null, false),
        ("DecisionToAssess", "2026-11-10", "2026-12-22", "2026-12-12", false),
        ("SettingConsultation", null, null, null, false),
    ];

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
