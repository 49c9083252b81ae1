using Microsoft.EntityFrameworkCore;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Persistence;
using PanelCaseManager.Domain.Letters;
using PanelCaseManager.Domain.Plans;
using PanelCaseManager.Domain.Provision;

namespace PanelCaseManager.Application.Features.Plans;

/// <summary>
/// Plans finalised in the service join the register by themselves, in the notice's own transaction: the final plan
/// notice (reg 14) adds the child's plan, dated the day of the notice, naming the setting the signed-off decision
/// placed the child in; a final amended plan notice (reg 18, 22) records the amendment and the setting it names on the
/// plan already in the register. An amended plan of a child whose plan is not in the register yet changes nothing:
/// the plan's own date and reviews come with the import (docs/adr/0206).
/// </summary>
public sealed class PlansFromNotices(PanelDbContext db) : IDomainEventHandler<AppealableNoticeIssued>
{
    public async ValueTask Handle(AppealableNoticeIssued domainEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(domainEvent);
        if (!domainEvent.Notice.IsPlanNotice())
        {
            return;
        }

        var request = await db.PlacementRequests.AsNoTracking()
            .Where(p => p.Id == domainEvent.PlacementRequestId)
            .Select(p => new { p.ChildId, p.AssignedOfficerId })
            .SingleAsync(cancellationToken);
        var letter = await db.IssuedLetters.FindAsync([domainEvent.LetterId], cancellationToken);
        var namedInPlan = letter?.NamedInPlan;
        SettingId? settingId = null;
        if (domainEvent.BasedOnDecisionId is { } decisionId
            && await db.PanelDecisions.AsNoTracking().Where(d => d.Id == decisionId).Select(d => d.Placement).SingleOrDefaultAsync(cancellationToken) is { SettingId: { } placed } placement)
        {
            var candidate = new SettingId(placed);
            settingId = await db.Settings.AnyAsync(s => s.Id == candidate, cancellationToken) ? candidate : null;
            namedInPlan ??= placement.SettingName;
        }

        var plan = await db.Plans.SingleOrDefaultAsync(p => p.ChildId == request.ChildId, cancellationToken);
        if (plan is null)
        {
            if (domainEvent.Notice == LetterOutcome.FinalPlanNotice)
            {
                db.Plans.Add(EhcPlan.FinalisedIn(domainEvent.PlacementRequestId, request.ChildId, settingId, namedInPlan, domainEvent.LetterDate, request.AssignedOfficerId, domainEvent.By, domainEvent.At));
            }

            return;
        }

        plan.RecordAmendedPlan(settingId, namedInPlan, domainEvent.LetterDate, domainEvent.By, domainEvent.At);
    }
}
