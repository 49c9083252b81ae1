using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PanelCaseManager.Application.Features.Partners;
using PanelCaseManager.Application.Security;

namespace PanelCaseManager.Web.Pages.Partner;

/// <summary>What is waiting for a partner, soonest due first, and what they have already answered.</summary>
[Authorize(Policy = Policies.Partner)]
public sealed class RequestsModel(ISender sender) : PageModel
{
    public IReadOnlyList<ListMyPartnerRequests.Item> Waiting { get; private set; } = [];

    public IReadOnlyList<ListMyPartnerRequests.Item> Done { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var requests = await sender.Send(new ListMyPartnerRequests.Query(), cancellationToken);
        Waiting = requests.Where(r => r.CanRespond).OrderBy(r => r.DueOn).ToList();
        Done = requests.Where(r => !r.CanRespond).OrderByDescending(r => r.SharedAt).ToList();
    }
}
