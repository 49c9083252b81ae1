using Mediator;
using Microsoft.EntityFrameworkCore;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Persistence;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Domain.Common;
using PanelCaseManager.Domain.Plans;
using PanelCaseManager.Domain.Users;

namespace PanelCaseManager.Application.Features.Plans;

/// <summary>
/// A family's own children who move between phases next September (SEND Regulations 2014 reg 18; docs/adr/0266): the
/// move, the day by which the plan must name the next setting, and the phase transfer request through which the family
/// gives their preferences (the same "ask for a place" as any request), if the officer has opened it. Only the children
/// linked to the signed-in family member; anyone else's are not there.
/// </summary>
public static class ListFamilyTransfers
{
    [RequiresPolicy(Policies.Family)]
    public sealed record Query : IQuery<Transfers>;

    /// <param name="PlacementRequestId">The phase transfer request for this move, once the officer has opened it.</param>
    public sealed record Transfer(
        string ChildGivenName,
        string YearGroup,
        TransferPhase Phase,
        int September,
        DateOnly Deadline,
        Guid? PlacementRequestId,
        string? CaseReference,
        int PreferencesGiven);

    public sealed record Transfers(IReadOnlyList<Transfer> Children) : IReturnsCases
    {
        IReadOnlyCollection<Guid> IReturnsCases.ReturnedCaseIds =>
            Children.Where(c => c.PlacementRequestId is not null).Select(c => c.PlacementRequestId!.Value).Distinct().ToList();
    }

    public sealed class Handler(PanelDbContext db, CaseAccess access, PhaseTransferCohortReader reader, TimeProvider clock) : IQueryHandler<Query, Transfers>
    {
        public async ValueTask<Transfers> Handle(Query query, CancellationToken cancellationToken)
        {
            var account = await access.AccountAsync(cancellationToken);
            if (account.Role != Role.Family)
            {
                return new Transfers([]);
            }

            var children = account.ChildLinks.Select(l => l.ChildId).ToList();
            var plans = db.Plans.AsNoTracking().Where(p => children.Contains(p.ChildId));
            var september = NextSeptember(UkCalendar.Today(clock));
            var read = await reader.ReadAsync(plans, september, phase: null, sector: null, settingId: null, cancellationToken);
            var planIds = read.Children.Select(c => c.PlanId).ToList();
            var givenNames = await (from p in db.Plans.AsNoTracking()
                                    where planIds.Contains(p.Id)
                                    join c in db.Children on p.ChildId equals c.Id
                                    select new { p.Id, c.GivenName }).ToDictionaryAsync(x => x.Id, x => x.GivenName, cancellationToken);
            return new Transfers(read.Children
                .OrderBy(c => c.Deadline).ThenBy(c => c.ChildName, StringComparer.Ordinal)
                .Select(c => new Transfer(givenNames[c.PlanId], c.YearGroup, c.Phase, september, c.Deadline, c.PlacementRequestId, c.CaseReference, c.PreferencesGiven))
                .ToList());
        }
    }

    /// <summary>The September of the next move: this one until the end of August, then next year's.</summary>
    public static int NextSeptember(DateOnly today) => today.Month >= 9 ? today.Year + 1 : today.Year;
}
