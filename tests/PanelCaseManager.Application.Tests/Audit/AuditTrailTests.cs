using Microsoft.EntityFrameworkCore;
using PanelCaseManager.Application.Audit;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Features.Audit;
using PanelCaseManager.Application.Features.PlacementRequests;
using PanelCaseManager.Application.Features.Users;
using PanelCaseManager.Domain.PlacementRequests;
using PanelCaseManager.Infrastructure.DemoData;
using PanelCaseManager.Testing;
using PanelCaseManager.Testing.Builders;
using Microsoft.Extensions.DependencyInjection;

namespace PanelCaseManager.Application.Tests.Audit;

public class AuditTrailTests
{
    private ApplicationHarness _app = null!;

    [SetUp]
    public void SetUp() => _app = new ApplicationHarness();

    [TearDown]
    public async Task TearDown() => await _app.DisposeAsync();

    private Task<List<AuditEvent>> Events() => _app.Read(db => db.AuditEvents.OrderBy(e => e.Sequence).ToListAsync());

    private Task<VerifyAuditTrail.Result> Verify() => _app.SendAs(Personas.Auditor, new VerifyAuditTrail.Query());

    [Test]
    public async Task A_command_is_recorded_with_who_what_which_case_and_how_it_ended()
    {
        var created = await _app.SendAs(Personas.SendOfficer, A.PlacementRequest());

        var recorded = (await Events()).Should().ContainSingle().Subject;
        recorded.Should().BeEquivalentTo(new
        {
            Sequence = 1L,
            UserId = Personas.SendOfficer.Id,
            Role = "SendOfficer",
            Action = "SubmitPlacementRequest.Command",
            Kind = AuditKinds.Command,
            CaseId = (Guid?)created.Id,
            Outcome = AuditOutcomes.Succeeded,
            PreviousHash = AuditEvent.GenesisHash,
            OccurredAt = TestClock.DefaultNow,
        });
    }

    [Test]
    public async Task A_refused_command_is_recorded_as_refused_and_changes_nothing_else()
    {
        var act = () => _app.SendAs(Personas.SendOfficer, A.PlacementRequest() with { PrimaryNeed = "AUT" });
        await act.Should().ThrowAsync<RequestValidationException>();

        (await Events()).Should().ContainSingle().Which.Outcome.Should().Be(AuditOutcomes.Invalid);
        (await _app.Read(db => db.PlacementRequests.CountAsync())).Should().Be(0);
    }

    [Test]
    public async Task A_forbidden_attempt_is_recorded_against_the_person_who_tried()
    {
        var created = await _app.SendAs(Personas.SendOfficer, A.PlacementRequest());

        var act = () => _app.SendAs(Personas.PanelHealth, new MoveStage.Command(created.Id, StageTransition.StartEvidence, 0, null, null, null));
        await act.Should().ThrowAsync<ForbiddenException>();

        (await Events()).Last().Should().BeEquivalentTo(new { UserId = Personas.PanelHealth.Id, CaseId = (Guid?)created.Id, Outcome = AuditOutcomes.Forbidden });
    }

    [Test]
    public async Task A_conflict_rolls_back_the_change_but_keeps_the_record_of_the_attempt()
    {
        var created = await _app.SendAs(Personas.SendOfficer, A.PlacementRequest());
        await _app.SendAs(Personas.SendOfficer, new MoveStage.Command(created.Id, StageTransition.StartEvidence, 0, null, null, null));

        var act = () => _app.SendAs(Personas.SendOfficer, new MoveStage.Command(created.Id, StageTransition.Withdraw, 0, "Moved away.", null, null));
        await act.Should().ThrowAsync<Domain.Common.ConcurrencyConflictException>();

        (await Events()).Select(e => e.Outcome).Should().Equal(AuditOutcomes.Succeeded, AuditOutcomes.Succeeded, AuditOutcomes.Conflict);
        (await _app.Read(db => db.PlacementRequests.SingleAsync())).Stage.Should().Be(Stage.Evidence);
    }

