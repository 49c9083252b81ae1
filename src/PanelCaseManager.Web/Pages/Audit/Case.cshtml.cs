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
public sealed class CaseModel(ISender sender) : PageModel
{
    public GetCaseHistory.Timeline History { get; private set; } = null!;

    public AuditEventsView Events { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var page = AuditPaging.PageOf(Request);
        if (page is null)
        {
            return NotFound();
        }

        History = await sender.Send(new GetCaseHistory.Query(id), cancellationToken);
        var events = await sender.Send(new ListAuditEvents.Query(id, null, page), cancellationToken);
        Events = new AuditEventsView(events, $"/audit/cases/{id}", id, null);
        return Page();
    }
}
