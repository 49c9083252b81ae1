using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Features.Appeals;
using PanelCaseManager.Application.Features.PlacementRequests;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Domain.Appeals;
using PanelCaseManager.Web.Ui;
using PanelCaseManager.Web.Ui.TagHelpers;

namespace PanelCaseManager.Web.Pages.Cases.Appeals;

/// <summary>An officer records where a mediation stands: the family's choice, the mediation held and its outcome, the certificate.</summary>
[Authorize(Policy = Policies.ManageCases)]
public sealed class MediationModel(ISender sender) : PageModel
{
    public GetPlacementRequest.Details Case { get; private set; } = null!;

    public GetDisagreements.MediationItem Mediation { get; private set; } = null!;

    public CaseTabs Tabs => new(Case, "appeals");

    [BindProperty]
    public int ExpectedVersion { get; set; }

    [BindProperty]
    public MediationChoice? Choice { get; set; }

    [BindProperty(Name = "choiceMadeOn")]
    [DateInput("The day the family gave their choice")]
    public DateParts ChoiceMadeOn { get; set; } = new();

    [BindProperty(Name = "heldOn")]
    [DateInput("The day of the mediation")]
    public DateParts HeldOn { get; set; } = new();

    [BindProperty]
    public MediationOutcome? Outcome { get; set; }

    [BindProperty(Name = "certificateIssuedOn")]
    [DateInput("The certificate's date")]
    public DateParts CertificateIssuedOn { get; set; } = new();

    public static IReadOnlyList<Choice> ChoiceChoices { get; } =
        [.. Enum.GetValues<MediationChoice>().Select(c => new Choice(c.ToString(), IndexModel.Describe(c)))];

    public static IReadOnlyList<Choice> OutcomeChoices { get; } =
        [.. Enum.GetValues<MediationOutcome>().Select(o => new Choice(o.ToString(), IndexModel.Describe(o)))];

    public async Task<IActionResult> OnGetAsync(Guid id, Guid mediationId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, mediationId, cancellationToken))
        {
            return NotFound();
        }

        ExpectedVersion = Mediation.Version;
        Choice = Mediation.Choice;
        ChoiceMadeOn = DateParts.From(Mediation.ChoiceMadeOn);
        HeldOn = DateParts.From(Mediation.HeldOn);
        Outcome = Mediation.Outcome;
        CertificateIssuedOn = DateParts.From(Mediation.CertificateIssuedOn);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, Guid mediationId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, mediationId, cancellationToken))
        {
            return NotFound();
        }

        var choiceMadeOn = ChoiceMadeOn.Date;
        var heldOn = HeldOn.Date;
        var certificate = CertificateIssuedOn.Date;
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var (succeeded, _) = await ModelState.TrySendAsync<RecordMediation.Result>(
            async () => await sender.Send(new RecordMediation.Command(id, mediationId, ExpectedVersion, Choice, choiceMadeOn, heldOn, Outcome, certificate), cancellationToken),
            field => field);
        if (!succeeded)
        {
            return Page();
        }

        TempData.Success($"The mediation about notice {Mediation.NoticeReference} is updated.");
        return RedirectToPage("/Cases/Appeals/Index", new { id });
    }

    private async Task<bool> LoadAsync(Guid id, Guid mediationId, CancellationToken cancellationToken)
    {
        Case = await sender.Send(new GetPlacementRequest.Query(id), cancellationToken);
        var found = (await sender.Send(new GetDisagreements.Query(id), cancellationToken)).Mediations.SingleOrDefault(m => m.Id == mediationId);
        Mediation = found!;
        return found is not null;
    }
}
