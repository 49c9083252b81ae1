using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Features.Letters;
using PanelCaseManager.Application.Features.PlacementRequests;
using PanelCaseManager.Application.Features.Timeliness;
using PanelCaseManager.Application.Features.Users;
using PanelCaseManager.Application.Tests.Features.Provision;
using PanelCaseManager.Domain.PlacementRequests;
using PanelCaseManager.Domain.Timeliness;
using PanelCaseManager.Domain.Users;
using PanelCaseManager.Infrastructure.DemoData;
using PanelCaseManager.Testing;
using PanelCaseManager.Testing.Builders;

namespace PanelCaseManager.Application.Tests.Features.Timeliness;

/// <summary>
/// Issue 19: a case's next statutory deadline on the case, the caseload's column, sort and filter by it, and the home
/// page's counts of what is waiting — each holding only the cases the reader may open.
/// </summary>
public class DeadlinesWhereverTheCaseIsTests
{
    private static readonly DateOnly Today = TestClock.Today;
    private static readonly Persona SouthManager = new("team-manager-south", "Ola Bakare", "ola.bakare@example.gov.uk", Role.TeamManager, "South", null);
    private ApplicationHarness _app = null!;

    [SetUp]
    public void SetUp() => _app = new ApplicationHarness(LetterTestSettings.AsConfiguration());

    [TearDown]
    public async Task TearDown() => await _app.DisposeAsync();

    /// <summary>A new request's first deadline is the decision whether to assess, 6 weeks (42 days) after it was received (reg 5(1)).</summary>
    private async Task<Guid> Case(int receivedDaysAgo, Persona? officer = null)
    {
        var by = officer ?? Personas.SendOfficer;
        var submitted = await _app.SendAs(by, A.PlacementRequest() with { ReceivedDate = Today.AddDays(-receivedDaysAgo), AssignedOfficerId = by.Id });
        return submitted.Id;
    }

    private Task<PagedResult<ListPlacementRequests.Summary>> Caseload(Persona persona, string? deadline = null, string? sort = null, string? officer = null) =>
        _app.SendAs(persona, new ListPlacementRequests.Query(null, officer, null, null, 1, 100, sort) { Deadline = deadline });

    [Test]
    public async Task The_case_says_its_next_deadline_and_how_it_stands_counted_by_hand()
    {
        var overdue = await Case(50);   // 42 days from 50 days ago: due 8 days ago
        var dueSoon = await Case(35);   // due in 7 days
        var onTrack = await Case(5);    // due in 37 days

        var late = await _app.SendAs(Personas.SendOfficer, new GetPlacementRequest.Query(overdue));
        late.NextDeadline!.Kind.Should().Be(MilestoneKind.DecisionToAssess);
        late.NextDeadline.DueDate.Should().Be(Today.AddDays(-8));
        late.NextDeadline.Status.Should().Be(CaseDeadlines.Overdue);
        late.NextDeadline.StatusText.Should().Be("Overdue by 8 days");
        late.NextDeadline.OverdueDeadlines.Should().Be(1);

        var soon = (await _app.SendAs(Personas.SendOfficer, new GetPlacementRequest.Query(dueSoon))).NextDeadline!;
        soon.DueDate.Should().Be(Today.AddDays(7));
        soon.StatusText.Should().Be("Due soon");
        soon.WhenText.Should().Be("due in 7 days");

        var fine = (await _app.SendAs(Personas.SendOfficer, new GetPlacementRequest.Query(onTrack))).NextDeadline!;
        fine.Status.Should().Be(CaseDeadlines.OnTrack);
        fine.StatusText.Should().Be("On track");
    }

    [Test]
    public async Task A_deadline_overdue_by_more_than_four_weeks_is_critical()
    {
        var critical = await Case(80);   // due 38 days ago

        var next = (await _app.SendAs(Personas.SendOfficer, new GetPlacementRequest.Query(critical))).NextDeadline!;

        next.Status.Should().Be(CaseDeadlines.CriticallyOverdue);
        next.StatusText.Should().Be("Overdue by 38 days");
    }

    [Test]
    public async Task The_caseload_shows_each_cases_next_deadline_sorts_by_it_and_filters_overdue_and_due_soon()
    {
        var onTrack = await Case(5);
        var critical = await Case(80);
        var dueSoon = await Case(35);
        var overdue = await Case(50);

        var sorted = await Caseload(Personas.SendOfficer, sort: ListPlacementRequests.NextDeadlineSort);
        sorted.Items.Select(i => i.Id).Should().Equal(critical, overdue, dueSoon, onTrack);
        sorted.Items.Select(i => i.NextDeadline!.DueDate).Should().Equal(Today.AddDays(-38), Today.AddDays(-8), Today.AddDays(7), Today.AddDays(37));

        (await Caseload(Personas.SendOfficer, CaseDeadlines.Overdue)).Items.Select(i => i.Id).Should().BeEquivalentTo([critical, overdue]);
        (await Caseload(Personas.SendOfficer, CaseDeadlines.DueSoon)).Items.Select(i => i.Id).Should().Equal(dueSoon);
    }

