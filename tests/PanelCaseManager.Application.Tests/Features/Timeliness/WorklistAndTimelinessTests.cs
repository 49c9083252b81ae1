using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Features.PlacementRequests;
using PanelCaseManager.Application.Features.Timeliness;
using PanelCaseManager.Application.Persistence;
using PanelCaseManager.Domain.PlacementRequests;
using PanelCaseManager.Domain.Timeliness;
using PanelCaseManager.Infrastructure.DemoData;
using PanelCaseManager.Testing;
using PanelCaseManager.Testing.Builders;

namespace PanelCaseManager.Application.Tests.Features.Timeliness;

public class WorklistAndTimelinessTests
{
    private static readonly DateOnly Today = TestClock.Today;
    private ApplicationHarness _app = null!;

    [SetUp]
    public void SetUp() => _app = new ApplicationHarness();

    [TearDown]
    public async Task TearDown() => await _app.DisposeAsync();

    private async Task<Guid> Case(int receivedDaysAgo, string officer = "send-officer", IReadOnlyList<SubmitPlacementRequest.PreferenceInput>? preferences = null)
    {
        var command = A.PlacementRequest() with { ReceivedDate = Today.AddDays(-receivedDaysAgo), AssignedOfficerId = officer };
        if (preferences is not null)
        {
            command = command with { Preferences = preferences };
        }

        return (await _app.SendAs(Personas.SendOfficer, command)).Id;
    }

    private Task<RecordClockEvent.Result> Record(Guid id, ClockEventKind kind, int daysAgo) =>
        _app.SendAs(Personas.SendOfficer, new RecordClockEvent.Command(id, kind, Today.AddDays(-daysAgo), null));

    [Test]
    public async Task The_worklist_groups_open_deadlines_by_how_pressing_they_are()
    {
        var critical = await Case(80);   // 6 weeks passed 38 days ago
        var overdue = await Case(50);    // 8 days ago
        var dueSoon = await Case(35);    // due in 7 days
        var notYet = await Case(5);      // due in 37 days

        var worklist = await _app.SendAs(Personas.SendOfficer, new GetWorklist.Query(null, null));

        Decisions(worklist.CriticallyOverdue).Should().Equal(critical);
        Decisions(worklist.Overdue).Should().Equal(overdue);
        Decisions(worklist.DueSoon).Should().Equal(dueSoon);
        Decisions(worklist.NotDueYet).Should().Equal(notYet);
        worklist.DueSoon.Single(i => i.Milestone == MilestoneKind.DecisionToAssess).DaysUntilDue.Should().Be(7);
        worklist.Scope.Should().Be("officer:send-officer");
    }

    private static IEnumerable<Guid> Decisions(IReadOnlyList<GetWorklist.Item> items) =>
        items.Where(i => i.Milestone == MilestoneKind.DecisionToAssess).Select(i => i.PlacementRequestId);

    [Test]
    public async Task The_worklist_holds_only_the_officers_cases_or_for_a_manager_the_teams()
    {
        var mine = await Case(50);
        var managers = await Case(50, Personas.TeamManager.Id);
        var south = (await _app.SendAs(Personas.SecondSendOfficer, A.PlacementRequest() with
        {
            ReceivedDate = Today.AddDays(-50),
            AssignedOfficerId = Personas.SecondSendOfficer.Id,
        })).Id;

        var officer = await _app.SendAs(Personas.SendOfficer, new GetWorklist.Query("me", null));
        var teammate = await _app.SendAs(Personas.SendOfficer, new GetWorklist.Query(Personas.TeamManager.Id, null));
        var team = await _app.SendAs(Personas.TeamManager, new GetWorklist.Query(null, "north"));
        var theirOwn = await _app.SendAs(Personas.SecondSendOfficer, new GetWorklist.Query(null, null));

        Decisions(officer.Overdue).Should().Equal(mine);
        Decisions(teammate.Overdue).Should().Equal(managers);
        Decisions(team.Overdue).Should().BeEquivalentTo([mine, managers]);
        team.Scope.Should().Be("team:North");
        Decisions(theirOwn.Overdue).Should().Equal(south);
    }

