using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PanelCaseManager.Application.Features.Panels;
using PanelCaseManager.Application.Features.PlacementRequests;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Web.Ui;

namespace PanelCaseManager.Web.Pages.Cases;

/// <summary>The signed-off decision that stands for the case, readable: outcome, reasons and each preference's test with its grounds.</summary>
[Authorize(Policy = Policies.ReadCases)]
public sealed class DecisionModel(ISender sender) : PageModel
{
    public GetPlacementRequest.Details Case { get; private set; } = null!;

    public GetDecision.Details? Decision { get; private set; }

    public CaseTabs Tabs => new(Case, "decision");

    public static string Pounds(long pence) => (pence / 100m).ToString("C0", System.Globalization.CultureInfo.GetCultureInfo("en-GB"));

    public async Task OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        Case = await sender.Send(new GetPlacementRequest.Query(id), cancellationToken);
        var panels = await sender.Send(new GetCasePanels.Query(id), cancellationToken);
        Decision = panels.Standing is { } standing ? await sender.Send(new GetDecision.Query(standing.Id), cancellationToken) : null;
    }
}
