using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using PanelCaseManager.Application.Features.PlacementRequests;
using PanelCaseManager.Application.Features.PlacementRequests.Drafts;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Domain.PlacementRequests;
using PanelCaseManager.Web.Ui;
using PanelCaseManager.Web.Ui.TagHelpers;

namespace PanelCaseManager.Web.Pages.Cases.NewRequest;

[Authorize(Policy = Policies.ManageCases)]
public sealed class RequestModel(ISender sender) : RequestStepModel(sender)
{
    [BindProperty]
    public string? Type { get; set; }

    [BindProperty(Name = "receivedDate")]
    [DateInput("The date the request was received", Example = "14 3 2016")]
    public DateParts ReceivedDate { get; set; } = new();

    public override RequestDraftStep ThisStep => RequestDraftStep.Request;

    public IReadOnlyList<Choice> TypeChoices { get; } =
    [
        new(nameof(RequestType.NewPlan), RequestType.NewPlan.Describe(), "The child is being assessed for, or has just been given, an EHC plan."),
        new(nameof(RequestType.PhaseTransfer), RequestType.PhaseTransfer.Describe(), "The child moves to the next phase of education, for example from primary to secondary."),
        new(nameof(RequestType.ChangeOfPlacement), RequestType.ChangeOfPlacement.Describe(), "The child's current placement is not meeting their needs."),
        new(nameof(RequestType.AmendmentAfterAnnualReview), RequestType.AmendmentAfterAnnualReview.Describe(), "The annual review recommended a change of setting."),
    ];

    protected override void Show(SubmitPlacementRequest.Command answers)
    {
        Type = answers.Type?.ToString();
        ReceivedDate = DateParts.From(answers.ReceivedDate);
    }

    protected override SubmitPlacementRequest.Command Read() =>
        RequestDraftSteps.Empty(null) with
        {
            Type = FormEnum.Parse<RequestType>(Type),
            ReceivedDate = ReceivedDate.Date,
        };
}
