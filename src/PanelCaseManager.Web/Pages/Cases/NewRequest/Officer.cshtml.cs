using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using PanelCaseManager.Application.Features.PlacementRequests;
using PanelCaseManager.Application.Features.PlacementRequests.Drafts;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Web.Ui;
using PanelCaseManager.Web.Ui.TagHelpers;

namespace PanelCaseManager.Web.Pages.Cases.NewRequest;

[Authorize(Policy = Policies.ManageCases)]
public sealed class OfficerModel(ISender sender) : RequestStepModel(sender)
{
    [BindProperty]
    public string? AssignedOfficerId { get; set; }

    public IReadOnlyList<Choice> OfficerChoices { get; private set; } = [];

    public override RequestDraftStep ThisStep => RequestDraftStep.Officer;

    protected override void Show(SubmitPlacementRequest.Command answers) => AssignedOfficerId = answers.AssignedOfficerId;

    protected override SubmitPlacementRequest.Command Read() => RequestDraftSteps.Empty(Clean(AssignedOfficerId));

    protected override async Task LoadChoicesAsync(CancellationToken cancellationToken)
    {
        var officers = await Sender.Send(new ListCaseOfficers.Query(), cancellationToken);
        OfficerChoices = officers
            .Select(o => new Choice(o.Id, o.Name, string.Join(", ", new[] { o.Role.Describe(), o.Team is null ? null : $"{o.Team} team" }.OfType<string>())))
            .ToList();
    }
}