    [Test]
    public async Task A_staff_read_of_a_case_is_recorded_but_reading_ones_own_account_is_not()
    {
        var created = await _app.SendAs(Personas.SendOfficer, A.PlacementRequest());

        await _app.SendAs(Personas.TeamManager, new GetPlacementRequest.Query(created.Id));
        await _app.SendAs(Personas.TeamManager, new WhoAmI.Query());

        var read = (await Events()).Last();
        read.Should().BeEquivalentTo(new { Kind = AuditKinds.Read, UserId = Personas.TeamManager.Id, CaseId = (Guid?)created.Id, Action = "GetPlacementRequest.Query" });
        (await Events()).Should().HaveCount(2);
    }

    [Test]
    public async Task The_trail_of_many_concurrent_commands_is_one_unbroken_chain()
    {
        await Task.WhenAll(Enumerable.Range(0, 12).Select(_ => _app.SendAs(Personas.SendOfficer, A.PlacementRequest())));

        (await Events()).Select(e => e.Sequence).Should().Equal(Enumerable.Range(1, 12).Select(i => (long)i));
        var verdict = await Verify();
        verdict.Intact.Should().BeTrue(verdict.Problem);
        verdict.EventsChecked.Should().Be(12);
    }

    [Test]
    public async Task Two_app_instances_appending_to_one_database_keep_one_chain()
    {
        await using var second = new ApplicationHarness(_app.Database, _app.Clock);

        await Task.WhenAll(Enumerable.Range(0, 16).Select(i => (i % 2 == 0 ? _app : second).SendAs(Personas.SendOfficer, A.PlacementRequest())));

        (await Verify()).Intact.Should().BeTrue();
        (await Events()).Where(e => e.Kind == AuditKinds.Command).Should().HaveCount(16);
    }

    [Test]
    public async Task An_edited_event_is_found_and_named()
    {
        await Seed(5);

        await Tamper("UPDATE \"AuditEvents\" SET \"UserId\" = 'someone-else' WHERE \"Sequence\" = 3");

        var verdict = await Verify();
        verdict.Intact.Should().BeFalse();
        verdict.FirstBrokenSequence.Should().Be(3);
        verdict.Problem.Should().Contain("Event 3 was altered");
    }

    [Test]
    public async Task A_removed_event_is_found_and_named()
    {
        await Seed(5);

        await Tamper("DELETE FROM \"AuditEvents\" WHERE \"Sequence\" = 2");

        var verdict = await Verify();
        verdict.FirstBrokenSequence.Should().Be(2);
        verdict.Problem.Should().Contain("Event 2 is missing");
    }

    [Test]
    public async Task An_event_given_a_fresh_plain_hash_without_the_key_is_found_altered()
    {
        await Seed(5);
        var third = (await Events()).Single(e => e.Sequence == 3);
        var forgedHash = AuditEvent.PlainSha256(3, third.OccurredAt, "someone-else", third.Role, third.Action, third.Kind, third.CaseId, third.PanelId, third.Outcome, third.PreviousHash);

        await Tamper($"UPDATE \"AuditEvents\" SET \"UserId\" = 'someone-else', \"Hash\" = '{forgedHash}' WHERE \"Sequence\" = 3");

        var verdict = await Verify();
        verdict.FirstBrokenSequence.Should().Be(3);
        verdict.Problem.Should().Contain("Event 3 was altered");
    }

    [Test]
    public async Task An_event_whose_link_to_the_one_before_was_changed_is_found()
    {
        await Seed(5);

        await Tamper($"UPDATE \"AuditEvents\" SET \"PreviousHash\" = '{AuditEvent.GenesisHash}' WHERE \"Sequence\" = 4");

        var verdict = await Verify();
        verdict.FirstBrokenSequence.Should().Be(4);
        verdict.Problem.Should().Contain("does not follow event 3");
    }

    [Test]
    public async Task A_list_read_whose_cases_are_changed_is_found_altered()
    {
        var created = await _app.SendAs(Personas.SendOfficer, A.PlacementRequest());
        await _app.SendAs(Personas.SendOfficer, new ListPlacementRequests.Query(null, null, null, null, null, null, null));
        await _app.SendAs(Personas.SendOfficer, A.PlacementRequest());
        // A read's event is written with its group (docs/adr/0011), so it may follow the command sent after it.
        var listRead = (await Events()).Single(e => e.Kind == AuditKinds.Read);
        listRead.ReturnedCaseIds.Should().Be(created.Id.ToString("D"));

        await Tamper($"UPDATE \"AuditEvents\" SET \"ReturnedCaseIds\" = '{Guid.NewGuid():D}' WHERE \"Sequence\" = {listRead.Sequence}");

        var verdict = await Verify();
        verdict.FirstBrokenSequence.Should().Be(listRead.Sequence);
        verdict.Problem.Should().Contain($"Event {listRead.Sequence} was altered");
    }

