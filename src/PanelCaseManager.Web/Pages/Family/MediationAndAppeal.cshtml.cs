using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PanelCaseManager.Application.Features.Family;
using PanelCaseManager.Application.Security;

namespace PanelCaseManager.Web.Pages.Family;

/// <summary>
/// Where the family's mediation and tribunal appeal stand, and what the council must do by when (each order's last day,
/// and whether it was done in time). Only the family linked to the child: anyone else's id is "not found".
/// </summary>
[Authorize(Policy = Policies.Family)]
public sealed class MediationAndAppealModel(ISender sender) : PageModel
{
    public GetFamilyCase.View Case { get; private set; } = null!;

    public GetYourMediationAndAppeal.Result Disagreement { get; private set; } = null!;

    public async Task OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        Case = await sender.Send(new GetFamilyCase.Query(id), cancellationToken);
        Disagreement = await sender.Send(new GetYourMediationAndAppeal.Query(id), cancellationToken);
    }
}
