using Mediator;
using Microsoft.EntityFrameworkCore;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Persistence;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Domain.Common;
using PanelCaseManager.Domain.Panels;
using PanelCaseManager.Domain.PlacementRequests;
using PanelCaseManager.Domain.Users;

namespace PanelCaseManager.Application.Features.Timeliness;

/// <summary>
/// What is waiting for the signed-in user today, as counts for their home page, each the count of a list they can
/// open: an officer's overdue and due-soon cases and decided cases whose letter is not issued; a team manager's
/// team's; an auditor's decisions of the last weeks; an administrator's family members linked to no child. Only what the reader
/// may open is counted (docs/adr/0185): another team's cases never are. Counts only, no case's content.
/// </summary>
public static class GetWaitingWork
{
    /// <summary>How far back an auditor's home counts decisions recorded.</summary>
    public const int RecentDecisionDays = 28;

    [RequiresPolicy(Policies.SignedIn)]
    [ReadsNoPersonalData]
    public sealed record Query : IQuery<Waiting>;

    /// <summary>Each count is null where it is not the reader's work.</summary>
    /// <param name="MyOverdue">Cases held by the reader with an open deadline past its date.</param>
    /// <param name="MyDueSoon">Cases held by the reader whose next deadline falls within <paramref name="DueSoonDays"/> days, none overdue.</param>
    /// <param name="MyLettersToIssue">Decided cases held by the reader with a signed-off decision and no letter.</param>
    /// <param name="TeamOverdue">For a team manager: the team's cases with an open deadline past its date.</param>
    /// <param name="TeamDueSoon">For a team manager: the team's cases due soon.</param>
    /// <param name="TeamLettersToIssue">For a team manager: the team's decided cases whose letter is not issued.</param>
    /// <param name="RecentDecisions">For an auditor: decisions recorded in the last <see cref="RecentDecisionDays"/> days, from <paramref name="RecentSince"/>.</param>
    /// <param name="FamilyMembersNotLinked">For an administrator: active family accounts linked to no child yet, who see nothing until they are.</param>
    public sealed record Waiting(
        DateOnly Today,
        int DueSoonDays,
        int? MyOverdue,
        int? MyDueSoon,
        int? MyLettersToIssue,
        int? TeamOverdue,
        int? TeamDueSoon,
        int? TeamLettersToIssue,
        int? RecentDecisions,
        DateOnly? RecentSince,
        int? FamilyMembersNotLinked);

    public sealed class Handler(PanelDbContext db, CaseAccess access, TimelinessRules rules, TimeProvider clock) : IQueryHandler<Query, Waiting>
    {
        public async ValueTask<Waiting> Handle(Query query, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(query);
            var today = UkCalendar.Today(clock);
            var account = await access.AccountAsync(cancellationToken);
            var waiting = new Waiting(today, rules.Worklist.DueSoonDays, null, null, null, null, null, null, null, null, null);
            switch (account.Role)
            {
                case Role.SendOfficer or Role.TeamManager:
                {
                    var visible = access.Visible(db.PlacementRequests.AsNoTracking(), account);
                    var me = account.Id;
                    var mine = visible.Where(p => p.AssignedOfficerId == me);
                    waiting = waiting with
                    {
                        MyOverdue = await OverdueAsync(mine, today, cancellationToken),
                        MyDueSoon = await DueSoonAsync(mine, today, cancellationToken),
                        MyLettersToIssue = await LettersToIssueAsync(mine, cancellationToken),
                    };
                    if (account.Role == Role.TeamManager)
                    {
                        waiting = waiting with
                        {
                            TeamOverdue = await OverdueAsync(visible, today, cancellationToken),
                            TeamDueSoon = await DueSoonAsync(visible, today, cancellationToken),
                            TeamLettersToIssue = await LettersToIssueAsync(visible, cancellationToken),
                        };
                    }

                    break;
                }

                case Role.Auditor:
                {
                    var since = today.AddDays(-RecentDecisionDays);
                    var start = LondonTime.InstantOf(since, TimeOnly.MinValue);
                    waiting = waiting with
                    {
                        RecentDecisions = await db.PanelDecisions.AsNoTracking().CountAsync(d => d.RecordedAt >= start, cancellationToken),
                        RecentSince = since,
                    };
                    break;
                }

                case Role.Administrator:
                    waiting = waiting with
                    {
                        FamilyMembersNotLinked = await db.Users.AsNoTracking()
                            .CountAsync(u => u.IsActive && u.Role == Role.Family && !u.ChildLinks.Any(), cancellationToken),
                    };
                    break;
            }

            return waiting;
        }

        private Task<int> OverdueAsync(IQueryable<PlacementRequest> cases, DateOnly today, CancellationToken cancellationToken) =>
            cases.CountAsync(p => db.CaseMilestones.Where(m => m.PlacementRequestId == p.Id && m.IsOpen).Min(m => m.DueDate) < today, cancellationToken);

        private Task<int> DueSoonAsync(IQueryable<PlacementRequest> cases, DateOnly today, CancellationToken cancellationToken)
        {
            var until = CaseDeadlines.DueSoonUntil(rules.Worklist, today);
            return cases.CountAsync(p => db.CaseMilestones.Where(m => m.PlacementRequestId == p.Id && m.IsOpen).Min(m => m.DueDate) >= today && db.CaseMilestones.Where(m => m.PlacementRequestId == p.Id && m.IsOpen).Min(m => m.DueDate) <= until, cancellationToken);
        }

        /// <summary>Decided cases: the caseload's "Decided" stage shows the same cases, as a decided case's letter moves it on when issued.</summary>
        private Task<int> LettersToIssueAsync(IQueryable<PlacementRequest> cases, CancellationToken cancellationToken) =>
            CaseDeadlines.WithoutLetter(db, cases).Select(d => d.PlacementRequestId).Distinct().CountAsync(cancellationToken);
    }
}
