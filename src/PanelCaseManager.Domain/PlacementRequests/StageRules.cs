namespace PanelCaseManager.Domain.PlacementRequests;

/// <summary>The path of a case (domain.md, "A case's path"): which move is allowed from which stage, and where it leads.</summary>
public static class StageRules
{
    private static readonly Dictionary<StageTransition, (Stage[] From, Stage To)> Moves = new()
    {
        [StageTransition.StartEvidence] = ([Stage.Received], Stage.Evidence),
        [StageTransition.MarkReadyForPanel] = ([Stage.Evidence, Stage.Reconsideration], Stage.ReadyForPanel),
        [StageTransition.ReturnToEvidence] = ([Stage.ReadyForPanel, Stage.Reconsideration], Stage.Evidence),
        [StageTransition.DeferForEvidence] = ([Stage.ReadyForPanel], Stage.Evidence),
        [StageTransition.RecordDecision] = ([Stage.ReadyForPanel], Stage.Decided),
        [StageTransition.IssueLetter] = ([Stage.Decided], Stage.LetterIssued),
        [StageTransition.Close] = ([Stage.LetterIssued], Stage.Closed),
        [StageTransition.Withdraw] = ([Stage.Received, Stage.Evidence, Stage.ReadyForPanel, Stage.Reconsideration], Stage.Withdrawn),
        [StageTransition.Reconsider] = ([Stage.LetterIssued, Stage.Closed], Stage.Reconsideration),
    };

    public static Stage TargetOf(StageTransition transition) => Moves[transition].To;

    public static bool IsAllowed(Stage from, StageTransition transition) => Moves[transition].From.Contains(from);

    public static IReadOnlyList<StageTransition> AllowedFrom(Stage from) =>
        Moves.Where(m => m.Value.From.Contains(from)).Select(m => m.Key).ToList();

    /// <summary>Moves that step off the usual path must say why, for the family and for the record.</summary>
    public static bool RequiresReason(StageTransition transition) => transition is
        StageTransition.ReturnToEvidence or StageTransition.DeferForEvidence or StageTransition.Close
        or StageTransition.Withdraw or StageTransition.Reconsider;

    public static string Describe(this Stage stage) => stage switch
    {
        Stage.Received => "Request received",
        Stage.Evidence => "Gathering evidence",
        Stage.ReadyForPanel => "Ready for panel",
        Stage.Decided => "Decided by panel",
        Stage.LetterIssued => "Decision letter issued",
        Stage.Closed => "Closed",
        Stage.Withdrawn => "Withdrawn",
        Stage.Reconsideration => "Being reconsidered",
        _ => stage.ToString(),
    };

    public static string Describe(this StageTransition transition) => transition switch
    {
        StageTransition.StartEvidence => "start gathering evidence",
        StageTransition.MarkReadyForPanel => "mark ready for panel",
        StageTransition.ReturnToEvidence => "return to evidence gathering",
        StageTransition.DeferForEvidence => "defer for more evidence",
        StageTransition.RecordDecision => "record a panel decision",
        StageTransition.IssueLetter => "issue the decision letter",
        StageTransition.Close => "close",
        StageTransition.Withdraw => "withdraw",
        StageTransition.Reconsider => "reconsider",
        _ => transition.ToString(),
    };
}
