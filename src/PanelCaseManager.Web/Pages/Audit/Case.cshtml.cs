using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PanelCaseManager.Application.Features.Audit;
using PanelCaseManager.Application.Features.PlacementRequests;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Web.Ui;

namespace PanelCaseManager.Web.Pages.Audit;

/// <summary>The history of one case for an auditor: its timeline and every audit event about it.</summary>
[Authorize(Policy = Policies.Audit)]
public sealed class CaseModel(ISender sender) : AuditEventsPageModel(sender)
{
    public GetCaseHistory.Timeline History { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadEventsAsync(id, null, Url.To("/Audit/Case", new { id }), cancellationToken))
        {
            return NotFound();
        }

        History = await Sender.Send(new GetCaseHistory.Query(id), cancellationToken);
        return Page();
    }
}
