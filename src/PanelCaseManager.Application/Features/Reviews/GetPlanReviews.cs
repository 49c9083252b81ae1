using Mediator;
using Microsoft.EntityFrameworkCore;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Features.Timeliness;
using PanelCaseManager.Application.Persistence;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Domain.Common;
using PanelCaseManager.Domain.Plans;

namespace PanelCaseManager.Application.Features.Reviews;

/// <summary>A plan of the caller's team with its next review date (CFA 2014 s.44(1)) and its reviews, latest first.</summary>
public static class GetPlanReviews
{
    [RequiresPolicy(Policies.ManageCases)]
    public sealed record Query(Guid PlanId) : IQuery<View>;

    /// <param name="ReviewInProgress">The undecided review, if there is one: a new meeting waits for its decision.</param>
    public sealed record View(
        Guid PlanId,
        string ChildName,
        DateOnly DateOfBirth,
        string? Setting,
        DateOnly PlanDate,
        DateOnly? LastReviewDate,
        DateOnly NextReviewDue,
        DateOnly? CeasedOn,
        Guid? ReviewInProgress,
        IReadOnlyList<Summary> Reviews);

    public sealed record Summary(Guid ReviewId, DateOnly MeetingDate, ReviewStanding Standing, ReviewOutcome? Outcome);

    public sealed class Handler(PanelDbContext db, ReviewAccess access, TimelinessRules rules, TimeProvider clock) : IQueryHandler<Query, View>
    {
        public async ValueTask<View> Handle(Query query, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(query);
            var plan = await access.PlanAsync(query.PlanId, cancellationToken);
            var today = UkCalendar.Today(clock);
            var child = await db.Children.AsNoTracking().Where(c => c.Id == plan.ChildId).Select(c => new { c.GivenName, c.FamilyName, c.DateOfBirth }).SingleAsync(cancellationToken);
            var setting = await db.Settings.AsNoTracking().Where(s => s.Id == plan.SettingId).Select(s => s.Name).SingleOrDefaultAsync(cancellationToken) ?? plan.NamedInPlan;
            var reviews = await db.AnnualReviews.AsNoTracking().Where(r => r.PlanId == plan.Id).OrderByDescending(r => r.MeetingDate).ToListAsync(cancellationToken);
            var periods = rules.Periods();
            return new View(plan.Id, $"{child.GivenName} {child.FamilyName}", child.DateOfBirth, setting, plan.PlanDate, plan.LastReviewDate, plan.ReviewDue(rules.Clock),
                plan.CeasedOn, reviews.FirstOrDefault(r => !r.IsDecided)?.Id,
                reviews.Select(r => new Summary(r.Id, r.MeetingDate, r.Standing(periods, today), r.Outcome)).ToList());
        }
    }
}
