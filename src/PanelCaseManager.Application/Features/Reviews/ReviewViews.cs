using PanelCaseManager.Domain.Plans;

namespace PanelCaseManager.Application.Features.Reviews;

/// <summary>A review as staff read it: its dates, each step's last day and whether it was met, and where it stands.</summary>
public sealed record ReviewDetail(
    Guid ReviewId,
    Guid PlanId,
    Guid ChildId,
    string ChildName,
    DateOnly DateOfBirth,
    string? Setting,
    string OfficerName,
    DateOnly DueOn,
    DateOnly MeetingDate,
    bool HeldOnTime,
    DateOnly PaperworkDue,
    DateOnly? PaperworkReturnedOn,
    DateOnly? ReportDate,
    string? Attendees,
    string? ChildViews,
    string? FamilyViews,
    ReviewRecommendation? Recommendation,
    string? RecommendationReasons,
    DateOnly DecisionDue,
    ReviewOutcome? Outcome,
    DateOnly? DecisionNotifiedOn,
    string? DecisionReasons,
    DateOnly? AmendedPlanDue,
    DateOnly? AmendedPlanIssuedOn,
    Guid? PlacementRequestId,
    DateOnly? PlanCeasedOn,
    ReviewStanding Standing,
    int Version)
{
    internal static ReviewDetail Of(AnnualReview r, EhcPlan plan, string childName, DateOnly dateOfBirth, string? setting, string officer, ReviewPeriods periods, DateOnly today) => new(
        r.Id, r.PlanId, r.ChildId.Value, childName, dateOfBirth, setting, officer, r.DueOn, r.MeetingDate, r.HeldOnTime,
        r.PaperworkDue(periods), r.PaperworkReturnedOn, r.ReportDate, r.Attendees, r.ChildViews, r.FamilyViews, r.Recommendation, r.RecommendationReasons,
        r.DecisionDue(periods), r.Outcome, r.DecisionNotifiedOn, r.DecisionReasons, r.AmendedPlanDue(periods), r.AmendedPlanIssuedOn,
        r.PlacementRequestId?.Value, plan.CeasedOn, r.Standing(periods, today), r.Version);
}
