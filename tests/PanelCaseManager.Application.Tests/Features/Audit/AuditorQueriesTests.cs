using Microsoft.EntityFrameworkCore;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Features.Audit;
using PanelCaseManager.Application.Features.PlacementRequests;
using PanelCaseManager.Application.Features.Timeliness;
using PanelCaseManager.Application.Features.Users;
using PanelCaseManager.Domain.Panels;
using PanelCaseManager.Infrastructure.DemoData;
using PanelCaseManager.Testing;
using PanelCaseManager.Testing.Builders;

namespace PanelCaseManager.Application.Tests.Features.Audit;

public class AuditorQueriesTests
{
    private ApplicationHarness _app = null!;
    private PanelScenario _panel = null!;
    private string _reference = null!;

    [SetUp]
    public async Task SetUp()
    {
        _app = new ApplicationHarness();
        _panel = await PanelScenario.ReadyToDecideAsync(_app);
        await _panel.DecideAsync(Panel.AgreeFirstPreference(_panel.PanelId, _panel.CaseId, _panel.EvidenceId));
        await _panel.SignOffAsync();
        _reference = (await _app.SendAs(Personas.Auditor, new GetPlacementRequest.Query(_panel.CaseId))).Reference;
    }

    [TearDown]
    public async Task TearDown() => await _app.DisposeAsync();

    [Test]
    public async Task An_auditor_finds_a_decision_by_case_reference_panel_date_outcome_and_period()
    {
        var byReference = await _app.SendAs(Personas.Auditor, new FindDecisions.Query(_reference.ToLowerInvariant(), null, null, null, null, null));
        byReference.Items.Should().ContainSingle().Which.Should().BeEquivalentTo(new
        {
            PlacementRequestId = _panel.CaseId,
            CaseReference = _reference,
            PanelId = _panel.PanelId,
            MeetingDate = Panel.MeetingDate,
            Outcome = DecisionOutcome.AgreeFamilyPreference,
            Status = DecisionStatus.SignedOff,
            Stands = true,
        });

        (await _app.SendAs(Personas.Auditor, new FindDecisions.Query(null, Panel.MeetingDate, DecisionOutcome.AgreeFamilyPreference, Panel.MeetingDate, Panel.MeetingDate, 1)))
            .TotalCount.Should().Be(1);
        (await _app.SendAs(Personas.Auditor, new FindDecisions.Query(null, Panel.MeetingDate.AddDays(1), null, null, null, null))).TotalCount.Should().Be(0);
        (await _app.SendAs(Personas.Auditor, new FindDecisions.Query(null, null, DecisionOutcome.Decline, null, null, null))).TotalCount.Should().Be(0);
        (await _app.SendAs(Personas.Auditor, new FindDecisions.Query(null, null, null, Panel.MeetingDate.AddDays(1), null, null))).TotalCount.Should().Be(0);
    }

    [Test]
    public async Task Finding_decisions_with_a_malformed_reference_or_a_backwards_period_names_the_fields()
    {
        var errors = (await FluentActions.Awaiting(() => _app.SendAs(Personas.Auditor, new FindDecisions.Query("PR-26", null, null, new DateOnly(2026, 5, 2), new DateOnly(2026, 5, 1), 0)))
            .Should().ThrowAsync<RequestValidationException>()).Which.Errors;

        errors.Should().ContainKeys("caseReference", "to", "page");
    }

    [Test]
    public async Task Only_auditors_find_decisions_and_read_audit_events()
    {
        await FluentActions.Awaiting(() => _app.SendAs(Personas.TeamManager, new FindDecisions.Query(null, null, null, null, null, null))).Should().ThrowAsync<ForbiddenException>();
        await FluentActions.Awaiting(() => _app.SendAs(Personas.Administrator, new ListAuditEvents.Query(_panel.CaseId, null, null))).Should().ThrowAsync<ForbiddenException>();
    }

    [Test]
    public async Task The_audit_events_of_a_case_and_of_a_panel_are_listed_newest_first_with_names()
    {
        var ofCase = await _app.SendAs(Personas.Auditor, new ListAuditEvents.Query(_panel.CaseId, null, null));

        ofCase.TotalCount.Should().BeGreaterThan(3);
        ofCase.Items.Select(e => e.Sequence).Should().BeInDescendingOrder();
        ofCase.Items.Should().Contain(e => e.UserName == "Amira Khan" && e.Kind == "command");

        var ofPanel = await _app.SendAs(Personas.Auditor, new ListAuditEvents.Query(null, _panel.PanelId, null));
        ofPanel.Items.Should().Contain(e => e.UserName == "Claire Whitaker");
    }

