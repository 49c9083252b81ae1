using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PanelCaseManager.Application.Audit;
using PanelCaseManager.Application.Features.Audit;
using PanelCaseManager.Infrastructure.DemoData;
using PanelCaseManager.Infrastructure.Jobs;
using PanelCaseManager.Testing;
using PanelCaseManager.Testing.Builders;

namespace PanelCaseManager.Application.Tests.Audit;

/// <summary>
/// The audit chain linked with a key held outside the database and anchored by signed checkpoints outside it
/// (docs/adr/0196): whoever can write to the database, but holds neither the key nor the checkpoint folder, cannot
/// rewrite or shorten the trail unnoticed.
/// </summary>
public class KeyedAuditTrailTests
{
    private static readonly string KeyOne = Convert.ToBase64String(Enumerable.Range(1, 32).Select(i => (byte)i).ToArray());
    private static readonly string KeyTwo = Convert.ToBase64String(Enumerable.Range(101, 32).Select(i => (byte)i).ToArray());

    private ApplicationHarness _app = null!;

    [SetUp]
    public void SetUp() => _app = new ApplicationHarness();

    [TearDown]
    public async Task TearDown() => await _app.DisposeAsync();

    private static Dictionary<string, string?> Keys(string current, params (string Id, string Key)[] keys)
    {
        var settings = new Dictionary<string, string?> { ["AuditTrail:CurrentKeyId"] = current };
        foreach (var (id, key) in keys)
        {
            settings[$"AuditTrail:Keys:{id}"] = key;
        }

        return settings;
    }

    private static Task<VerifyAuditTrail.Result> Verify(ApplicationHarness app) => app.SendAs(Personas.Auditor, new VerifyAuditTrail.Query());

    private static Task<List<AuditEvent>> Events(ApplicationHarness app) => app.Read(db => db.AuditEvents.OrderBy(e => e.Sequence).ToListAsync());

    private static async Task Seed(ApplicationHarness app, int commands)
    {
        for (var i = 0; i < commands; i++)
        {
            await app.SendAs(Personas.SendOfficer, A.PlacementRequest());
        }
    }

    private static Task<CheckpointAuditTrail.Result> Checkpoint(ApplicationHarness app) =>
        app.Services.GetRequiredService<AuditCheckpointJob>().RunAsync(CancellationToken.None);

    [Test]
    public async Task Each_event_is_linked_with_an_hmac_under_the_current_key_and_records_the_key()
    {
        await Seed(_app, 2);
        var keys = _app.Services.GetRequiredService<AuditKeyRing>();

        var events = await Events(_app);

        events.Should().OnlyContain(e => e.KeyId == keys.CurrentKeyId);
        events.Should().OnlyContain(e => e.Hash == keys.Mac(keys.CurrentKeyId, AuditKeyRing.LinkPurpose, e.LinkedContent()));
        events.Should().OnlyContain(e => e.Hash != AuditEvent.PlainSha256(e.Sequence, e.OccurredAt, e.UserId, e.Role, e.Action, e.Kind, e.CaseId, e.PanelId, e.Outcome, e.PreviousHash));
        (await _app.Read(db => db.AuditChainHeads.SingleAsync())).KeyedFromSequence.Should().Be(1);
    }

    [Test]
    public async Task Rewriting_a_tail_and_the_head_with_plain_sha256_links_is_found()
    {
        await Seed(_app, 6);

        await RewritePlainly(_app, from: 4, userId: "someone-else");

        var verdict = await Verify(_app);
        verdict.Intact.Should().BeFalse();
        verdict.FirstBrokenSequence.Should().Be(4);
        verdict.Problem.Should().Be("Event 4 has a plain SHA-256 link, but every event from 1 on is linked with the audit key: it was rewritten by someone without the key.");
    }

