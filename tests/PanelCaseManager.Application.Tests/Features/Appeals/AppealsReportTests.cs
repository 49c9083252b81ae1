using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Features.Appeals;
using PanelCaseManager.Application.Features.Letters;
using PanelCaseManager.Application.Features.PlacementRequests;
using PanelCaseManager.Application.Features.Timeliness;
using PanelCaseManager.Application.Tests.Features.Provision;
using PanelCaseManager.Domain.Appeals;
using PanelCaseManager.Domain.Common;
using PanelCaseManager.Domain.Letters;
using PanelCaseManager.Domain.PlacementRequests;
using PanelCaseManager.Domain.Timeliness;
using PanelCaseManager.Infrastructure.DemoData;
using PanelCaseManager.Testing;
using PanelCaseManager.Testing.Builders;

namespace PanelCaseManager.Application.Tests.Features.Appeals;

/// <summary>
/// The manager's appeals report, its figures computed by hand: one final plan notice (the decision letter carries no
/// right of appeal), an appeal the family withdrew and one the tribunal partly allowed with two orders, one met late
/// and one not met yet; and who may read it.
/// </summary>
public class AppealsReportTests
{
    private ApplicationHarness _app = null!;
    private PanelScenario _panel = null!;
    private DateOnly _noticeOn;

    [SetUp]
    public async Task SetUp()
    {
        _app = new ApplicationHarness(LetterTestSettings.AsConfiguration());
        await _app.PublishSector();
        await _app.SendAs(Personas.Administrator, Catalogue.Setting("117660", "Brookside Special School"));
        _panel = await PanelScenario.ReadyToDecideAsync(_app);
        await _app.SendAs(Personas.SendOfficer, new RecordFamilyContact.Command(
            _panel.CaseId, null, "Siân Llewelyn-Jones", ContactRole.ParentOrCarer, null, ["Tŷ Gwyn, 4 Heol y Bont", "Stevenage"], "SG1 2AB", null));
    }

    [TearDown]
    public async Task TearDown() => await _app.DisposeAsync();

    private DateOnly Today => UkCalendar.Today(_app.Clock);

    /// <summary>
    /// The notice on day N; on N+10 an appeal registered and withdrawn, and a second registered; on N+110 the tribunal
    /// partly allows it on N+108 and orders the plan amended (5 weeks: due N+143) and a school named (2 weeks: due
    /// N+122); on N+150 the amendment is recorded as made that day, late.
    /// </summary>
    private async Task ScenarioAsync()
    {
        var decided = await _panel.DecideAsync(Panel.AgreeFirstPreference(_panel.PanelId, _panel.CaseId, _panel.EvidenceId));
        await _panel.SignOffAsync();
        await _app.SendAs(Personas.SendOfficer, new IssueDecisionLetter.Command(decided.DecisionId));
        await _app.SendAs(Personas.SendOfficer, new RecordClockEvent.Command(_panel.CaseId, ClockEventKind.DecidedToAssess, Today.AddDays(-2), null));
        await _app.SendAs(Personas.SendOfficer, new RecordClockEvent.Command(_panel.CaseId, ClockEventKind.DraftPlanServed, Today.AddDays(-1), null));
        var notice = await _app.SendAs(Personas.SendOfficer, new IssueAppealableNotice.Command(_panel.CaseId, LetterOutcome.FinalPlanNotice, null, null));
        _noticeOn = notice.LetterDate;

        _app.Clock.Advance(TimeSpan.FromDays(10));
        var withdrawn = await _app.SendAs(Personas.SendOfficer, new RegisterAppeal.Command(_panel.CaseId, notice.LetterId, AppealSubject.PlanContents, Today, null, null, null));
        await _app.SendAs(Personas.SendOfficer, new RecordAppeal.Command(_panel.CaseId, withdrawn.Id, withdrawn.Version, null, null, null,
            AppealPosition.WithdrawnByFamily, Today, null, null));
        var appeal = await _app.SendAs(Personas.SendOfficer, new RegisterAppeal.Command(_panel.CaseId, notice.LetterId, AppealSubject.PlanContents, Today, null, null,
            Today.AddDays(90)));

        _app.Clock.Advance(TimeSpan.FromDays(100));
        var decidedOn = Today.AddDays(-2);
        var recorded = await _app.SendAs(Personas.SendOfficer, new RecordAppeal.Command(_panel.CaseId, appeal.Id, appeal.Version, null, null, decidedOn.AddDays(-8),
            AppealPosition.Opposes, decidedOn.AddDays(-60), TribunalOutcome.PartlyAllowed, decidedOn));
        var amend = await _app.SendAs(Personas.SendOfficer, new AddTribunalOrder.Command(_panel.CaseId, appeal.Id, recorded.Version, TribunalOrderKind.AmendPlan, decidedOn));
        var name = await _app.SendAs(Personas.SendOfficer, new AddTribunalOrder.Command(_panel.CaseId, appeal.Id, amend.Version, TribunalOrderKind.NameSchoolOrType, decidedOn));

        _app.Clock.Advance(TimeSpan.FromDays(40));
        await _app.SendAs(Personas.SendOfficer, new RecordOrderMet.Command(_panel.CaseId, appeal.Id, amend.OrderId, name.Version, Today, null));
    }

