using PanelCaseManager.Domain.Common;
using PanelCaseManager.Domain.Users;

namespace PanelCaseManager.Domain.PlacementRequests;

public sealed record PlacementRequestSubmitted(PlacementRequestId Id, CaseReference Reference, UserId By, DateTimeOffset At) : IDomainEvent;

public sealed record PlacementRequestStageChanged(PlacementRequestId Id, StageChange Change) : IDomainEvent;

public sealed record PlacementRequestPreferencesRecorded(PlacementRequestId Id, IReadOnlyList<string> Before, IReadOnlyList<string> After, UserId By, DateTimeOffset At)
    : IDomainEvent;
