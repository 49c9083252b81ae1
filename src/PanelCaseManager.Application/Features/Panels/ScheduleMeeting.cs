using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Features.Timeliness;
using PanelCaseManager.Application.Persistence;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Domain.Common;
using PanelCaseManager.Domain.Panels;
using PanelCaseManager.Domain.Users;

namespace PanelCaseManager.Application.Features.Panels;

/// <summary>
/// An officer schedules a panel meeting with its chair and members. The terms of reference in force on the date
/// give its quorum and its evidence cut-off, so many working days before the meeting (bank holidays excluded).
/// </summary>
public static class ScheduleMeeting
{
    public const int MaximumMembers = 20;

    [RequiresPolicy(Policies.ManageCases)]
    public sealed record Command(string? Title, DateOnly? MeetingDate, string? Location, string? ChairId, IReadOnlyList<string>? MemberIds)
        : ICommand<Result>, IIdempotentCommand
    {
        [System.Text.Json.Serialization.JsonIgnore]
        public string? IdempotencyKey { get; init; }
    }

    public sealed record Result(Guid Id, DateOnly MeetingDate, DateTimeOffset CutOffAt, int TermsOfReferenceNumber, int Version);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(PanelDbContext db, TimeProvider clock)
        {
            var today = UkCalendar.Today(clock);
            RuleFor(c => c.Title)
                .NotEmpty().WithMessage("Give the meeting a title, such as 'North locality panel'.")
                .MaximumLength(PanelMeeting.TitleMaxLength).WithMessage($"The title must be {PanelMeeting.TitleMaxLength} characters or fewer.");
            RuleFor(c => c.Location).MaximumLength(PanelMeeting.TitleMaxLength).WithMessage($"The location must be {PanelMeeting.TitleMaxLength} characters or fewer.");
            RuleFor(c => c.MeetingDate)
                .NotNull().WithMessage("Enter the date of the meeting.")
                .GreaterThanOrEqualTo(today).WithMessage("A meeting cannot be scheduled for a date already past.");
            RuleFor(c => c.ChairId)
                .NotEmpty().WithMessage("Choose the chair.")
                .MustAsync(async (id, ct) => await db.Users.AnyAsync(u => u.Id == new UserId(id!) && u.IsActive && u.Role == Role.PanelChair, ct))
                .WithMessage("There is no active panel chair with this id.")
                .When(c => !string.IsNullOrEmpty(c.ChairId) && c.ChairId.Length <= PanelDbContext.UserIdMaxLength, ApplyConditionTo.CurrentValidator);
            RuleFor(c => c.MemberIds).NotEmpty().WithMessage("Choose the panel's members.");
            RuleFor(c => c.MemberIds)
                .Must(m => m!.Count <= MaximumMembers).WithMessage($"A panel has at most {MaximumMembers} members.")
                .Must(m => m!.Distinct().Count() == m!.Count).WithMessage("A member is listed more than once.")
                .When(c => c.MemberIds is not null);
            RuleFor(c => c.MemberIds)
                .MustAsync(async (ids, ct) =>
                {
                    var wanted = ids!.Where(i => !string.IsNullOrEmpty(i) && i.Length <= PanelDbContext.UserIdMaxLength).Select(i => new UserId(i)).ToList();
                    var found = await db.Users.CountAsync(u => wanted.Contains(u.Id) && u.IsActive && (u.Role == Role.PanelMember || u.Role == Role.PanelChair), ct);
                    return found == ids!.Count;
                })
                .WithMessage("Every member must be an active panel member or chair.")
                .When(c => c.MemberIds is { Count: > 0 and <= MaximumMembers });
        }
    }

    public sealed class Handler(PanelDbContext db, TermsOfReferenceRegister terms, BankHolidayCalendar bankHolidays, ICurrentUser currentUser, TimeProvider clock)
        : ICommandHandler<Command, Result>
    {
        public async ValueTask<Result> Handle(Command command, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(command);
            var meetingDate = command.MeetingDate!.Value;
            var termsInForce = await terms.InForceOnAsync(meetingDate, cancellationToken);
            var cutOffAt = await CutOffAsync(meetingDate, termsInForce, cancellationToken);

            var chairId = new UserId(command.ChairId!);
            var memberIds = command.MemberIds!.Select(i => new UserId(i)).ToList();
            var chair = await db.Users.SingleAsync(u => u.Id == chairId, cancellationToken);
            var members = await db.Users.Where(u => memberIds.Contains(u.Id)).ToListAsync(cancellationToken);

            var meeting = PanelMeeting.Schedule(
                command.Title!,
                meetingDate,
                command.Location,
                chair,
                memberIds.Select(id => members.Single(m => m.Id == id)),
                termsInForce,
                cutOffAt,
                currentUser.Id,
                clock.GetUtcNow());
            db.PanelMeetings.Add(meeting);
            return new Result(meeting.Id, meetingDate, cutOffAt, termsInForce.Number, meeting.Version);
        }

        private async Task<DateTimeOffset> CutOffAsync(DateOnly meetingDate, TermsOfReference termsInForce, CancellationToken cancellationToken)
        {
            var days = termsInForce.EvidenceCutOffWorkingDays;
            var calendar = await bankHolidays.LoadAsync(cancellationToken);
            var cutOffDate = calendar.AddWorkingDays(meetingDate, -days);
            return LondonTime.InstantOf(cutOffDate, termsInForce.EvidenceCutOffTime);
        }
    }
}
