using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Persistence;
using PanelCaseManager.Application.Security;

namespace PanelCaseManager.Application.Features.Audit;

/// <summary>The people who appear in a case's or a panel's audit events, by name, to filter the events by.</summary>
public static class ListAuditActors
{
    [RequiresPolicy(Policies.Audit)]
    public sealed record Query(Guid? CaseId, Guid? PanelId) : IQuery<IReadOnlyList<Actor>>, IReadsAuditTrail;

    /// <param name="Role">The role they acted in, as the trail recorded it, the latest when it changed.</param>
    public sealed record Actor(string UserId, string Name, string? Role);

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator() =>
            RuleFor(q => q).Must(q => q.CaseId is not null || q.PanelId is not null).OverridePropertyName("caseId")
                .WithMessage("Say which case or panel to read the audit events of.");
    }

    public sealed class Handler(PanelDbContext db) : IQueryHandler<Query, IReadOnlyList<Actor>>
    {
        public async ValueTask<IReadOnlyList<Actor>> Handle(Query query, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(query);
            var actors = await AuditScope.Of(db, query.CaseId, query.PanelId)
                .GroupBy(e => e.UserId)
                .Select(g => new { UserId = g.Key, Latest = g.Max(e => e.Sequence) })
                .ToListAsync(cancellationToken);
            var latest = actors.Select(a => a.Latest).ToList();
            var roles = await db.AuditEvents.AsNoTracking().Where(e => latest.Contains(e.Sequence))
                .ToDictionaryAsync(e => e.UserId, e => e.Role, cancellationToken);
            var ids = actors.Select(a => new Domain.Users.UserId(a.UserId)).ToList();
            var names = await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id.Value, u => u.DisplayName, cancellationToken);
            return actors
                .Select(a => new Actor(a.UserId, names.GetValueOrDefault(a.UserId, a.UserId), roles.GetValueOrDefault(a.UserId)))
                .OrderBy(a => a.Name, StringComparer.OrdinalIgnoreCase)
                .ToList();
        }
    }
}
