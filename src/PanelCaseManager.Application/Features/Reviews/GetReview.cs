using Mediator;
using Microsoft.EntityFrameworkCore;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Features.Timeliness;
using PanelCaseManager.Application.Persistence;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Domain.Common;

namespace PanelCaseManager.Application.Features.Reviews;

/// <summary>One annual review of a plan the caller's team holds: its meeting, paperwork, decision and amended plan, with each step's last day.</summary>
public static class GetReview
{
    [RequiresPolicy(Policies.ManageCases)]
    public sealed record Query(Guid ReviewId) : IQuery<ReviewDetail>;

    public sealed class Handler(PanelDbContext db, ReviewAccess access, TimelinessRules rules, TimeProvider clock) : IQueryHandler<Query, ReviewDetail>
    {
        public async ValueTask<ReviewDetail> Handle(Query query, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(query);
            var (review, plan) = await access.ForStaffAsync(query.ReviewId, cancellationToken);
            var child = await db.Children.AsNoTracking().Where(c => c.Id == plan.ChildId).Select(c => new { c.GivenName, c.FamilyName, c.DateOfBirth }).SingleAsync(cancellationToken);
            var officer = await db.Users.AsNoTracking().Where(u => u.Id == plan.OfficerId).Select(u => u.DisplayName).SingleAsync(cancellationToken);
            var setting = await db.Settings.AsNoTracking().Where(s => s.Id == plan.SettingId).Select(s => s.Name).SingleOrDefaultAsync(cancellationToken) ?? plan.NamedInPlan;
            return ReviewDetail.Of(review, plan, $"{child.GivenName} {child.FamilyName}", child.DateOfBirth, setting, officer, rules.Periods(), UkCalendar.Today(clock));
        }
    }
}
