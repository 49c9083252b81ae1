using FluentValidation;
using Mediator;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Features.Timeliness;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Domain.Common;

namespace PanelCaseManager.Application.Features.Reviews;

/// <summary>
/// The final amended plan after a review was issued: within 8 weeks of the proposed amendments (SEND Regulations 2014
/// reg 22(3); StatutoryClock:AmendedPlanWeeks). The plan in the register records the amendment. Only after amendments
/// were proposed, never before them or in the future, once.
/// </summary>
public static class RecordReviewAmendedPlan
{
    [RequiresPolicy(Policies.ManageCases)]
    public sealed record Command(Guid ReviewId, int? ExpectedVersion, DateOnly? IssuedOn) : ICommand<Result>;

    public sealed record Result(Guid ReviewId, DateOnly IssuedOn, bool OnTime, int Version);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(TimeProvider clock)
        {
            RuleFor(c => c.ExpectedVersion).NotNull().WithMessage("Give the version of the review.");
            RuleFor(c => c.IssuedOn).NotNull().WithMessage("Enter the date the final amended plan was issued.")
                .Must(d => d is null || d.Value <= UkCalendar.Today(clock)).WithMessage("The issue date cannot be in the future.");
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
            review.RecordAmendedPlan(plan, command.IssuedOn!.Value, UkCalendar.DateOf(now), currentUser.Id, now);
            return new Result(review.Id, command.IssuedOn.Value, review.AmendedPlanOnTime(rules.Periods()), review.Version + 1);
        }
    }
}
