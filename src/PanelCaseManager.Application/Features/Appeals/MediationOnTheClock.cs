using System.Globalization;
using Microsoft.EntityFrameworkCore;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Features.Timeliness;
using PanelCaseManager.Application.Persistence;
using PanelCaseManager.Domain.Appeals;

namespace PanelCaseManager.Application.Features.Appeals;

/// <summary>
/// Puts a mediation's dates on the case's statutory clock in the same transaction (the family asking for mediation or
/// declining it, the mediation held, the certificate), so that the local authority's mediation deadlines are chased like
/// any other and the appeal window follows the certificate; and writes the change into the case's timeline.
/// </summary>
public sealed class MediationOnTheClock(PanelDbContext db, ClockSettingsFactory settings) : IDomainEventHandler<MediationChanged>
{
    /// <summary>The source of the clock events a mediation records.</summary>
    public const string Source = "mediation";

    public async ValueTask Handle(MediationChanged domainEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(domainEvent);
        db.CaseEvents.Add(CaseEvent.Record(domainEvent.PlacementRequestId, domainEvent.At, domainEvent.By, "mediation",
            string.Create(CultureInfo.InvariantCulture, $"Mediation about notice {domainEvent.NoticeReference}: {domainEvent.What}.")));
        if (domainEvent.OnTheClock.Count == 0)
        {
            return;
        }

        var clock = db.CaseClocks.Local.SingleOrDefault(c => c.PlacementRequestId == domainEvent.PlacementRequestId)
                    ?? await db.CaseClocks.WithMilestones().SingleOrDefaultAsync(c => c.PlacementRequestId == domainEvent.PlacementRequestId, cancellationToken);
        if (clock is null)
        {
            return;
        }

        var clockSettings = await settings.CreateAsync(cancellationToken);
        foreach (var e in domainEvent.OnTheClock)
        {
            clock.Record(e.Kind, e.Date, null, Source, domainEvent.By, domainEvent.At, clockSettings);
        }
    }
}
