using Mediator;
using Microsoft.EntityFrameworkCore;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Persistence;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Domain.Users;

namespace PanelCaseManager.Application.Features.Users;

/// <summary>An administrator reads one user's account, with the case references of the children linked to it.</summary>
public static class GetUser
{
    [RequiresPolicy(Policies.Administer)]
    public sealed record Query(string Id) : IQuery<Details>;

    public sealed record Details(UserView User, IReadOnlyList<LinkedCase> LinkedCases);

    /// <summary>A case of a linked child, by reference only: an administrator sees no case.</summary>
    public sealed record LinkedCase(string Reference, string Relationship);

    public sealed class Handler(PanelDbContext db) : IQueryHandler<Query, Details>
    {
        public async ValueTask<Details> Handle(Query query, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(query);
            var user = string.IsNullOrWhiteSpace(query.Id)
                ? null
                : await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == new UserId(query.Id), cancellationToken);
            if (user is null)
            {
                throw new NotFoundException("User", query.Id);
            }

            var children = user.ChildLinks.Select(l => l.ChildId).ToList();
            var cases = await db.PlacementRequests.AsNoTracking().Where(p => children.Contains(p.ChildId))
                .Select(p => new { p.ChildId, p.Reference }).ToListAsync(cancellationToken);
            var linked = cases
                .Select(c => new LinkedCase(c.Reference.Value, user.ChildLinks.First(l => l.ChildId == c.ChildId).Relationship))
                .OrderBy(c => c.Reference, StringComparer.Ordinal)
                .ToList();
            return new Details(UserView.Of(user), linked);
        }
    }
}
