using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Features.Panels;
using PanelCaseManager.Application.Features.Reports;
using PanelCaseManager.Application.Features.Timeliness;
using Microsoft.EntityFrameworkCore;
using PanelCaseManager.Domain.Common;
using PanelCaseManager.Domain.Panels;
using PanelCaseManager.Domain.PlacementRequests;
using PanelCaseManager.Domain.Users;
using PanelCaseManager.Infrastructure.DemoData;
using PanelCaseManager.Testing;
using PanelCaseManager.Testing.Builders;

namespace PanelCaseManager.Application.Tests.Features.Reports;

public class ReportsTests
{
    private ApplicationHarness _app = null!;

    [SetUp]
    public void SetUp() => _app = new ApplicationHarness();

    [TearDown]
    public async Task TearDown() => await _app.DisposeAsync();

    private static AdoptTermsOfReference.Command NewTerms(DateOnly from) => new(
        from,
        "To decide placements for children with EHC plans, individually and on the evidence.",
        "By consensus; where members disagree the chair decides, giving reasons.",
        [Agency.Education, Agency.Health, Agency.SocialCare],
        3,
        5,
        new TimeOnly(12, 0));

    [Test]
    public async Task The_terms_of_reference_and_quorum_in_force_on_any_date_are_answered_from_the_record()
    {
        await _app.SendAs(Personas.SendOfficer, Panel.Meeting());
        var adopted = await _app.SendAs(Personas.Administrator, NewTerms(new DateOnly(2027, 1, 4)));

        var before = await _app.SendAs(Personas.Auditor, new TermsOfReferenceInForce.Query(new DateOnly(2026, 12, 15)));
        var after = await _app.SendAs(Personas.Auditor, new TermsOfReferenceInForce.Query(new DateOnly(2027, 2, 1)));

        adopted.Number.Should().Be(2);
        before.Number.Should().Be(1);
        before.FromConfiguration.Should().BeTrue();
        before.QuorumAgencies.Should().Equal(Agency.Education, Agency.Health, Agency.SocialCare, Agency.EducationalPsychology);
        before.SupersededFrom.Should().Be(new DateOnly(2027, 1, 4));
        before.OrderOfTests.Should().Contain("efficient use of resources before suitability");
        after.Number.Should().Be(2);
        after.QuorumMinimumMembers.Should().Be(3);
        after.EvidenceCutOffWorkingDays.Should().Be(5);
        after.AdoptedBy.Should().Be(Personas.Administrator.DisplayName);
        after.AllVersions.Should().HaveCount(2);
    }

    [Test]
    public async Task A_meeting_after_new_terms_come_into_force_is_held_under_them()
    {
        await _app.SendAs(Personas.Administrator, NewTerms(new DateOnly(2027, 1, 4)));

        var meeting = await _app.SendAs(Personas.SendOfficer, Panel.Meeting(new DateOnly(2027, 1, 13)));

        meeting.TermsOfReferenceNumber.Should().Be(2);
        meeting.CutOffAt.Should().Be(new DateTimeOffset(2027, 1, 6, 12, 0, 0, TimeSpan.Zero));
        (await _app.SendAs(Personas.SendOfficer, Panel.Meeting())).TermsOfReferenceNumber.Should().Be(1);
    }

    [Test]
    public async Task Terms_of_reference_cannot_be_back_dated_and_need_their_text()
    {
        var errors = (await FluentActions.Awaiting(() => _app.SendAs(Personas.Administrator, NewTerms(TestClock.Today.AddDays(-1)) with { Purpose = "", QuorumMinimumMembers = 2 }))
            .Should().ThrowAsync<RequestValidationException>()).Which.Errors;

        errors.Should().ContainKeys("effectiveFrom", "purpose", "quorumMinimumMembers");
    }

    [Test]
    public async Task Only_an_administrator_adopts_terms_of_reference()
    {
        await FluentActions.Awaiting(() => _app.SendAs(Personas.PanelChair, NewTerms(new DateOnly(2027, 1, 4)))).Should().ThrowAsync<ForbiddenException>();
    }

