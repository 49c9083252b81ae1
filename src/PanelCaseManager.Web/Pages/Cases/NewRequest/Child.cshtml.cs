using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using PanelCaseManager.Application.Features.PlacementRequests;
using PanelCaseManager.Application.Features.PlacementRequests.Drafts;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Web.Ui;

namespace PanelCaseManager.Web.Pages.Cases.NewRequest;

[Authorize(Policy = Policies.ManageCases)]
public sealed class ChildModel(ISender sender) : RequestStepModel(sender)
{
    public sealed class ChildForm
    {
        public string? GivenName { get; set; }
        public string? FamilyName { get; set; }
        [ModelBinder(Name = "dateOfBirth")]
        [DateInput("The date of birth", Example = "14 3 2016")]
        public DateParts DateOfBirth { get; set; } = new();
        public string? Upn { get; set; }
        public string? Postcode { get; set; }
        public string? CurrentSetting { get; set; }
    }

    [BindProperty(Name = "child")]
    public ChildForm Child { get; set; } = new();

    public override RequestDraftStep ThisStep => RequestDraftStep.Child;

    protected override void Show(SubmitPlacementRequest.Command answers)
    {
        var child = answers.Child;
        Child = new ChildForm
        {
            GivenName = child?.GivenName,
            FamilyName = child?.FamilyName,
            DateOfBirth = DateParts.From(child?.DateOfBirth),
            Upn = child?.Upn,
            Postcode = child?.Postcode,
            CurrentSetting = child?.CurrentSetting,
        };
    }

    protected override SubmitPlacementRequest.Command Read() =>
        RequestDraftSteps.Empty(null) with
        {
            Child = new SubmitPlacementRequest.ChildDetails(
                Clean(Child.GivenName),
                Clean(Child.FamilyName),
                Child.DateOfBirth.Date,
                Clean(Child.Upn)?.ToUpperInvariant(),
                Clean(Child.Postcode)?.ToUpperInvariant(),
                null,
                null,
                Clean(Child.CurrentSetting)),
        };
}
