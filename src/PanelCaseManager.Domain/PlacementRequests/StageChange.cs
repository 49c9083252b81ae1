using PanelCaseManager.Domain.Users;

namespace PanelCaseManager.Domain.PlacementRequests;

/// <summary>One move of a case between stages: who made it, when and why. Never edited once recorded.</summary>
public sealed record StageChange(
    int Sequence,
    Stage From,
    Stage To,
    StageTransition Transition,
    DateTimeOffset At,
    UserId By,
    string? Reason,
    ReconsiderationTrigger? Trigger,
    DateOnly? TriggerDate);
