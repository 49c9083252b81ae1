using Microsoft.EntityFrameworkCore;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Persistence;
using PanelCaseManager.Domain.Panels;

namespace PanelCaseManager.Application.Features.Panels;

/// <summary>Once the decision on a case is signed off, the form's drafts for it are of no more use and are removed with it.</summary>
public sealed class DecisionFormDraftCleanup(PanelDbContext db) : IDomainEventHandler<PanelDecisionSignedOff>
{
    public async ValueTask Handle(PanelDecisionSignedOff domainEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(domainEvent);
        var drafts = await db.DecisionFormDrafts
            .Where(d => d.PanelMeetingId == domainEvent.PanelMeetingId && d.PlacementRequestId == domainEvent.PlacementRequestId)
            .ToListAsync(cancellationToken);
        db.DecisionFormDrafts.RemoveRange(drafts);
    }
}
