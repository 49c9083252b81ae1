using Mediator;
using Microsoft.EntityFrameworkCore;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Persistence;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Domain.PlacementRequests;

namespace PanelCaseManager.Application.Features.Family;

/// <summary>The requests for the children linked to the signed-in family member.</summary>
public static class ListFamilyCases
{
    [RequiresPolicy(Policies.Family)]
    public sealed record Query : IQuery<IReadOnlyList<Summary>>;

    public sealed record Summary(Guid Id, string Reference, string ChildName, Stage Stage, string WhereItIs, DateOnly ReceivedDate) : ICaseScoped
    {
        Guid ICaseScoped.PlacementRequestId => Id;
    }

    public sealed class Handler(PanelDbContext db, CaseAccess caseAccess) : IQueryHandler<Query, IReadOnlyList<Summary>>
    {
        public async ValueTask<IReadOnlyList<Summary>> Handle(Query query, CancellationToken cancellationToken)
        {
            var account = await caseAccess.AccountAsync(cancellationToken);
            var rows = await (
                    from p in caseAccess.Visible(db.PlacementRequests.AsNoTracking(), account)
                    join c in db.Children on p.ChildId equals c.Id
                    orderby p.ReceivedDate descending
                    select new { p.Id, p.Reference, c.GivenName, p.Stage, p.ReceivedDate })
                .ToListAsync(cancellationToken);
            var advice = await AdviceSoFar.ForAsync(db, rows.Select(r => r.Id).ToList(), cancellationToken);
            return rows.Select(r => new Summary(r.Id.Value, r.Reference.Value, r.GivenName, r.Stage,
                FamilyStageText.Explain(r.Stage, r.GivenName, advice.GetValueOrDefault(r.Id)), r.ReceivedDate)).ToList();
        }
    }
}
