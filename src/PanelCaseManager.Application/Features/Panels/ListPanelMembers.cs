using Mediator;
using Microsoft.EntityFrameworkCore;
using PanelCaseManager.Application.Persistence;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Domain.Users;

namespace PanelCaseManager.Application.Features.Panels;

/// <summary>The active panel chairs and members, each with their agency: who can be asked to sit on a meeting.</summary>
public static class ListPanelMembers
{
    [RequiresPolicy(Policies.ManageCases)]
    public sealed record Query : IQuery<IReadOnlyList<Member>>;

    public sealed record Member(string Id, string Name, Agency Agency, Role Role);

    public sealed class Handler(PanelDbContext db) : IQueryHandler<Query, IReadOnlyList<Member>>
    {
        public async ValueTask<IReadOnlyList<Member>> Handle(Query query, CancellationToken cancellationToken) =>
            await db.Users.AsNoTracking()
                .Where(u => u.IsActive && u.Agency != null && (u.Role == Role.PanelChair || u.Role == Role.PanelMember))
                .OrderBy(u => u.Role == Role.PanelChair ? 0 : 1).ThenBy(u => u.DisplayName)
                .Select(u => new Member(u.Id.Value, u.DisplayName, u.Agency!.Value, u.Role))
                .ToListAsync(cancellationToken);
    }
}
