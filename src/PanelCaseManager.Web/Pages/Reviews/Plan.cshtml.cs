using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Features.Reviews;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Web.Ui;

namespace PanelCaseManager.Web.Pages.Reviews;

/// <summary>A plan's reviews and its next review date; the officer records that the review meeting was held.</summary>
[Authorize(Policy = Policies.ManageCases)]
public sealed class PlanModel(ISender sender) : PageModel
{
    public GetPlanReviews.View Plan { get; private set; } = null!;

    [BindProperty(Name = "meetingDate")]
    [DateInput("The date of the meeting")]
    public DateParts MeetingDate { get; set; } = new();

    [BindProperty]
    public Guid? FormToken { get; set; }

    public async Task OnGetAsync(Guid planId, CancellationToken cancellationToken)
    {
        Plan = await sender.Send(new GetPlanReviews.Query(planId), cancellationToken);
        FormToken = Guid.NewGuid();
    }

    public async Task<IActionResult> OnPostAsync(Guid planId, CancellationToken cancellationToken)
    {
        Plan = await sender.Send(new GetPlanReviews.Query(planId), cancellationToken);
        FormToken ??= Guid.NewGuid();
        var date = MeetingDate.Date;
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var command = new RecordReviewMeeting.Command(planId, date) { IdempotencyKey = $"review-meeting-form:{FormToken:N}" };
        var (succeeded, result) = await ModelState.TrySendAsync(() => sender.Send(command, cancellationToken).AsTask());
        if (!succeeded || result is null)
        {
            FormToken = Guid.NewGuid();
            return Page();
        }

        TempData.Success($"The review meeting is recorded. The setting's paperwork is due by {Display.Date(result.PaperworkDue)} and the decision by {Display.Date(result.DecisionDue)}.");
        return RedirectToPage("/Reviews/Review", new { reviewId = result.ReviewId });
    }
}
