using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Persistence;
using PanelCaseManager.Domain.PlacementRequests;

namespace PanelCaseManager.Application.Features.PlacementRequests;

/// <summary>Writes each change of a case into its timeline, in the same transaction as the change.</summary>
public sealed class CaseHistory(PanelDbContext db)
    : IDomainEventHandler<PlacementRequestSubmitted>, IDomainEventHandler<PlacementRequestStageChanged>, IDomainEventHandler<PlacementRequestPreferencesRecorded>
{
    public ValueTask Handle(PlacementRequestSubmitted domainEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(domainEvent);
        db.CaseEvents.Add(CaseEvent.Record(domainEvent.Id, domainEvent.At, domainEvent.By, "submitted", $"Placement request {domainEvent.Reference} received and logged."));
        return ValueTask.CompletedTask;
    }

    public ValueTask Handle(PlacementRequestStageChanged domainEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(domainEvent);
        var change = domainEvent.Change;
        var description = $"Moved from '{change.From.Describe()}' to '{change.To.Describe()}'."
                          + (change.Reason is null ? string.Empty : $" Reason: {change.Reason}");
        db.CaseEvents.Add(CaseEvent.Record(domainEvent.Id, change.At, change.By, "stage-changed", description));
        return ValueTask.CompletedTask;
    }

    public ValueTask Handle(PlacementRequestPreferencesRecorded domainEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(domainEvent);
        static string List(IReadOnlyList<string> preferences) => preferences.Count == 0 ? "none" : string.Join("; ", preferences.Select((p, i) => $"{i + 1}. {p}"));
        db.CaseEvents.Add(CaseEvent.Record(domainEvent.Id, domainEvent.At, domainEvent.By, CaseEventKinds.PreferencesRecorded,
            $"The family's preferences were recorded afresh: {List(domainEvent.After)} (before: {List(domainEvent.Before)})."));
        return ValueTask.CompletedTask;
    }
}
