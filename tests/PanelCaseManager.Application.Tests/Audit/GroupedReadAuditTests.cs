using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PanelCaseManager.Application.Audit;
using PanelCaseManager.Application.Features.Audit;
using PanelCaseManager.Application.Features.PlacementRequests;
using PanelCaseManager.Infrastructure.DemoData;
using PanelCaseManager.Testing;
using PanelCaseManager.Testing.Builders;

namespace PanelCaseManager.Application.Tests.Audit;

/// <summary>
/// The events of reads are appended in groups, each group one transaction (docs/adr/0011): every read still leaves its
/// event, in the keyed chain, within the interval; a stop writes what waits; a group the database refuses is kept,
/// reported and written when it can be.
/// </summary>
public class GroupedReadAuditTests
{
    private ApplicationHarness _app = null!;

    [SetUp]
    public void SetUp() => _app = new ApplicationHarness();

    [TearDown]
    public async Task TearDown() => await _app.DisposeAsync();

    /// <summary>The events in the database now, read without first flushing what waits to be grouped.</summary>
    private static async Task<List<AuditEvent>> EventsWrittenIn(TestDatabase database)
    {
        await using var db = database.OpenContext();
        return await db.AuditEvents.AsNoTracking().OrderBy(e => e.Sequence).ToListAsync();
    }

    private static async Task Execute(TestDatabase database, string sql)
    {
        await using var db = database.OpenContext();
#pragma warning disable EF1002 // Constant SQL of the test's own.
        await db.Database.ExecuteSqlRawAsync(sql);
#pragma warning restore EF1002
    }

    [Test]
    public async Task Reads_between_commands_are_each_recorded_once_and_the_keyed_chain_verifies()
    {
        var created = await _app.SendAs(Personas.SendOfficer, A.PlacementRequest());
        var reads = Enumerable.Range(0, 25).Select(_ => _app.SendAs(Personas.SendOfficer, new GetPlacementRequest.Query(created.Id)));
        await Task.WhenAll(reads);
        await _app.SendAs(Personas.SendOfficer, A.PlacementRequest());
        await _app.SendAs(Personas.TeamManager, new GetPlacementRequest.Query(created.Id));

        var verdict = await _app.SendAs(Personas.Auditor, new VerifyAuditTrail.Query());

        verdict.Intact.Should().BeTrue(verdict.Problem);
        var events = await EventsWrittenIn(_app.Database);
        events.Count(e => e.Kind == AuditKinds.Read && e.Action == "GetPlacementRequest.Query" && e.CaseId == created.Id).Should().Be(26);
        events.Count(e => e.Kind == AuditKinds.Command).Should().Be(2);
        events.Select(e => e.Sequence).Should().BeEquivalentTo(Enumerable.Range(1, events.Count).Select(i => (long)i), o => o.WithStrictOrdering());
        events.Should().OnlyContain(e => e.KeyId != null);
    }

    [Test]
    public async Task A_read_is_in_the_database_within_the_interval_without_anyone_asking_for_it()
    {
        var created = await _app.SendAs(Personas.SendOfficer, A.PlacementRequest());

        await _app.SendAs(Personas.SendOfficer, new GetPlacementRequest.Query(created.Id));

        // The interval is 100 ms by default; allow a loaded test machine far more than that.
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while ((await EventsWrittenIn(_app.Database)).All(e => e.Kind != AuditKinds.Read) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
        }

        (await EventsWrittenIn(_app.Database)).Should().ContainSingle(e => e.Kind == AuditKinds.Read && e.CaseId == created.Id);
    }

    [Test]
    public async Task Stopping_an_instance_writes_the_reads_still_waiting()
    {
        var created = await _app.SendAs(Personas.SendOfficer, A.PlacementRequest());
        var slow = new ApplicationHarness(_app.Database, _app.Clock, new Dictionary<string, string?> { ["AuditTrail:ReadFlushInterval"] = "00:00:05" });
        await slow.SendAs(Personas.SendOfficer, new GetPlacementRequest.Query(created.Id));
        await slow.SendAs(Personas.TeamManager, new GetPlacementRequest.Query(created.Id));

        await slow.DisposeAsync();

        (await EventsWrittenIn(_app.Database)).Where(e => e.Kind == AuditKinds.Read).Select(e => e.UserId)
            .Should().BeEquivalentTo(Personas.SendOfficer.Id, Personas.TeamManager.Id);
    }

    [Test]
    public async Task A_group_the_database_refuses_is_reported_kept_and_written_once_it_can_be()
    {
        var created = await _app.SendAs(Personas.SendOfficer, A.PlacementRequest());
        await Execute(_app.Database, """ALTER TABLE "AuditEvents" RENAME TO "AuditEventsElsewhere" """);

        await _app.SendAs(Personas.SendOfficer, new GetPlacementRequest.Query(created.Id));
        var flush = () => _app.Services.GetRequiredService<ReadAuditWriter>().FlushAsync(CancellationToken.None);

        (await flush.Should().ThrowAsync<InvalidOperationException>()).WithMessage("*audit events of 1 reads could not be written*");
        _app.Logs.Lines.Should().Contain(l => l.StartsWith("Error", StringComparison.Ordinal) && l.Contains("could not be written to the audit trail", StringComparison.Ordinal));
        _app.Services.GetRequiredService<ReadAuditWriter>().Waiting.Should().Be(1);

        await Execute(_app.Database, """ALTER TABLE "AuditEventsElsewhere" RENAME TO "AuditEvents" """);
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (_app.Services.GetRequiredService<ReadAuditWriter>().Waiting > 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }

        (await EventsWrittenIn(_app.Database)).Should().ContainSingle(e => e.Kind == AuditKinds.Read && e.CaseId == created.Id);
        var verdict = await _app.SendAs(Personas.Auditor, new VerifyAuditTrail.Query());
        verdict.Intact.Should().BeTrue(verdict.Problem);
    }

    [Test]
    public async Task With_no_interval_a_read_is_committed_before_it_answers()
    {
        var strict = new ApplicationHarness(_app.Database, _app.Clock, new Dictionary<string, string?> { ["AuditTrail:ReadFlushInterval"] = "00:00:00" });
        await using (strict)
        {
            var created = await strict.SendAs(Personas.SendOfficer, A.PlacementRequest());

            await strict.SendAs(Personas.SendOfficer, new GetPlacementRequest.Query(created.Id));

            (await EventsWrittenIn(_app.Database)).Should().ContainSingle(e => e.Kind == AuditKinds.Read && e.CaseId == created.Id);
        }
    }

    [TestCase("-00:00:01")]
    [TestCase("00:00:06")]
    public void An_interval_out_of_range_is_refused_at_start(string interval)
    {
        var options = new AuditTrailOptions { ReadFlushInterval = TimeSpan.Parse(interval, System.Globalization.CultureInfo.InvariantCulture) };

        options.Problems().Should().Contain(p => p.Contains("ReadFlushInterval", StringComparison.Ordinal));
    }
}
