using Mediator;
using Microsoft.EntityFrameworkCore;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Features.Timeliness;
using PanelCaseManager.Application.Persistence;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Domain.Common;
using PanelCaseManager.Domain.Plans;

namespace PanelCaseManager.Application.Features.Reviews;

/// <summary>A review as the setting asked for its paperwork sees it: the child, the meeting, the paperwork's last day and what it returned.</summary>
public sealed record SettingReview(
    Guid ReviewId,
    string ChildName,
    DateOnly DateOfBirth,
    DateOnly MeetingDate,
    DateOnly PaperworkDue,
    DateOnly? PaperworkReturnedOn,
    DateOnly? ReportDate,
    string? Attendees,
    string? ChildViews,
    string? FamilyViews,
    ReviewRecommendation? Recommendation,
    string? RecommendationReasons,
    bool CanReturn,
    int Version);

/// <summary>The annual reviews whose paperwork was asked of the caller's setting (docs/adr/0205, 0260): paperwork awaited first, soonest first.</summary>
public static class ListSettingReviews
{
    [RequiresPolicy(Policies.Partner)]
    public sealed record Query : IQuery<IReadOnlyList<SettingReview>>;

    public sealed class Handler(PanelDbContext db, ReviewAccess access, TimelinessRules rules) : IQueryHandler<Query, IReadOnlyList<SettingReview>>
    {
        public async ValueTask<IReadOnlyList<SettingReview>> Handle(Query query, CancellationToken cancellationToken)
        {
            var asked = (await access.AskedOfMySettingAsync(cancellationToken)).AsNoTracking();
            var rows = await (from r in asked
                              join c in db.Children on r.ChildId equals c.Id
                              select new { r, Name = c.GivenName + " " + c.FamilyName, c.DateOfBirth }).ToListAsync(cancellationToken);
            var periods = rules.Periods();
            return rows.Select(x => GetSettingReview.Of(x.r, x.Name, x.DateOfBirth, periods))
                .OrderBy(r => r.PaperworkReturnedOn is not null).ThenBy(r => r.PaperworkDue).ThenBy(r => r.ReviewId).ToList();
        }
    }
}
