using Mediator;
using Microsoft.EntityFrameworkCore;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Persistence;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Domain.PlacementRequests;
using PanelCaseManager.Domain.Users;

namespace PanelCaseManager.Application.Features.Users;

/// <summary>An administrator lists the service's users.</summary>
public static class ListUsers
{
    [RequiresPolicy(Policies.Administer)]
    [ReadsNoPersonalData]
    /// <param name="Role">Only users with this role.</param>
    /// <param name="PanelMembers">Only panel members and chairs: who can sit on a panel, each with the agency they represent.</param>
    public sealed record Query(Role? Role, bool PanelMembers = false) : IQuery<IReadOnlyList<UserView>>;

    public sealed class Handler(PanelDbContext db) : IQueryHandler<Query, IReadOnlyList<UserView>>
    {
        public async ValueTask<IReadOnlyList<UserView>> Handle(Query query, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(query);
            var users = db.Users.AsNoTracking();
            if (query.Role is { } role)
            {
                users = users.Where(u => u.Role == role);
            }

            if (query.PanelMembers)
            {
                users = users.Where(u => u.Role == Role.PanelMember || u.Role == Role.PanelChair);
            }

            var list = await users.OrderBy(u => u.DisplayName).ToListAsync(cancellationToken);
            return list.Select(UserView.Of).ToList();
        }
    }
}
