using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Persistence;
using PanelCaseManager.Domain.Children;
using PanelCaseManager.Domain.Common;
using PanelCaseManager.Domain.PlacementRequests;
using PanelCaseManager.Domain.Users;

namespace PanelCaseManager.Application.Security;

/// <summary>
/// Which cases and panels a user may see, in one place (docs/adr/0185). SEND officers and team managers: the cases of
/// their team (a case belongs to its assigned officer's team) and every panel. Panel members and chairs: the panels
/// they sit on, and the cases on those panels' agendas only through the panel — the frozen papers, the views, the
/// decision — until <see cref="AccessOptions.PanelPapersDaysAfterMeeting"/> days after the meeting, never the live case,
/// and nothing of a case they declared a conflict of interest in. Auditors: everything. A family: the cases of the
/// children linked to them. Administrators: no case. What a user may not see is "not found", whatever the reason.
/// </summary>
public sealed class CaseAccess(PanelDbContext db, ICurrentUser currentUser, IOptions<AccessOptions> options, TimeProvider clock)
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

    private static bool SitsOnPanels(UserAccount account) => account.Role is Role.PanelMember or Role.PanelChair;

    /// <summary>
    /// Whether the user may reach the case: the live case itself, or — given the meeting a request goes through
    /// (<see cref="IThroughPanel"/>) — the case as that panel has it. Panel members and chairs need the meeting; when
    /// <paramref name="papersFrozen"/> they also need the case's papers to be frozen there (reads never show them the
    /// live case as a preview).
    /// </summary>
    public async Task<bool> CanReachCaseAsync(Guid placementRequestId, Guid? throughPanelId, bool papersFrozen, CancellationToken cancellationToken)
    {
        var account = await AccountAsync(cancellationToken);
        if (!SitsOnPanels(account))
        {
            return await CanSeeAsync(placementRequestId, cancellationToken);
        }

        return throughPanelId is { } panelId && await OnTheirPanelAsync(account, panelId, new PlacementRequestId(placementRequestId), papersFrozen, cancellationToken);
    }

    /// <summary>Whether the user may read the live case: its child, family contact, evidence, deadlines and history.</summary>
    public async Task<bool> CanSeeAsync(Guid placementRequestId, CancellationToken cancellationToken)
    {
        var account = await AccountAsync(cancellationToken);
        return await Visible(db.PlacementRequests.AsNoTracking(), account).AnyAsync(p => p.Id == new PlacementRequestId(placementRequestId), cancellationToken);
    }

    /// <summary>Whether the user may read a case of the child: only then may a request name the child.</summary>
    public async Task<bool> CanSeeChildAsync(Guid childId, CancellationToken cancellationToken)
    {
        var account = await AccountAsync(cancellationToken);
        return await Visible(db.PlacementRequests.AsNoTracking(), account).AnyAsync(p => p.ChildId == new ChildId(childId), cancellationToken);
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

    /// <summary>
    /// The cases of a meeting's agenda the user may read there in full (the others are shown as a reference only):
    /// their own team's for officers, all for auditors, and for the meeting's members and chair every case they are
    /// not conflicted in, until the papers close.
    /// </summary>
    public async Task<IReadOnlySet<PlacementRequestId>> ReadableOnPanelAsync(Guid panelId, DateOnly meetingDate, IReadOnlyCollection<PlacementRequestId> agenda, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(agenda);
        var account = await AccountAsync(cancellationToken);
        if (SitsOnPanels(account))
        {
            if (!PanelPapersOpen(meetingDate))
            {
                return new HashSet<PlacementRequestId>();
            }

            var me = account.Id;
            var conflicted = await db.PanelMeetings.AsNoTracking()
                .SelectMany(m => m.Conflicts)
                .Where(c => c.MemberId == me && agenda.Contains(c.PlacementRequestId))
                .Select(c => c.PlacementRequestId)
                .ToListAsync(cancellationToken);
            return agenda.Except(conflicted).ToHashSet();
        }

        var visible = await Visible(db.PlacementRequests.AsNoTracking(), account)
            .Where(p => agenda.Contains(p.Id))
            .Select(p => p.Id)
            .ToListAsync(cancellationToken);
        return visible.ToHashSet();
    }

    /// <summary>The decision's meeting and case, or null for a decision that does not exist.</summary>
    public async Task<(Guid PanelId, Guid CaseId)?> DecisionAsync(Guid decisionId, CancellationToken cancellationToken) =>
        await db.PanelDecisions.AsNoTracking().Where(d => d.Id == decisionId)
            .Select(d => new { d.PanelMeetingId, d.PlacementRequestId })
            .SingleOrDefaultAsync(cancellationToken) is { } decision
            ? (decision.PanelMeetingId, decision.PlacementRequestId.Value)
            : null;

    public async Task<Guid?> CaseOfDecisionAsync(Guid decisionId, CancellationToken cancellationToken) =>
        await db.PanelDecisions.AsNoTracking().Where(d => d.Id == decisionId).Select(d => (Guid?)d.PlacementRequestId.Value).SingleOrDefaultAsync(cancellationToken);

    public async Task<Guid?> CaseOfLetterAsync(Guid letterId, CancellationToken cancellationToken) =>
        await db.IssuedLetters.AsNoTracking().Where(l => l.Id == letterId).Select(l => (Guid?)l.PlacementRequestId.Value).SingleOrDefaultAsync(cancellationToken);

    public async Task<Guid?> CaseOfReferenceAsync(string? reference, CancellationToken cancellationToken) =>
        CaseReference.TryParse(reference, out var parsed)
            ? await db.PlacementRequests.AsNoTracking().Where(p => p.Reference == parsed!).Select(p => (Guid?)p.Id.Value).SingleOrDefaultAsync(cancellationToken)
            : null;

    /// <summary>The live cases among <paramref name="cases"/> that <paramref name="account"/> may see: none for panel members and chairs.</summary>
    public IQueryable<PlacementRequest> Visible(IQueryable<PlacementRequest> cases, UserAccount account)
    {
        ArgumentNullException.ThrowIfNull(account);
        switch (account.Role)
        {
            case Role.Auditor:
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

    /// <summary>The officers and managers a user may act for or look at: themselves and their team's.</summary>
    public IQueryable<UserAccount> TeamOfficers(UserAccount account)
    {
        ArgumentNullException.ThrowIfNull(account);
        var team = account.Team;
        var me = account.Id;
        return db.Users.AsNoTracking().Where(u => (u.Role == Role.SendOfficer || u.Role == Role.TeamManager)
                                                  && (u.Id == me || (team != null && u.Team == team)));
    }

    /// <summary>Whether a meeting's cases are still open to its members and chair, or closed some time after it was held.</summary>
    public bool PanelPapersOpen(DateOnly meetingDate) => meetingDate >= LastOpenMeetingDate();

    /// <summary>Meetings held before this date are closed to their members and chair.</summary>
    private DateOnly LastOpenMeetingDate() => UkCalendar.Today(clock).AddDays(-options.Value.PanelPapersDaysAfterMeeting);

    private async Task<bool> OnTheirPanelAsync(UserAccount account, Guid panelId, PlacementRequestId caseId, bool papersFrozen, CancellationToken cancellationToken)
    {
        var me = account.Id;
        var openFrom = LastOpenMeetingDate();
        var onAgenda = await db.PanelMeetings.AsNoTracking().AnyAsync(
            m => m.Id == panelId
                 && (m.ChairId == me || m.Seats.Any(s => s.UserId == me))
                 && m.MeetingDate >= openFrom
                 && m.Agenda.Any(a => a.PlacementRequestId == caseId),
            cancellationToken);
        if (!onAgenda)
        {
            return false;
        }

        if (papersFrozen && !await db.CasePacks.AsNoTracking().AnyAsync(p => p.PanelMeetingId == panelId && p.PlacementRequestId == caseId, cancellationToken))
        {
            return false;
        }

        // A member who declared a conflict of interest takes no part in the case, at this meeting or any other.
        return !await db.PanelMeetings.AsNoTracking().AnyAsync(m => m.Conflicts.Any(c => c.MemberId == me && c.PlacementRequestId == caseId), cancellationToken);
    }
}
