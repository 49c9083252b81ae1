namespace PanelCaseManager.Domain.PlacementRequests;

/// <summary>Where a placement request is on its path from receipt to a decision letter and beyond.</summary>
public enum Stage
{
    Received,
    Evidence,
    ReadyForPanel,
    Decided,
    LetterIssued,
    Closed,
    Withdrawn,
    Reconsideration,
}

/// <summary>The moves between stages. Each has its own command; the rules of which is allowed when are in <see cref="StageRules"/>.</summary>
public enum StageTransition
{
    StartEvidence,
    MarkReadyForPanel,
    ReturnToEvidence,
    DeferForEvidence,
    RecordDecision,
    IssueLetter,
    Close,
    Withdraw,
    Reconsider,
}

/// <summary>What prompts a reconsideration of a decided case.</summary>
public enum ReconsiderationTrigger
{
    NewEvidence,
    Mediation,
    TribunalAppeal,
    Complaint,
}
