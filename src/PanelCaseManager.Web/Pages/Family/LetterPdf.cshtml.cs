using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using PanelCaseManager.Application.Features.Letters;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Web.Security;

namespace PanelCaseManager.Web.Pages.Family;

/// <summary>
/// The PDF of a letter about the family's own child, exactly the bytes that were issued: the printable copy of the
/// letter's web page. Another family's letter is "Page not found".
/// </summary>
[Authorize(Policy = Policies.Family)]
[EnableRateLimiting(RateLimits.Documents)]
public sealed class LetterPdfModel(ISender sender) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid letterId, CancellationToken cancellationToken)
    {
        var letter = await sender.Send(new GetIssuedLetterPdf.Query(letterId), cancellationToken);
        return File(letter.Pdf, "application/pdf", letter.FileName);
    }
}
