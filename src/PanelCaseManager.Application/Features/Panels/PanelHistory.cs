using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Persistence;
using PanelCaseManager.Domain.Common;
using PanelCaseManager.Domain.Panels;
using PanelCaseManager.Domain.Users;

namespace PanelCaseManager.Application.Features.Panels;

/// <summary>Writes what happens to a case at panel into its timeline, in the same transaction as the change.</summary>
public sealed class PanelHistory(PanelDbContext db)
    : IDomainEventHandler<CaseAddedToAgenda>,
        IDomainEventHandler<CasePackFrozen>,
        IDomainEventHandler<PanelAttendanceRecorded>,
        IDomainEventHandler<ConflictOfInterestDeclared>,
        IDomainEventHandler<AgencyViewRecorded>,
        IDomainEventHandler<PanelDecisionRecorded>,
        IDomainEventHandler<PanelDecisionSignedOff>
{
    public ValueTask Handle(CaseAddedToAgenda domainEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(domainEvent);
        Add(domainEvent.PlacementRequestId, domainEvent.At, domainEvent.By, CaseEventKinds.AddedToAgenda,
            $"Put on the agenda of the panel on {DateText.Plain(domainEvent.MeetingDate)}{(domainEvent.AfterCutOff ? ", after its evidence cut-off" : string.Empty)}.");
        return ValueTask.CompletedTask;
    }

    public ValueTask Handle(CasePackFrozen domainEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(domainEvent);
        var why = domainEvent.Trigger switch
        {
            FreezeTrigger.CutOff => "at the evidence cut-off",
            FreezeTrigger.AddedAfterCutOff => "on going on the agenda after the cut-off",
            FreezeTrigger.ChangeAfterCutOff => "before a change made after the cut-off",
            _ => "as the panel began its work",
        };
        Add(domainEvent.PlacementRequestId, domainEvent.At, domainEvent.By, CaseEventKinds.PapersFrozen,
            $"Panel papers frozen {why} (SHA-256 {domainEvent.Sha256}).");
        return ValueTask.CompletedTask;
    }

    public ValueTask Handle(PanelAttendanceRecorded domainEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(domainEvent);
        foreach (var caseId in domainEvent.Cases)
        {
            Add(caseId, domainEvent.At, domainEvent.By, CaseEventKinds.AttendanceRecorded,
                $"Attendance recorded at the panel on {DateText.Plain(domainEvent.MeetingDate)}: {domainEvent.Present} present. {domainEvent.Quorum}");
        }

        return ValueTask.CompletedTask;
    }

    public ValueTask Handle(ConflictOfInterestDeclared domainEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(domainEvent);
        Add(domainEvent.PlacementRequestId, domainEvent.At, domainEvent.By, CaseEventKinds.ConflictDeclared,
            $"A {domainEvent.Agency.Describe()} member ({domainEvent.MemberId}) declared a conflict of interest and takes no part in this case.");
        return ValueTask.CompletedTask;
    }

    public ValueTask Handle(AgencyViewRecorded domainEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(domainEvent);
        Add(domainEvent.PlacementRequestId, domainEvent.At, domainEvent.MemberId, CaseEventKinds.AgencyViewRecorded,
            $"The {domainEvent.Agency.Describe()} view was recorded at panel.");
        return ValueTask.CompletedTask;
    }

    public ValueTask Handle(PanelDecisionRecorded domainEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(domainEvent);
        var what = domainEvent.Revision ? "Draft decision revised" : domainEvent.Supersedes is null ? "Decision drafted" : "Correcting decision drafted";
        Add(domainEvent.PlacementRequestId, domainEvent.At, domainEvent.By, CaseEventKinds.DecisionDrafted,
            $"{what}: {domainEvent.Outcome.DescribeInSentence()}. Awaiting the chair's sign-off.");
        return ValueTask.CompletedTask;
    }

    public ValueTask Handle(PanelDecisionSignedOff domainEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(domainEvent);
        var correction = domainEvent.Supersedes is { } old ? $" It supersedes decision {old}." : string.Empty;
        var missing = domainEvent.MissingEvidence.Count > 0 ? $" Evidence needed: {string.Join("; ", domainEvent.MissingEvidence)}." : string.Empty;
        Add(domainEvent.PlacementRequestId, domainEvent.At, domainEvent.By, CaseEventKinds.DecisionSignedOff,
            $"Decision signed off by the chair: {domainEvent.Outcome.DescribeInSentence()}.{missing}{correction}");
        return ValueTask.CompletedTask;
    }

    private void Add(Domain.PlacementRequests.PlacementRequestId caseId, DateTimeOffset at, UserId by, string kind, string description) =>
        db.CaseEvents.Add(CaseEvent.Record(caseId, at, by, kind, description));
}
