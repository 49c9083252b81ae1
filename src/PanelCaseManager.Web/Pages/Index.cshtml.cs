using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PanelCaseManager.Application.Features.PlacementRequests;
using PanelCaseManager.Application.Features.Timeliness;
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

    public bool IsPartner => Navigation.IsPartner(User);

    public bool InvitesPartners => Navigation.InvitesPartners(User);

    public int MyCaseCount { get; private set; }

    /// <summary>What waits for an officer, team manager, auditor or administrator today, as counts; null for other roles.</summary>
    public GetWaitingWork.Waiting? Waiting { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (ManagesCases)
        {
            var mine = await sender.Send(new ListPlacementRequests.Query(null, ListPlacementRequests.OfficerMe, null, null, 1, 1, null), cancellationToken);
            MyCaseCount = mine.TotalCount;
        }

        if (ManagesCases || Audits || Administers)
        {
            Waiting = await sender.Send(new GetWaitingWork.Query(), cancellationToken);
        }
    }
}