    [Test]
    public async Task Rewriting_the_whole_trail_and_the_head_with_plain_links_is_found_by_a_checkpoint()
    {
        await Seed(_app, 3);
        await Checkpoint(_app);
        await Seed(_app, 2);

        await RewritePlainly(_app, from: 1, userId: "someone-else");

        var verdict = await Verify(_app);
        verdict.Intact.Should().BeFalse();
        verdict.FirstBrokenSequence.Should().Be(1);
        verdict.Problem.Should().Contain("plain SHA-256 link").And.Contain("rewritten by someone without the key");
    }

    [Test]
    public async Task Rewriting_a_tail_and_the_head_with_another_key_is_found()
    {
        await Seed(_app, 6);
        var events = await Events(_app);
        var forger = new AuditKeyRing(events[0].KeyId!, new Dictionary<string, byte[]> { [events[0].KeyId!] = RandomNumberGenerator.GetBytes(32) }, "forger");

        await RewriteWith(_app, from: 4, e => forger.Mac(e.KeyId!, AuditKeyRing.LinkPurpose, e.LinkedContent()));

        var verdict = await Verify(_app);
        verdict.FirstBrokenSequence.Should().Be(4);
        verdict.Problem.Should().Be("Event 4 was altered after it was written: its content no longer matches its link.");
    }

    [Test]
    public async Task An_event_naming_a_key_the_service_does_not_hold_is_found()
    {
        await Seed(_app, 3);

        await Tamper(_app, "UPDATE \"AuditEvents\" SET \"KeyId\" = 'made-up' WHERE \"Sequence\" = 2");

        var verdict = await Verify(_app);
        verdict.FirstBrokenSequence.Should().Be(2);
        verdict.Problem.Should().StartWith("Event 2 names the audit key 'made-up', which this service does not hold");
    }

    [Test]
    public async Task Removing_events_up_to_a_checkpoint_is_found_even_with_the_head_changed_to_match()
    {
        await Seed(_app, 5);
        var checkpoint = await Checkpoint(_app);
        checkpoint.Written.Should().BeTrue();
        checkpoint.Checkpoint.Sequence.Should().Be(5);
        var third = (await Events(_app)).Single(e => e.Sequence == 3);

        await Tamper(_app, $"DELETE FROM \"AuditEvents\" WHERE \"Sequence\" > 3; UPDATE \"AuditChainHeads\" SET \"LastSequence\" = 3, \"LastHash\" = '{third.Hash}'");

        var verdict = await Verify(_app);
        verdict.Intact.Should().BeFalse();
        verdict.FirstBrokenSequence.Should().Be(4);
        verdict.Problem.Should().StartWith("The trail ends at event 3, but the checkpoint of").And.Contain("records event 5: events 4 to 5 were removed");
    }

    [Test]
    public async Task Events_after_the_last_checkpoint_are_said_to_be_protected_against_editing_but_not_yet_against_removal()
    {
        await Seed(_app, 3);
        await Checkpoint(_app);
        await Seed(_app, 2);

        var verdict = await Verify(_app);

        verdict.Intact.Should().BeTrue(verdict.Problem);
        verdict.Checkpoints.Should().Be(1);
        verdict.LastCheckpoint!.Sequence.Should().Be(3);
        verdict.EventsAfterLastCheckpoint.Should().Be(verdict.EventsChecked - 3);
        verdict.Notes.Should().Contain(n => n.Contains("Every event up to it is vouched for outside the database", StringComparison.Ordinal))
            .And.Contain(n => n.StartsWith($"The {verdict.EventsAfterLastCheckpoint} events after event 3 are protected by the key against being altered, but not yet against being removed", StringComparison.Ordinal));
    }

    [Test]
    public async Task Without_a_checkpoint_the_verdict_says_what_it_cannot_see()
    {
        await Seed(_app, 2);

        var verdict = await Verify(_app);

        verdict.Intact.Should().BeTrue();
        verdict.Checkpoints.Should().Be(0);
        verdict.Notes.Should().Contain(n => n.StartsWith($"No checkpoint was found in {_app.Database.AuditCheckpointFolder}", StringComparison.Ordinal) && n.Contains("would not be noticed", StringComparison.Ordinal));
    }

