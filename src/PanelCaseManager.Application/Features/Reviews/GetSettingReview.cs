using Mediator;
using Microsoft.EntityFrameworkCore;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Features.Timeliness;
using PanelCaseManager.Application.Persistence;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Domain.Common;
using PanelCaseManager.Domain.Plans;

namespace PanelCaseManager.Application.Features.Reviews;

/// <summary>One annual review asked of the caller's setting; any other is "not found".</summary>
public static class GetSettingReview
{
    [RequiresPolicy(Policies.Partner)]
    public sealed record Query(Guid ReviewId) : IQuery<SettingReview>;

    internal static SettingReview Of(AnnualReview r, string name, DateOnly dateOfBirth, ReviewPeriods periods) => new(
        r.Id, name, dateOfBirth, r.MeetingDate, r.PaperworkDue(periods), r.PaperworkReturnedOn, r.ReportDate, r.Attendees, r.ChildViews, r.FamilyViews,
        r.Recommendation, r.RecommendationReasons, r.PaperworkReturnedOn is null && !r.IsDecided, r.Version);

    public sealed class Handler(PanelDbContext db, ReviewAccess access, TimelinessRules rules) : IQueryHandler<Query, SettingReview>
    {
        public async ValueTask<SettingReview> Handle(Query query, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(query);
            var review = await access.ForSettingAsync(query.ReviewId, cancellationToken);
            var child = await db.Children.AsNoTracking().Where(c => c.Id == review.ChildId).Select(c => new { c.GivenName, c.FamilyName, c.DateOfBirth }).SingleAsync(cancellationToken);
            return Of(review, $"{child.GivenName} {child.FamilyName}", child.DateOfBirth, rules.Periods());
        }
    }
}
