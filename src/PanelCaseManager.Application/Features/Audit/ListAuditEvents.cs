using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PanelCaseManager.Application.Audit;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Persistence;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Domain.Common;

namespace PanelCaseManager.Application.Features.Audit;

/// <summary>
/// An auditor reads the audit events of one case or one panel, newest first, a page at a time, each said in words
/// with who acted by name — only reads of personal data, only actions or only sign-ins, of one person, in a
/// period. For a whole period, or to keep them, <see cref="ExportAuditEvents"/> streams them as a file.
/// </summary>
public static class ListAuditEvents
{
    public const int PageSize = 50;

    /// <param name="Kind">read, command or sign-in (<see cref="AuditKinds"/>); every kind when null.</param>
    /// <param name="UserId">Only the events of this person.</param>
    /// <param name="From">First day, inclusive, in England.</param>
    /// <param name="To">Last day, inclusive, in England.</param>
    [RequiresPolicy(Policies.Audit)]
    public sealed record Query(Guid? CaseId, Guid? PanelId, int? Page, string? Kind = null, string? UserId = null, DateOnly? From = null, DateOnly? To = null)
        : IQuery<PagedResult<EventView>>, IReadsAuditTrail;

    /// <param name="Action">The request as the trail names it ("GetPlacementRequest.Query").</param>
    /// <param name="What">What happened, in words ("Read the case").</param>
    /// <param name="OutcomeText">How an attempt that did not succeed ended, in words; null when it succeeded.</param>
    public sealed record EventView(
        long Sequence, DateTimeOffset OccurredAt, string UserId, string UserName, string? Role, string Action, string What, string Kind, string Outcome, string? OutcomeText);

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator()
        {
            RuleFor(q => q).Must(q => q.CaseId is not null || q.PanelId is not null).OverridePropertyName("caseId")
                .WithMessage("Say which case or panel to read the audit events of.");
            RuleFor(q => q.Page).GreaterThanOrEqualTo(1).WithMessage("Pages are numbered from 1.");
            RuleFor(q => q.Kind)
                .Must(k => AuditActions.Kinds.Any(known => known.Kind == k))
                .WithMessage("Choose reads, actions or sign-ins.")
                .When(q => q.Kind is not null);
            RuleFor(q => q.UserId).MaximumLength(PanelDbContext.UserIdMaxLength).WithMessage("That is not a person's id.");
            RuleFor(q => q.To)
                .GreaterThanOrEqualTo(q => q.From).WithMessage("The end of the period cannot be before its start.")
                .When(q => q.From is not null && q.To is not null);
        }
    }

    public sealed class Handler(PanelDbContext db) : IQueryHandler<Query, PagedResult<EventView>>
    {
        public async ValueTask<PagedResult<EventView>> Handle(Query query, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(query);
            var events = AuditScope.Of(db, query.CaseId, query.PanelId);
            if (query.Kind is { } kind)
            {
                events = events.Where(e => e.Kind == kind);
            }

            if (!string.IsNullOrWhiteSpace(query.UserId))
            {
                var userId = query.UserId.Trim();
                events = events.Where(e => e.UserId == userId);
            }

            if (query.From is { } from)
            {
                var start = LondonTime.InstantOf(from, TimeOnly.MinValue);
                events = events.Where(e => e.OccurredAt >= start);
            }

            if (query.To is { } to)
            {
                var end = LondonTime.InstantOf(to.AddDays(1), TimeOnly.MinValue);
                events = events.Where(e => e.OccurredAt < end);
            }

            var page = query.Page ?? 1;
            var total = await events.CountAsync(cancellationToken);
            var rows = await events.OrderByDescending(e => e.Sequence)
                .Skip(Paging.RowsBefore(page, PageSize)).Take(PageSize)
                .Select(e => new { e.Sequence, e.OccurredAt, e.UserId, e.Role, e.Action, e.Kind, e.Outcome })
                .ToListAsync(cancellationToken);
            var ids = rows.Select(r => new Domain.Users.UserId(r.UserId)).Distinct().ToList();
            var names = await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id.Value, u => u.DisplayName, cancellationToken);
            var items = rows.Select(r => new EventView(
                    r.Sequence, r.OccurredAt, r.UserId, names.GetValueOrDefault(r.UserId, r.UserId), r.Role, r.Action, AuditActions.Describe(r.Action), r.Kind, r.Outcome,
                    AuditActions.DescribeOutcome(r.Outcome)))
                .ToList();
            return new PagedResult<EventView>(items, page, PageSize, total);
        }
    }
}

/// <summary>The events about one case or one panel.</summary>
internal static class AuditScope
{
    public static IQueryable<AuditEvent> Of(PanelDbContext db, Guid? caseId, Guid? panelId)
    {
        var events = db.AuditEvents.AsNoTracking();
        if (caseId is { } c)
        {
            // A list read that returned the case is about it too (ADR 0007).
            events = events.AboutCase(c);
        }

        if (panelId is { } p)
        {
            events = events.Where(e => e.PanelId == p);
        }

        return events;
    }
}