    [Test]
    public async Task A_case_with_no_open_deadline_comes_last_in_the_deadline_order_and_in_no_deadline_filter()
    {
        var open = await Case(50);
        var withdrawn = await Case(60);
        var version = (await _app.SendAs(Personas.SendOfficer, new GetPlacementRequest.Query(withdrawn))).Version;
        await _app.SendAs(Personas.SendOfficer, new MoveStage.Command(withdrawn, StageTransition.Withdraw, version, "The family moved away.", null, null));

        var sorted = await Caseload(Personas.SendOfficer, sort: ListPlacementRequests.NextDeadlineSort);

        sorted.Items.Select(i => i.Id).Should().Equal(open, withdrawn);
        sorted.Items[1].NextDeadline.Should().BeNull();
        (await Caseload(Personas.SendOfficer, CaseDeadlines.Overdue)).Items.Select(i => i.Id).Should().Equal(open);
        (await _app.SendAs(Personas.SendOfficer, new GetPlacementRequest.Query(withdrawn))).NextDeadline.Should().BeNull();
    }

    [TestCase("late", null, "deadline")]
    [TestCase("OVERDUE", null, "deadline")]
    [TestCase(null, "deadline", "sort")]
    public async Task An_unknown_deadline_filter_or_sort_is_refused_naming_it(string? deadline, string? sort, string field)
    {
        var refused = () => Caseload(Personas.SendOfficer, deadline, sort);

        (await refused.Should().ThrowAsync<RequestValidationException>()).Which.Errors.Should().ContainKey(field);
    }

    [Test]
    public async Task Another_teams_cases_are_never_listed_or_counted()
    {
        await Case(50);
        await Case(35, Personas.TeamManager);
        var south = await Case(50, Personas.SecondSendOfficer);
        await _app.SendAs(Personas.Administrator, new CreateUser.Command(SouthManager.Id, SouthManager.DisplayName, SouthManager.Email, Role.TeamManager, "South", null));

        (await Caseload(Personas.SecondSendOfficer, CaseDeadlines.Overdue)).Items.Select(i => i.Id).Should().Equal(south);
        (await Caseload(Personas.TeamManager, CaseDeadlines.Overdue)).Items.Should().NotContain(i => i.Id == south);
        (await Caseload(SouthManager, CaseDeadlines.Overdue)).Items.Select(i => i.Id).Should().Equal(south);

        var southOfficer = await _app.SendAs(Personas.SecondSendOfficer, new GetWaitingWork.Query());
        southOfficer.MyOverdue.Should().Be(1);
        southOfficer.MyDueSoon.Should().Be(0);

        var southManager = await _app.SendAs(SouthManager, new GetWaitingWork.Query());
        southManager.MyOverdue.Should().Be(0);
        southManager.TeamOverdue.Should().Be(1);
        southManager.TeamDueSoon.Should().Be(0, "the North manager's case due soon is not theirs to count");

        await FluentActions.Awaiting(() => _app.SendAs(Personas.SendOfficer, new GetPlacementRequest.Query(south))).Should().ThrowAsync<NotFoundException>();
    }

    [Test]
    public async Task An_officer_counts_their_own_cases_and_a_team_manager_their_teams_too()
    {
        await Case(80);
        await Case(50);
        await Case(35);
        await Case(5);
        await Case(50, Personas.TeamManager);

        var officer = await _app.SendAs(Personas.SendOfficer, new GetWaitingWork.Query());
        officer.Should().BeEquivalentTo(new { MyOverdue = 2, MyDueSoon = 1, MyLettersToIssue = 0, TeamOverdue = (int?)null, RecentDecisions = (int?)null, FamilyMembersNotLinked = (int?)null });
        officer.DueSoonDays.Should().Be(10);

        var manager = await _app.SendAs(Personas.TeamManager, new GetWaitingWork.Query());
        manager.Should().BeEquivalentTo(new { MyOverdue = 1, MyDueSoon = 0, TeamOverdue = 3, TeamDueSoon = 1, TeamLettersToIssue = 0 });

        // Each count is the size of the list its link opens.
        (await Caseload(Personas.SendOfficer, CaseDeadlines.Overdue, officer: "me")).TotalCount.Should().Be(2);
        (await Caseload(Personas.TeamManager, CaseDeadlines.Overdue)).TotalCount.Should().Be(3);
    }

