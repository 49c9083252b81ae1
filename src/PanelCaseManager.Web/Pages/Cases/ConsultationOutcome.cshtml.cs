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
/// An officer records what the local authority decided after consulting a setting: to name it or not, and why.
/// The form carries the version of the consultation the officer saw, so a second press changes nothing.
/// </summary>
[Authorize(Policy = Policies.ManageCases)]
public sealed class ConsultationOutcomeModel(ISender sender) : PageModel
{
    public GetPlacementRequest.Details Case { get; private set; } = null!;

    public ListConsultations.Summary Consultation { get; private set; } = null!;

    public CaseTabs Tabs => new(Case, "consultations");

    [BindProperty]
    public int? Version { get; set; }

    [BindProperty]
    public string? Outcome { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    public IReadOnlyList<Choice> OutcomeChoices { get; } =
        Enum.GetValues<ConsultationOutcome>().Select(o => new Choice(o.ToString(), ConsultationsModel.Describe(o))).ToList();

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

        ConsultationOutcome? outcome = FormEnum.Parse<ConsultationOutcome>(Outcome);
        var command = new RecordConsultationOutcome.Command(id, consultationId, Version, outcome, string.IsNullOrWhiteSpace(Reason) ? null : Reason.Trim());
        var (succeeded, _) = await ModelState.TrySendAsync(
            () => sender.Send(command, cancellationToken).AsTask());
        if (!succeeded)
        {
            return Page();
        }

        TempData.Success($"The outcome of consulting {Consultation.SettingName} is recorded.");
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