    [Test]
    public async Task Each_event_says_what_happened_in_words_and_the_auditor_filters_them_by_kind_person_and_period()
    {
        await _app.SendAs(Personas.TeamManager, new GetPlacementRequest.Query(_panel.CaseId));

        var all = await _app.SendAs(Personas.Auditor, new ListAuditEvents.Query(_panel.CaseId, null, null));
        all.Items.Should().Contain(e => e.What == "Signed off the panel's decision" && e.Kind == "command" && e.OutcomeText == null);
        all.Items.Should().Contain(e => e.What == "Read the case" && e.UserName == Personas.TeamManager.DisplayName);

        var reads = await _app.SendAs(Personas.Auditor, new ListAuditEvents.Query(_panel.CaseId, null, null, Kind: "read"));
        reads.Items.Should().NotBeEmpty().And.OnlyContain(e => e.Kind == "read");
        var actions = await _app.SendAs(Personas.Auditor, new ListAuditEvents.Query(_panel.CaseId, null, null, Kind: "command"));
        actions.Items.Should().NotBeEmpty().And.OnlyContain(e => e.Kind == "command");
        (reads.TotalCount + actions.TotalCount).Should().Be(all.TotalCount);

        var managers = await _app.SendAs(Personas.Auditor, new ListAuditEvents.Query(_panel.CaseId, null, null, UserId: Personas.TeamManager.Id));
        managers.Items.Should().ContainSingle().Which.What.Should().Be("Read the case");

        var today = Domain.Common.UkCalendar.Today(_app.Clock);
        (await _app.SendAs(Personas.Auditor, new ListAuditEvents.Query(_panel.CaseId, null, null, From: today, To: today))).TotalCount
            .Should().Be((await _app.Read(db => db.AuditEvents.Where(e => e.CaseId == _panel.CaseId).ToListAsync()))
                .Count(e => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(e.OccurredAt, Domain.Common.UkCalendar.London).DateTime) == today));
        (await _app.SendAs(Personas.Auditor, new ListAuditEvents.Query(_panel.CaseId, null, null, From: today.AddDays(1)))).TotalCount.Should().Be(0);
    }

    [Test]
    public async Task A_refused_attempt_is_listed_with_how_it_ended()
    {
        await FluentActions.Awaiting(() => _app.SendAs(Personas.SecondSendOfficer, new GetPlacementRequest.Query(_panel.CaseId))).Should().ThrowAsync<NotFoundException>();

        var events = await _app.SendAs(Personas.Auditor, new ListAuditEvents.Query(_panel.CaseId, null, null, UserId: Personas.SecondSendOfficer.Id));

        events.Items.Should().ContainSingle().Which.OutcomeText.Should().Be("Refused: not found, or not theirs to see");
    }

    [Test]
    public async Task The_people_in_a_cases_events_are_listed_by_name_with_the_role_they_acted_in()
    {
        var people = await _app.SendAs(Personas.Auditor, new ListAuditActors.Query(_panel.CaseId, null));

        people.Should().Contain(new ListAuditActors.Actor(Personas.SendOfficer.Id, Personas.SendOfficer.DisplayName, "SendOfficer"));
        people.Should().Contain(p => p.UserId == Personas.PanelChair.Id && p.Role == "PanelChair");
        people.Select(p => p.Name).Should().BeInAscendingOrder(StringComparer.OrdinalIgnoreCase);
        await FluentActions.Awaiting(() => _app.SendAs(Personas.SendOfficer, new ListAuditActors.Query(_panel.CaseId, null))).Should().ThrowAsync<ForbiddenException>();
    }

    [Test]
    public async Task A_filter_that_is_not_one_is_refused_naming_it()
    {
        var errors = (await FluentActions.Awaiting(() => _app.SendAs(Personas.Auditor,
                new ListAuditEvents.Query(_panel.CaseId, null, null, Kind: "everything", UserId: new string('x', 10_000), From: new DateOnly(2026, 5, 2), To: new DateOnly(2026, 5, 1))))
            .Should().ThrowAsync<RequestValidationException>()).Which.Errors;

        errors.Should().ContainKeys("kind", "userId", "to");
    }

    [Test]
    public async Task Reading_audit_events_needs_a_case_or_a_panel()
    {
        var errors = (await FluentActions.Awaiting(() => _app.SendAs(Personas.Auditor, new ListAuditEvents.Query(null, null, null)))
            .Should().ThrowAsync<RequestValidationException>()).Which.Errors;

        errors.Should().ContainKey("caseId");
    }

    [Test]
    public async Task An_officer_of_another_team_cannot_read_a_cases_history_or_deadlines()
    {
        await FluentActions.Awaiting(() => _app.SendAs(Personas.SecondSendOfficer, new GetCaseHistory.Query(_panel.CaseId))).Should().ThrowAsync<NotFoundException>();
        await FluentActions.Awaiting(() => _app.SendAs(Personas.SecondSendOfficer, new GetMilestones.Query(_panel.CaseId))).Should().ThrowAsync<NotFoundException>();
        await FluentActions.Awaiting(() => _app.SendAs(Personas.SecondSendOfficer, new RecordClockEvent.Command(_panel.CaseId, Domain.Timeliness.ClockEventKind.DecidedToAssess, TestClock.Today, null)))
            .Should().ThrowAsync<NotFoundException>();
        (await _app.SendAs(Personas.SendOfficer, new GetCaseHistory.Query(_panel.CaseId))).Entries.Should().NotBeEmpty();
    }

    [Test]
    public async Task An_administrator_reads_a_user_with_the_references_of_linked_cases()
    {
        var family = (await _app.SendAs(Personas.Administrator, new ListUsers.Query(Domain.Users.Role.Family))).Single(u => u.Id == Personas.Family.Id);
        await _app.SendAs(Personas.Administrator, new LinkFamilyMember.Command(Personas.Family.Id, _reference, "Father", family.Version));

        var details = await _app.SendAs(Personas.Administrator, new GetUser.Query(Personas.Family.Id));

        details.LinkedCases.Should().ContainSingle().Which.Should().Be(new GetUser.LinkedCase(_reference, "Father"));
        await FluentActions.Awaiting(() => _app.SendAs(Personas.Administrator, new GetUser.Query("nobody"))).Should().ThrowAsync<NotFoundException>();
    }
}
