using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Persistence;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Domain.PlacementRequests;

namespace PanelCaseManager.Application.Features.PlacementRequests;

/// <summary>Everything that has happened to a case, oldest first: who did what, and when.</summary>
public static class GetCaseHistory
{
    [RequiresPolicy(Policies.ReadCases)]
    public sealed record Query(Guid PlacementRequestId) : IQuery<Timeline>, ICaseScoped;

    public sealed record Timeline(Guid PlacementRequestId, string Reference, IReadOnlyList<Entry> Entries);

    public sealed record Entry(DateTimeOffset At, string Kind, string Description, string ActorId, string ActorName);

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator() => RuleFor(q => q.PlacementRequestId).NotEmpty().WithMessage("Give the id of the placement request.");
    }

    public sealed class Handler(PanelDbContext db) : IQueryHandler<Query, Timeline>
    {
        public async ValueTask<Timeline> Handle(Query query, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(query);
            var caseId = new PlacementRequestId(query.PlacementRequestId);
            var reference = await db.PlacementRequests.AsNoTracking().Where(p => p.Id == caseId).Select(p => p.Reference).SingleOrDefaultAsync(cancellationToken)
                            ?? throw new NotFoundException("Placement request", query.PlacementRequestId);
            var entries = await (
                    from e in db.CaseEvents.AsNoTracking()
                    where e.PlacementRequestId == caseId
                    join u in db.Users on e.ActorId equals u.Id into actors
                    from actor in actors.DefaultIfEmpty()
                    orderby e.OccurredAt, e.Id
                    select new Entry(e.OccurredAt, e.Kind, e.Description, e.ActorId.Value, actor == null ? e.ActorId.Value : actor.DisplayName))
                .ToListAsync(cancellationToken);
            return new Timeline(query.PlacementRequestId, reference.Value, entries);
        }
    }
}
