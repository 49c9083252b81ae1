using PanelCaseManager.Domain.Common;
using PanelCaseManager.Domain.PlacementRequests;
using static PanelCaseManager.Domain.Tests.PlacementRequests.PlacementRequestFactory;

namespace PanelCaseManager.Domain.Tests.PlacementRequests;

public class StageTransitionTests
{
    /// <summary>The path of domain.md, written out by hand: every move that is allowed, and where it leads.</summary>
    private static readonly (Stage From, StageTransition Move, Stage To)[] AllowedMoves =
    [
        (Stage.Received, StageTransition.StartEvidence, Stage.Evidence),
        (Stage.Received, StageTransition.Withdraw, Stage.Withdrawn),
        (Stage.Evidence, StageTransition.MarkReadyForPanel, Stage.ReadyForPanel),
        (Stage.Evidence, StageTransition.Withdraw, Stage.Withdrawn),
        (Stage.ReadyForPanel, StageTransition.ReturnToEvidence, Stage.Evidence),
        (Stage.ReadyForPanel, StageTransition.DeferForEvidence, Stage.Evidence),
        (Stage.ReadyForPanel, StageTransition.RecordDecision, Stage.Decided),
        (Stage.ReadyForPanel, StageTransition.Withdraw, Stage.Withdrawn),
        (Stage.Decided, StageTransition.IssueLetter, Stage.LetterIssued),
        (Stage.LetterIssued, StageTransition.Close, Stage.Closed),
        (Stage.LetterIssued, StageTransition.Reconsider, Stage.Reconsideration),
        (Stage.Closed, StageTransition.Reconsider, Stage.Reconsideration),
        (Stage.Reconsideration, StageTransition.MarkReadyForPanel, Stage.ReadyForPanel),
        (Stage.Reconsideration, StageTransition.ReturnToEvidence, Stage.Evidence),
        (Stage.Reconsideration, StageTransition.Withdraw, Stage.Withdrawn),
    ];

    private static IEnumerable<TestCaseData> Allowed() =>
        AllowedMoves.Select(m => new TestCaseData(m.From, m.Move, m.To).SetName($"{m.From} then {m.Move} leads to {m.To}"));

    private static IEnumerable<TestCaseData> Refused() =>
        from stage in Enum.GetValues<Stage>()
        from move in Enum.GetValues<StageTransition>()
        where !AllowedMoves.Any(m => m.From == stage && m.Move == move)
        select new TestCaseData(stage, move).SetName($"{stage} then {move} is refused");

    [TestCaseSource(nameof(Allowed))]
    public void Allowed_move_changes_stage_and_records_who_when_and_why(Stage from, StageTransition move, Stage to)
    {
        var request = At(from);
        var changesBefore = request.StageChanges.Count;

        Apply(request, move);

        request.Stage.Should().Be(to);
        request.StageChanges.Should().HaveCount(changesBefore + 1);
        var change = request.StageChanges[^1];
        change.Should().BeEquivalentTo(new { From = from, To = to, Transition = move, By = Officer, At = Now });
        request.DomainEvents.Should().ContainSingle().Which.Should().BeOfType<PlacementRequestStageChanged>();
    }

    [TestCaseSource(nameof(Refused))]
    public void Move_not_allowed_from_the_current_stage_is_refused_and_changes_nothing(Stage from, StageTransition move)
    {
        var request = At(from);
        var changesBefore = request.StageChanges.Count;

        var act = () => Apply(request, move);

        act.Should().Throw<DomainRuleException>()
            .Where(e => e.Code == "transition-not-allowed")
            .WithMessage($"*'{from.Describe()}' cannot {move.Describe()}*");
        request.Stage.Should().Be(from);
        request.StageChanges.Should().HaveCount(changesBefore);
        request.DomainEvents.Should().BeEmpty();
    }

    [Test]
    public void Refusal_says_what_the_case_can_do_instead()
    {
        var request = At(Stage.Received);

        var act = () => request.Close("Done.", Officer, Now);

        act.Should().Throw<DomainRuleException>().WithMessage("*it can start gathering evidence, withdraw*");
    }

    [Test]
    public void Withdrawn_case_says_nothing_further_can_happen()
    {
        var request = At(Stage.Withdrawn);

        var act = () => request.StartEvidence(Officer, Now);

        act.Should().Throw<DomainRuleException>().WithMessage("*nothing further can happen to it*");
    }

    [TestCase(StageTransition.Withdraw)]
    [TestCase(StageTransition.ReturnToEvidence)]
    [TestCase(StageTransition.Close)]
    [TestCase(StageTransition.DeferForEvidence)]
    public void Moves_off_the_usual_path_need_a_reason(StageTransition move)
    {
        var request = At(move switch
        {
            StageTransition.Close => Stage.LetterIssued,
            StageTransition.Withdraw => Stage.Evidence,
            _ => Stage.ReadyForPanel,
        });

        Action act = move switch
        {
            StageTransition.Withdraw => () => request.Withdraw("  ", Officer, Now),
            StageTransition.ReturnToEvidence => () => request.ReturnToEvidence("", Officer, Now),
            StageTransition.Close => () => request.Close(" ", Officer, Now),
            _ => () => request.DeferForEvidence("", Officer, Now),
        };

        act.Should().Throw<DomainRuleException>().Where(e => e.Code == "reason-required");
        request.DomainEvents.Should().BeEmpty();
    }

    [Test]
    public void Reconsideration_records_its_trigger_and_date()
    {
        var request = At(Stage.LetterIssued);

        request.Reconsider(ReconsiderationTrigger.TribunalAppeal, Today.AddDays(-3), "Appeal lodged; LA agreed to reconsider.", Officer, Now);

        request.StageChanges[^1].Should().BeEquivalentTo(new
        {
            Trigger = (ReconsiderationTrigger?)ReconsiderationTrigger.TribunalAppeal,
            TriggerDate = (DateOnly?)Today.AddDays(-3),
            Reason = "Appeal lodged; LA agreed to reconsider.",
        });
    }

    [Test]
    public void Reconsideration_prompted_by_a_future_event_is_refused()
    {
        var request = At(Stage.Closed);

        var act = () => request.Reconsider(ReconsiderationTrigger.Mediation, Today.AddDays(1), "Mediation booked.", Officer, Now);

        act.Should().Throw<DomainRuleException>().Where(e => e.Code == "trigger-date-in-future");
        request.Stage.Should().Be(Stage.Closed);
    }

    [Test]
    public void Reconsideration_prompted_before_the_request_was_received_is_refused()
    {
        var request = At(Stage.Closed);

        var act = () => request.Reconsider(ReconsiderationTrigger.NewEvidence, request.ReceivedDate.AddDays(-1), "Old report.", Officer, Now);

        act.Should().Throw<DomainRuleException>().Where(e => e.Code == "trigger-before-request");
    }

    [Test]
    public void Allowed_transitions_follow_the_rules_table()
    {
        At(Stage.ReadyForPanel).AllowedTransitions.Should().BeEquivalentTo(
            [StageTransition.ReturnToEvidence, StageTransition.DeferForEvidence, StageTransition.RecordDecision, StageTransition.Withdraw]);
        At(Stage.Withdrawn).AllowedTransitions.Should().BeEmpty();
    }

    [Test]
    public void Version_check_refuses_a_change_made_against_an_older_version()
    {
        var request = At(Stage.Received);
        request.IncrementVersion();

        var act = () => request.EnsureVersion(0);

        act.Should().Throw<ConcurrencyConflictException>().WithMessage("*version 0*now version 1*");
    }
}
