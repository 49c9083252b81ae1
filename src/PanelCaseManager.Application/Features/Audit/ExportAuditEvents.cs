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
/// An auditor exports the audit events of a case, a panel or a period. The events are streamed from the database as
/// the response is written, so a year of events never sits in memory.
/// </summary>
public static class ExportAuditEvents
{
    public static readonly IReadOnlyList<string> Formats = ["csv", "jsonl"];

    /// <param name="From">First day, inclusive, in England.</param>
    /// <param name="To">Last day, inclusive, in England.</param>
    /// <param name="Format">csv or jsonl.</param>
    [RequiresPolicy(Policies.Audit)]
    public sealed record Query(Guid? CaseId, Guid? PanelId, DateOnly? From, DateOnly? To, string? Format) : IQuery<Export>, IReadsAuditTrail;

    public sealed record Export(string Format, IAsyncEnumerable<EventView> Events);

    public sealed record EventView(
        long Sequence,
        DateTimeOffset OccurredAt,
        string UserId,
        string? Role,
        string Action,
        string Kind,
        Guid? CaseId,
        Guid? PanelId,
        string Outcome,
        string PreviousHash,
        string Hash,
        string? KeyId,
        string? ReturnedCaseIds);

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator()
        {
            RuleFor(q => q.Format)
                .NotEmpty().WithMessage("Choose the format: csv or jsonl.")
                .Must(f => Formats.Contains(f)).WithMessage("Unknown format. Use csv or jsonl.")
                .When(q => q.Format is not null, ApplyConditionTo.CurrentValidator);
            RuleFor(q => q.To)
                .GreaterThanOrEqualTo(q => q.From).WithMessage("The end of the period cannot be before its start.")
                .When(q => q.From is not null && q.To is not null);
        }
    }

    public sealed class Handler(PanelDbContext db) : IQueryHandler<Query, Export>
    {
        public ValueTask<Export> Handle(Query query, CancellationToken cancellationToken)
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

            if (query.From is { } from)
            {
                var start = StartOfDayInEngland(from);
                events = events.Where(e => e.OccurredAt >= start);
            }

            if (query.To is { } to)
            {
                var end = StartOfDayInEngland(to.AddDays(1));
                events = events.Where(e => e.OccurredAt < end);
            }

            var stream = events.OrderBy(e => e.Sequence)
                .Select(e => new EventView(e.Sequence, e.OccurredAt, e.UserId, e.Role, e.Action, e.Kind, e.CaseId, e.PanelId, e.Outcome, e.PreviousHash, e.Hash, e.KeyId, e.ReturnedCaseIds))
                .AsAsyncEnumerable();
            return ValueTask.FromResult(new Export(query.Format ?? "jsonl", stream));
        }

        private static DateTimeOffset StartOfDayInEngland(DateOnly day)
        {
            var local = day.ToDateTime(TimeOnly.MinValue);
            return new DateTimeOffset(local, UkCalendar.London.GetUtcOffset(local));
        }
    }
}
