using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Features.Letters;
using PanelCaseManager.Application.Features.Panels;
using PanelCaseManager.Application.Features.PlacementRequests;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Domain.Common;
using PanelCaseManager.Domain.Panels;
using PanelCaseManager.Web.Security;
using PanelCaseManager.Web.Ui;

namespace PanelCaseManager.Web.Pages.Cases;

/// <summary>
/// The case's letters: for an officer, a signed-off decision's draft to preview and the letter to issue (once per
/// decision), the way to send a notice with the right of appeal, and every issued letter and notice with its date,
/// wording version, last day to appeal (notices only), hash and PDF.
/// </summary>
[Authorize(Policy = Policies.ReadCases)]
[EnableRateLimiting(RateLimits.Documents)]
[RateLimitedHandlers("preview", "download")]
public sealed class LettersModel(ISender sender) : PageModel
{
    public GetPlacementRequest.Details Case { get; private set; } = null!;

    public GetCasePanels.CasePanels Panels { get; private set; } = null!;

    public IReadOnlyList<IssuedLetterView> Letters { get; private set; } = [];

    /// <summary>Whom the letters are written to; null until an officer records it.</summary>
    public GetFamilyContact.View? Contact { get; private set; }

    public CaseTabs Tabs => new(Case, "letters");

    public bool CanIssue => Navigation.ManagesCases(User);

    /// <summary>Signed-off decisions that stand and have no letter yet.</summary>
    public IReadOnlyList<GetCasePanels.DecisionSummary> AwaitingLetter =>
        Panels.Decisions.Where(d => d.Stands && Letters.All(l => l.DecisionId != d.Id)).ToList();

    /// <summary>The standing decision refuses to issue a plan and its notice has not been sent yet.</summary>
    public GetCasePanels.DecisionSummary? RefusalToSend { get; private set; }

    /// <summary>Decisions recorded at a meeting that the chair has not signed off yet.</summary>
    public IReadOnlyList<GetCasePanels.DecisionSummary> AwaitingSignOff =>
        Panels.Decisions.Where(d => d.Status == DecisionStatus.Draft).ToList();

    public static string ShortHash(string sha256) => sha256.Length > 12 ? sha256[..12] : sha256;

    public async Task OnGetAsync(Guid id, CancellationToken cancellationToken) => await LoadAsync(id, cancellationToken);

    /// <summary>The draft letter as a PDF; a refusal (no family contact, contacts missing, not signed off) is shown in the page.</summary>
    public async Task<IActionResult> OnGetPreviewAsync(Guid id, Guid decisionId, CancellationToken cancellationToken)
    {
        await LoadAsync(id, cancellationToken);
        if (!CanIssue)
        {
            return Forbid();
        }

        if (Panels.Decisions.All(d => d.Id != decisionId))
        {
            return NotFound();
        }

        var (succeeded, draft) = await ModelState.TrySendAsync(() => sender.Send(new PreviewDecisionLetter.Query(decisionId), cancellationToken).AsTask(), _ => string.Empty);
        return succeeded ? File(draft!.Pdf, "application/pdf", draft.FileName) : Page();
    }

    /// <summary>Issues the decision's letter; pressing the button again gives the same letter, never a second one.</summary>
    public async Task<IActionResult> OnPostIssueAsync(Guid id, Guid decisionId, CancellationToken cancellationToken)
    {
        await LoadAsync(id, cancellationToken);
        if (Panels.Decisions.All(d => d.Id != decisionId))
        {
            return NotFound();
        }

        var (succeeded, result) = await ModelState.TrySendAsync(() => sender.Send(new IssueDecisionLetter.Command(decisionId), cancellationToken).AsTask(), _ => string.Empty);
        if (!succeeded)
        {
            return Page();
        }

        TempData.Success(result!.Created
            ? $"Letter {result.Reference} is issued. The family has been told it is ready to read."
            : $"Letter {result.Reference} had already been issued for this decision; nothing was sent again.");
        return RedirectToPage("/Cases/Letters", new { id });
    }

    /// <summary>An issued letter of this case, exactly the bytes that were issued.</summary>
    public async Task<IActionResult> OnGetDownloadAsync(Guid id, Guid letterId, CancellationToken cancellationToken)
    {
        var letters = await sender.Send(new ListCaseLetters.Query(id), cancellationToken);
        if (letters.All(l => l.Id != letterId))
        {
            return NotFound();
        }

        var letter = await sender.Send(new GetIssuedLetterPdf.Query(letterId), cancellationToken);
        return File(letter.Pdf, "application/pdf", letter.FileName);
    }

    private async Task LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        Case = await sender.Send(new GetPlacementRequest.Query(id), cancellationToken);
        Panels = await sender.Send(new GetCasePanels.Query(id), cancellationToken);
        Letters = await sender.Send(new ListCaseLetters.Query(id), cancellationToken);
        RefusalToSend = null;
        if (CanIssue && Panels.Standing is { Outcome: DecisionOutcome.Decline } standing && Letters.All(l => l.Outcome != Domain.Letters.LetterOutcome.RefusalToIssueNotice))
        {
            var choices = await sender.Send(new GetNoticeChoices.Query(id), cancellationToken);
            RefusalToSend = choices.Any(c => c.Notice == Domain.Letters.LetterOutcome.RefusalToIssueNotice && c.CanSend && c.DecisionId == standing.Id) ? standing : null;
        }
        try
        {
            Contact = await sender.Send(new GetFamilyContact.Query(id), cancellationToken);
        }
        catch (NotFoundException)
        {
            Contact = null;
        }
    }
}