    [Test]
    public async Task Another_teams_officers_worklist_is_refused_the_same_way_as_an_officer_who_does_not_exist()
    {
        await _app.SendAs(Personas.SecondSendOfficer, A.PlacementRequest() with { ReceivedDate = Today.AddDays(-50), AssignedOfficerId = Personas.SecondSendOfficer.Id });

        var otherTeam = () => _app.SendAs(Personas.SendOfficer, new GetWorklist.Query(Personas.SecondSendOfficer.Id, null));
        var nobody = () => _app.SendAs(Personas.SendOfficer, new GetWorklist.Query("nobody-at-all", null));
        var managerOfAnother = () => _app.SendAs(Personas.TeamManager, new GetWorklist.Query(Personas.SecondSendOfficer.Id, null));

        var refusal = (await otherTeam.Should().ThrowAsync<ForbiddenException>()).Which.Message;
        (await nobody.Should().ThrowAsync<ForbiddenException>()).Which.Message.Should().Be(refusal);
        (await managerOfAnother.Should().ThrowAsync<ForbiddenException>()).Which.Message.Should().Be(refusal);
    }

    [Test]
    public async Task Only_a_teams_manager_sees_the_team_worklist()
    {
        var officer = () => _app.SendAs(Personas.SendOfficer, new GetWorklist.Query(null, "North"));
        var otherTeam = () => _app.SendAs(Personas.TeamManager, new GetWorklist.Query(null, "South"));
        var both = () => _app.SendAs(Personas.TeamManager, new GetWorklist.Query("me", "North"));

        await officer.Should().ThrowAsync<ForbiddenException>();
        await otherTeam.Should().ThrowAsync<ForbiddenException>();
        (await both.Should().ThrowAsync<RequestValidationException>()).Which.Errors.Should().ContainKey("team");
    }

    [Test]
    public async Task Timeliness_counts_deadlines_met_in_the_period_including_and_excluding_exceptions()
    {
        // Met in time (day 30 of 42), late (day 50), and late but with an exception (day 60).
        var onTime = await Case(100);
        await Record(onTime, ClockEventKind.DecidedToAssess, 70);
        var late = await Case(100);
        await Record(late, ClockEventKind.DecidedToAssess, 50);
        var excused = await Case(100);
        await Record(excused, ClockEventKind.DecidedToAssess, 40);
        await _app.SendAs(Personas.SendOfficer, new RecordStatutoryException.Command(excused, "absent-from-area", Today.AddDays(-95), Today.AddDays(-60), null));
        await _app.SendAs(Personas.SendOfficer, new RecordClockEvent.Command(excused, ClockEventKind.AdviceRequested, Today.AddDays(-90), Domain.Users.Agency.Health));
        await _app.SendAs(Personas.SendOfficer, new RecordClockEvent.Command(excused, ClockEventKind.AdviceReceived, Today.AddDays(-30), Domain.Users.Agency.Health));
        // Met before the period: not counted.
        var before = await Case(400);
        await Record(before, ClockEventKind.DecidedToAssess, 380);

        var report = await _app.SendAs(Personas.TeamManager, new GetTimeliness.Query(Today.AddDays(-90), Today, null));

        var decisions = report.Measures.Single(m => m.Milestone == MilestoneKind.DecisionToAssess);
        decisions.IncludingExceptions.Should().BeEquivalentTo(new GetTimeliness.Share(3, 1, 33.3m, Math.Round((30 + 50 + 60) / 3m / 7m, 1)));
        // Away from the area from day 5 to day 40 (36 days): reg 5(4)(c) lifts the 6-week decision, due on day 42, too.
        decisions.ExcludingExceptions.Should().BeEquivalentTo(new GetTimeliness.Share(2, 1, 50.0m, Math.Round((30 + 50) / 2m / 7m, 1)));
        var advice = report.Measures.Single(m => m.Milestone == MilestoneKind.AgencyAdvice);
        advice.IncludingExceptions.Should().BeEquivalentTo(new GetTimeliness.Share(1, 0, 0m, 8.6m));
        advice.ExcludingExceptions.Should().BeEquivalentTo(new GetTimeliness.Share(0, 0, null, null));
        report.Notes.Should().Contain(n => n.Contains("out of area"));
    }

