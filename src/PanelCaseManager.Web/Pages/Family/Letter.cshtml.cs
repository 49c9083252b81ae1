using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PanelCaseManager.Application.Features.Letters;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Web.Ui;

namespace PanelCaseManager.Web.Pages.Family;

/// <summary>
/// A letter about the family's own child as a web page — the link their notification carries: the letter as it was
/// written with its PDF when it was issued, a link to the PDF to print, and the PDF's SHA-256 to check a copy against.
/// Another family's letter is "Page not found" (the pipeline applies the letter's case rule).
/// </summary>
[Authorize(Policy = Policies.Family)]
public sealed class LetterModel(ISender sender) : PageModel
{
    public IssuedLetterPage Letter { get; private set; } = null!;

    /// <summary>What the letter is and its date, as the family's request page lists it.</summary>
    public string Title => Letter.Letter.IsNotice
        ? $"{FamilyText.NoticeTitle(Letter.Letter.Outcome)}, {Display.Date(Letter.Letter.LetterDate)}"
        : $"Decision letter of {Display.Date(Letter.Letter.LetterDate)}";

    public async Task OnGetAsync(Guid letterId, CancellationToken cancellationToken) =>
        Letter = await sender.Send(new GetIssuedLetterPage.Query(letterId), cancellationToken);
}
