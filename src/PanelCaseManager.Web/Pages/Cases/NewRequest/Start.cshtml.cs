using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PanelCaseManager.Application.Features.PlacementRequests.Drafts;
using PanelCaseManager.Application.Security;

namespace PanelCaseManager.Web.Pages.Cases.NewRequest;

/// <summary>The start of logging a request: what is needed, then a draft is made for the answers.</summary>
[Authorize(Policy = Policies.ManageCases)]
public sealed class StartModel(ISender sender) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var draft = await sender.Send(new StartRequestDraft.Command(), cancellationToken);
        return Redirect(RequestJourney.PathOf(Url, draft.DraftId, RequestDraftStep.Child));
    }
}
