using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Features.Reviews;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Domain.Plans;
using PanelCaseManager.Web.Ui;

namespace PanelCaseManager.Web.Pages.Reviews;

/// <summary>
/// One annual review: the meeting, the setting's paperwork and each step's last day; the officer records the council's
/// decision and the day the family was told (reg 20(10)), then the final amended plan (reg 22(3)).
/// </summary>
[Authorize(Policy = Policies.ManageCases)]
public sealed class ReviewModel(ISender sender) : PageModel
{
    public ReviewDetail Review { get; private set; } = null!;

    [BindProperty]
    public int ExpectedVersion { get; set; }

    [BindProperty(Name = "outcome")]
    public string? Outcome { get; set; }

    [BindProperty(Name = "notifiedOn")]
    [DateInput("The date the family was told")]
    public DateParts NotifiedOn { get; set; } = new();

    [BindProperty(Name = "reasons")]
    public string? Reasons { get; set; }

    [BindProperty(Name = "issuedOn")]
    [DateInput("The date the amended plan was issued")]
    public DateParts IssuedOn { get; set; } = new();

    public ReviewOutcome? ChosenOutcome =>
        FormEnum.Parse<ReviewOutcome>(Outcome);

    public async Task OnGetAsync(Guid reviewId, CancellationToken cancellationToken)
    {
        Review = await sender.Send(new GetReview.Query(reviewId), cancellationToken);
        ExpectedVersion = Review.Version;
    }

    public async Task<IActionResult> OnPostDecideAsync(Guid reviewId, CancellationToken cancellationToken)
    {
        Review = await sender.Send(new GetReview.Query(reviewId), cancellationToken);
        var date = NotifiedOn.Date;
        if (!string.IsNullOrEmpty(Outcome) && ChosenOutcome is null)
        {
            ModelState.AddModelError("outcome", "Choose whether to keep, amend or cease the plan.");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var (succeeded, result) = await ModelState.TrySendAsync(() =>
            sender.Send(new DecideReview.Command(reviewId, ExpectedVersion, ChosenOutcome, date, Reasons?.Trim()), cancellationToken).AsTask());
        if (!succeeded || result is null)
        {
            return Page();
        }

        TempData.Success(result.AmendedPlanDue is { } due
            ? $"The decision is recorded. The final amended plan is due by {Display.Date(due)}."
            : "The decision is recorded.");
        return RedirectToPage("/Reviews/Review", new { reviewId });
    }

    public async Task<IActionResult> OnPostAmendedAsync(Guid reviewId, CancellationToken cancellationToken)
    {
        Review = await sender.Send(new GetReview.Query(reviewId), cancellationToken);
        var date = IssuedOn.Date;
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var (succeeded, _) = await ModelState.TrySendAsync(() =>
            sender.Send(new RecordReviewAmendedPlan.Command(reviewId, ExpectedVersion, date), cancellationToken).AsTask());
        if (!succeeded)
        {
            return Page();
        }

        TempData.Success("The final amended plan is recorded.");
        return RedirectToPage("/Reviews/Review", new { reviewId });
    }
}
