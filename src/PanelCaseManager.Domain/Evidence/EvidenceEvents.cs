using PanelCaseManager.Domain.Common;
using PanelCaseManager.Domain.PlacementRequests;
using PanelCaseManager.Domain.Users;

namespace PanelCaseManager.Domain.Evidence;

public sealed record EvidenceAdded(
    PlacementRequestId PlacementRequestId, Guid EvidenceItemId, EvidenceKind Kind, Agency? Agency, string FileName, Guid? LateForPanelMeetingId, UserId By, DateTimeOffset At)
    : IDomainEvent;

public sealed record AdviceRequested(PlacementRequestId PlacementRequestId, Guid AdviceRequestId, string Agency, DateOnly RequestedOn, DateOnly DueOn, UserId By, DateTimeOffset At)
    : IDomainEvent;

public sealed record AdviceReceived(PlacementRequestId PlacementRequestId, Guid AdviceRequestId, string Agency, DateOnly ReceivedOn, bool Late, UserId By, DateTimeOffset At)
    : IDomainEvent;

public sealed record CaseViewRecorded(PlacementRequestId PlacementRequestId, Guid CaseViewId, Voice Voice, UserId By, DateTimeOffset At) : IDomainEvent;
