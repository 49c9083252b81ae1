using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PanelCaseManager.Application.Features.Family;
using PanelCaseManager.Application.Security;

namespace PanelCaseManager.Web.Pages.Family;

/// <summary>What a family can do if they disagree or need help, with the contacts configured for the council.</summary>
[Authorize(Policy = Policies.Family)]
public sealed class YourRightsModel(ISender sender) : PageModel
{
    public GetYourRights.Rights Rights { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Rights = await sender.Send(new GetYourRights.Query(), cancellationToken);
}
