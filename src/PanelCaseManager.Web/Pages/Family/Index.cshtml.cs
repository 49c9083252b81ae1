using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PanelCaseManager.Application.Features.Family;
using PanelCaseManager.Application.Security;

namespace PanelCaseManager.Web.Pages.Family;

/// <summary>A family's requests for the children linked to them, each with where it is.</summary>
[Authorize(Policy = Policies.Family)]
public sealed class IndexModel(ISender sender) : PageModel
{
    public IReadOnlyList<ListFamilyCases.Summary> Requests { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Requests = await sender.Send(new ListFamilyCases.Query(), cancellationToken);
}
