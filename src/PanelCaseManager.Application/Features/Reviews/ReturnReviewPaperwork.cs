using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Features.Timeliness;
using PanelCaseManager.Application.Notifications;
using PanelCaseManager.Application.Persistence;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Domain.Common;
using PanelCaseManager.Domain.Plans;

namespace PanelCaseManager.Application.Features.Reviews;

/// <summary>
/// The plan's setting returns the review's paperwork through the partner pages (SEND Regulations 2014 reg 20): who came
/// to the meeting, the child's and the family's views, the recommendation (keep, amend, cease, change of placement) and
/// its reasons, within 2 weeks of the meeting (StatutoryClock:ReviewReportWeeks). Only a contact of the setting asked
/// reaches the review (docs/adr/0205); the report cannot be dated before the meeting; the first return stands.
/// </summary>
public static class ReturnReviewPaperwork
{
    [RequiresPolicy(Policies.Partner)]
    public sealed record Command(
        Guid ReviewId,
        int? ExpectedVersion,
        DateOnly? ReportDate,
        string? Attendees,
        string? ChildViews,
        string? FamilyViews,
        ReviewRecommendation? Recommendation,
        string? Reasons) : ICommand<Result>;

    public sealed record Result(Guid ReviewId, DateOnly ReturnedOn, bool Late, int Version);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(TimeProvider clock)
        {
            RuleFor(c => c.ExpectedVersion).NotNull().WithMessage("Give the version of the review you are answering.");
            RuleFor(c => c.ReportDate).NotNull().WithMessage("Enter the date of the review report.")
                .Must(d => d is null || d.Value <= UkCalendar.Today(clock)).WithMessage("The report date cannot be in the future.");
            RuleFor(c => c.Attendees).NotEmpty().WithMessage("Say who came to the review meeting.")
                .MaximumLength(AnnualReview.AttendeesMaxLength).WithMessage($"List who came in {AnnualReview.AttendeesMaxLength} characters or fewer.");
            RuleFor(c => c.ChildViews).MaximumLength(AnnualReview.TextMaxLength).WithMessage($"The child's views must be {AnnualReview.TextMaxLength} characters or fewer.");
            RuleFor(c => c.FamilyViews).MaximumLength(AnnualReview.TextMaxLength).WithMessage($"The family's views must be {AnnualReview.TextMaxLength} characters or fewer.");
            RuleFor(c => c.ChildViews).NotEmpty().WithMessage("Give the child's or the family's views.").When(c => string.IsNullOrWhiteSpace(c.FamilyViews));
            RuleFor(c => c.Recommendation).NotNull().WithMessage("Choose what the review recommends.").IsInEnum().WithMessage("Choose what the review recommends.");
            RuleFor(c => c.Reasons).NotEmpty().WithMessage("Give the reasons for the recommendation.")
                .MaximumLength(AnnualReview.TextMaxLength).WithMessage($"The reasons must be {AnnualReview.TextMaxLength} characters or fewer.");
        }
    }

    public sealed class Handler(PanelDbContext db, ReviewAccess access, TimelinessRules rules, ICurrentUser currentUser, TimeProvider clock) : ICommandHandler<Command, Result>
    {
        public async ValueTask<Result> Handle(Command command, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(command);
            var review = await access.ForSettingAsync(command.ReviewId, cancellationToken);
            review.EnsureVersion(command.ExpectedVersion!.Value);
            var now = clock.GetUtcNow();
            var today = UkCalendar.DateOf(now);
            review.ReturnPaperwork(command.ReportDate!.Value, command.Attendees!, command.ChildViews, command.FamilyViews, command.Recommendation!.Value, command.Reasons!, today, currentUser.Id, now);
            var officer = await db.Plans.AsNoTracking().Where(p => p.Id == review.PlanId).Select(p => p.OfficerId).SingleAsync(cancellationToken);
            db.Notifications.Add(Notification.Create(officer, ReviewNotifications.PaperworkReturned, "Annual review paperwork returned",
                "A setting returned the paperwork of an annual review.", ReviewNotifications.StaffLink(review.Id), null, now));
            return new Result(review.Id, today, today > review.PaperworkDue(rules.Periods()), review.Version + 1);
        }
    }
}