    [Test]
    public async Task The_figures_are_those_counted_by_hand()
    {
        await ScenarioAsync();

        var report = await _app.SendAs(Personas.TeamManager, new GetAppealsReport.Query(_noticeOn, Today, null));

        report.AppealRate.Should().Be(new GetAppealsReport.Rate(NoticesIssued: 1, AppealsRegistered: 2, Percentage: 200.0m, BaselinePercentage: 4.2m),
            "two appeals against the one notice carrying the right of appeal; the decision letter carries none");
        report.Outcomes.Should().Be(new GetAppealsReport.Outcomes(Conceded: 0, Withdrawn: 1, DecidedForFamily: 1, DecidedForCouncil: 0, StillOpen: 0));
        report.Orders.Should().Be(new GetAppealsReport.Orders(Made: 2, MetOnTime: 0, MetLate: 1, StillOpen: 1),
            "the amendment was due N+143 and made N+150; the school is still to be named");
        report.Subjects.Should().Equal(new GetAppealsReport.Concern("The plan's contents", 2));
        report.Sectors.Should().Equal(new GetAppealsReport.Concern("Special school: Communication and Autism", 2));
        report.Settings.Should().Equal(new GetAppealsReport.Concern("Brookside Special School", 2));

        var csv = GetAppealsReport.ToCsv(report).Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        csv[0].Should().Be("measure,name,from,to,team,count,percentage");
        csv.Should().Contain($"appeals-registered,,{_noticeOn:yyyy-MM-dd},{Today:yyyy-MM-dd},,2,200.0");
        csv.Should().Contain($"baseline-appeal-rate,,{_noticeOn:yyyy-MM-dd},{Today:yyyy-MM-dd},,,4.2");
        csv.Should().Contain($"orders,\"met-late\",{_noticeOn:yyyy-MM-dd},{Today:yyyy-MM-dd},,1,");
        csv.Should().HaveCount(1 + 3 + 5 + 4 + 3, "a header, then one row per figure");
    }

    [Test]
    public async Task A_later_period_counts_the_orders_made_in_it_and_no_rate_without_a_notice()
    {
        await ScenarioAsync();

        var report = await _app.SendAs(Personas.TeamManager, new GetAppealsReport.Query(_noticeOn.AddDays(11), Today, "North"));

        report.AppealRate.Should().Be(new GetAppealsReport.Rate(0, 0, null, 4.2m));
        report.Orders.Should().Be(new GetAppealsReport.Orders(2, 0, 1, 1));
    }

    [Test]
    public async Task Another_teams_manager_finds_no_such_team_and_an_officer_is_refused()
    {
        await ScenarioAsync();

        var anotherTeam = () => _app.SendAs(Personas.TeamManager, new GetAppealsReport.Query(_noticeOn, Today, "South"));
        var officer = () => _app.SendAs(Personas.SendOfficer, new GetAppealsReport.Query(_noticeOn, Today, null));

        await anotherTeam.Should().ThrowAsync<NotFoundException>();
        await officer.Should().ThrowAsync<ForbiddenException>();
    }

    [Test]
    public async Task A_period_ending_before_it_starts_or_without_dates_is_refused_naming_the_fields()
    {
        var backwards = () => _app.SendAs(Personas.TeamManager, new GetAppealsReport.Query(Today, Today.AddDays(-1), null));
        var missing = () => _app.SendAs(Personas.TeamManager, new GetAppealsReport.Query(null, null, null));

        (await backwards.Should().ThrowAsync<RequestValidationException>()).Which.Errors.Should().ContainKey("from");
        (await missing.Should().ThrowAsync<RequestValidationException>()).Which.Errors.Keys.Should().Contain(["from", "to"]);
    }
}
