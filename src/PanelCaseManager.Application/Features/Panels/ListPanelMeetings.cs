using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PanelCaseManager.Application.Persistence;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Domain.Panels;
using PanelCaseManager.Domain.Users;

namespace PanelCaseManager.Application.Features.Panels;

/// <summary>
/// Panel meetings between two dates, soonest first, with how many cases each has and how many are decided. Panel
/// members and chairs see only the meetings they sit on.
/// </summary>
public static class ListPanelMeetings
{
    public const int MaximumDays = 366;

    [RequiresPolicy(Policies.ReadCases)]
    public sealed record Query(DateOnly? From, DateOnly? To) : IQuery<IReadOnlyList<Summary>>;

    public sealed record Summary(Guid Id, string Title, DateOnly MeetingDate, string? Location, DateTimeOffset CutOffAt, string ChairId, string ChairName, int Cases, int Decided);

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

    public sealed class Handler(PanelDbContext db, CaseAccess access, TimeProvider clock) : IQueryHandler<Query, IReadOnlyList<Summary>>
    {
        public async ValueTask<IReadOnlyList<Summary>> Handle(Query query, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(query);
            var from = query.From ?? Domain.Common.UkCalendar.Today(clock).AddDays(-30);
            var to = query.To ?? from.AddDays(MaximumDays);
            var account = await access.AccountAsync(cancellationToken);
            var meetings = db.PanelMeetings.AsNoTracking().Where(m => m.MeetingDate >= from && m.MeetingDate <= to);
            if (account.Role is Role.PanelMember or Role.PanelChair)
            {
                var me = account.Id;
                meetings = meetings.Where(m => m.ChairId == me || m.Seats.Any(s => s.UserId == me));
            }

            var rows = await meetings
                .OrderBy(m => m.MeetingDate).ThenBy(m => m.Title)
                .Select(m => new
                {
                    m.Id,
                    m.Title,
                    m.MeetingDate,
                    m.Location,
                    m.CutOffAt,
                    m.ChairId,
                    ChairName = m.Seats.Where(s => s.Role == PanelRole.Chair).Select(s => s.DisplayName).FirstOrDefault(),
                    Cases = m.Agenda.Count,
                    Decided = m.Agenda.Count(a => a.DecisionId != null),
                })
                .ToListAsync(cancellationToken);
            return rows.Select(m => new Summary(m.Id, m.Title, m.MeetingDate, m.Location, m.CutOffAt, m.ChairId.Value, m.ChairName ?? m.ChairId.Value, m.Cases, m.Decided))
                .ToList();
        }
    }
}
