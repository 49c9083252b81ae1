using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PanelCaseManager.Application.Features.Panels;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Web.Ui;

namespace PanelCaseManager.Web.Pages.Panels;

/// <summary>The chair records who is present; the meeting page then shows whether each case is quorate.</summary>
[Authorize(Policy = Policies.ChairPanels)]
public sealed class AttendanceModel(ISender sender) : PageModel
{
    public GetPanelMeeting.Details Meeting { get; private set; } = null!;

    [BindProperty]
    public int? Version { get; set; }

    [BindProperty]
    public List<string> Present { get; set; } = [];

    public async Task OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        Meeting = await sender.Send(new GetPanelMeeting.Query(id), cancellationToken);
        Version = Meeting.Version;
        Present = Meeting.Present.Select(p => p.UserId).ToList();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var (succeeded, result) = await ModelState.TrySendAsync(
            () => sender.Send(new RecordAttendance.Command(id, Version, Present), cancellationToken).AsTask(),
            field => field switch
            {
                "presentMemberIds" => "present",
                _ => field,
            });
        if (!succeeded)
        {
            Meeting = await sender.Send(new GetPanelMeeting.Query(id), cancellationToken);
            return Page();
        }

        TempData.Success($"Attendance is recorded: {result!.Present} present. {result.Quorum}");
        return RedirectToPage("/Panels/Meeting", new { id });
    }
}
