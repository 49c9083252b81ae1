using Microsoft.EntityFrameworkCore;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Features.PlacementRequests;
using PanelCaseManager.Domain.Common;
using PanelCaseManager.Domain.PlacementRequests;
using PanelCaseManager.Infrastructure.DemoData;
using PanelCaseManager.Testing;
using PanelCaseManager.Testing.Builders;

namespace PanelCaseManager.Application.Tests.Features.PlacementRequests;

public class MoveStageTests
{
    private ApplicationHarness _app = null!;
    private SubmitPlacementRequest.Result _case = null!;

    [SetUp]
    public async Task SetUp()
    {
        _app = new ApplicationHarness();
        _case = await _app.SendAs(Personas.SendOfficer, A.PlacementRequest());
    }

    [TearDown]
    public async Task TearDown() => await _app.DisposeAsync();

    private MoveStage.Command Move(StageTransition transition, int version, string? reason = null) => new(_case.Id, transition, version, reason, null, null);

    [Test]
    public async Task Moving_a_case_changes_its_stage_bumps_its_version_and_writes_its_timeline()
    {
        var result = await _app.SendAs(Personas.SendOfficer, Move(StageTransition.StartEvidence, 0));

        result.Stage.Should().Be(Stage.Evidence);
        result.Version.Should().Be(1);
        var details = await _app.SendAs(Personas.Auditor, new GetPlacementRequest.Query(_case.Id));
        details.Version.Should().Be(1);
        details.Stage.Should().Be(Stage.Evidence);
        details.StageHistory.Should().ContainSingle().Which.Should().BeEquivalentTo(new { From = Stage.Received, To = Stage.Evidence, By = "Amira Khan" });
        var kinds = await _app.Read(db => db.CaseEvents.OrderBy(e => e.OccurredAt).Select(e => e.Kind).ToListAsync());
        kinds.Should().Equal("submitted", "stage-changed");
    }

    [Test]
    public async Task A_chain_of_moves_each_against_the_latest_version_succeeds()
    {
        var evidence = await _app.SendAs(Personas.SendOfficer, Move(StageTransition.StartEvidence, 0));
        var ready = await _app.SendAs(Personas.SendOfficer, Move(StageTransition.MarkReadyForPanel, evidence.Version));
        var back = await _app.SendAs(Personas.TeamManager, Move(StageTransition.ReturnToEvidence, ready.Version, "The EP's advice arrived after the papers were drafted."));

        back.Stage.Should().Be(Stage.Evidence);
        back.Version.Should().Be(3);
    }

    [Test]
    public async Task A_move_not_allowed_from_the_current_stage_is_refused_and_nothing_changes()
    {
        var act = () => _app.SendAs(Personas.SendOfficer, Move(StageTransition.Close, 0, "Done."));

        (await act.Should().ThrowAsync<DomainRuleException>()).Which.Message.Should().Contain("'Request received' cannot close");
        var details = await _app.SendAs(Personas.SendOfficer, new GetPlacementRequest.Query(_case.Id));
        details.Stage.Should().Be(Stage.Received);
        details.Version.Should().Be(0);
        (await _app.Read(db => db.CaseEvents.CountAsync())).Should().Be(1);
    }

    [Test]
    public async Task A_move_against_a_stale_version_is_refused_as_a_conflict()
    {
        await _app.SendAs(Personas.SendOfficer, Move(StageTransition.StartEvidence, 0));

        var act = () => _app.SendAs(Personas.SendOfficer, Move(StageTransition.Withdraw, 0, "Family moved away."));

        await act.Should().ThrowAsync<ConcurrencyConflictException>();
        (await _app.SendAs(Personas.SendOfficer, new GetPlacementRequest.Query(_case.Id))).Stage.Should().Be(Stage.Evidence);
    }

    [Test]
    public async Task Two_officers_moving_the_same_version_at_once_exactly_one_succeeds()
    {
        var attempts = await Task.WhenAll(
            Attempt(() => _app.SendAs(Personas.SendOfficer, Move(StageTransition.StartEvidence, 0))),
            Attempt(() => _app.SendAs(Personas.TeamManager, Move(StageTransition.Withdraw, 0, "Duplicate request."))),
            Attempt(() => _app.SendAs(Personas.SendOfficer, Move(StageTransition.StartEvidence, 0))));

        attempts.Count(a => a is null).Should().Be(1);
        attempts.Where(a => a is not null).Should().AllSatisfy(e => e.Should().BeOfType<ConcurrencyConflictException>());
        (await _app.Read(db => db.CaseEvents.CountAsync(e => e.Kind == "stage-changed"))).Should().Be(1);
    }

    [Test]
    public async Task Withdrawing_without_a_reason_is_refused_naming_the_reason()
    {
        var act = () => _app.SendAs(Personas.SendOfficer, Move(StageTransition.Withdraw, 0));

        (await act.Should().ThrowAsync<RequestValidationException>()).Which.Errors.Should().ContainKey("reason");
    }

    [Test]
    public async Task A_move_without_the_expected_version_is_refused()
    {
        var act = () => _app.SendAs(Personas.SendOfficer, new MoveStage.Command(_case.Id, StageTransition.StartEvidence, null, null, null, null));

        (await act.Should().ThrowAsync<RequestValidationException>()).Which.Errors.Should().ContainKey("expectedVersion");
    }

    [Test]
    public async Task Reconsidering_needs_its_trigger_and_date()
    {
        var act = () => _app.SendAs(Personas.SendOfficer, Move(StageTransition.Reconsider, 0, "Mediation."));

        var errors = (await act.Should().ThrowAsync<RequestValidationException>()).Which.Errors;
        errors.Should().ContainKeys("trigger", "triggerDate");
    }

    [TestCase(StageTransition.RecordDecision)]
    [TestCase(StageTransition.IssueLetter)]
    [TestCase(StageTransition.DeferForEvidence)]
    public async Task Moves_that_belong_to_the_panel_or_the_letter_cannot_be_made_directly(StageTransition transition)
    {
        var act = () => _app.SendAs(Personas.SendOfficer, Move(transition, 0, "Because."));

        (await act.Should().ThrowAsync<RequestValidationException>()).Which.Errors.Should().ContainKey("transition");
    }

    [Test]
    public async Task Moving_an_unknown_case_is_not_found()
    {
        var act = () => _app.SendAs(Personas.SendOfficer, new MoveStage.Command(Guid.NewGuid(), StageTransition.StartEvidence, 0, null, null, null));

        await act.Should().ThrowAsync<NotFoundException>();
    }

    [Test]
    public async Task An_officer_of_another_team_cannot_find_the_case()
    {
        var act = () => _app.SendAs(Personas.SecondSendOfficer, Move(StageTransition.StartEvidence, 0));

        await act.Should().ThrowAsync<NotFoundException>();
    }

    [Test]
    public async Task An_auditor_cannot_move_a_case()
    {
        var act = () => _app.SendAs(Personas.Auditor, Move(StageTransition.StartEvidence, 0));

        await act.Should().ThrowAsync<ForbiddenException>();
    }

    private static async Task<Exception?> Attempt(Func<Task> action)
    {
        try
        {
            await action();
            return null;
        }
        catch (Exception exception)
        {
            return exception;
        }
    }
}
