using Mediator;
using Microsoft.EntityFrameworkCore;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Persistence;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Domain.Users;

namespace PanelCaseManager.Application.Features.Users;

/// <summary>The signed-in user's own account: who the service thinks they are and what role they hold.</summary>
public static class WhoAmI
{
    [RequiresPolicy(Policies.SignedIn)]
    [ReadsNoPersonalData]
    public sealed record Query : IQuery<Account>;

    public sealed record Account(string Id, string DisplayName, Role Role, string? Team, Agency? Agency, IReadOnlyList<Guid> LinkedChildIds);

    public sealed class Handler(PanelDbContext db, ICurrentUser currentUser) : IQueryHandler<Query, Account>
    {
        public async ValueTask<Account> Handle(Query query, CancellationToken cancellationToken)
        {
            var id = currentUser.Id;
            var user = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == id, cancellationToken)
                       ?? throw new NotFoundException("User account", id.Value);
            return new Account(user.Id.Value, user.DisplayName, user.Role, user.Team, user.Agency, user.ChildLinks.Select(l => l.ChildId.Value).ToList());
        }
    }
}
