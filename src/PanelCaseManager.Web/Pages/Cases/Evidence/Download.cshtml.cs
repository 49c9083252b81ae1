using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Net.Http.Headers;
using PanelCaseManager.Application.Features.Evidence;
using PanelCaseManager.Application.Security;

namespace PanelCaseManager.Web.Pages.Cases.Evidence;

/// <summary>
/// One document of the case's evidence, downloaded with the type recognised when it was stored, always as an
/// attachment under its uploaded name (encoded by the framework), never shown inline. Evidence of a case the user
/// may not see, or of another case, is "Page not found".
/// </summary>
[Authorize(Policy = Policies.ReadCases)]
public sealed class DownloadModel(ISender sender) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id, Guid evidenceId, CancellationToken cancellationToken)
    {
        var content = await sender.Send(new GetEvidenceContent.Query(id, evidenceId), cancellationToken);
        return new FileStreamResult(content.Stream, content.MediaType)
        {
            FileDownloadName = content.FileName,
            EntityTag = new EntityTagHeaderValue($"\"{content.ContentSha256}\""),
        };
    }
}
