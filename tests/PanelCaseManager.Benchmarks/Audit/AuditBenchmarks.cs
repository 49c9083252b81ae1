using BenchmarkDotNet.Attributes;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using PanelCaseManager.Application.Audit;
using PanelCaseManager.Application.Features.Audit;
using PanelCaseManager.Infrastructure.DemoData;
using PanelCaseManager.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace PanelCaseManager.Benchmarks.Audit;

/// <summary>
/// What the hash chain costs on the command path: appending one audit event in its own committed transaction with
/// the chain (lock the head, hash, insert, move the head) against inserting the same row without it.
/// </summary>
[MemoryDiagnoser]
public class AuditAppendBenchmarks
{
    private static readonly AuditKeyRing Keys = BenchmarkKeys.Ring;
    private TestDatabase _database = null!;
    private AuditTrail _trail = null!;
    private long _plainSequence = 1_000_000_000;

    [GlobalSetup]
    public void Setup()
    {
        _database = TestDatabase.Create(Infrastructure.Persistence.DatabaseProvider.Sqlite);
        using var db = _database.OpenContext();
        db.Database.ExecuteSqlRaw("PRAGMA journal_mode=WAL;");
        _trail = new AuditTrail(new ServiceCollection().BuildServiceProvider().GetRequiredService<IServiceScopeFactory>(), Keys);
    }

    [GlobalCleanup]
    public void Cleanup() => _database.Dispose();

    private static AuditEntry Entry() => new(TestClock.DefaultNow, Personas.SendOfficer.Id, "SendOfficer", "MoveStage.Command", AuditKinds.Command, Guid.NewGuid(), null, AuditOutcomes.Succeeded);

    [Benchmark(Baseline = true, Description = "insert the event row, no chain")]
    public async Task Plain()
    {
        await using var db = _database.OpenContext();
        await using var transaction = await db.Database.BeginTransactionAsync();
        db.AuditEvents.Add(AuditEvent.Chain(++_plainSequence, AuditEvent.GenesisHash, Entry(), Keys));
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
    }

    [Benchmark(Description = "append to the hash chain")]
    public async Task Chained()
    {
        await using var db = _database.OpenContext();
        await using var transaction = await db.Database.BeginTransactionAsync();
        await _trail.AppendAsync(db, [Entry()], CancellationToken.None);
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
    }
}

/// <summary>Verifying a chain of a million events, streamed from SQLite.</summary>
[MemoryDiagnoser]
public class AuditVerifyBenchmarks
{
    private BenchmarkHost _host = null!;
    private AuditKeyRing _keys = null!;

    [ParamsSource(nameof(EventCounts))]
    public int Events { get; set; }

    public static IEnumerable<int> EventCounts => BenchmarkSizes.Pick(1_000, 1_000_000);

    [GlobalSetup]
    public async Task Setup()
    {
        _host = new BenchmarkHost();
        _keys = _host.Services.GetRequiredService<AuditKeyRing>();
        await using var connection = new SqliteConnection(_host.Database.ConnectionString);
        await connection.OpenAsync();
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync();
        await using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = "INSERT INTO AuditEvents (Sequence, OccurredAt, UserId, Role, Action, Kind, CaseId, PanelId, Outcome, PreviousHash, Hash, KeyId) VALUES ($s, $t, $u, $r, $a, $k, $c, NULL, $o, $p, $h, $key)";
        var parameters = new[] { "$s", "$t", "$u", "$r", "$a", "$k", "$c", "$o", "$p", "$h", "$key" }.Select(n => insert.Parameters.Add(new SqliteParameter(n, null))).ToArray();
        var previous = AuditEvent.GenesisHash;
        var at = TestClock.DefaultNow;

        // Stored as the model stores it (DateTimeOffsetToBinaryConverter), not as raw ticks: otherwise the time read
        // back differs from the one hashed and the verifier rightly reports event 1 as altered.
        var storedAt = (long)new DateTimeOffsetToBinaryConverter().ConvertToProvider(at)!;
        for (long sequence = 1; sequence <= Events; sequence++)
        {
            var audited = AuditEvent.Chain(sequence, previous, new AuditEntry(at, "send-officer", "SendOfficer", "MoveStage.Command", AuditKinds.Command, Guid.NewGuid(), null, AuditOutcomes.Succeeded), _keys);
            object?[] values = [audited.Sequence, storedAt, audited.UserId, audited.Role, audited.Action, audited.Kind, audited.CaseId!.Value.ToString().ToUpperInvariant(), audited.Outcome, audited.PreviousHash, audited.Hash, audited.KeyId];
            for (var i = 0; i < values.Length; i++)
            {
                parameters[i].Value = values[i];
            }

            await insert.ExecuteNonQueryAsync();
            previous = audited.Hash;
        }

        await using var head = connection.CreateCommand();
        head.Transaction = transaction;
        head.CommandText = "UPDATE AuditChainHeads SET LastSequence = $s, LastHash = $h, KeyedFromSequence = 1 WHERE Id = 1";
        head.Parameters.AddWithValue("$s", Events);
        head.Parameters.AddWithValue("$h", previous);
        await head.ExecuteNonQueryAsync();
        await transaction.CommitAsync();
    }

    [GlobalCleanup]
    public async Task Cleanup() => await _host.DisposeAsync();

    [Benchmark(Description = "VerifyAuditTrail over the whole chain")]
    public async Task<VerifyAuditTrail.Result> Verify()
    {
        var result = await _host.Send(Personas.Auditor, new VerifyAuditTrail.Query());
        return result.Intact ? result : throw new InvalidOperationException(result.Problem);
    }
}

/// <summary>A fixed key for benchmarks that append outside a host.</summary>
internal static class BenchmarkKeys
{
    public static readonly AuditKeyRing Ring = new("benchmark", new Dictionary<string, byte[]> { ["benchmark"] = new byte[32] }, "benchmark");
}
