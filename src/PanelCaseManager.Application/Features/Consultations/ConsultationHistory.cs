using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Persistence;
using PanelCaseManager.Domain.Common;
using PanelCaseManager.Domain.Consultations;

namespace PanelCaseManager.Application.Features.Consultations;

/// <summary>Writes consultations into the case's timeline, in the same transaction as the change.</summary>
public sealed class ConsultationHistory(PanelDbContext db)
    : IDomainEventHandler<ConsultationSent>, IDomainEventHandler<ConsultationResponded>, IDomainEventHandler<ConsultationConcluded>
{
    public ValueTask Handle(ConsultationSent domainEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(domainEvent);
        db.CaseEvents.Add(CaseEvent.Record(domainEvent.PlacementRequestId, domainEvent.At, domainEvent.By, CaseEventKinds.ConsultationSent,
            $"{domainEvent.SettingName} consulted on {DateText.Plain(domainEvent.SentOn)}; reply due by {DateText.Plain(domainEvent.DueOn)}."));
        return ValueTask.CompletedTask;
    }

    public ValueTask Handle(ConsultationResponded domainEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(domainEvent);
        var response = domainEvent.Response switch
        {
            ConsultationResponse.CanMeetNeeds => "can meet the child's needs",
            ConsultationResponse.CanMeetNeedsWithConditions => "can meet the child's needs, with conditions",
            _ => "cannot meet the child's needs",
        };
        db.CaseEvents.Add(CaseEvent.Record(domainEvent.PlacementRequestId, domainEvent.At, domainEvent.By, CaseEventKinds.ConsultationResponse,
            $"{domainEvent.SettingName} replied that it {response}{(domainEvent.Late ? ", after the reply was due" : string.Empty)}."));
        return ValueTask.CompletedTask;
    }

    public ValueTask Handle(ConsultationConcluded domainEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(domainEvent);
        var outcome = domainEvent.Outcome == ConsultationOutcome.SettingToBeNamed ? "will be named" : "will not be named";
        db.CaseEvents.Add(CaseEvent.Record(domainEvent.PlacementRequestId, domainEvent.At, domainEvent.By, CaseEventKinds.ConsultationOutcome,
            $"After consultation, {domainEvent.SettingName} {outcome}."));
        return ValueTask.CompletedTask;
    }
}
