using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PanelCaseManager.Application.Features.PlacementRequests;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Web.Ui;

namespace PanelCaseManager.Web.Pages;

/// <summary>The landing page: sends each role to its work.</summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class IndexModel(ISender sender) : PageModel
{
    public string Name => Navigation.NameOf(User);

    public string RoleName => Navigation.RoleOf(User)?.Describe() ?? string.Empty;

    public bool ManagesCases => Navigation.ManagesCases(User);

    public bool ReadsCases => Navigation.ReadsCases(User);

    public bool Audits => Navigation.Audits(User);

    public bool SitsOnPanels => Navigation.SitsOnPanels(User);

    public bool Administers => Navigation.Administers(User);

    public bool IsFamily => Navigation.IsFamily(User);

    public int MyCaseCount { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (ManagesCases)
        {
            var mine = await sender.Send(new ListPlacementRequests.Query(null, ListPlacementRequests.OfficerMe, null, null, 1, 1, null), cancellationToken);
            MyCaseCount = mine.TotalCount;
        }
    }
}
