using Mediator;
using Microsoft.AspNetCore.Mvc;
using PanelCaseManager.Application.Features.Reviews;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Domain.Plans;

namespace PanelCaseManager.Web.Api;

/// <summary>
/// Annual reviews (docs/adr/0260): officers record the meeting, the decision and the amended plan of their team's
/// plans; the plan's setting returns the paperwork under /partner. Periods from configuration StatutoryClock
/// (ReviewReportWeeks 2, ReviewDecisionWeeks 4, AmendedPlanWeeks 8; SEND Regulations 2014 regs 20(10), 22(3)).
/// </summary>
internal static class ReviewsApi
{
    public static void MapReviews(this RouteGroupBuilder v1)
    {
        var reviews = v1.MapGroup("/reviews").WithTags("Annual reviews").RequireAuthorization(Policies.ManageCases);

        reviews.MapGet("/", async ([AsParameters] ListQuery query, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ListReviews.Query(query.Standing, query.Team, query.Page, query.PageSize), ct)))
            .WithName("ListReviews")
            .WithSummary("Your team's annual reviews due, overdue or in progress, each with its next step's last day, most pressing first")
            .WithDescription("Filter by standing (Due, Overdue, AwaitingPaperwork, PaperworkLate, DecisionDue, DecisionLate, AmendedPlanDue, AmendedPlanLate). A team other than your own is not found.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

        reviews.MapGet("/{reviewId:guid}", async (Guid reviewId, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new GetReview.Query(reviewId), ct)))
            .WithName("GetReview")
            .WithSummary("An annual review: its meeting, the setting's paperwork, the decision and the amended plan, with each step's last day");

        reviews.MapPost("/{reviewId:guid}/decision", async (Guid reviewId, [FromBody] DecideReviewRequest body, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new DecideReview.Command(reviewId, body.ExpectedVersion, body.Outcome, body.NotifiedOn, body.Reasons), ct)))
            .WithName("DecideReview")
            .WithSummary("Record the council's decision after the review (keep, amend or cease) and the day the family was told; cease ends the plan")
            .WithDescription("Due within 4 weeks of the meeting (reg 20(10)); proposed amendments make the final amended plan due within 8 weeks (reg 22(3)).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);

        reviews.MapPost("/{reviewId:guid}/amended-plan", async (Guid reviewId, [FromBody] RecordReviewAmendedPlanRequest body, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new RecordReviewAmendedPlan.Command(reviewId, body.ExpectedVersion, body.IssuedOn), ct)))
            .WithName("RecordReviewAmendedPlan")
            .WithSummary("Record the day the final amended plan was issued after the review's proposed amendments")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);

        var plans = v1.MapGroup("/plans/{planId:guid}/reviews").WithTags("Annual reviews").RequireAuthorization(Policies.ManageCases);

        plans.MapGet("/", async (Guid planId, ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new GetPlanReviews.Query(planId), ct)))
            .WithName("GetPlanReviews")
            .WithSummary("A plan's next review date and its reviews, latest first");

        plans.MapPost("/", async (Guid planId, [FromBody] RecordReviewMeetingRequest body, [FromHeader(Name = "Idempotency-Key")] string? key, ISender sender, CancellationToken ct) =>
            {
                var result = await sender.Send(new RecordReviewMeeting.Command(planId, body.MeetingDate) { IdempotencyKey = key }, ct);
                return TypedResults.Created($"/api/v1/reviews/{result.ReviewId}", result);
            })
            .WithName("RecordReviewMeeting")
            .WithSummary("Record that the plan's review meeting was held; the plan's setting is asked for the paperwork")
            .WithDescription("The paperwork is due within 2 weeks of the meeting and the decision within 4 (configuration StatutoryClock). A meeting in the future is refused; the same meeting twice, or a new one while a review is undecided, is a conflict.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);

        var partner = v1.MapGroup("/partner/reviews").WithTags("For partners").RequireAuthorization(Policies.Partner);

        partner.MapGet("/", async (ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new ListSettingReviews.Query(), ct)))
            .WithName("ListSettingReviews")
            .WithSummary("The annual reviews whose paperwork your setting is asked for, awaited first");

        partner.MapGet("/{reviewId:guid}", async (Guid reviewId, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new GetSettingReview.Query(reviewId), ct)))
            .WithName("GetSettingReview")
            .WithSummary("An annual review your setting is asked for: the meeting, the paperwork's last day and what you returned");

        partner.MapPost("/{reviewId:guid}/paperwork", async (Guid reviewId, [FromBody] ReturnReviewPaperworkRequest body, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ReturnReviewPaperwork.Command(reviewId, body.ExpectedVersion, body.ReportDate, body.Attendees, body.ChildViews, body.FamilyViews, body.Recommendation, body.Reasons), ct)))
            .WithName("ReturnReviewPaperwork")
            .WithSummary("Return the review's paperwork: who came, the child's and the family's views, the recommendation and its reasons")
            .WithDescription("Due within 2 weeks of the meeting. A report dated before the meeting is refused; the first return stands (409).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
    }

    internal sealed record ListQuery(ReviewStanding? Standing, string? Team, int? Page, int? PageSize);

    internal sealed record RecordReviewMeetingRequest(DateOnly? MeetingDate);

    internal sealed record DecideReviewRequest(int? ExpectedVersion, ReviewOutcome? Outcome, DateOnly? NotifiedOn, string? Reasons);

    internal sealed record RecordReviewAmendedPlanRequest(int? ExpectedVersion, DateOnly? IssuedOn);

    internal sealed record ReturnReviewPaperworkRequest(
        int? ExpectedVersion,
        DateOnly? ReportDate,
        string? Attendees,
        string? ChildViews,
        string? FamilyViews,
        ReviewRecommendation? Recommendation,
        string? Reasons);
}
