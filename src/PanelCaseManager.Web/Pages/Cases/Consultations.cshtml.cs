using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PanelCaseManager.Application.Features.Consultations;
using PanelCaseManager.Application.Features.Panels;
using PanelCaseManager.Application.Features.PlacementRequests;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Domain.Consultations;
using PanelCaseManager.Web.Ui;

namespace PanelCaseManager.Web.Pages.Cases;

/// <summary>The settings consulted about a case after its decision: when, when a reply is due, what each said and what the LA decided.</summary>
[Authorize(Policy = Policies.ReadCases)]
public sealed class ConsultationsModel(ISender sender) : PageModel
{
    public GetPlacementRequest.Details Case { get; private set; } = null!;

    public IReadOnlyList<ListConsultations.Summary> Consultations { get; private set; } = [];

    public GetCasePanels.DecisionSummary? Standing { get; private set; }

    public CaseTabs Tabs => new(Case, "consultations");

    public bool CanManage => Navigation.ManagesCases(User);

    /// <summary>The consultations put before a setting in the service (officers only).</summary>
    public IReadOnlyList<Application.Features.Partners.ListCasePartnerRequests.Item> PartnerRequests { get; private set; } = [];

    public async Task OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        Case = await sender.Send(new GetPlacementRequest.Query(id), cancellationToken);
        Consultations = await sender.Send(new ListConsultations.Query(id), cancellationToken);
        Standing = (await sender.Send(new GetCasePanels.Query(id), cancellationToken)).Standing;
        if (CanManage)
        {
            PartnerRequests = await sender.Send(new Application.Features.Partners.ListCasePartnerRequests.Query(id), cancellationToken);
        }
    }

    public static string Describe(ConsultationResponse response) => response switch
    {
        ConsultationResponse.CanMeetNeeds => "Can meet the child's needs",
        ConsultationResponse.CanMeetNeedsWithConditions => "Can meet the child's needs, with conditions",
        ConsultationResponse.CannotMeetNeeds => "Cannot meet the child's needs",
        _ => response.ToString(),
    };

    public static string Describe(ConsultationOutcome outcome) => outcome switch
    {
        ConsultationOutcome.SettingToBeNamed => "To be named in the plan",
        ConsultationOutcome.SettingNotToBeNamed => "Not to be named",
        _ => outcome.ToString(),
    };
}
