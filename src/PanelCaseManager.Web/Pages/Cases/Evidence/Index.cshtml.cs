using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PanelCaseManager.Application.Features.Evidence;
using PanelCaseManager.Application.Features.PlacementRequests;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Web.Ui;

namespace PanelCaseManager.Web.Pages.Cases.Evidence;

/// <summary>A case's documents: what each is, who wrote it, when it came, whether it came after a panel's papers were frozen.</summary>
[Authorize(Policy = Policies.ReadCases)]
public sealed class IndexModel(ISender sender) : PageModel
{
    public GetPlacementRequest.Details Case { get; private set; } = null!;

    public GetCaseEvidence.CaseEvidence Evidence { get; private set; } = null!;

    public CaseTabs Tabs => new(Case, "evidence");

    public bool CanAdd => Navigation.ManagesCases(User);

    public async Task OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        Case = await sender.Send(new GetPlacementRequest.Query(id), cancellationToken);
        Evidence = await sender.Send(new GetCaseEvidence.Query(id), cancellationToken);
    }
}