    [Test]
    public async Task A_forged_checkpoint_line_is_found()
    {
        await Seed(_app, 2);
        await Checkpoint(_app);
        var file = Directory.GetFiles(_app.Database.AuditCheckpointFolder).Single();
        var line = (await File.ReadAllLinesAsync(file)).Single();

        await File.AppendAllTextAsync(file, line.Replace("\"sequence\":2", "\"sequence\":1", StringComparison.Ordinal) + "\n");

        var verdict = await Verify(_app);
        verdict.Intact.Should().BeFalse();
        verdict.Problem.Should().Be($"Line 2 of the checkpoint file {Path.GetFileName(file)} is not signed with an audit key this service holds: the checkpoints were altered, or written by someone else.");
    }

    [Test]
    public async Task The_periodic_checkpoint_is_written_once_per_period_however_many_instances_run_it()
    {
        await Seed(_app, 2);
        await using var second = new ApplicationHarness(_app.Database, _app.Clock);

        var runs = await Task.WhenAll(Enumerable.Range(0, 6).Select(i => Checkpoint(i % 2 == 0 ? _app : second)));
        _app.Clock.Advance(TimeSpan.FromHours(1));
        var nextHour = await Checkpoint(second);

        runs.Count(r => r.Written).Should().Be(1);
        nextHour.Written.Should().BeTrue();
        var lines = (await _app.Services.GetRequiredService<IAuditCheckpointStore>().ReadAllAsync(CancellationToken.None));
        lines.Should().HaveCount(2).And.OnlyContain(c => c.Checkpoint!.Kind == AuditCheckpointKinds.Periodic && c.Checkpoint.WrittenBy == "system:audit-checkpoint");
        lines.Select(c => c.Checkpoint!.Period).Should().OnlyHaveUniqueItems();
        (await Verify(_app)).Intact.Should().BeTrue();
    }

    [Test]
    public async Task Checkpoints_read_while_one_is_being_appended_are_read_once_it_is_written()
    {
        // Found by the API's generated bad input: an auditor's check at the moment a checkpoint was written answered 500.
        await Seed(_app, 2);
        await Checkpoint(_app);
        var file = Directory.GetFiles(_app.Database.AuditCheckpointFolder).Single();
        var appending = new FileStream(file, FileMode.Open, FileAccess.ReadWrite, FileShare.None);

        var read = _app.Services.GetRequiredService<IAuditCheckpointStore>().ReadAllAsync(CancellationToken.None);
        var verdict = Verify(_app);
        await Task.Delay(TimeSpan.FromMilliseconds(300));
        read.IsCompleted.Should().BeFalse("the read waits for the line being appended");
        await appending.DisposeAsync();

        (await read).Should().ContainSingle().Which.Checkpoint!.Sequence.Should().Be(2);
        (await verdict).Intact.Should().BeTrue();
    }

    [Test]
    public async Task A_checkpoint_is_logged_with_its_facts_and_no_personal_data()
    {
        await _app.SendAs(Personas.SendOfficer, A.PlacementRequest());

        var written = await Checkpoint(_app);

        var line = _app.Logs.Lines.Should().ContainSingle(l => l.Contains("Audit trail checkpoint (periodic)", StringComparison.Ordinal)).Subject;
        line.Should().Contain($"event 1 with link {written.Checkpoint.Hash}").And.Contain(written.Checkpoint.Mac).And.NotContain(A.PlacementRequest().Child!.FamilyName);
    }

