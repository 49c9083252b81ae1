using PanelCaseManager.Application.Features.Evidence;
using PanelCaseManager.Application.Features.Letters;
using PanelCaseManager.Application.Features.PlacementRequests;
using PanelCaseManager.Application.Tests.Features.Provision;
using PanelCaseManager.Domain.Users;
using PanelCaseManager.Infrastructure.DemoData;
using PanelCaseManager.Testing;
using PanelCaseManager.Testing.Builders;
using static PanelCaseManager.Application.Features.PlacementRequests.GetCaseProgress;

namespace PanelCaseManager.Application.Tests.Features.PlacementRequests;

/// <summary>The officer's task list for a case: each step's status follows what has really been done.</summary>
public class GetCaseProgressTests
{
    private ApplicationHarness _app = null!;

    [SetUp]
    public async Task SetUp()
    {
        _app = new ApplicationHarness(LetterTestSettings.AsConfiguration());
        await _app.PublishSector();
        await _app.SendAs(Personas.Administrator, Catalogue.Setting("117660", "Brookside Special School"));
    }

    [TearDown]
    public async Task TearDown() => await _app.DisposeAsync();

    private async Task<IReadOnlyDictionary<string, ProgressStep>> StepsOf(Guid caseId) =>
        (await _app.SendAs(Personas.SendOfficer, new Query(caseId))).Steps.ToDictionary(s => s.Key);

    [Test]
    public async Task A_new_request_has_everything_still_to_do_and_advice_shows_what_has_not_arrived()
    {
        var submitted = await _app.SendAs(Personas.SendOfficer, A.PlacementRequest());

        var steps = await StepsOf(submitted.Id);

        steps.Keys.Should().Equal("evidence", "advice", "views", "panel", "decision", "letters");
        steps["evidence"].Status.Should().Be(StepStatus.NotStarted);
        steps["advice"].Should().Be(new ProgressStep("advice", "Ask each agency for advice", StepStatus.NotStarted, "None asked for yet"));
        steps["panel"].Should().Be(new ProgressStep("panel", "Put the case before the panel", StepStatus.CannotStartYet, "Once the case is ready for panel"));
        steps["letters"].Status.Should().Be(StepStatus.CannotStartYet);

        var asked = await _app.SendAs(Personas.SendOfficer, new RequestAdvice.Command(submitted.Id, Agency.Health, null, "Community paediatrics", TestClock.Today));
        await _app.SendAs(Personas.SendOfficer, new RequestAdvice.Command(submitted.Id, Agency.SocialCare, null, "Children's social care", TestClock.Today));
        (await StepsOf(submitted.Id))["advice"].Should().Be(new ProgressStep("advice", "Ask each agency for advice", StepStatus.InProgress, "2 of 2 still to arrive"));
        asked.Id.Should().NotBeEmpty();
    }

    [Test]
    public async Task A_case_moves_through_panel_decision_and_letter_to_every_step_done()
    {
        var panel = await PanelScenario.ReadyToDecideAsync(_app);
        await _app.SendAs(Personas.SendOfficer, new RecordFamilyContact.Command(
            panel.CaseId, null, "Sam Taylor", Domain.PlacementRequests.ContactRole.ParentOrCarer, null, ["1 High Street", "Stevenage"], "SG1 1AA", null));

        var atPanel = await StepsOf(panel.CaseId);
        atPanel["evidence"].Should().Be(new ProgressStep("evidence", "Gather the evidence", StepStatus.Completed, "1 document, gathered for the panel"));
        atPanel["panel"].Should().Be(new ProgressStep("panel", "Put the case before the panel", StepStatus.InProgress, "On the agenda of the panel on 2 December 2026"));
        atPanel["decision"].Status.Should().Be(StepStatus.CannotStartYet);

        var draft = await panel.DecideAsync(Panel.AgreeFirstPreference(panel.PanelId, panel.CaseId, panel.EvidenceId));
        (await StepsOf(panel.CaseId))["decision"].Should().Be(new ProgressStep("decision", "The panel's decision", StepStatus.InProgress, "Drafted, waiting for the chair's sign-off"));

        await panel.SignOffAsync();
        var decided = await StepsOf(panel.CaseId);
        decided["panel"].Status.Should().Be(StepStatus.Completed);
        decided["decision"].Status.Should().Be(StepStatus.Completed);
        decided["letters"].Should().Be(new ProgressStep("letters", "Issue the decision letter", StepStatus.NotStarted, "Ready to issue"));

        await _app.SendAs(Personas.SendOfficer, new IssueDecisionLetter.Command(draft.DecisionId));
        var issued = await _app.SendAs(Personas.SendOfficer, new Query(panel.CaseId));
        issued.Steps.Single(s => s.Key == "letters").Should().Be(new ProgressStep("letters", "Issue the decision letter", StepStatus.Completed, "Issued to the family"));
        issued.Completed.Should().Be(4, "evidence, panel, decision and letter are done; no advice was asked for and no views recorded");
    }

    [Test]
    public async Task Someone_who_may_not_see_the_case_is_told_it_is_not_found()
    {
        var submitted = await _app.SendAs(Personas.SendOfficer, A.PlacementRequest());

        await FluentActions.Awaiting(() => _app.SendAs(Personas.SecondSendOfficer, new Query(submitted.Id))).Should().ThrowAsync<Application.Common.NotFoundException>();
    }
}
