using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Features.Reviews;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Domain.Plans;
using PanelCaseManager.Web.Ui;

namespace PanelCaseManager.Web.Pages.Partner;

/// <summary>
/// The setting returns an annual review's paperwork (SEND Regulations 2014 reg 20): the report's date, who came, the
/// child's and the family's views, the recommendation and its reasons. Only the setting asked reaches it.
/// </summary>
[Authorize(Policy = Policies.Partner)]
public sealed class ReviewModel(ISender sender) : PageModel
{
    public SettingReview Review { get; private set; } = null!;

    [BindProperty]
    public int ExpectedVersion { get; set; }

    [BindProperty(Name = "reportDate")]
    [DateInput("The date of the report")]
    public DateParts ReportDate { get; set; } = new();

    [BindProperty(Name = "attendees")]
    public string? Attendees { get; set; }

    [BindProperty(Name = "childViews")]
    public string? ChildViews { get; set; }

    [BindProperty(Name = "familyViews")]
    public string? FamilyViews { get; set; }

    [BindProperty(Name = "recommendation")]
    public string? Recommendation { get; set; }

    [BindProperty(Name = "reasons")]
    public string? Reasons { get; set; }

    public ReviewRecommendation? ChosenRecommendation =>
        FormEnum.Parse<ReviewRecommendation>(Recommendation);

    public async Task OnGetAsync(Guid reviewId, CancellationToken cancellationToken)
    {
        Review = await sender.Send(new GetSettingReview.Query(reviewId), cancellationToken);
        ExpectedVersion = Review.Version;
        ReportDate = DateParts.From(Review.MeetingDate);
    }

    public async Task<IActionResult> OnPostAsync(Guid reviewId, CancellationToken cancellationToken)
    {
        Review = await sender.Send(new GetSettingReview.Query(reviewId), cancellationToken);
        var date = ReportDate.Date;
        if (!string.IsNullOrEmpty(Recommendation) && ChosenRecommendation is null)
        {
            ModelState.AddModelError("recommendation", "Choose what the review recommends.");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var command = new ReturnReviewPaperwork.Command(reviewId, ExpectedVersion, date, Attendees?.Trim(), ChildViews?.Trim(), FamilyViews?.Trim(), ChosenRecommendation, Reasons?.Trim());
        var (succeeded, _) = await ModelState.TrySendAsync(() => sender.Send(command, cancellationToken).AsTask());
        if (!succeeded)
        {
            return Page();
        }

        TempData.Success("The review paperwork has been sent to the SEND team.");
        return RedirectToPage("/Partner/Review", new { reviewId });
    }
}
