using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PanelCaseManager.Application.Features.Appeals;
using PanelCaseManager.Application.Features.PlacementRequests;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Domain.Appeals;
using PanelCaseManager.Web.Ui;

namespace PanelCaseManager.Web.Pages.Cases.Appeals;

/// <summary>Where the family's disagreements with the case's notices stand: mediation, its deadlines and the last day to appeal.</summary>
[Authorize(Policy = Policies.ReadCases)]
public sealed class IndexModel(ISender sender) : PageModel
{
    public GetPlacementRequest.Details Case { get; private set; } = null!;

    public GetDisagreements.Disagreements Disagreements { get; private set; } = null!;

    public CaseTabs Tabs => new(Case, "appeals");

    public bool CanManage => Navigation.ManagesCases(User);

    public async Task OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        Case = await sender.Send(new GetPlacementRequest.Query(id), cancellationToken);
        Disagreements = await sender.Send(new GetDisagreements.Query(id), cancellationToken);
    }

    public static string Describe(MediationChoice choice) => choice switch
    {
        MediationChoice.Undecided => "Not decided yet",
        MediationChoice.Mediate => "Chose mediation",
        MediationChoice.NoMediation => "Did not want mediation",
        _ => choice.ToString(),
    };

    public static string Describe(MediationOutcome outcome) => outcome switch
    {
        MediationOutcome.AgreementReached => "Agreement reached",
        MediationOutcome.PartlyAgreed => "Partly agreed",
        MediationOutcome.NoAgreement => "No agreement",
        _ => outcome.ToString(),
    };
}
