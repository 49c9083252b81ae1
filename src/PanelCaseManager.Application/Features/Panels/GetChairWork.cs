using Mediator;
using Microsoft.EntityFrameworkCore;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Persistence;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Domain.Common;
using PanelCaseManager.Domain.Panels;
using PanelCaseManager.Domain.PlacementRequests;

namespace PanelCaseManager.Application.Features.Panels;

/// <summary>
/// What waits for a chair, for their home page: the next meeting they chair (today or later: its date, how many
/// cases, whether the papers are frozen) and the drafted decisions of their own meetings that wait for their
/// sign-off. Only meetings the caller chairs; a case they declared a conflict of interest in, or one whose papers have
/// closed, is not counted or listed (<see cref="CaseAccess.ReadableOnPanelAsync"/>).
/// </summary>
public static class GetChairWork
{
    [RequiresPolicy(Policies.ChairPanels)]
    public sealed record Query : IQuery<Work>;

    public sealed record Work(NextMeeting? Next, IReadOnlyList<AwaitingSignOff> AwaitingSignOff) : IReturnsCases
    {
        /// <summary>The cases whose reference the chair was shown.</summary>
        IReadOnlyCollection<Guid> IReturnsCases.ReturnedCaseIds => AwaitingSignOff.Select(a => a.PlacementRequestId).Distinct().ToList();
    }

    /// <summary>The next meeting the caller chairs: how many cases they may read on it, and how many of those have frozen papers.</summary>
    public sealed record NextMeeting(Guid Id, string Title, DateOnly MeetingDate, string? Location, int Cases, int PapersFrozen, bool PastCutOff);

    public sealed record AwaitingSignOff(Guid PanelId, string PanelTitle, DateOnly MeetingDate, Guid PlacementRequestId, string Reference, DecisionOutcome Outcome, DateTimeOffset RecordedAt);

    public sealed class Handler(PanelDbContext db, CaseAccess access, TimeProvider clock) : IQueryHandler<Query, Work>
    {
        public async ValueTask<Work> Handle(Query query, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(query);
            var me = (await access.AccountAsync(cancellationToken)).Id;
            var today = UkCalendar.Today(clock);
            var chaired = await db.PanelMeetings.AsNoTracking().AsSplitQuery()
                .Where(m => m.ChairId == me)
                .Where(m => m.MeetingDate >= today || m.Agenda.Any(a => a.DraftDecisionId != null))
                .OrderBy(m => m.MeetingDate).ThenBy(m => m.Title)
                .ToListAsync(cancellationToken);

            NextMeeting? next = null;
            var awaiting = new List<(PanelMeeting Meeting, AgendaItem Item)>();
            foreach (var meeting in chaired)
            {
                var readable = await access.ReadableOnPanelAsync(meeting.Id, meeting.MeetingDate, meeting.Agenda.Select(a => a.PlacementRequestId).ToList(), cancellationToken);
                if (next is null && meeting.MeetingDate >= today)
                {
                    var frozen = await db.CasePacks.AsNoTracking().Where(p => p.PanelMeetingId == meeting.Id).Select(p => p.PlacementRequestId).ToListAsync(cancellationToken);
                    next = new NextMeeting(meeting.Id, meeting.Title, meeting.MeetingDate, meeting.Location, readable.Count,
                        frozen.Count(readable.Contains), meeting.IsPastCutOff(clock.GetUtcNow()));
                }

                awaiting.AddRange(meeting.Agenda.Where(a => a.DraftDecisionId is not null && readable.Contains(a.PlacementRequestId)).OrderBy(a => a.Position).Select(a => (meeting, a)));
            }

            var draftIds = awaiting.Select(a => a.Item.DraftDecisionId!.Value).ToList();
            var drafts = await db.PanelDecisions.AsNoTracking().Where(d => draftIds.Contains(d.Id))
                .Select(d => new { d.Id, d.Outcome, d.RecordedAt }).ToDictionaryAsync(d => d.Id, cancellationToken);
            var caseIds = awaiting.Select(a => a.Item.PlacementRequestId).ToList();
            var references = await db.PlacementRequests.AsNoTracking().Where(p => caseIds.Contains(p.Id))
                .Select(p => new { p.Id, p.Reference }).ToDictionaryAsync(p => p.Id, p => p.Reference.Value, cancellationToken);
            var list = awaiting
                .Where(a => drafts.ContainsKey(a.Item.DraftDecisionId!.Value))
                .Select(a =>
                {
                    var draft = drafts[a.Item.DraftDecisionId!.Value];
                    return new AwaitingSignOff(a.Meeting.Id, a.Meeting.Title, a.Meeting.MeetingDate, a.Item.PlacementRequestId.Value,
                        references[a.Item.PlacementRequestId], draft.Outcome, draft.RecordedAt);
                })
                .ToList();
            return new Work(next, list);
        }
    }
}
