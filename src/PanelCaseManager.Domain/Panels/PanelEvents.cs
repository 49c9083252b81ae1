using PanelCaseManager.Domain.Common;
using PanelCaseManager.Domain.PlacementRequests;
using PanelCaseManager.Domain.Users;

namespace PanelCaseManager.Domain.Panels;

public sealed record CaseAddedToAgenda(PlacementRequestId PlacementRequestId, Guid PanelMeetingId, DateOnly MeetingDate, bool AfterCutOff, UserId By, DateTimeOffset At)
    : IDomainEvent;

public sealed record PanelAttendanceRecorded(
    Guid PanelMeetingId, DateOnly MeetingDate, IReadOnlyList<PlacementRequestId> Cases, int Present, string Quorum, UserId By, DateTimeOffset At) : IDomainEvent;

public sealed record ConflictOfInterestDeclared(Guid PanelMeetingId, PlacementRequestId PlacementRequestId, UserId MemberId, Agency Agency, UserId By, DateTimeOffset At)
    : IDomainEvent;

public sealed record CasePackFrozen(Guid PanelMeetingId, PlacementRequestId PlacementRequestId, Guid CasePackId, string Sha256, FreezeTrigger Trigger, UserId By, DateTimeOffset At)
    : IDomainEvent;

public sealed record AgencyViewRecorded(Guid PanelMeetingId, PlacementRequestId PlacementRequestId, UserId MemberId, Agency Agency, DateTimeOffset At) : IDomainEvent;

public sealed record PanelDecisionRecorded(
    Guid DecisionId, Guid PanelMeetingId, PlacementRequestId PlacementRequestId, DecisionOutcome Outcome, bool Revision, Guid? Supersedes, UserId By, DateTimeOffset At)
    : IDomainEvent;

public sealed record PanelDecisionSignedOff(
    Guid DecisionId,
    Guid PanelMeetingId,
    PlacementRequestId PlacementRequestId,
    DecisionOutcome Outcome,
    Guid? Supersedes,
    IReadOnlyList<string> MissingEvidence,
    UserId By,
    DateTimeOffset At) : IDomainEvent;
