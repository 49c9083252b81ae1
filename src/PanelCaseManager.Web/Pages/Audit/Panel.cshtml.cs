using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PanelCaseManager.Application.Features.Audit;
using PanelCaseManager.Application.Features.Panels;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Web.Ui;

namespace PanelCaseManager.Web.Pages.Audit;

/// <summary>The history of one panel for an auditor: the meeting and its agenda, then every audit event about it, newest first.</summary>
[Authorize(Policy = Policies.Audit)]
public sealed class PanelModel(ISender sender) : PageModel
{
    public GetPanelMeeting.Details Meeting { get; private set; } = null!;

    public AuditEventsView Events { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var page = AuditPaging.PageOf(Request);
        if (page is null)
        {
            return NotFound();
        }

        Meeting = await sender.Send(new GetPanelMeeting.Query(id), cancellationToken);
        var events = await sender.Send(new ListAuditEvents.Query(null, id, page), cancellationToken);
        Events = new AuditEventsView(events, $"/audit/panels/{id}", null, id);
        return Page();
    }
}
