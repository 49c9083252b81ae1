using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PanelCaseManager.Application.Features.Consultations;
using PanelCaseManager.Application.Features.PlacementRequests;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Domain.Consultations;
using PanelCaseManager.Web.Ui;
using PanelCaseManager.Web.Ui.TagHelpers;

namespace PanelCaseManager.Web.Pages.Cases;

/// <summary>
/// An officer records a consulted setting's reply. The form carries the version of the consultation the officer
/// saw, so a second press, or a change by someone else meanwhile, changes nothing.
/// </summary>
[Authorize(Policy = Policies.ManageCases)]
public sealed class ConsultationResponseModel(ISender sender) : PageModel
{
    public GetPlacementRequest.Details Case { get; private set; } = null!;

    public ListConsultations.Summary Consultation { get; private set; } = null!;

    public CaseTabs Tabs => new(Case, "consultations");

    [BindProperty]
    public int? Version { get; set; }

    [BindProperty(Name = "respondedOn")]
    [DateInput("The date of the response")]
    public DateParts RespondedOn { get; set; } = new();

    /// <summary>The response chosen: named Answer here because a page model has a Response of its own.</summary>
    [BindProperty(Name = "response")]
    public string? Answer { get; set; }

    [BindProperty]
    public string? Summary { get; set; }

    public IReadOnlyList<Choice> ResponseChoices { get; } =
        Enum.GetValues<ConsultationResponse>().Select(r => new Choice(r.ToString(), ConsultationsModel.Describe(r))).ToList();

    public async Task<IActionResult> OnGetAsync(Guid id, Guid consultationId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, consultationId, cancellationToken))
        {
            return NotFound();
        }

        Version = Consultation.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, Guid consultationId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, consultationId, cancellationToken))
        {
            return NotFound();
        }

        var respondedOn = RespondedOn.Date;
        if (!ModelState.IsValid)
        {
            return Page();
        }

        ConsultationResponse? response = FormEnum.Parse<ConsultationResponse>(Answer);
        var command = new RecordConsultationResponse.Command(id, consultationId, Version, respondedOn, response, string.IsNullOrWhiteSpace(Summary) ? null : Summary.Trim());
        var (succeeded, _) = await ModelState.TrySendAsync(
            () => sender.Send(command, cancellationToken).AsTask());
        if (!succeeded)
        {
            return Page();
        }

        TempData.Success($"{Consultation.SettingName}'s response is recorded.");
        return RedirectToPage("/Cases/Consultations", new { id });
    }

    private async Task<bool> LoadAsync(Guid id, Guid consultationId, CancellationToken cancellationToken)
    {
        Case = await sender.Send(new GetPlacementRequest.Query(id), cancellationToken);
        var found = (await sender.Send(new ListConsultations.Query(id), cancellationToken)).FirstOrDefault(c => c.Id == consultationId);
        if (found is null)
        {
            return false;
        }

        Consultation = found;
        return true;
    }
}
