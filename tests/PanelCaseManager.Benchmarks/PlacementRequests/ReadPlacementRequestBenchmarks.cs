using BenchmarkDotNet.Attributes;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using PanelCaseManager.Application.Audit;
using PanelCaseManager.Application.Features.PlacementRequests;
using PanelCaseManager.Infrastructure.DemoData;
using PanelCaseManager.Testing.Builders;

namespace PanelCaseManager.Benchmarks.PlacementRequests;

/// <summary>
/// Reading one case by id on a file holding 2,000 cases. Baselines: raw SELECTs of the same data (the case with its
/// child and officer, its preferences, needs and stage changes), materialised into objects; and the fair one, the same
/// SELECTs plus the raw append of the same audit row (head locked, keyed link, event inserted, head moved) in its own
/// durable transaction, which is what the law asks a read to leave behind. Against them: the handler alone (EF Core),
/// the whole pipeline as shipped (policy, case-access check, the read's audit event grouped with others' and committed
/// within AuditTrail:ReadFlushInterval, docs/adr/0011), and the pipeline committing each read's event before it
/// answers (ReadFlushInterval 0, as before issue 18).
/// </summary>
[MemoryDiagnoser]
public class ReadPlacementRequestBenchmarks
{
    private BenchmarkHost _host = null!;
    private BenchmarkHost _eachCommitted = null!;
    private SqliteConnection _raw = null!;
    private AuditKeyRing _keys = null!;
    private Guid _id;

    [GlobalSetup]
    public async Task Setup()
    {
        _host = new BenchmarkHost();
        for (var i = 0; i < BenchmarkSizes.Cases; i++)
        {
            var created = await _host.Send(Personas.SendOfficer, A.PlacementRequest());
            if (i == BenchmarkSizes.Cases / 2)
            {
                _id = created.Id;
                await _host.Send(Personas.SendOfficer, new MoveStage.Command(_id, Domain.PlacementRequests.StageTransition.StartEvidence, 0, null, null, null));
            }
        }

        _raw = new SqliteConnection(_host.Database.ConnectionString);
        await _raw.OpenAsync();
        _keys = _host.Services.GetRequiredService<AuditKeyRing>();
        _eachCommitted = new BenchmarkHost(settings: new Dictionary<string, string?> { ["AuditTrail:ReadFlushInterval"] = "00:00:00" }, database: _host.Database);
    }

    [GlobalCleanup]
    public async Task Cleanup()
    {
        await _raw.DisposeAsync();
        await _eachCommitted.DisposeAsync();
        await _host.DisposeAsync();
    }

    [Benchmark(Description = "raw SELECTs of the same case, materialised (no audit: earlier baseline)")]
    public Task<object> RawSelect() => SelectAsync();

    [Benchmark(Baseline = true, Description = "fair: raw SELECTs plus the raw append of the same audit row, own durable transaction")]
    public async Task<object> RawSelectAndAudit()
    {
        var found = await SelectAsync();
        await using var transaction = (SqliteTransaction)await _raw.BeginTransactionAsync();
        await using (var lockHead = _raw.CreateCommand())
        {
            lockHead.Transaction = transaction;
            lockHead.CommandText = """UPDATE "AuditChainHeads" SET "LastSequence" = "LastSequence" WHERE "Id" = 1""";
            await lockHead.ExecuteNonQueryAsync();
        }

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

        var audited = AuditEvent.Chain(sequence, previous, new AuditEntry(DateTimeOffset.UtcNow, Personas.SendOfficer.Id, "SendOfficer", "GetPlacementRequest.Query", AuditKinds.Read, _id, null, AuditOutcomes.Succeeded), _keys);
        await using (var insert = _raw.CreateCommand())
        {
            insert.Transaction = transaction;
            insert.CommandText = "INSERT INTO AuditEvents (Sequence, OccurredAt, UserId, Role, Action, Kind, CaseId, PanelId, Outcome, PreviousHash, Hash, KeyId, ReturnedCaseIds) VALUES ($s, $t, $u, 'SendOfficer', 'GetPlacementRequest.Query', 'read', $c, NULL, 'succeeded', $p, $h, $k, NULL)";
            insert.Parameters.AddWithValue("$s", sequence);
            insert.Parameters.AddWithValue("$t", audited.OccurredAt.UtcTicks);
            insert.Parameters.AddWithValue("$u", Personas.SendOfficer.Id);
            insert.Parameters.AddWithValue("$c", _id.ToString().ToUpperInvariant());
            insert.Parameters.AddWithValue("$p", previous);
            insert.Parameters.AddWithValue("$h", audited.Hash);
            insert.Parameters.AddWithValue("$k", audited.KeyId);
            await insert.ExecuteNonQueryAsync();
        }

        await using (var move = _raw.CreateCommand())
        {
            move.Transaction = transaction;
            move.CommandText = """UPDATE "AuditChainHeads" SET "LastSequence" = $s, "LastHash" = $h WHERE "Id" = 1""";
            move.Parameters.AddWithValue("$s", sequence);
            move.Parameters.AddWithValue("$h", audited.Hash);
            await move.ExecuteNonQueryAsync();
        }

        await transaction.CommitAsync();
        return found;
    }