    [Test]
    public async Task Panel_members_families_and_partners_count_no_case()
    {
        await Case(50);

        foreach (var persona in new[] { Personas.PanelHealth, Personas.PanelChair, Personas.Family, Personas.PartnerHealth })
        {
            var waiting = await _app.SendAs(persona, new GetWaitingWork.Query());
            waiting.Should().BeEquivalentTo(new { MyOverdue = (int?)null, TeamOverdue = (int?)null, MyLettersToIssue = (int?)null, RecentDecisions = (int?)null }, persona.Id);
        }
    }

    [Test]
    public async Task The_administrator_counts_family_members_linked_to_no_child()
    {
        var before = (await _app.SendAs(Personas.Administrator, new GetWaitingWork.Query())).FamilyMembersNotLinked;
        await _app.SendAs(Personas.Administrator, new CreateUser.Command("family-new", "Jo Parent", "jo.parent@example.com", Role.Family, null, null));

        var waiting = await _app.SendAs(Personas.Administrator, new GetWaitingWork.Query());

        waiting.FamilyMembersNotLinked.Should().Be(before + 1);
        waiting.MyOverdue.Should().BeNull();
    }

    [Test]
    public async Task A_signed_off_decision_waits_for_its_letter_counting_the_days_since_sign_off_until_it_is_issued()
    {
        await _app.PublishSector();
        await _app.SendAs(Personas.Administrator, Catalogue.Setting("117660", "Brookside Special School"));
        var panel = await PanelScenario.ReadyToDecideAsync(_app);
        await _app.SendAs(Personas.SendOfficer, new RecordFamilyContact.Command(
            panel.CaseId, null, "Sam Taylor", ContactRole.ParentOrCarer, null, ["1 High Street", "Stevenage"], "SG1 1AA", null));
        var draft = await panel.DecideAsync(Panel.AgreeFirstPreference(panel.PanelId, panel.CaseId, panel.EvidenceId));
        (await _app.SendAs(Personas.SendOfficer, new GetPlacementRequest.Query(panel.CaseId))).LetterToIssue.Should().BeNull("a draft is not yet decided");

        await panel.SignOffAsync();
        _app.Clock.Advance(TimeSpan.FromDays(19));

        var decided = await _app.SendAs(Personas.SendOfficer, new GetPlacementRequest.Query(panel.CaseId));
        decided.LetterToIssue.Should().BeEquivalentTo(new { draft.DecisionId, DaysSinceSignOff = 19 });
        (await _app.SendAs(Personas.SendOfficer, new GetWaitingWork.Query())).MyLettersToIssue.Should().Be(1);
        (await _app.SendAs(Personas.TeamManager, new GetWaitingWork.Query())).TeamLettersToIssue.Should().Be(1);
        (await _app.SendAs(Personas.SecondSendOfficer, new GetWaitingWork.Query())).MyLettersToIssue.Should().Be(0);
        (await _app.SendAs(Personas.Auditor, new GetWaitingWork.Query())).RecentDecisions.Should().Be(1, "recorded 19 days ago, within the 28 days an auditor's home counts");

        await _app.SendAs(Personas.SendOfficer, new IssueDecisionLetter.Command(draft.DecisionId));

        (await _app.SendAs(Personas.SendOfficer, new GetPlacementRequest.Query(panel.CaseId))).LetterToIssue.Should().BeNull();
        (await _app.SendAs(Personas.SendOfficer, new GetWaitingWork.Query())).MyLettersToIssue.Should().Be(0);
    }

    [Test]
    public async Task A_case_that_went_to_panel_without_documents_never_reads_as_evidence_completed()
    {
        var submitted = await _app.SendAs(Personas.SendOfficer, A.PlacementRequest());
        var started = await _app.SendAs(Personas.SendOfficer, new MoveStage.Command(submitted.Id, StageTransition.StartEvidence, submitted.Version, null, null, null));
        await _app.SendAs(Personas.SendOfficer, new MoveStage.Command(submitted.Id, StageTransition.MarkReadyForPanel, started.Version, null, null, null));

        var evidence = (await _app.SendAs(Personas.SendOfficer, new GetCaseProgress.Query(submitted.Id))).Steps.Single(s => s.Key == "evidence");

        evidence.Status.Should().NotBe(GetCaseProgress.StepStatus.Completed);
        evidence.Detail.Should().Be("No documents: the panel has no evidence to read");
    }
}