    [Test]
    public async Task Children_waiting_for_specialist_provision_with_the_median_and_longest_wait()
    {
        await Case(7);
        await Case(14);
        await Case(70);
        var withdrawn = await Case(100);
        await _app.SendAs(Personas.SendOfficer, new MoveStage.Command(withdrawn, StageTransition.Withdraw, 0, "Moved away.", null, null));
        await Case(200, preferences: [new SubmitPlacementRequest.PreferenceInput(1, PreferenceKind.TypeOfProvision, null, null, ProvisionKind.Mainstream, "Local school.")]);

        var report = await _app.SendAs(Personas.Auditor, new GetTimeliness.Query(Today.AddDays(-30), Today, null));

        report.WaitingForSpecialistProvision.Should().BeEquivalentTo(new GetTimeliness.Waiting(Today, 3, 2m, 10m));
    }

    [Test]
    public async Task A_panel_decision_ends_the_childs_wait_from_that_day_and_a_reconsideration_starts_it_again()
    {
        var panel = await PanelScenario.ReadyToDecideAsync(_app);
        await panel.DecideAsync(Panel.AgreeFirstPreference(panel.PanelId, panel.CaseId, panel.EvidenceId));
        await panel.SignOffAsync();

        (await WaitingOn(Panel.MeetingDate)).Should().Be(0);
        (await WaitingOn(Panel.MeetingDate.AddDays(-1))).Should().Be(1, "before the decision the child was waiting");

        _app.Clock.Advance(TimeSpan.FromDays(3));
        await ChangeStage(panel.CaseId, Stage.LetterIssued, Stage.Reconsideration, StageTransition.Reconsider, daysAgo: 1);
        (await WaitingOn(Panel.MeetingDate.AddDays(3))).Should().Be(1);
    }

    private async Task<int> WaitingOn(DateOnly date) =>
        (await _app.SendAs(Personas.TeamManager, new GetTimeliness.Query(date.AddDays(-30), date, null))).WaitingForSpecialistProvision.Children;

    /// <summary>The letters' moves have no command yet: hand the clock the event their commands will raise.</summary>
    private async Task ChangeStage(Guid id, Stage from, Stage to, StageTransition transition, int daysAgo)
    {
        await using var scope = await _app.ScopeAs(Personas.PanelChair);
        var db = scope.ServiceProvider.GetRequiredService<PanelDbContext>();
        var lifecycle = scope.ServiceProvider.GetServices<IDomainEventHandler<PlacementRequestStageChanged>>().OfType<ClockLifecycle>().Single();
        var change = new StageChange(1, from, to, transition, _app.Clock.GetUtcNow().AddDays(-daysAgo), new Domain.Users.UserId(Personas.PanelChair.Id), null,
            to == Stage.Reconsideration ? ReconsiderationTrigger.NewEvidence : null, null);
        await lifecycle.Handle(new PlacementRequestStageChanged(new PlacementRequestId(id), change), CancellationToken.None);
        await db.SaveChangesAsync();
    }

    [Test]
    public async Task A_period_whose_start_is_after_its_end_names_from()
    {
        var act = () => _app.SendAs(Personas.TeamManager, new GetTimeliness.Query(Today, Today.AddDays(-1), null));
        var missing = () => _app.SendAs(Personas.TeamManager, new GetTimeliness.Query(null, null, null));

        (await act.Should().ThrowAsync<RequestValidationException>()).Which.Errors.Should().ContainKey("from");
        (await missing.Should().ThrowAsync<RequestValidationException>()).Which.Errors.Keys.Should().Contain(["from", "to"]);
    }

    [Test]
    public async Task Timeliness_is_for_managers_and_auditors_not_officers()
    {
        var act = () => _app.SendAs(Personas.SendOfficer, new GetTimeliness.Query(Today.AddDays(-30), Today, null));

        await act.Should().ThrowAsync<ForbiddenException>();
    }

    [Test]
    public async Task The_csv_export_has_a_row_per_measure_in_invariant_numbers()
    {
        var id = await Case(100);
        await Record(id, ClockEventKind.DecidedToAssess, 70);
        var report = await _app.SendAs(Personas.Auditor, new GetTimeliness.Query(Today.AddDays(-90), Today, "=cmd"));

        var csv = GetTimeliness.ToCsv(report).Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);

