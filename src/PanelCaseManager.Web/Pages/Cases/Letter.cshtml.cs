using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PanelCaseManager.Application.Features.Letters;
using PanelCaseManager.Application.Features.Panels;
using PanelCaseManager.Application.Features.PlacementRequests;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Domain.Panels;
using PanelCaseManager.Web.Pages.Panels;
using PanelCaseManager.Web.Ui;

namespace PanelCaseManager.Web.Pages.Cases;

/// <summary>
/// One issued letter or notice of the case as a web page, for whoever may read the case's letters: the letter as it was
/// written with its PDF when it was issued, its date, wording version and the PDF's SHA-256, and the PDF as its printable
/// copy. A letter of another case, or of a case the user may not see, is "Page not found".
/// </summary>
[Authorize(Policy = Policies.ReadCases)]
public sealed class LetterModel(ISender sender) : PageModel
{
    public GetPlacementRequest.Details Case { get; private set; } = null!;

    public IssuedLetterPage Letter { get; private set; } = null!;

    /// <summary>The decision's outcome in words, for a decision letter.</summary>
    public string? Outcome { get; private set; }

    public CaseTabs Tabs => new(Case, "letters");

    public async Task<IActionResult> OnGetAsync(Guid id, Guid letterId, CancellationToken cancellationToken)
    {
        Case = await sender.Send(new GetPlacementRequest.Query(id), cancellationToken);
        Letter = await sender.Send(new GetIssuedLetterPage.Query(letterId), cancellationToken);
        if (Letter.Letter.PlacementRequestId != id)
        {
            return NotFound();
        }

        if (Letter.Letter.DecisionId is { } decisionId)
        {
            var panels = await sender.Send(new GetCasePanels.Query(id), cancellationToken);
            Outcome = panels.Decisions.Where(d => d.Id == decisionId).Select(d => d.Outcome.AsChoice()).FirstOrDefault();
        }

        return Page();
    }
}
