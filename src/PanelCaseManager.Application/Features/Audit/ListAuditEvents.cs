using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PanelCaseManager.Application.Audit;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Persistence;
using PanelCaseManager.Application.Security;

namespace PanelCaseManager.Application.Features.Audit;

/// <summary>
/// An auditor reads the audit events of one case or one panel, newest first, a page at a time, with who acted by
/// name. For a whole period, or to keep them, <see cref="ExportAuditEvents"/> streams them as a file.
/// </summary>
public static class ListAuditEvents
{
    public const int PageSize = 50;

    [RequiresPolicy(Policies.Audit)]
    public sealed record Query(Guid? CaseId, Guid? PanelId, int? Page) : IQuery<PagedResult<EventView>>, IReadsAuditTrail;

    public sealed record EventView(long Sequence, DateTimeOffset OccurredAt, string UserId, string UserName, string? Role, string Action, string Kind, string Outcome);

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator()
        {
            RuleFor(q => q).Must(q => q.CaseId is not null || q.PanelId is not null).OverridePropertyName("caseId")
                .WithMessage("Say which case or panel to read the audit events of.");
            RuleFor(q => q.Page).GreaterThanOrEqualTo(1).WithMessage("Pages are numbered from 1.");
        }
    }

    public sealed class Handler(PanelDbContext db) : IQueryHandler<Query, PagedResult<EventView>>
    {
        public async ValueTask<PagedResult<EventView>> Handle(Query query, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(query);
            var events = db.AuditEvents.AsNoTracking();
            if (query.CaseId is { } caseId)
            {
                events = events.AboutCase(caseId);
            }

            if (query.PanelId is { } panelId)
            {
                events = events.Where(e => e.PanelId == panelId);
            }

            var page = query.Page ?? 1;
            var total = await events.CountAsync(cancellationToken);
            var rows = await events.OrderByDescending(e => e.Sequence)
                .Skip(Paging.RowsBefore(page, PageSize)).Take(PageSize)
                .Select(e => new { e.Sequence, e.OccurredAt, e.UserId, e.Role, e.Action, e.Kind, e.Outcome })
                .ToListAsync(cancellationToken);
            var ids = rows.Select(r => new Domain.Users.UserId(r.UserId)).Distinct().ToList();
            var names = await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id.Value, u => u.DisplayName, cancellationToken);
            var items = rows.Select(r => new EventView(r.Sequence, r.OccurredAt, r.UserId, names.GetValueOrDefault(r.UserId, r.UserId), r.Role, r.Action, r.Kind, r.Outcome)).ToList();
            return new PagedResult<EventView>(items, page, PageSize, total);
        }
    }
}
