using Microsoft.EntityFrameworkCore;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Persistence;
using PanelCaseManager.Domain.Children;
using PanelCaseManager.Domain.PlacementRequests;
using PanelCaseManager.Domain.Users;

namespace PanelCaseManager.Application.Security;

/// <summary>
/// Which cases and panels a user may see, in one place: SEND officers and team managers the cases of their team (a
/// case belongs to its assigned officer's team) and every panel; panel members and chairs the panels they sit on and
/// the cases on those panels' agendas, though not the papers of a case they declared a conflict of interest in;
/// auditors everything;
/// a family only the cases of children linked to them; administrators no case.
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

    /// <summary>True when the user is a panel member or chair who declared a conflict of interest in the case.</summary>
    public async Task<bool> IsConflictedAsync(Guid placementRequestId, CancellationToken cancellationToken)
    {
        var account = await AccountAsync(cancellationToken);
        if (account.Role is not (Role.PanelMember or Role.PanelChair))
        {
            return false;
        }

        var me = account.Id;
        var caseId = new PlacementRequestId(placementRequestId);
        return await db.PanelMeetings.AsNoTracking().AnyAsync(m => m.Conflicts.Any(c => c.MemberId == me && c.PlacementRequestId == caseId), cancellationToken);
    }

    public async Task<bool> CanSeePanelAsync(Guid panelId, CancellationToken cancellationToken)
    {
        var account = await AccountAsync(cancellationToken);
        var panels = db.PanelMeetings.AsNoTracking().Where(m => m.Id == panelId);
        var me = account.Id;
        return account.Role switch
        {
            Role.SendOfficer or Role.TeamManager or Role.Auditor => await panels.AnyAsync(cancellationToken),
            Role.PanelMember or Role.PanelChair => await panels.AnyAsync(m => m.ChairId == me || m.Seats.Any(s => s.UserId == me), cancellationToken),
            _ => false,
        };
    }

    public async Task<Guid?> CaseOfDecisionAsync(Guid decisionId, CancellationToken cancellationToken) =>
        await db.PanelDecisions.AsNoTracking().Where(d => d.Id == decisionId).Select(d => (Guid?)d.PlacementRequestId.Value).SingleOrDefaultAsync(cancellationToken);

    public async Task<Guid?> CaseOfLetterAsync(Guid letterId, CancellationToken cancellationToken) =>
        await db.IssuedLetters.AsNoTracking().Where(l => l.Id == letterId).Select(l => (Guid?)l.PlacementRequestId.Value).SingleOrDefaultAsync(cancellationToken);

    /// <summary>The cases among <paramref name="cases"/> that <paramref name="account"/> may see.</summary>
    public IQueryable<PlacementRequest> Visible(IQueryable<PlacementRequest> cases, UserAccount account)
    {
        ArgumentNullException.ThrowIfNull(account);
        switch (account.Role)
        {
            case Role.Auditor:
                return cases;
            case Role.PanelMember:
            case Role.PanelChair:
                var member = account.Id;
                return cases.Where(p => db.PanelMeetings.Any(m =>
                    (m.ChairId == member || m.Seats.Any(s => s.UserId == member))
                    && m.Agenda.Any(a => a.PlacementRequestId == p.Id)));
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
