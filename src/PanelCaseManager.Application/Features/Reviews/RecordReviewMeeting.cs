using System.Text.Json.Serialization;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Features.Timeliness;
using PanelCaseManager.Application.Persistence;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Domain.Common;
using PanelCaseManager.Domain.Plans;

namespace PanelCaseManager.Application.Features.Reviews;

/// <summary>
/// An officer records that a plan's annual review meeting was held (CFA 2014 s.44; SEND Regulations 2014 reg 20): the
/// plan's next review now runs from it, and the plan's setting is asked for the paperwork, due within 2 weeks of the
/// meeting (StatutoryClock:ReviewReportWeeks); the council's decision is due within 4 weeks of it
/// (StatutoryClock:ReviewDecisionWeeks, reg 20(10)). A meeting not yet held, a plan that has ceased, a second meeting
/// while a review is still undecided, or the same meeting twice, are refused.
/// </summary>
public static class RecordReviewMeeting
{
    [RequiresPolicy(Policies.ManageCases)]
    public sealed record Command(Guid PlanId, DateOnly? MeetingDate) : ICommand<Result>, IIdempotentCommand
    {
        [JsonIgnore]
        public string? IdempotencyKey { get; init; }
    }

    public sealed record Result(Guid ReviewId, Guid PlanId, DateOnly MeetingDate, DateOnly PaperworkDue, DateOnly DecisionDue, int Version);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(TimeProvider clock)
        {
            RuleFor(c => c.MeetingDate).NotNull().WithMessage("Enter the date the review meeting was held.")
                .Must(d => d is null || d.Value <= UkCalendar.Today(clock)).WithMessage("The meeting date cannot be in the future: record the meeting once it has been held.")
                .Must(d => d is null || d.Value.Year >= 2000).WithMessage("Enter a date from 2000 onwards.");
        }
    }

    public sealed class Handler(PanelDbContext db, ReviewAccess access, TimelinessRules rules, ICurrentUser currentUser, TimeProvider clock) : ICommandHandler<Command, Result>
    {
        public async ValueTask<Result> Handle(Command command, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(command);
            var plan = await access.PlanAsync(command.PlanId, cancellationToken);
            var meeting = command.MeetingDate!.Value;
            var open = await db.AnnualReviews.AsNoTracking().Where(r => r.PlanId == plan.Id && r.Outcome == null)
                .Select(r => (DateOnly?)r.MeetingDate).FirstOrDefaultAsync(cancellationToken);
            if (open is { } held)
            {
                throw new DomainRuleException(held == meeting ? "meeting-already-recorded" : "review-in-progress",
                    held == meeting
                        ? $"The review meeting of {DateText.Plain(held)} is already recorded."
                        : $"The review whose meeting was held on {DateText.Plain(held)} is not decided yet: record its decision before another meeting.");
            }

            var now = clock.GetUtcNow();
            var review = AnnualReview.Hold(plan, meeting, rules.Clock, UkCalendar.DateOf(now), currentUser.Id, now);
            db.AnnualReviews.Add(review);
            var periods = rules.Periods();
            await ReviewNotifications.AskSettingAsync(db, review, review.PaperworkDue(periods), now, cancellationToken);
            return new Result(review.Id, plan.Id, meeting, review.PaperworkDue(periods), review.DecisionDue(periods), review.Version);
        }
    }
}
