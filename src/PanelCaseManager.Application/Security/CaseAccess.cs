using Microsoft.EntityFrameworkCore;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Persistence;
using PanelCaseManager.Domain.Children;
using PanelCaseManager.Domain.PlacementRequests;
using PanelCaseManager.Domain.Users;

namespace PanelCaseManager.Application.Security;

/// <summary>
/// Which cases a user may see, in one place: SEND officers and team managers the cases of their team (a case belongs
/// to its assigned officer's team), panel members and chairs the cases the panel considers, auditors every case,
/// a family only the cases of children linked to them, administrators none.
/// </summary>
public sealed class CaseAccess(PanelDbContext db, ICurrentUser currentUser)
{
    private UserAccount? _account;

    /// <summary>The signed-in user's account; a user the service does not know is refused everything.</summary>
    public async Task<UserAccount> AccountAsync(CancellationToken cancellationToken)
    {
        if (_account is not null)
        {
            return _account;
        }

        var id = currentUser.Id;
        _account = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == id, cancellationToken);
        if (_account is not { IsActive: true })
        {
            throw new ForbiddenException("Your account is not set up in this service, or it has been closed. Ask the SEND team's administrator.");
        }

        return _account;
    }

    public async Task<bool> CanSeeAsync(Guid placementRequestId, CancellationToken cancellationToken)
    {
        var account = await AccountAsync(cancellationToken);
        return await Visible(db.PlacementRequests.AsNoTracking(), account).AnyAsync(p => p.Id == new PlacementRequestId(placementRequestId), cancellationToken);
    }

    /// <summary>The cases among <paramref name="cases"/> that <paramref name="account"/> may see.</summary>
    public IQueryable<PlacementRequest> Visible(IQueryable<PlacementRequest> cases, UserAccount account)
    {
        ArgumentNullException.ThrowIfNull(account);
        switch (account.Role)
        {
            case Role.Auditor:
            case Role.PanelMember:
            case Role.PanelChair:
                return cases;
            case Role.SendOfficer:
            case Role.TeamManager:
                var team = account.Team;
                var me = account.Id;
                return cases.Where(p => p.AssignedOfficerId == me
                                        || (team != null && db.Users.Any(u => u.Id == p.AssignedOfficerId && u.Team == team)));
            case Role.Family:
                var children = account.ChildLinks.Select(l => l.ChildId).ToList();
                return cases.Where(p => children.Contains(p.ChildId));
            default:
                return cases.Where(_ => false);
        }
    }
}
