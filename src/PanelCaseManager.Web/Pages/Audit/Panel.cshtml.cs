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
public sealed class PanelModel(ISender sender) : AuditEventsPageModel(sender)
{
    public GetPanelMeeting.Details Meeting { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadEventsAsync(null, id, Url.To("/Audit/Panel", new { id }), cancellationToken))
        {
            return NotFound();
        }

        Meeting = await Sender.Send(new GetPanelMeeting.Query(id), cancellationToken);
        return Page();
    }
}
