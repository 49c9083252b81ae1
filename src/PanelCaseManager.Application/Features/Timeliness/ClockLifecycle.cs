using System.Globalization;
using Microsoft.EntityFrameworkCore;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Persistence;
using PanelCaseManager.Domain.Common;
using PanelCaseManager.Domain.PlacementRequests;
using PanelCaseManager.Domain.Timeliness;

namespace PanelCaseManager.Application.Features.Timeliness;

/// <summary>
/// Keeps each case's clock in step with the case, in the same transaction: started when the request is received,
/// stopped when it is withdrawn or closed, resumed when it is reconsidered; and writes the clock's changes into the
/// case's timeline. The panel's decision reaches the clock from its own event (<see cref="ClockEventsFromFeatures"/>).
/// </summary>
public sealed class ClockLifecycle(PanelDbContext db, ClockSettingsFactory settings)
    : IDomainEventHandler<PlacementRequestSubmitted>,
      IDomainEventHandler<PlacementRequestStageChanged>,
      IDomainEventHandler<ClockEventRecorded>,
      IDomainEventHandler<StatutoryExceptionRecorded>,
      IDomainEventHandler<ExceptionToldToFamily>
{
    public async ValueTask Handle(PlacementRequestSubmitted domainEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(domainEvent);
        var request = db.PlacementRequests.Local.Single(p => p.Id == domainEvent.Id);
        var child = db.Children.Local.SingleOrDefault(c => c.Id == request.ChildId)
                    ?? await db.Children.SingleAsync(c => c.Id == request.ChildId, cancellationToken);
        // Only a request for nothing but mainstream provision is not a wait for a specialist place.
        var seeksSpecialist = request.Preferences.Count == 0
                              || request.Preferences.Any(p => p.Kind != PreferenceKind.TypeOfProvision || p.ProvisionKind != ProvisionKind.Mainstream);
        db.CaseClocks.Add(CaseClock.Start(request.Id, request.Type, request.ReceivedDate, child.Id, child.DateOfBirth, seeksSpecialist,
            await settings.CreateAsync(cancellationToken)));
    }

    public async ValueTask Handle(PlacementRequestStageChanged domainEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(domainEvent);
        var change = domainEvent.Change;
        if (change.To is not (Stage.Withdrawn or Stage.Closed or Stage.Reconsideration))
        {
            return;
        }

        var clock = await db.CaseClocks.WithMilestones().SingleOrDefaultAsync(c => c.PlacementRequestId == domainEvent.Id, cancellationToken);
        if (clock is null)
        {
            return;
        }

        if (change.To == Stage.Reconsideration)
        {
            clock.Resume(await settings.CreateAsync(cancellationToken));
        }
        else
        {
            clock.Stop(UkCalendar.DateOf(change.At), await settings.CreateAsync(cancellationToken));
        }
    }

    public ValueTask Handle(ClockEventRecorded domainEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(domainEvent);
        var e = domainEvent.Event;
        var agency = e.Agency is { } a ? $" ({a})" : string.Empty;
        var description = string.Create(CultureInfo.InvariantCulture, $"Deadline event recorded: {e.Kind.Describe()}{agency} on {e.Date:yyyy-MM-dd}.");
        db.CaseEvents.Add(CaseEvent.Record(domainEvent.Id, e.RecordedAt, e.RecordedBy, "clock-event", description));
        return ValueTask.CompletedTask;
    }

    public ValueTask Handle(StatutoryExceptionRecorded domainEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(domainEvent);
        var x = domainEvent.Exception;
        var told = x.FamilyToldOn is { } on ? string.Create(CultureInfo.InvariantCulture, $" The family was told on {on:yyyy-MM-dd}.") : " The family has not been told yet.";
        var description = string.Create(CultureInfo.InvariantCulture, $"Exception to the statutory limits recorded: {x.ReasonCode}, {x.StartDate:yyyy-MM-dd} to {x.EndDate:yyyy-MM-dd}.{told}");
        db.CaseEvents.Add(CaseEvent.Record(domainEvent.Id, x.RecordedAt, x.RecordedBy, "statutory-exception", description));
        return ValueTask.CompletedTask;
    }

    public ValueTask Handle(ExceptionToldToFamily domainEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(domainEvent);
        var description = string.Create(CultureInfo.InvariantCulture,
            $"The family was told on {domainEvent.ToldOn:yyyy-MM-dd} that exception {domainEvent.Sequence} ({domainEvent.ReasonCode}) applies.");
        db.CaseEvents.Add(CaseEvent.Record(domainEvent.Id, domainEvent.At, domainEvent.By, "statutory-exception-told", description));
        return ValueTask.CompletedTask;
    }
}

public static class CaseClockQueries
{
    /// <summary>Clocks with their stored milestones, which are a separate table (events and exceptions come with the clock).</summary>
    public static IQueryable<CaseClock> WithMilestones(this IQueryable<CaseClock> clocks) => clocks.Include(c => c.Milestones);
}