    [Test]
    public async Task Before_any_terms_were_recorded_there_are_none_in_force()
    {
        await FluentActions.Awaiting(() => _app.SendAs(Personas.Auditor, new TermsOfReferenceInForce.Query(new DateOnly(2026, 1, 1)))).Should().ThrowAsync<NotFoundException>();
    }

    [Test]
    public async Task Decisions_are_counted_by_outcome_ground_and_month_and_a_corrected_decision_counts_once()
    {
        var panel = await PanelScenario.CaseOnAgendaAsync(_app);
        var second = await panel.CaseReadyForPanelAsync();
        var third = await panel.CaseReadyForPanelAsync();
        await panel.AddToAgendaAsync(second);
        await panel.AddToAgendaAsync(third);
        await panel.HoldMeetingAsync();
        foreach (var caseId in new[] { panel.CaseId, second, third })
        {
            await panel.ViewsAsync(caseId, Panel.Members);
        }

        var agreed = await panel.DecideAsync(Panel.AgreeFirstPreference(panel.PanelId, panel.CaseId, panel.EvidenceId));
        await panel.SignOffAsync(panel.CaseId);
        await panel.DecideAsync(Panel.NameAnotherSetting(panel.PanelId, second, panel.EvidenceFor(second)));
        await panel.SignOffAsync(second);
        await panel.DecideAsync(Panel.Defer(panel.PanelId, third));
        await panel.SignOffAsync(third);
        await panel.DecideAsync(Panel.NameAnotherSetting(panel.PanelId, panel.CaseId, panel.EvidenceId) with
        {
            SupersedesDecisionId = agreed.DecisionId,
            SupersedeReason = "The agreement was recorded against the wrong preference.",
        });
        await panel.SignOffAsync(panel.CaseId);

        var report = await _app.SendAs(Personas.TeamManager, new DecisionsReport.Query(new DateOnly(2026, 12, 1), new DateOnly(2026, 12, 31), null, null));

        report.Total.Should().Be(3);
        report.ByOutcome.Single(c => c.Key == DecisionOutcome.NameAnotherSetting).Decisions.Should().Be(2);
        report.ByOutcome.Single(c => c.Key == DecisionOutcome.DeferForEvidence).Decisions.Should().Be(1);
        report.ByOutcome.Single(c => c.Key == DecisionOutcome.AgreeFamilyPreference).Decisions.Should().Be(0);
        report.ByGround.Single(c => c.Key == DecisionsReport.GroundRelied.IncompatibleWithEfficientUseOfResources).Decisions.Should().Be(2);
        report.ByMonth.Should().ContainSingle().Which.Should().Be(new DecisionsReport.Count<string>("2026-12", 3));
        var byGround = await _app.SendAs(Personas.Auditor, new DecisionsReport.Query(new DateOnly(2026, 12, 1), new DateOnly(2026, 12, 31), null, DecisionsReport.GroundRelied.IncompatibleWithEfficientUseOfResources));
        byGround.Decisions.Should().HaveCount(2).And.OnlyContain(r => r.Grounds.Contains(DecisionsReport.GroundRelied.IncompatibleWithEfficientUseOfResources));
        (await _app.SendAs(Personas.Auditor, new DecisionsReport.Query(new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30), null, null))).Total.Should().Be(0);
    }

    [Test]
    public async Task The_decisions_list_names_only_the_cases_the_reader_may_open_and_the_counts_cover_the_area()
    {
        var panel = await PanelScenario.CaseOnAgendaAsync(_app);
        var south = await panel.CaseReadyForPanelAsync();
        await panel.AddToAgendaAsync(south);
        await panel.HoldMeetingAsync();
        await panel.ViewsAsync(panel.CaseId, Panel.Members);
        await panel.ViewsAsync(south, Panel.Members);
        await panel.DecideAsync(Panel.AgreeFirstPreference(panel.PanelId, panel.CaseId, panel.EvidenceId));
        await panel.SignOffAsync(panel.CaseId);
        await panel.DecideAsync(Panel.NameAnotherSetting(panel.PanelId, south, panel.EvidenceFor(south)));
        await panel.SignOffAsync(south);
        // The second case passes to the South team's officer after the decision.
        await _app.Read(db => db.PlacementRequests.Where(p => p.Id == new PlacementRequestId(south))
            .ExecuteUpdateAsync(u => u.SetProperty(p => p.AssignedOfficerId, new UserId(Personas.SecondSendOfficer.Id))));
        var query = new DecisionsReport.Query(new DateOnly(2026, 12, 1), new DateOnly(2026, 12, 31), null, null);

        var manager = await _app.SendAs(Personas.TeamManager, query);
        var auditor = await _app.SendAs(Personas.Auditor, query);
        var administrator = await _app.SendAs(Personas.Administrator, query);
        var chair = await _app.SendAs(Personas.PanelChair, query);

        manager.Total.Should().Be(2, "the counts are the area's and name no child");
        manager.Decisions.Should().ContainSingle().Which.CaseReference.Should().Be(await ReferenceOf(panel.CaseId));
        manager.NotListed.Should().Be(1);
        auditor.Decisions.Should().HaveCount(2);
        auditor.NotListed.Should().Be(0);
        administrator.Total.Should().Be(2);
        administrator.Decisions.Should().BeEmpty("an administrator opens no case");
        chair.Decisions.Should().HaveCount(2, "the chair sat on the meeting and the papers are still open");

        _app.Clock.Advance(TimeSpan.FromDays(60));
        var later = await _app.SendAs(Personas.PanelChair, query);
        later.Decisions.Should().BeEmpty("the meeting's papers have closed to its chair");
        later.NotListed.Should().Be(2);
    }

    [Test]
    public async Task A_team_manager_reads_the_areas_timeliness_and_their_own_teams_but_another_team_is_not_found()
    {
        var period = (From: TestClock.Today.AddDays(-30), To: TestClock.Today);

        (await _app.SendAs(Personas.TeamManager, new GetTimeliness.Query(period.From, period.To, null))).Team.Should().BeNull();
        (await _app.SendAs(Personas.TeamManager, new GetTimeliness.Query(period.From, period.To, Personas.TeamManager.Team))).Team.Should().Be("North");
        (await _app.SendAs(Personas.Auditor, new GetTimeliness.Query(period.From, period.To, "South"))).Team.Should().Be("South");

        var other = await FluentActions.Awaiting(() => _app.SendAs(Personas.TeamManager, new GetTimeliness.Query(period.From, period.To, "South"))).Should().ThrowAsync<NotFoundException>();
        var unknown = await FluentActions.Awaiting(() => _app.SendAs(Personas.TeamManager, new GetTimeliness.Query(period.From, period.To, "Nowhere"))).Should().ThrowAsync<NotFoundException>();
        other.Which.What.Should().Be(unknown.Which.What, "another team and no team look the same");
    }

    private Task<string> ReferenceOf(Guid caseId) =>
        _app.Read(db => db.PlacementRequests.Where(p => p.Id == new PlacementRequestId(caseId)).Select(p => p.Reference.Value).SingleAsync());

    [Test]
    public async Task A_report_needs_a_period_that_makes_sense()
    {
        var errors = (await FluentActions.Awaiting(() => _app.SendAs(Personas.Auditor, new DecisionsReport.Query(new DateOnly(2026, 12, 31), new DateOnly(2026, 1, 1), null, null)))
            .Should().ThrowAsync<RequestValidationException>()).Which.Errors;

        errors.Should().ContainKey("to");
        (await FluentActions.Awaiting(() => _app.SendAs(Personas.Auditor, new DecisionsReport.Query(null, null, null, null))).Should().ThrowAsync<RequestValidationException>())
            .Which.Errors.Should().ContainKeys("from", "to");
    }

    [Test]
    public async Task An_officer_cannot_read_the_reports()
    {
        await FluentActions.Awaiting(() => _app.SendAs(Personas.SendOfficer, new TermsOfReferenceInForce.Query(null))).Should().ThrowAsync<ForbiddenException>();
    }
}
