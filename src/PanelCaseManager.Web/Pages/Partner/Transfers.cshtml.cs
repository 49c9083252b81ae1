using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PanelCaseManager.Application.Features.Plans;
using PanelCaseManager.Application.Security;

namespace PanelCaseManager.Web.Pages.Partner;

/// <summary>
/// A setting's SENCO sees the phase transfers that concern the setting (docs/adr/0267): the children of the setting
/// moving on next September, and the children whose move consulted the setting. Nothing about any other setting's
/// children, and nothing for a professional.
/// </summary>
[Authorize(Policy = Policies.Partner)]
public sealed class TransfersModel(ISender sender) : PageModel
{
    public ListSettingTransfers.Transfers Transfers { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Transfers = await sender.Send(new ListSettingTransfers.Query(), cancellationToken);
}