        csv[0].Should().StartWith("measure,milestone,from,to,team,count_including_exceptions");
        csv.Should().Contain(l => l.StartsWith("children-waiting-for-specialist-provision,", StringComparison.Ordinal));
        csv.Should().OnlyContain(l => l == csv[0] || l.Contains("\"'=cmd\""), "free text is quoted and a formula defused");
    }

    [Test]
    public async Task Importing_bank_holidays_replaces_those_years_and_moves_appeal_deadlines_that_depend_on_them()
    {
        var id = await Case(30, preferences: null);
        // The notice the appeal window runs from, as the Letters tab records it on the clock.
        await using var scope = _app.Services.CreateAsyncScope();
        var settings = await scope.ServiceProvider.GetRequiredService<ClockSettingsFactory>().CreateAsync(CancellationToken.None);
        await _app.Read(async db =>
        {
            var clock = await db.CaseClocks.AsTracking().WithMilestones().SingleAsync(c => c.PlacementRequestId == new PlacementRequestId(id));
            clock.Record(ClockEventKind.AppealableNoticeSent, new DateOnly(2026, 11, 12), null, ClockEventsFromFeatures.FromNotices, new Domain.Users.UserId("send-officer"), _app.Clock.GetUtcNow(), settings);
            return await db.SaveChangesAsync();
        });
        // 12 Nov 2026 + 2 months = Tue 12 Jan 2027: a working day, until it is made a holiday.
        (await AppealDeadline(id)).Should().Be(new DateOnly(2027, 1, 12));

        var result = await _app.SendAs(Personas.Administrator, new ImportBankHolidays.Command("england-and-wales",
        [
            new("New Year’s Day", "2027-01-01"),
            new("A new holiday", "2027-01-12"),
        ]));

        result.Should().BeEquivalentTo(new ImportBankHolidays.Result(2, [2027], 1));
        (await AppealDeadline(id)).Should().Be(new DateOnly(2027, 1, 13));
        var holidays = await _app.SendAs(Personas.SendOfficer, new ListBankHolidays.Query(null));
        holidays.Where(h => h.Date.Year == 2027).Select(h => h.Date).Should().Equal(new DateOnly(2027, 1, 1), new DateOnly(2027, 1, 12));
        holidays.Count(h => h.Date.Year == 2026).Should().Be(8, "other years are kept");
    }

    private Task<DateOnly?> AppealDeadline(Guid id) =>
        _app.Read(db => db.CaseMilestones.Where(m => m.PlacementRequestId == new PlacementRequestId(id) && m.Kind == MilestoneKind.AppealWindow).Select(m => m.DueDate).SingleAsync());

    [Test]
    public async Task A_bank_holiday_file_with_a_bad_date_or_a_repeat_imports_nothing()
    {
        var act = () => _app.SendAs(Personas.Administrator, new ImportBankHolidays.Command(null,
        [
            new("New Year’s Day", "2027-01-01"),
            new("Not a date", "2027-02-30"),
            new("Again", "2027-01-01"),
            new(null, "2027-05-03"),
        ]));

        var errors = (await act.Should().ThrowAsync<RequestValidationException>()).Which.Errors;
        errors.Keys.Should().Contain(["events[1].date", "events[2].date", "events[3].title"]);
        (await _app.Read(db => db.BankHolidays.CountAsync(h => h.Date.Year == 2027))).Should().Be(8, "the seeded 2027 holidays are untouched");
    }

    [Test]
    public async Task A_bank_holiday_file_with_an_empty_entry_names_it_and_imports_nothing()
    {
        // Found by the API's generated bad input: a null in the list was a NullReferenceException, answered 500.
        var act = () => _app.SendAs(Personas.Administrator, new ImportBankHolidays.Command(null, [new("New Year’s Day", "2027-01-01"), null!]));

        var errors = (await act.Should().ThrowAsync<RequestValidationException>()).Which.Errors;
        errors.Keys.Should().Equal("events[1]");
        (await _app.Read(db => db.BankHolidays.CountAsync(h => h.Date.Year == 2027))).Should().Be(8, "the seeded 2027 holidays are untouched");
    }

    [Test]
    public async Task Only_an_administrator_imports_bank_holidays()
    {
        var act = () => _app.SendAs(Personas.TeamManager, new ImportBankHolidays.Command(null, [new("New Year’s Day", "2029-01-01")]));

        await act.Should().ThrowAsync<ForbiddenException>();
    }
}
