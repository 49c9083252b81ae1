using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Persistence;
using PanelCaseManager.Domain.Common;
using PanelCaseManager.Domain.Evidence;
using PanelCaseManager.Domain.Users;

namespace PanelCaseManager.Application.Features.Evidence;

/// <summary>Writes evidence, advice and views into the case's timeline, in the same transaction as the change.</summary>
public sealed class EvidenceHistory(PanelDbContext db)
    : IDomainEventHandler<EvidenceAdded>, IDomainEventHandler<AdviceRequested>, IDomainEventHandler<AdviceReceived>, IDomainEventHandler<CaseViewRecorded>
{
    public ValueTask Handle(EvidenceAdded domainEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(domainEvent);
        var from = domainEvent.Agency is { } agency ? $" from {agency.Describe()}" : string.Empty;
        var late = domainEvent.LateForPanelMeetingId is null ? string.Empty : " Added after the panel's papers were frozen: marked as late evidence.";
        db.CaseEvents.Add(CaseEvent.Record(domainEvent.PlacementRequestId, domainEvent.At, domainEvent.By, CaseEventKinds.EvidenceAdded,
            $"Evidence added: {domainEvent.Kind.Describe()}{from} ({domainEvent.FileName}).{late}"));
        return ValueTask.CompletedTask;
    }

    public ValueTask Handle(AdviceRequested domainEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(domainEvent);
        db.CaseEvents.Add(CaseEvent.Record(domainEvent.PlacementRequestId, domainEvent.At, domainEvent.By, CaseEventKinds.AdviceRequested,
            $"Advice requested from {domainEvent.Agency} on {DateText.Plain(domainEvent.RequestedOn)}, due by {DateText.Plain(domainEvent.DueOn)}."));
        return ValueTask.CompletedTask;
    }

    public ValueTask Handle(AdviceReceived domainEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(domainEvent);
        db.CaseEvents.Add(CaseEvent.Record(domainEvent.PlacementRequestId, domainEvent.At, domainEvent.By, CaseEventKinds.AdviceReceived,
            $"Advice from {domainEvent.Agency} received on {DateText.Plain(domainEvent.ReceivedOn)}{(domainEvent.Late ? ", after its due date" : string.Empty)}."));
        return ValueTask.CompletedTask;
    }

    public ValueTask Handle(CaseViewRecorded domainEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(domainEvent);
        var whose = domainEvent.Voice == Voice.Child ? "The child's own views" : "The family's views";
        db.CaseEvents.Add(CaseEvent.Record(domainEvent.PlacementRequestId, domainEvent.At, domainEvent.By, CaseEventKinds.ViewsRecorded, $"{whose} recorded."));
        return ValueTask.CompletedTask;
    }
}
