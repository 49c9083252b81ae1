using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PanelCaseManager.Application.Persistence;
using PanelCaseManager.Application.Security;

namespace PanelCaseManager.Application.Features.Panels;

/// <summary>Panel meetings between two dates, soonest first, with how many cases each has and how many are decided.</summary>
public static class ListPanelMeetings
{
    public const int MaximumDays = 366;

    [RequiresPolicy(Policies.ReadCases)]
    public sealed record Query(DateOnly? From, DateOnly? To) : IQuery<IReadOnlyList<Summary>>;

    public sealed record Summary(Guid Id, string Title, DateOnly MeetingDate, DateTimeOffset CutOffAt, string ChairId, int Cases, int Decided);

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator()
        {
            RuleFor(q => q.To).GreaterThanOrEqualTo(q => q.From).WithMessage("The end date cannot be before the start date.")
                .When(q => q.From is not null && q.To is not null);
            RuleFor(q => q)
                .Must(q => q.To!.Value.DayNumber - q.From!.Value.DayNumber <= MaximumDays)
                .OverridePropertyName("to")
                .WithMessage($"List at most {MaximumDays} days of meetings at once.")
                .When(q => q.From is not null && q.To is not null && q.To >= q.From);
        }
    }

    public sealed class Handler(PanelDbContext db, TimeProvider clock) : IQueryHandler<Query, IReadOnlyList<Summary>>
    {
        public async ValueTask<IReadOnlyList<Summary>> Handle(Query query, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(query);
            var from = query.From ?? Domain.Common.UkCalendar.Today(clock).AddDays(-30);
            var to = query.To ?? from.AddDays(MaximumDays);
            return await db.PanelMeetings.AsNoTracking()
                .Where(m => m.MeetingDate >= from && m.MeetingDate <= to)
                .OrderBy(m => m.MeetingDate).ThenBy(m => m.Title)
                .Select(m => new Summary(m.Id, m.Title, m.MeetingDate, m.CutOffAt, m.ChairId.Value, m.Agenda.Count, m.Agenda.Count(a => a.DecisionId != null)))
                .ToListAsync(cancellationToken);
        }
    }
}
