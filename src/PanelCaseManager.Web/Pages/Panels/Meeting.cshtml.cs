using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
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

    /// <summary>An officer may freeze the papers once the cut-off has passed and a case on the agenda has none yet.</summary>
    public bool CanFreezePapers => Navigation.ManagesCases(User) && Meeting.PastCutOff && Meeting.Agenda.Any(a => a.Papers is null);

    public async Task OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        Meeting = await sender.Send(new GetPanelMeeting.Query(id), cancellationToken);

    /// <summary>Freezes the papers of every case on the agenda (those already frozen stay as they are).</summary>
    public async Task<IActionResult> OnPostFreezePapersAsync(Guid id, CancellationToken cancellationToken)
    {
        var (succeeded, result) = await ModelState.TrySendAsync(() => sender.Send(new FreezePapers.Command(id), cancellationToken).AsTask());
        if (!succeeded)
        {
            Meeting = await sender.Send(new GetPanelMeeting.Query(id), cancellationToken);
            return Page();
        }

        TempData.Success(result!.Packs.Count == 1
            ? "The papers of the case on the agenda are frozen: members can read them now."
            : $"The papers of the {result.Packs.Count} cases on the agenda are frozen: members can read them now.");
        return Redirect($"/panels/{id}");
    }
}
