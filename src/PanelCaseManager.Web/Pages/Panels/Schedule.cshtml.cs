using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PanelCaseManager.Application.Features.Panels;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Domain.Users;
using PanelCaseManager.Web.Ui;
using PanelCaseManager.Web.Ui.TagHelpers;

namespace PanelCaseManager.Web.Pages.Panels;

/// <summary>An officer schedules a panel meeting: its date, chair and members. The form's token makes a second press schedule it once.</summary>
[Authorize(Policy = Policies.ManageCases)]
public sealed class ScheduleModel(ISender sender) : PageModel
{
    public IReadOnlyList<ListPanelMembers.Member> People { get; private set; } = [];

    [BindProperty]
    public string? Title { get; set; }

    [BindProperty(Name = "meetingDate")]
    [DateInput("The date", Example = "2 12 2026")]
    public DateParts MeetingDate { get; set; } = new();

    [BindProperty]
    public string? Location { get; set; }

    [BindProperty]
    public string? ChairId { get; set; }

    [BindProperty]
    public List<string> MemberIds { get; set; } = [];

    [BindProperty]
    public Guid? FormToken { get; set; }

    public IReadOnlyList<Choice> ChairChoices =>
        People.Where(p => p.Role == Role.PanelChair).Select(p => new Choice(p.Id, $"{p.Name}, {p.Agency.Title()}")).ToList();

    public IReadOnlyList<ListPanelMembers.Member> MemberChoices => People.Where(p => p.Role == Role.PanelMember).ToList();

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        People = await sender.Send(new ListPanelMembers.Query(), cancellationToken);
        FormToken = Guid.NewGuid();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        People = await sender.Send(new ListPanelMembers.Query(), cancellationToken);
        FormToken ??= Guid.NewGuid();
        var date = MeetingDate.Date;
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var command = new ScheduleMeeting.Command(Title?.Trim(), date, string.IsNullOrWhiteSpace(Location) ? null : Location.Trim(), ChairId, MemberIds)
        {
            IdempotencyKey = $"schedule-form:{FormToken:N}",
        };
        var (succeeded, result) = await ModelState.TrySendAsync(() => sender.Send(command, cancellationToken).AsTask());
        if (!succeeded)
        {
            return Page();
        }

        TempData.Success($"The meeting on {Display.Date(result!.MeetingDate)} is scheduled. Papers are frozen at {Display.DateTime(result.CutOffAt)}.");
        return RedirectToPage("/Panels/Meeting", new { id = result.Id });
    }
}
