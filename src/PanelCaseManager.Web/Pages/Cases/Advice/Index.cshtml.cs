using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Features.Evidence;
using PanelCaseManager.Application.Features.PlacementRequests;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Domain.Common;
using PanelCaseManager.Domain.Users;
using PanelCaseManager.Web.Ui;
using PanelCaseManager.Web.Ui.TagHelpers;

namespace PanelCaseManager.Web.Pages.Cases.Advice;

/// <summary>
/// The statutory advice asked for on a case, agency by agency: when it was asked for, when it is due, when it came;
/// what is outstanding or overdue. An officer records a new request here; the form's token makes a second press
/// record it once.
/// </summary>
[Authorize(Policy = Policies.ReadCases)]
public sealed class IndexModel(ISender sender) : PageModel
{
    public GetPlacementRequest.Details Case { get; private set; } = null!;

    public GetCaseEvidence.CaseEvidence Evidence { get; private set; } = null!;

    public CaseTabs Tabs => new(Case, "advice");

    public bool CanManage => Navigation.ManagesCases(User);

    /// <summary>The advice requests put before professionals in the service (officers only).</summary>
    public IReadOnlyList<Application.Features.Partners.ListCasePartnerRequests.Item> PartnerRequests { get; private set; } = [];

    [BindProperty]
    public string? Agency { get; set; }

    [BindProperty]
    public string? AgencyName { get; set; }

    [BindProperty]
    public string? AddressedTo { get; set; }

    [BindProperty(Name = "requestedOn")]
    [DateInput("The date", Example = "2 11 2026")]
    public DateParts RequestedOn { get; set; } = new();

    [BindProperty]
    public Guid? FormToken { get; set; }

    public IReadOnlyList<Choice> AgencyChoices => EvidenceText.AgencyChoices(optional: false);

    public async Task OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        await LoadAsync(id, cancellationToken);
        FormToken = Guid.NewGuid();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        await LoadAsync(id, cancellationToken);
        FormToken ??= Guid.NewGuid();
        Agency? agency = null;
        if (!string.IsNullOrWhiteSpace(Agency))
        {
            if (FormEnum.Parse<Agency>(Agency) is { } parsed && EvidenceText.AdviceAgencies.Contains(parsed))
            {
                agency = parsed;
            }
            else
            {
                ModelState.AddModelError("agency", "Choose the agency from the list.");
            }
        }

        var requestedOn = RequestedOn.Date;

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var command = new RequestAdvice.Command(
            id, agency, string.IsNullOrWhiteSpace(AgencyName) ? null : AgencyName.Trim(), AddressedTo?.Trim(), requestedOn)
        {
            IdempotencyKey = $"advice-request-form:{FormToken:N}",
        };
        var (succeeded, result) = await ModelState.TrySendAsync(async () => await sender.Send(command, cancellationToken), whenResent: "This form was already used to record a different request for advice. Check the list above, then send the form again if it is still needed.");
        if (!succeeded)
        {
            FormToken = Guid.NewGuid();
            return Page();
        }

        TempData.Success($"The request for advice is recorded. It is due by {Display.Date(result!.DueOn)}.");
        return RedirectToPage("/Cases/Advice/Index", new { id });
    }

    private async Task LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        Case = await sender.Send(new GetPlacementRequest.Query(id), cancellationToken);
        Evidence = await sender.Send(new GetCaseEvidence.Query(id), cancellationToken);
        if (CanManage)
        {
            PartnerRequests = await sender.Send(new Application.Features.Partners.ListCasePartnerRequests.Query(id), cancellationToken);
        }
    }
}
