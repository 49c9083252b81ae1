using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PanelCaseManager.Application.Features.Panels;
using PanelCaseManager.Application.Security;

namespace PanelCaseManager.Web.Pages.Panels;

/// <summary>Panel meetings from a month ago onwards: every meeting for officers, only their own for members and chairs.</summary>
[Authorize(Policy = Policies.ReadCases)]
public sealed class IndexModel(ISender sender) : PageModel
{
    public IReadOnlyList<ListPanelMeetings.Summary> Meetings { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Meetings = await sender.Send(new ListPanelMeetings.Query(null, null), cancellationToken);
}
