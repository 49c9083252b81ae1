using System.Globalization;
using Microsoft.EntityFrameworkCore;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Features.Timeliness;
using PanelCaseManager.Application.Persistence;
using PanelCaseManager.Domain.Appeals;
using PanelCaseManager.Domain.Letters;

namespace PanelCaseManager.Application.Features.Appeals;

/// <summary>
/// Puts a tribunal appeal's orders on the case's statutory clock in the same transaction (each order a deadline, met when
/// carried out) and writes the change into the case's timeline; and, when a notice is sent, meets the open orders it
/// carries out (an amended plan's notice for an amendment, a plan's notice for a plan).
/// </summary>
public sealed class AppealsOnTheClock(PanelDbContext db, ClockSettingsFactory settings) : IDomainEventHandler<TribunalAppealChanged>, IDomainEventHandler<AppealableNoticeIssued>
{
    public async ValueTask Handle(TribunalAppealChanged domainEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(domainEvent);
        db.CaseEvents.Add(CaseEvent.Record(domainEvent.PlacementRequestId, domainEvent.At, domainEvent.By, "appeal",
            string.Create(CultureInfo.InvariantCulture, $"Tribunal appeal against notice {domainEvent.NoticeReference}: {domainEvent.What}.")));
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
        foreach (var order in domainEvent.OnTheClock)
        {
            clock.RecordOrder(order, clockSettings);
        }
    }

    public async ValueTask Handle(AppealableNoticeIssued domainEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(domainEvent);
        var appeals = await db.TribunalAppeals.Where(a => a.PlacementRequestId == domainEvent.PlacementRequestId).ToListAsync(cancellationToken);
        if (appeals.Count == 0)
        {
            return;
        }

        var notice = db.IssuedLetters.Local.SingleOrDefault(l => l.Id == domainEvent.LetterId)
                     ?? await db.IssuedLetters.SingleAsync(l => l.Id == domainEvent.LetterId, cancellationToken);
        foreach (var appeal in appeals)
        {
            appeal.MetByNotice(notice, domainEvent.By, domainEvent.At);
        }
    }
}