    private async Task<object> SelectAsync()
    {
        var id = _id.ToString().ToUpperInvariant();
        object[]? row = null;
        await using (var command = Command("""
            SELECT p.Id, p.Reference, p.Version, p.Type, p.Stage, p.ReceivedDate, p.SubmittedAt,
                   c.Id, c.GivenName, c.FamilyName, c.DateOfBirth, c.Upn, c.HomePostcode, c.HomeLatitude, c.HomeLongitude, c.CurrentSetting,
                   p.NeedLevels_CommunicationAndInteraction, p.NeedLevels_CognitionAndLearning, p.NeedLevels_SocialEmotionalAndMentalHealth, p.NeedLevels_SensoryAndPhysical,
                   p.AssignedOfficerId, u.DisplayName
            FROM PlacementRequests p JOIN Children c ON c.Id = p.ChildId JOIN Users u ON u.Id = p.AssignedOfficerId
            WHERE p.Id = $id
            """, id))
        await using (var reader = await command.ExecuteReaderAsync())
        {
            if (await reader.ReadAsync())
            {
                row = new object[reader.FieldCount];
                reader.GetValues(row);
            }
        }

        var preferences = await ReadAll("SELECT Rank, Kind, SettingName, SettingUrn, ProvisionKind, Reasons FROM PlacementRequestPreferences WHERE PlacementRequestId = $id ORDER BY Rank", id);
        var needs = await ReadAll("SELECT Rank, Code FROM PlacementRequestNeeds WHERE PlacementRequestId = $id ORDER BY Rank", id);
        var changes = await ReadAll("""
            SELECT s.Sequence, s."From", s."To", s.Transition, s.At, u.DisplayName, s.Reason, s.Trigger, s.TriggerDate
            FROM PlacementRequestStageChanges s LEFT JOIN Users u ON u.Id = s.By
            WHERE s.PlacementRequestId = $id ORDER BY s.Sequence
            """, id);
        return (row!, preferences, needs, changes);
    }

    [Benchmark(Description = "GetPlacementRequest's handler alone: EF Core query and projection, no pipeline")]
    public Task<GetPlacementRequest.Details> HandlerAlone() =>
        _host.Direct<GetPlacementRequest.Handler, GetPlacementRequest.Details>(Personas.SendOfficer, h => h.Handle(new GetPlacementRequest.Query(_id), CancellationToken.None).AsTask());

    [Benchmark(Description = "GetPlacementRequest through the pipeline (access check, read's audit event grouped) and EF Core")]
    public Task<GetPlacementRequest.Details> Pipeline() => _host.Send(Personas.SendOfficer, new GetPlacementRequest.Query(_id));

    [Benchmark(Description = "GetPlacementRequest through the pipeline, each read's audit event committed before it answers")]
    public Task<GetPlacementRequest.Details> PipelineEachReadCommitted() => _eachCommitted.Send(Personas.SendOfficer, new GetPlacementRequest.Query(_id));

    private SqliteCommand Command(string sql, string id)
    {
        var command = _raw.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$id", id);
        return command;
    }

    private async Task<List<object[]>> ReadAll(string sql, string id)
    {
        var rows = new List<object[]>();
        await using var command = Command(sql, id);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            var values = new object[reader.FieldCount];
            reader.GetValues(values);
            rows.Add(values);
        }

        return rows;
    }
}
