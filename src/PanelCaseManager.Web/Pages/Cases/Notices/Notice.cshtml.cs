using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Features.Letters;
using PanelCaseManager.Application.Features.PlacementRequests;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Domain.Letters;
using PanelCaseManager.Web.Ui;

namespace PanelCaseManager.Web.Pages.Cases.Notices;

/// <summary>
/// An officer records a decision the family can appeal and sends its notice: what the plan names (or the reasons for
/// a refusal), then check your answers with the notice previewed as it would be sent today and the last day to
/// appeal, then send. The answers travel with the form, so nothing is kept between the steps; a second press of
/// "Send the notice" sends it once.
/// </summary>
[Authorize(Policy = Policies.ManageCases)]
public sealed class NoticeModel(ISender sender) : PageModel
{
    public GetPlacementRequest.Details Case { get; private set; } = null!;

    public GetNoticeChoices.Choice Choice { get; private set; } = null!;

    public CaseTabs Tabs => new(Case, "letters");

    public LetterOutcome Notice => Choice.Notice;

    /// <summary>What the officer checks before sending, once the answers were accepted; null while answering.</summary>
    public PreviewAppealableNotice.Preview? Checked { get; private set; }

    [BindProperty]
    public string? NamedInPlan { get; set; }

    [BindProperty]
    public string? Reasons { get; set; }

    /// <summary>Makes a second press of "Send the notice" send it once.</summary>
    [BindProperty]
    public Guid FormToken { get; set; } = Guid.NewGuid();

    public async Task<IActionResult> OnGetAsync(Guid id, string notice, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, notice, cancellationToken))
        {
            return NotFound();
        }

        NamedInPlan = Choice.NamedInPlan;
        return Page();
    }

    /// <summary>Checks the answers as sending would, and shows them with the notice's preview to check.</summary>
    public async Task<IActionResult> OnPostCheckAsync(Guid id, string notice, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, notice, cancellationToken))
        {
            return NotFound();
        }

        var (succeeded, preview) = await ModelState.TrySendAsync(() => sender.Send(PreviewQuery(id), cancellationToken).AsTask());
        Checked = succeeded ? preview : null;
        return Page();
    }

    /// <summary>Back from checking to the answers, as they were typed.</summary>
    public async Task<IActionResult> OnPostChangeAsync(Guid id, string notice, CancellationToken cancellationToken) =>
        await LoadAsync(id, notice, cancellationToken) ? Page() : NotFound();

    /// <summary>The notice as it would be sent today, marked DRAFT.</summary>
    public async Task<IActionResult> OnPostPreviewAsync(Guid id, string notice, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, notice, cancellationToken))
        {
            return NotFound();
        }

        var (succeeded, preview) = await ModelState.TrySendAsync(() => sender.Send(PreviewQuery(id), cancellationToken).AsTask());
        return succeeded ? File(preview!.File.Pdf, "application/pdf", preview.File.FileName) : Page();
    }

    public async Task<IActionResult> OnPostIssueAsync(Guid id, string notice, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, notice, cancellationToken))
        {
            return NotFound();
        }

        var command = new IssueAppealableNotice.Command(id, Notice, NamedInPlan, Reasons) { IdempotencyKey = $"notice-form:{FormToken:N}" };
        var (succeeded, result) = await ModelState.TrySendAsync(async () => await sender.Send(command, cancellationToken), whenResent: "This form was already sent with other answers. Check the notice on the Letters tab before sending another.");
        if (!succeeded)
        {
            FormToken = Guid.NewGuid();
            return Page();
        }

        TempData.Success($"Notice {result!.Reference} is sent: {Notice.Describe().ToLowerInvariant()}. The last day to appeal is {Display.Date(result.AppealDeadline)}. The family has been told it is ready to read.");
        return RedirectToPage("/Cases/Letters", new { id });
    }

    private PreviewAppealableNotice.Query PreviewQuery(Guid id) => new(id, Notice, Notice.IsPlanNotice() ? NamedInPlan : null, Notice.IsPlanNotice() ? null : Reasons);

    /// <summary>False for a route that names no notice; a notice the case does not allow is explained in the page.</summary>
    private async Task<bool> LoadAsync(Guid id, string notice, CancellationToken cancellationToken)
    {
        Case = await sender.Send(new GetPlacementRequest.Query(id), cancellationToken);
        if (NoticeRoutes.FromRoute(notice) is not { } kind)
        {
            return false;
        }

        Choice = (await sender.Send(new GetNoticeChoices.Query(id), cancellationToken)).Single(c => c.Notice == kind);
        return true;
    }
}
