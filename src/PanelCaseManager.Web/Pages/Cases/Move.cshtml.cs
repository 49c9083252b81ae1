using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PanelCaseManager.Application.Features.PlacementRequests;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Domain.PlacementRequests;
using PanelCaseManager.Web.Ui;
using PanelCaseManager.Web.Ui.TagHelpers;

namespace PanelCaseManager.Web.Pages.Cases;

/// <summary>
/// Confirms one of an officer's moves of a case, asking why where the move needs a reason. The form carries the
/// version the officer saw, so a second press of the button, or a change by someone else meanwhile, changes nothing.
/// </summary>
[Authorize(Policy = Policies.ManageCases)]
public sealed class MoveModel(ISender sender) : PageModel
{
    public GetPlacementRequest.Details Case { get; private set; } = null!;

    public StageTransition Transition { get; private set; }

    public CaseTabs Tabs => new(Case, "overview");

    [BindProperty]
    public int? Version { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    [BindProperty]
    public string? Trigger { get; set; }

    [BindProperty(Name = "triggerDate")]
    [DateInput("The date")]
    public DateParts TriggerDate { get; set; } = new();

    public bool NeedsReason => StageRules.RequiresReason(Transition);

    public bool IsReconsideration => Transition == StageTransition.Reconsider;

    public bool IsAllowedNow => Case.AllowedTransitions.Contains(Transition);

    public IReadOnlyList<Choice> TriggerChoices { get; } =
        Enum.GetValues<ReconsiderationTrigger>().Select(t => new Choice(t.ToString(), t.Describe())).ToList();

    public string Heading => Transition switch
    {
        StageTransition.StartEvidence => "Start gathering evidence",
        StageTransition.MarkReadyForPanel => "Mark the case ready for panel",
        StageTransition.ReturnToEvidence => "Return the case to evidence gathering",
        StageTransition.Withdraw => "Withdraw the request",
        StageTransition.Close => "Close the case",
        StageTransition.Reconsider => "Reconsider the decision",
        _ => Display.Sentence(Transition.Describe()),
    };

    public async Task<IActionResult> OnGetAsync(Guid id, string move, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, move, cancellationToken))
        {
            return NotFound();
        }

        Version = Case.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, string move, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, move, cancellationToken))
        {
            return NotFound();
        }

        var triggerDate = IsReconsideration ? TriggerDate.Date : null;

        ReconsiderationTrigger? trigger = IsReconsideration ? FormEnum.Parse<ReconsiderationTrigger>(Trigger) : null;
        var command = new MoveStage.Command(id, Transition, Version, string.IsNullOrWhiteSpace(Reason) ? null : Reason.Trim(), trigger, triggerDate);
        var (succeeded, result) = await ModelState.TrySendAsync(
            () => sender.Send(command, cancellationToken).AsTask());
        if (!succeeded || !ModelState.IsValid)
        {
            // Show the case as it is now, so that a stale version explains itself.
            await LoadAsync(id, move, cancellationToken);
            return Page();
        }

        TempData.Success($"{Case.Reference} is now '{result!.StageDescription}'.");
        return RedirectToPage("/Cases/Overview", new { id });
    }

    private async Task<bool> LoadAsync(Guid id, string move, CancellationToken cancellationToken)
    {
        var transition = MoveStage.OfficerTransitions.FirstOrDefault(t => t.Slug() == move, (StageTransition)(-1));
        if ((int)transition < 0)
        {
            return false;
        }

        Transition = transition;
        Case = await sender.Send(new GetPlacementRequest.Query(id), cancellationToken);
        return true;
    }
}
