using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Net.Http.Headers;
using PanelCaseManager.Application.Features.Panels;
using PanelCaseManager.Application.Security;

namespace PanelCaseManager.Web.Pages.Panels;

/// <summary>
/// One document of a case's papers for a meeting, downloaded as the papers hold it (the frozen bytes once the cut-off
/// has passed), always as an attachment under its uploaded name. A document not in these papers, or papers the user
/// may not read (another team's, a conflicted member's), is "Page not found".
/// </summary>
[Authorize(Policy = Policies.ReadCases)]
public sealed class PaperDocumentModel(ISender sender) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id, Guid caseId, Guid evidenceId, CancellationToken cancellationToken)
    {
        var content = await sender.Send(new GetCasePackDocument.Query(id, caseId, evidenceId), cancellationToken);
        return new FileStreamResult(content.Stream, content.MediaType)
        {
            FileDownloadName = content.FileName,
            EntityTag = new EntityTagHeaderValue($"\"{content.ContentSha256}\""),
        };
    }
}
