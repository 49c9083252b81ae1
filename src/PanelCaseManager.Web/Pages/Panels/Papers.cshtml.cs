using System.Text.Json;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PanelCaseManager.Application.Features.Panels;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Domain.Panels;
using PanelCaseManager.Domain.Users;
using PanelCaseManager.Web.Ui;
using PanelCaseManager.Web.Ui.TagHelpers;

namespace PanelCaseManager.Web.Pages.Panels;

/// <summary>
/// A case's papers for a meeting, as the panel sees them (the frozen pack once the cut-off has passed), where a
/// member declares a conflict of interest or records their agency's view.
/// </summary>
[Authorize(Policy = Policies.ReadCases)]
public sealed class PapersModel(ISender sender) : PageModel
{
    public GetPanelMeeting.Details Meeting { get; private set; } = null!;

    public GetPanelMeeting.AgendaEntry Entry { get; private set; } = null!;

    public GetCasePack.Papers Papers { get; private set; } = null!;

    public CasePackDocument Pack { get; private set; } = null!;

    public bool SitsOnPanel => Navigation.RoleOf(User) is Role.PanelMember or Role.PanelChair;

    [BindProperty]
    public string? Summary { get; set; }

    [BindProperty]
    public string? RecommendedOutcome { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    public IReadOnlyList<Choice> OutcomeChoices { get; } =
        Enum.GetValues<DecisionOutcome>().Select(o => new Choice(o.ToString(), o.AsChoice())).ToList();

    public async Task OnGetAsync(Guid id, Guid caseId, CancellationToken cancellationToken) =>
        await LoadAsync(id, caseId, cancellationToken);

    public async Task<IActionResult> OnPostViewAsync(Guid id, Guid caseId, CancellationToken cancellationToken)
    {
        DecisionOutcome? outcome = FormEnum.Parse<DecisionOutcome>(RecommendedOutcome);
        var (succeeded, _) = await ModelState.TrySendAsync(
            () => sender.Send(new RecordAgencyView.Command(id, caseId, Summary?.Trim(), outcome), cancellationToken).AsTask());
        if (!succeeded)
        {
            await LoadAsync(id, caseId, cancellationToken);
            return Page();
        }

        TempData.Success("Your agency's view is recorded.");
        return RedirectToPage("/Panels/Papers", new { id, caseId });
    }

    public async Task<IActionResult> OnPostConflictAsync(Guid id, Guid caseId, CancellationToken cancellationToken)
    {
        var (succeeded, result) = await ModelState.TrySendAsync(
            () => sender.Send(new DeclareConflict.Command(id, caseId, null, Reason?.Trim()), cancellationToken).AsTask());
        if (!succeeded)
        {
            await LoadAsync(id, caseId, cancellationToken);
            return Page();
        }

        TempData.Success($"Your conflict of interest is recorded. {result!.Quorum}");
        return RedirectToPage("/Panels/Meeting", new { id });
    }

    private async Task LoadAsync(Guid id, Guid caseId, CancellationToken cancellationToken)
    {
        Meeting = await sender.Send(new GetPanelMeeting.Query(id), cancellationToken);
        Entry = Meeting.Agenda.FirstOrDefault(a => a.PlacementRequestId == caseId)
                ?? throw new Application.Common.NotFoundException("Case on this meeting's agenda", caseId);
        Papers = await sender.Send(new GetCasePack.Query(id, caseId), cancellationToken);
        Pack = Papers.Pack.Deserialize<CasePackDocument>(CasePackDocument.Json)
               ?? throw new InvalidOperationException("The case pack is empty.");
    }
}
