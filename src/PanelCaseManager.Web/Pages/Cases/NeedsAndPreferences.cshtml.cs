using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PanelCaseManager.Application.Features.PlacementRequests;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Domain.Needs;
using PanelCaseManager.Web.Ui;

namespace PanelCaseManager.Web.Pages.Cases;

/// <summary>The child's needs (SEN2 codes and the level in each broad area) and the family's ranked preferences.</summary>
[Authorize(Policy = Policies.ReadCases)]
public sealed class NeedsAndPreferencesModel(ISender sender, Sen2Catalogue sen2) : PageModel
{
    public GetPlacementRequest.Details Case { get; private set; } = null!;

    public CaseTabs Tabs => new(Case, "needs-and-preferences");

    public async Task OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        Case = await sender.Send(new GetPlacementRequest.Query(id), cancellationToken);

    public string NeedName(string? code) =>
        code is null ? "None recorded" : sen2.Contains(code) ? $"{sen2.Get(code).Description} ({code})" : code;

    public IReadOnlyList<(string Area, int Level)> Levels =>
    [
        (BroadAreaOfNeed.CommunicationAndInteraction.Describe(), Case.NeedLevels.CommunicationAndInteraction),
        (BroadAreaOfNeed.CognitionAndLearning.Describe(), Case.NeedLevels.CognitionAndLearning),
        (BroadAreaOfNeed.SocialEmotionalAndMentalHealth.Describe(), Case.NeedLevels.SocialEmotionalAndMentalHealth),
        (BroadAreaOfNeed.SensoryAndPhysical.Describe(), Case.NeedLevels.SensoryAndPhysical),
    ];
}