    [Test]
    public async Task Removing_the_latest_events_is_found()
    {
        await Seed(5);

        await Tamper("DELETE FROM \"AuditEvents\" WHERE \"Sequence\" >= 4");

        var verdict = await Verify();
        verdict.Intact.Should().BeFalse();
        verdict.Problem.Should().Contain("the latest were removed");
    }

    [Test]
    public async Task An_intact_trail_is_reported_intact()
    {
        await Seed(3);

        var verdict = await Verify();

        verdict.Should().BeEquivalentTo(new { Intact = true, EventsChecked = 3L, FirstBrokenSequence = (long?)null });
    }

    [Test]
    public async Task Only_auditors_verify_the_trail()
    {
        var act = () => _app.SendAs(Personas.TeamManager, new VerifyAuditTrail.Query());

        await act.Should().ThrowAsync<ForbiddenException>();
    }

    [Test]
    public async Task Export_filters_by_case_and_period()
    {
        var first = await _app.SendAs(Personas.SendOfficer, A.PlacementRequest());
        _app.Clock.Advance(TimeSpan.FromDays(3));
        var second = await _app.SendAs(Personas.SendOfficer, A.PlacementRequest());
        await _app.SendAs(Personas.SendOfficer, new MoveStage.Command(second.Id, StageTransition.StartEvidence, 0, null, null, null));

        var byCase = await Collect(new ExportAuditEvents.Query(second.Id, null, null, null, "csv"));
        byCase.Select(e => e.CaseId).Should().AllBeEquivalentTo(second.Id).And.HaveCount(2);

        var firstDayOnly = await Collect(new ExportAuditEvents.Query(null, null, TestClock.Today, TestClock.Today, "jsonl"));
        firstDayOnly.Should().ContainSingle().Which.CaseId.Should().Be(first.Id);
    }

    [TestCase("xml", null, null, "format")]
    [TestCase("csv", "2026-11-20", "2026-11-01", "to")]
    public async Task Export_with_a_bad_format_or_reversed_period_is_refused(string format, string? from, string? to, string field)
    {
        var act = () => Collect(new ExportAuditEvents.Query(null, null, from is null ? null : DateOnly.Parse(from), to is null ? null : DateOnly.Parse(to), format));

        (await act.Should().ThrowAsync<RequestValidationException>()).Which.Errors.Should().ContainKey(field);
    }

    private async Task<List<ExportAuditEvents.EventView>> Collect(ExportAuditEvents.Query query)
    {
        await using var scope = await _app.ScopeAs(Personas.Auditor);
        var export = await scope.ServiceProvider.GetRequiredService<Mediator.ISender>().Send(query);
        var events = new List<ExportAuditEvents.EventView>();
        await foreach (var e in export.Events)
        {
            events.Add(e);
        }

        return events;
    }

    private async Task Seed(int commands)
    {
        for (var i = 0; i < commands; i++)
        {
            await _app.SendAs(Personas.SendOfficer, A.PlacementRequest());
        }
    }

    private async Task Tamper(string sql)
    {
        await using var connection = _app.Database.OpenConnection();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    [Test]
    public async Task Events_written_at_a_time_finer_than_a_millisecond_still_verify_after_reading_back()
    {
        _app.Clock.SetUtcNow(_app.Clock.GetUtcNow().AddTicks(1_234_567));
        var created = await _app.SendAs(Personas.SendOfficer, A.PlacementRequest());
        _app.Clock.Advance(TimeSpan.FromTicks(7_654_321));
        await _app.SendAs(Personas.SendOfficer, new GetPlacementRequest.Query(created.Id));

        var verdict = await _app.SendAs(Personas.Auditor, new VerifyAuditTrail.Query());

        verdict.Intact.Should().BeTrue(verdict.Problem);
        verdict.EventsChecked.Should().BeGreaterThanOrEqualTo(2);
    }
}
