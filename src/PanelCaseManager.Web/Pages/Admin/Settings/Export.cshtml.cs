using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PanelCaseManager.Application.Features.Provision;
using PanelCaseManager.Application.Security;

namespace PanelCaseManager.Web.Pages.Admin.Settings;

/// <summary>The whole catalogue as the CSV file that imports back unchanged, downloaded in the browser session.</summary>
[Authorize(Policy = Policies.Administer)]
public sealed class ExportModel(ISender sender) : PageModel
{
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var file = await sender.Send(new ExportSettings.Query(), cancellationToken);
        return File(file.Content, "text/csv; charset=utf-8", file.FileName);
    }
}
