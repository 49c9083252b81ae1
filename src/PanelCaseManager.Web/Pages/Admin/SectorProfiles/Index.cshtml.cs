using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PanelCaseManager.Application.Features.Provision;
using PanelCaseManager.Application.Security;

namespace PanelCaseManager.Web.Pages.Admin.SectorProfiles;

/// <summary>An administrator lists the sector profiles, each with its published version and any draft.</summary>
[Authorize(Policy = Policies.Administer)]
public sealed class IndexModel(ISender sender) : PageModel
{
    public IReadOnlyList<ListSectorProfiles.Summary> Profiles { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Profiles = await sender.Send(new ListSectorProfiles.Query(IncludeUnpublished: true), cancellationToken);
}