    [Test]
    public async Task An_auditor_gets_a_signed_statement_of_the_trails_end_and_it_becomes_a_checkpoint()
    {
        await Seed(_app, 2);

        var statement = await _app.SendAs(Personas.Auditor, new SignAuditTrailHead.Command());

        statement.Checkpoint.Should().BeEquivalentTo(new { Kind = AuditCheckpointKinds.OnDemand, Sequence = 2L, KeyedFrom = (long?)1, WrittenBy = Personas.Auditor.Id });
        statement.Checkpoint.IsSignedWith(_app.Services.GetRequiredService<AuditKeyRing>()).Should().BeTrue();
        statement.Text.Should().StartWith("At 2026-").And.Contain("ended at event 2, whose link is " + statement.Checkpoint.Hash);
        (await _app.SendAs(Personas.Auditor, new ExportAuditCheckpoints.Query())).Should().ContainSingle().Which.Should().Be(statement.Checkpoint.ToJsonLine());
        var refused = () => _app.SendAs(Personas.TeamManager, new SignAuditTrailHead.Command());
        await refused.Should().ThrowAsync<Application.Common.ForbiddenException>();
    }

    [Test]
    public async Task After_the_key_is_rotated_old_and_new_events_verify_and_old_ones_need_the_old_key()
    {
        await using var first = new ApplicationHarness(_app.Database, _app.Clock, Keys("k1", ("k1", KeyOne)));
        await Seed(first, 3);
        await using var rotated = new ApplicationHarness(_app.Database, _app.Clock, Keys("k2", ("k1", KeyOne), ("k2", KeyTwo)));
        await Seed(rotated, 3);
        await rotated.Services.GetRequiredService<AuditCheckpointJob>().RunAsync(CancellationToken.None);
        await using var forgetful = new ApplicationHarness(_app.Database, _app.Clock, Keys("k2", ("k2", KeyTwo)));

        var verdict = await Verify(rotated);
        var withoutTheOldKey = await Verify(forgetful);

        verdict.Intact.Should().BeTrue(verdict.Problem);
        verdict.KeysUsed.Should().Equal("k1", "k2");
        (await Events(rotated)).Select(e => e.KeyId).Should().StartWith(["k1", "k1", "k1", "k2"]);
        withoutTheOldKey.FirstBrokenSequence.Should().Be(1);
        withoutTheOldKey.Problem.Should().StartWith("Event 1 names the audit key 'k1', which this service does not hold");
    }

    [Test]
    public async Task A_database_with_a_plain_chain_from_an_earlier_version_is_upgraded_and_verifies()
    {
        using var database = TestDatabase.CreateEmpty();
        var lastPlain = await MigrateWithAPlainChainFromBeforeKeys(database, events: 4);
        await using var app = new ApplicationHarness(database, _app.Clock);

        var before = await Verify(app);
        before.Intact.Should().BeTrue(before.Problem);
        before.EventsChecked.Should().Be(4);
        before.KeyedFromSequence.Should().BeNull();

        await app.Services.GetRequiredService<AuditCheckpointJob>().AtStartAsync(CancellationToken.None);
        await Seed(app, 2);
        var after = await Verify(app);

        after.Intact.Should().BeTrue(after.Problem);
        after.KeyedFromSequence.Should().Be(5);
        (await Events(app)).Select(e => e.KeyId is null).Should().StartWith([true, true, true, true, false]);
        (await Events(app)).Single(e => e.Sequence == 5).PreviousHash.Should().Be(lastPlain, "the first keyed event holds the plain prefix in place");
        after.Notes.Should().Contain("Events 1 to 4 were written by an earlier version of the service with plain SHA-256 links. They are held in place by event 5, the first linked with the key, whose link covers theirs.");
    }

    [Test]
    public async Task After_the_upgrade_rewriting_the_earlier_plain_events_or_linking_new_ones_plainly_is_found()
    {
        using var database = TestDatabase.CreateEmpty();
        await MigrateWithAPlainChainFromBeforeKeys(database, events: 4);
        await using var app = new ApplicationHarness(database, _app.Clock);
        await app.Services.GetRequiredService<AuditCheckpointJob>().AtStartAsync(CancellationToken.None);
        await Seed(app, 2);

        await RewritePlainly(app, from: 2, userId: "someone-else", through: 4);
        var prefixRewritten = await Verify(app);
        await RewritePlainly(app, from: 2, userId: "someone-else");
        var everythingRewritten = await Verify(app);

        prefixRewritten.FirstBrokenSequence.Should().Be(4, "the checkpoint at start-up recorded event 4");
        prefixRewritten.Problem.Should().Contain("is not the event the checkpoint of");
        everythingRewritten.Intact.Should().BeFalse();
        everythingRewritten.FirstBrokenSequence.Should().BeLessThanOrEqualTo(5);
    }

