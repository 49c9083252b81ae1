using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PanelCaseManager.Application.Features.PlacementRequests;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Domain.PlacementRequests;
using PanelCaseManager.Web.Ui;

namespace PanelCaseManager.Web.Pages.Cases;

/// <summary>A case at a glance: where it is, who holds it, and what can happen next.</summary>
[Authorize(Policy = Policies.ReadCases)]
public sealed class OverviewModel(ISender sender) : PageModel
{
    public GetPlacementRequest.Details Case { get; private set; } = null!;

    public CaseTabs Tabs => new(Case, "overview");

    /// <summary>The moves an officer makes from here, each with its own confirmation page.</summary>
    public IReadOnlyList<StageTransition> OfficerMoves =>
        Case.AllowedTransitions.Where(t => MoveStage.OfficerTransitions.Contains(t)).ToList();

    /// <summary>What else can happen from here, made by the panel or by issuing the letter.</summary>
    public IReadOnlyList<StageTransition> OtherMoves =>
        Case.AllowedTransitions.Where(t => !MoveStage.OfficerTransitions.Contains(t)).ToList();

    public bool CanMove => Navigation.ManagesCases(User);

    /// <summary>The steps from request to issued letter, as a task list.</summary>
    public GetCaseProgress.Progress Progress { get; private set; } = null!;

    public async Task OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        Case = await sender.Send(new GetPlacementRequest.Query(id), cancellationToken);
        Progress = await sender.Send(new GetCaseProgress.Query(id), cancellationToken);
    }

    public static string NextStepText(StageTransition transition) => transition switch
    {
        StageTransition.RecordDecision => "The panel decides on the case at a meeting.",
        StageTransition.DeferForEvidence => "The panel defers the case for more evidence.",
        StageTransition.IssueLetter => "The decision letter is issued to the family.",
        _ => Display.Sentence(transition.Describe()) + ".",
    };

    /// <summary>The main move from a stage is the primary button; the others (withdraw, return) are secondary.</summary>
    public static bool IsPrimary(StageTransition transition) =>
        transition is StageTransition.StartEvidence or StageTransition.MarkReadyForPanel or StageTransition.Close;
}
