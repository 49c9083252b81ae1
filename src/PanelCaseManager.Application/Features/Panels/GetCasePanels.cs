using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Persistence;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Domain.Panels;
using PanelCaseManager.Domain.PlacementRequests;

namespace PanelCaseManager.Application.Features.Panels;

/// <summary>
/// A case at panel: every meeting whose agenda it went on (when, whether late, when its papers froze, the draft and
/// the decision there) and every decision recorded on it, with the one that stands.
/// </summary>
public static class GetCasePanels
{
    [RequiresPolicy(Policies.ReadCases)]
    public sealed record Query(Guid PlacementRequestId) : IQuery<CasePanels>, ICaseScoped;

    public sealed record CasePanels(Guid PlacementRequestId, IReadOnlyList<Appearance> Meetings, IReadOnlyList<DecisionSummary> Decisions)
    {
        /// <summary>The meeting where the case waits for a decision, if any.</summary>
        public Appearance? Undecided => Meetings.FirstOrDefault(m => m.DecisionId is null);

        /// <summary>The signed-off decision that stands for the case: the latest correction of the latest meeting's decision.</summary>
        public DecisionSummary? Standing => Decisions.LastOrDefault(d => d.Stands);
    }

    /// <param name="DraftDecisionId">The decision being drafted there, not yet signed off.</param>
    /// <param name="DecisionId">The signed-off decision that stands at that meeting.</param>
    public sealed record Appearance(
        Guid PanelId,
        string Title,
        DateOnly MeetingDate,
        DateTimeOffset CutOffAt,
        int Position,
        bool AddedAfterCutOff,
        string? LateReason,
        DateTimeOffset? PapersFrozenAt,
        Guid? DraftDecisionId,
        Guid? DecisionId);

    public sealed record DecisionSummary(
        Guid Id,
        Guid PanelId,
        DateOnly MeetingDate,
        DecisionStatus Status,
        DecisionOutcome Outcome,
        DateTimeOffset RecordedAt,
        DateTimeOffset? SignedOffAt,
        Guid? SupersedesDecisionId,
        bool Stands);

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator() => RuleFor(q => q.PlacementRequestId).NotEmpty().WithMessage("Give the id of the placement request.");
    }

    public sealed class Handler(PanelDbContext db) : IQueryHandler<Query, CasePanels>
    {
        public async ValueTask<CasePanels> Handle(Query query, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(query);
            var caseId = new PlacementRequestId(query.PlacementRequestId);
            if (!await db.PlacementRequests.AnyAsync(p => p.Id == caseId, cancellationToken))
            {
                throw new NotFoundException("Placement request", query.PlacementRequestId);
            }

            var meetings = await db.PanelMeetings.AsNoTracking().AsSplitQuery()
                .Where(m => m.Agenda.Any(a => a.PlacementRequestId == caseId))
                .OrderBy(m => m.MeetingDate).ThenBy(m => m.ScheduledAt)
                .ToListAsync(cancellationToken);
            var frozen = await db.CasePacks.AsNoTracking().Where(p => p.PlacementRequestId == caseId)
                .Select(p => new { p.PanelMeetingId, p.FrozenAt })
                .ToDictionaryAsync(p => p.PanelMeetingId, p => p.FrozenAt, cancellationToken);
            var appearances = meetings.Select(m =>
            {
                var item = m.AgendaItemFor(caseId)!;
                return new Appearance(m.Id, m.Title, m.MeetingDate, m.CutOffAt, item.Position, item.AddedAfterCutOff, item.LateReason,
                    frozen.TryGetValue(m.Id, out var at) ? at : null, item.DraftDecisionId, item.DecisionId);
            }).ToList();

            var decisions = await db.PanelDecisions.AsNoTracking().Where(d => d.PlacementRequestId == caseId)
                .Select(d => new { d.Id, d.PanelMeetingId, d.Status, d.Outcome, d.RecordedAt, d.SignedOffAt, d.SupersedesDecisionId })
                .ToListAsync(cancellationToken);
            var superseded = decisions.Where(d => d.Status == DecisionStatus.SignedOff && d.SupersedesDecisionId is not null)
                .Select(d => d.SupersedesDecisionId!.Value)
                .ToHashSet();
            var dates = meetings.ToDictionary(m => m.Id, m => m.MeetingDate);
            var summaries = decisions
                .Select(d => new DecisionSummary(d.Id, d.PanelMeetingId, dates[d.PanelMeetingId], d.Status, d.Outcome, d.RecordedAt, d.SignedOffAt,
                    d.SupersedesDecisionId, d.Status == DecisionStatus.SignedOff && !superseded.Contains(d.Id)))
                .OrderBy(d => d.MeetingDate).ThenBy(d => d.RecordedAt)
                .ToList();
            return new CasePanels(query.PlacementRequestId, appearances, summaries);
        }
    }
}