    [Test]
    public async Task The_embedded_default_key_is_made_once_outside_the_database_readable_by_the_service_alone()
    {
        File.Exists(_app.Database.AuditKeyFile).Should().BeFalse();
        var keys = _app.Services.GetRequiredService<AuditKeyRing>();
        await using var second = new ApplicationHarness(_app.Database, _app.Clock);

        keys.Generated.Should().BeTrue();
        keys.Source.Should().Be(_app.Database.AuditKeyFile);
        second.Services.GetRequiredService<AuditKeyRing>().Should().Match<AuditKeyRing>(k => k.CurrentKeyId == keys.CurrentKeyId && !k.Generated);
        if (!OperatingSystem.IsWindows())
        {
            File.GetUnixFileMode(_app.Database.AuditKeyFile).Should().Be(UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        (await File.ReadAllTextAsync(_app.Database.AuditKeyFile)).Should().Contain(keys.CurrentKeyId);
    }

    [Test]
    public async Task Keys_that_cannot_work_stop_the_service_starting_naming_each_setting()
    {
        var settings = Keys("missing", ("k1", "too-short"), ("bad id!", KeyOne));
        settings["AuditTrail:CheckpointInterval"] = "00:07:00";
        await using var app = new ApplicationHarness(_app.Database, _app.Clock, settings);

        var act = () => app.Services.GetRequiredService<IOptions<AuditTrailOptions>>().Value;

        act.Should().Throw<OptionsValidationException>().Which.Failures.Should().BeEquivalentTo(
            "AuditTrail:CurrentKeyId must name one of the keys in AuditTrail:Keys.",
            "AuditTrail:Keys:k1 must be base64 of at least 32 random bytes.",
            "AuditTrail:Keys: the key id 'bad id!' may use only letters, digits, '.', '_' and '-' (at most 40).",
            "AuditTrail:CheckpointInterval must be whole minutes that divide an hour, or whole hours that divide a day.");
    }

    /// <summary>
    /// Migrates a new database to the migration before keyed links, writes a plain SHA-256 chain as the earlier
    /// version did, then migrates to the end as the service does at start. Returns the last plain link.
    /// </summary>
    private static async Task<string> MigrateWithAPlainChainFromBeforeKeys(TestDatabase database, int events)
    {
        string last;
        await using (var db = database.OpenContext())
        {
            var migrations = db.Database.GetMigrations().ToList();
            var keyed = migrations.FindIndex(m => m.EndsWith("_KeyedAuditTrail", StringComparison.Ordinal));
            keyed.Should().BePositive();
            await db.GetService<IMigrator>().MigrateAsync(migrations[keyed - 1]);

            last = AuditEvent.GenesisHash;
            var at = TestClock.DefaultNow.AddDays(-30);
            // The instant as each provider stores it: SQLite's number, PostgreSQL's timestamptz.
            var storedAt = database.DatabaseProvider == Infrastructure.Persistence.DatabaseProvider.PostgreSql
                ? $"TIMESTAMPTZ '{at.UtcDateTime:yyyy-MM-dd HH:mm:ss.fff}+00'"
                : ((long)new DateTimeOffsetToBinaryConverter().ConvertToProvider(at)!).ToString(CultureInfo.InvariantCulture);
            var sql = new StringBuilder();
            for (long sequence = 1; sequence <= events; sequence++)
            {
                var hash = AuditEvent.PlainSha256(sequence, at, "send-officer", "SendOfficer", "SubmitPlacementRequest.Command", AuditKinds.Command, null, null, AuditOutcomes.Succeeded, last);
                sql.Append(CultureInfo.InvariantCulture, $"INSERT INTO \"AuditEvents\" (\"Sequence\", \"OccurredAt\", \"UserId\", \"Role\", \"Action\", \"Kind\", \"CaseId\", \"PanelId\", \"Outcome\", \"PreviousHash\", \"Hash\") VALUES ({sequence}, {storedAt}, 'send-officer', 'SendOfficer', 'SubmitPlacementRequest.Command', 'command', NULL, NULL, 'succeeded', '{last}', '{hash}');");
                last = hash;
            }

            sql.Append(CultureInfo.InvariantCulture, $"UPDATE \"AuditChainHeads\" SET \"LastSequence\" = {events}, \"LastHash\" = '{last}' WHERE \"Id\" = 1;");
#pragma warning disable EF1002 // Built above from numbers and hex hashes only.
            await db.Database.ExecuteSqlRawAsync(sql.ToString());
#pragma warning restore EF1002
            await db.Database.MigrateAsync();
            db.Users.AddRange(Personas.All.Select(p => p.ToAccount()));
            await db.SaveChangesAsync();
        }

        SqliteConnection.ClearAllPools();
        return last;
    }

    /// <summary>
    /// What someone with write access to the database but no key can do: change events from <paramref name="from"/>
    /// (through <paramref name="through"/>, or to the end), relink them all with plain SHA-256, and move the head to
    /// match, including forgetting where keyed links began.
    /// </summary>
    private static async Task RewritePlainly(ApplicationHarness app, long from, string userId, long? through = null)
    {
        var events = await Events(app);
        var previous = from == 1 ? AuditEvent.GenesisHash : events.Single(e => e.Sequence == from - 1).Hash;
        var sql = new StringBuilder();
        foreach (var e in events.Where(e => e.Sequence >= from))
        {
            var rewritten = e.Sequence <= (through ?? long.MaxValue);
            var user = rewritten ? userId : e.UserId;
            var hash = rewritten || e.KeyId is null
                ? AuditEvent.PlainSha256(e.Sequence, e.OccurredAt, user, e.Role, e.Action, e.Kind, e.CaseId, e.PanelId, e.Outcome, previous)
                : e.Hash;
            sql.Append(CultureInfo.InvariantCulture, $"UPDATE \"AuditEvents\" SET \"UserId\" = '{user}', \"KeyId\" = {(rewritten ? "NULL" : "\"KeyId\"")}, \"PreviousHash\" = '{previous}', \"Hash\" = '{hash}' WHERE \"Sequence\" = {e.Sequence};");
            previous = hash;
        }

        if (through is null)
        {
            sql.Append(CultureInfo.InvariantCulture, $"UPDATE \"AuditChainHeads\" SET \"LastHash\" = '{previous}', \"KeyedFromSequence\" = NULL;");
        }

        await Tamper(app, sql.ToString());
    }

