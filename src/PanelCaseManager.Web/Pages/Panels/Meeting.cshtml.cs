using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PanelCaseManager.Application.Features.Panels;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Domain.Users;
using PanelCaseManager.Web.Ui;

namespace PanelCaseManager.Web.Pages.Panels;

/// <summary>A panel meeting: its members, attendance and agenda, with each case's quorum, conflicts, views and decision.</summary>
[Authorize(Policy = Policies.ReadCases)]
public sealed class MeetingModel(ISender sender) : PageModel
{
    public GetPanelMeeting.Details Meeting { get; private set; } = null!;

    public bool IsChair => Navigation.RoleOf(User) == Role.PanelChair;

    public bool SitsOnPanel => Navigation.RoleOf(User) is Role.PanelMember or Role.PanelChair;

    public async Task OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        Meeting = await sender.Send(new GetPanelMeeting.Query(id), cancellationToken);
}
