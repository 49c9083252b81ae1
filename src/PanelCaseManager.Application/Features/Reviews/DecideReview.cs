using FluentValidation;
using Mediator;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Features.Timeliness;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Domain.Common;
using PanelCaseManager.Domain.Plans;

namespace PanelCaseManager.Application.Features.Reviews;

/// <summary>
/// The council decides, within 4 weeks of the review meeting (SEND Regulations 2014 reg 20(10); StatutoryClock:
/// ReviewDecisionWeeks), whether to keep the plan as it is, amend it or cease to maintain it, and records the day the
/// family was told: the proposed amendments (the final amended plan then follows within 8 weeks, reg 22(3)), or the
/// decision not to amend or to cease, which carries the right of appeal (CFA 2014 s.51(2)(e)–(f)). A decision to cease
/// ends the plan. A review decided twice, a day before the meeting or in the future, or a plan that has ceased, is refused.
/// </summary>
public static class DecideReview
{
    [RequiresPolicy(Policies.ManageCases)]
    public sealed record Command(Guid ReviewId, int? ExpectedVersion, ReviewOutcome? Outcome, DateOnly? NotifiedOn, string? Reasons) : ICommand<Result>;

    /// <param name="AmendedPlanDue">For amendments proposed, the last day for the final amended plan (reg 22(3)).</param>
    public sealed record Result(Guid ReviewId, ReviewOutcome Outcome, DateOnly NotifiedOn, bool OnTime, DateOnly? AmendedPlanDue, int Version);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(TimeProvider clock)
        {
            RuleFor(c => c.ExpectedVersion).NotNull().WithMessage("Give the version of the review you are deciding.");
            RuleFor(c => c.Outcome).NotNull().WithMessage("Choose whether to keep, amend or cease the plan.").IsInEnum().WithMessage("Choose whether to keep, amend or cease the plan.");
            RuleFor(c => c.NotifiedOn).NotNull().WithMessage("Enter the date the family was told the decision.")
                .Must(d => d is null || d.Value <= UkCalendar.Today(clock)).WithMessage("The date the family was told cannot be in the future.");
            RuleFor(c => c.Reasons).NotEmpty().WithMessage("Give the reasons for the decision.")
                .MaximumLength(AnnualReview.TextMaxLength).WithMessage($"The reasons must be {AnnualReview.TextMaxLength} characters or fewer.");
        }
    }

    public sealed class Handler(ReviewAccess access, TimelinessRules rules, ICurrentUser currentUser, TimeProvider clock) : ICommandHandler<Command, Result>
    {
        public async ValueTask<Result> Handle(Command command, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(command);
            var (review, plan) = await access.ForStaffAsync(command.ReviewId, cancellationToken);
            review.EnsureVersion(command.ExpectedVersion!.Value);
            var now = clock.GetUtcNow();
            review.Decide(plan, command.Outcome!.Value, command.NotifiedOn!.Value, command.Reasons!, UkCalendar.DateOf(now), currentUser.Id, now);
            var periods = rules.Periods();
            return new Result(review.Id, review.Outcome!.Value, review.DecisionNotifiedOn!.Value, review.DecisionOnTime(periods), review.AmendedPlanDue(periods), review.Version + 1);
        }
    }
}
