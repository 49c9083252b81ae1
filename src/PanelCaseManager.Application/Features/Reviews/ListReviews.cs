using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Features.Plans;
using PanelCaseManager.Application.Features.Timeliness;
using PanelCaseManager.Application.Persistence;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Domain.Common;
using PanelCaseManager.Domain.Plans;

namespace PanelCaseManager.Application.Features.Reviews;

/// <summary>
/// The officers' list of annual reviews of their team's plans: plans whose review is due within
/// Reviews:ListDueWithinDays or overdue (no meeting recorded), and every review not yet complete — awaiting its
/// paperwork or late with it, its decision due or late, its amended plan due or late — each with the last day of its
/// next step, most pressing first. Filterable by standing; a team that is not the caller's is "not found".
/// </summary>
public static class ListReviews
{
    [RequiresPolicy(Policies.ManageCases)]
    public sealed record Query(ReviewStanding? Standing, string? Team, int? Page, int? PageSize) : IQuery<PagedResult<Item>>;

    /// <param name="ReviewId">Null for a plan whose review meeting is not recorded yet.</param>
    /// <param name="NextDate">The last day of the step awaited: the review itself, the paperwork, the decision or the amended plan.</param>
    /// <param name="DaysToNext">Negative when it has passed.</param>
    public sealed record Item(
        Guid PlanId,
        Guid? ReviewId,
        string ChildName,
        string? Setting,
        string OfficerName,
        DateOnly ReviewDue,
        DateOnly? MeetingDate,
        ReviewStanding Standing,
        DateOnly NextDate,
        int DaysToNext);

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator(IOptions<PlanRegisterOptions> options)
        {
            ArgumentNullException.ThrowIfNull(options);
            var maximum = options.Value.MaximumPageSize;
            RuleFor(q => q.Standing).IsInEnum().WithMessage($"Choose a standing from {string.Join(", ", Enum.GetNames<ReviewStanding>())}.")
                .NotEqual(ReviewStanding.Complete).WithMessage("The list shows reviews still to finish: choose another standing.");
            RuleFor(q => q.Team).MaximumLength(100).WithMessage("That is not a team's name.");
            RuleFor(q => q.Page).InclusiveBetween(1, ListPlans.Validator.MaximumPage).WithMessage($"Pages are numbered from 1 to {ListPlans.Validator.MaximumPage}.");
            RuleFor(q => q.PageSize).InclusiveBetween(1, maximum).WithMessage($"Show between 1 and {maximum} reviews a page.");
        }
    }

    public sealed class Handler(PanelDbContext db, PlanScope scope, TimelinessRules rules, TimeProvider clock, IOptions<PlanRegisterOptions> planOptions, IOptions<ReviewOptions> options)
        : IQueryHandler<Query, PagedResult<Item>>
    {
        public async ValueTask<PagedResult<Item>> Handle(Query query, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(query);
            var today = UkCalendar.Today(clock);
            var periods = rules.Periods();
            var plans = (await scope.VisibleAsync(query.Team, cancellationToken)).Where(p => p.CeasedOn == null);
            var named =
                from p in plans
                join c in db.Children on p.ChildId equals c.Id
                join o in db.Users on p.OfficerId equals o.Id
                from s in db.Settings.Where(s => s.Id == p.SettingId).DefaultIfEmpty()
                select new { Plan = p, Child = c.GivenName + " " + c.FamilyName, Officer = o.DisplayName, Setting = s == null ? p.NamedInPlan : s.Name };

            // Reviews still to finish: undecided, or amendments proposed and the amended plan not yet issued.
            var open = await (
                    from r in db.AnnualReviews.AsNoTracking()
                    where r.Outcome == null || (r.Outcome == ReviewOutcome.Amend && r.AmendedPlanIssuedOn == null)
                    join n in named on r.PlanId equals n.Plan.Id
                    select new { Review = r, n.Child, n.Officer, n.Setting, n.Plan })
                .ToListAsync(cancellationToken);
            var items = open.Select(o =>
            {
                var standing = o.Review.Standing(periods, today);
                var next = standing switch
                {
                    ReviewStanding.AwaitingPaperwork or ReviewStanding.PaperworkLate => o.Review.PaperworkDue(periods),
                    ReviewStanding.DecisionDue or ReviewStanding.DecisionLate => o.Review.DecisionDue(periods),
                    _ => o.Review.AmendedPlanDue(periods) ?? o.Review.DecisionDue(periods),
                };
                return new Item(o.Plan.Id, o.Review.Id, o.Child, o.Setting, o.Officer, o.Review.DueOn, o.Review.MeetingDate, standing, next, next.DayNumber - today.DayNumber);
            }).ToList();

            // Plans whose next review is due within the window (or overdue) and have no review in progress.
            var busy = items.Select(i => i.PlanId).ToHashSet();
            var latestBase = ListPlans.LatestBaseDueBy(today.AddDays(options.Value.ListDueWithinDays), rules.Clock.AnnualReviewMonths);
            var due = await named.Where(n => (n.Plan.LastReviewDate ?? n.Plan.PlanDate) <= latestBase).ToListAsync(cancellationToken);
            items.AddRange(due.Where(n => !busy.Contains(n.Plan.Id)).Select(n =>
            {
                var reviewDue = n.Plan.ReviewDue(rules.Clock);
                return new Item(n.Plan.Id, null, n.Child, n.Setting, n.Officer, reviewDue, null,
                    today > reviewDue ? ReviewStanding.Overdue : ReviewStanding.Due, reviewDue, reviewDue.DayNumber - today.DayNumber);
            }));

            var filtered = items.Where(i => query.Standing is null || i.Standing == query.Standing)
                .OrderBy(i => i.NextDate).ThenBy(i => i.ChildName, StringComparer.Ordinal).ThenBy(i => i.PlanId).ToList();
            var page = query.Page ?? 1;
            var size = query.PageSize ?? Math.Min(50, planOptions.Value.MaximumPageSize);
            return new PagedResult<Item>(filtered.Skip((page - 1) * size).Take(size).ToList(), page, size, filtered.Count);
        }
    }
}
