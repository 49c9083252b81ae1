using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Persistence;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Domain.Common;
using PanelCaseManager.Domain.Panels;
using PanelCaseManager.Domain.PlacementRequests;

namespace PanelCaseManager.Application.Features.Audit;

/// <summary>
/// An auditor finds panel decisions by case reference, panel date, outcome or the period they were recorded in,
/// newest first, drafts and superseded decisions included (each says whether it stands).
/// </summary>
public static class FindDecisions
{
    public const int PageSize = 25;

    [RequiresPolicy(Policies.Audit)]
    public sealed record Query(string? CaseReference, DateOnly? PanelDate, DecisionOutcome? Outcome, DateOnly? From, DateOnly? To, int? Page) : IQuery<PagedResult<Row>>;

    /// <param name="Stands">Signed off and not corrected by a later signed-off decision.</param>
    public sealed record Row(
        Guid DecisionId,
        Guid PlacementRequestId,
        string CaseReference,
        Guid PanelId,
        string PanelTitle,
        DateOnly MeetingDate,
        DecisionOutcome Outcome,
        DecisionStatus Status,
        bool Stands,
        DateTimeOffset RecordedAt,
        DateTimeOffset? SignedOffAt) : ICaseScoped;

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator()
        {
            RuleFor(q => q.CaseReference)
                .Must(r => CaseReference.TryParse(r!.Trim(), out _)).WithMessage("A case reference looks like PR-2026-000123.")
                .When(q => !string.IsNullOrWhiteSpace(q.CaseReference));
            RuleFor(q => q.Outcome).IsInEnum().WithMessage("Choose an outcome from the list.");
            RuleFor(q => q.To).GreaterThanOrEqualTo(q => q.From).WithMessage("The end of the period cannot be before its start.")
                .When(q => q.From is not null && q.To is not null);
            RuleFor(q => q.Page).GreaterThanOrEqualTo(1).WithMessage("Pages are numbered from 1.");
        }
    }

    public sealed class Handler(PanelDbContext db) : IQueryHandler<Query, PagedResult<Row>>
    {
        public async ValueTask<PagedResult<Row>> Handle(Query query, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(query);
            var rows =
                from d in db.PanelDecisions.AsNoTracking()
                join m in db.PanelMeetings on d.PanelMeetingId equals m.Id
                join p in db.PlacementRequests on d.PlacementRequestId equals p.Id
                select new { Decision = d, Meeting = m, p.Reference };
            if (!string.IsNullOrWhiteSpace(query.CaseReference))
            {
                var reference = CaseReference.Parse(query.CaseReference.Trim());
                rows = rows.Where(r => r.Reference == reference);
            }

            if (query.PanelDate is { } panelDate)
            {
                rows = rows.Where(r => r.Meeting.MeetingDate == panelDate);
            }

            if (query.Outcome is { } outcome)
            {
                rows = rows.Where(r => r.Decision.Outcome == outcome);
            }

            if (query.From is { } from)
            {
                var start = LondonTime.InstantOf(from, TimeOnly.MinValue);
                rows = rows.Where(r => r.Decision.RecordedAt >= start);
            }

            if (query.To is { } to)
            {
                var end = LondonTime.InstantOf(to.AddDays(1), TimeOnly.MinValue);
                rows = rows.Where(r => r.Decision.RecordedAt < end);
            }

            var page = query.Page ?? 1;
            var total = await rows.CountAsync(cancellationToken);
            var items = await rows
                .OrderByDescending(r => r.Meeting.MeetingDate).ThenByDescending(r => r.Decision.Id)
                .Skip(Paging.RowsBefore(page, PageSize)).Take(PageSize)
                .Select(r => new Row(
                    r.Decision.Id,
                    r.Decision.PlacementRequestId.Value,
                    r.Reference.Value,
                    r.Meeting.Id,
                    r.Meeting.Title,
                    r.Meeting.MeetingDate,
                    r.Decision.Outcome,
                    r.Decision.Status,
                    r.Decision.Status == DecisionStatus.SignedOff
                    && !db.PanelDecisions.Any(later => later.SupersedesDecisionId == r.Decision.Id && later.Status == DecisionStatus.SignedOff),
                    r.Decision.RecordedAt,
                    r.Decision.SignedOffAt))
                .ToListAsync(cancellationToken);
            return new PagedResult<Row>(items, page, PageSize, total);
        }
    }
}