    /// <summary>Relinks events from <paramref name="from"/> on with links a forger computes, keeping their key ids, and moves the head.</summary>
    private static async Task RewriteWith(ApplicationHarness app, long from, Func<AuditEvent, string> link)
    {
        var events = await Events(app);
        var sql = new StringBuilder();
        var previous = events.Single(e => e.Sequence == from - 1).Hash;
        await using var db = app.Database.OpenContext();
        foreach (var e in events.Where(e => e.Sequence >= from))
        {
            var rewritten = await db.AuditEvents.SingleAsync(x => x.Sequence == e.Sequence);
            db.Entry(rewritten).Property(x => x.PreviousHash).CurrentValue = previous;
            db.Entry(rewritten).Property(x => x.UserId).CurrentValue = "someone-else";
            var hash = link(rewritten);
            db.Entry(rewritten).Property(x => x.Hash).CurrentValue = hash;
            previous = hash;
        }

        await db.SaveChangesAsync();
        sql.Append(CultureInfo.InvariantCulture, $"UPDATE \"AuditChainHeads\" SET \"LastHash\" = '{previous}';");
        await Tamper(app, sql.ToString());
    }

    private static async Task Tamper(ApplicationHarness app, string sql)
    {
        await using var connection = app.Database.OpenConnection();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}
