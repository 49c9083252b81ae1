using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PanelCaseManager.Application.Features.Panels;
using PanelCaseManager.Application.Features.PlacementRequests;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Domain.Common;
using PanelCaseManager.Domain.PlacementRequests;
using PanelCaseManager.Web.Ui;
using PanelCaseManager.Web.Ui.TagHelpers;

namespace PanelCaseManager.Web.Pages.Cases;

/// <summary>The panel meetings a case has been on, and for an officer, putting it on a coming meeting's agenda.</summary>
[Authorize(Policy = Policies.ReadCases)]
public sealed class PanelModel(ISender sender, TimeProvider clock) : PageModel
{
    public GetPlacementRequest.Details Case { get; private set; } = null!;

    public GetCasePanels.CasePanels Panels { get; private set; } = null!;

    public IReadOnlyList<ListPanelMeetings.Summary> Coming { get; private set; } = [];

    public CaseTabs Tabs => new(Case, "panel");

    public bool CanAdd => Navigation.ManagesCases(User) && Case.Stage == Stage.ReadyForPanel && Panels.Undecided is null;

    [BindProperty]
    public Guid? PanelId { get; set; }

    [BindProperty]
    public string? LateReason { get; set; }

    public IReadOnlyList<Choice> MeetingChoices =>
        Coming.Select(m => new Choice(m.Id.ToString(), $"{m.Title}, {Display.Date(m.MeetingDate)}", $"Papers cut-off {Display.DateTime(m.CutOffAt)}; {m.Cases} case(s) on the agenda")).ToList();

    public async Task OnGetAsync(Guid id, CancellationToken cancellationToken) => await LoadAsync(id, cancellationToken);

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        await LoadAsync(id, cancellationToken);
        if (PanelId is not { } panelId || Coming.All(m => m.Id != panelId))
        {
            ModelState.AddModelError("panelId", "Choose the panel meeting to put the case on.");
            return Page();
        }

        var (succeeded, result) = await ModelState.TrySendAsync(
            async () =>
            {
                var meeting = await sender.Send(new GetPanelMeeting.Query(panelId), cancellationToken);
                return await sender.Send(new AddToAgenda.Command(panelId, id, meeting.Version, string.IsNullOrWhiteSpace(LateReason) ? null : LateReason.Trim()), cancellationToken);
            });
        if (!succeeded)
        {
            await LoadAsync(id, cancellationToken);
            return Page();
        }

        TempData.Success($"{Case.Reference} is on the agenda, item {result!.Position}{(result.AddedAfterCutOff ? ", added after the cut-off" : string.Empty)}.");
        return RedirectToPage("/Cases/Panel", new { id });
    }

    private async Task LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        Case = await sender.Send(new GetPlacementRequest.Query(id), cancellationToken);
        Panels = await sender.Send(new GetCasePanels.Query(id), cancellationToken);
        if (Navigation.ManagesCases(User))
        {
            var today = UkCalendar.Today(clock);
            Coming = await sender.Send(new ListPanelMeetings.Query(today, today.AddDays(ListPanelMeetings.MaximumDays)), cancellationToken);
        }
    }
}
