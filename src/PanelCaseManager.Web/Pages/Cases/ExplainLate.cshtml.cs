using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Features.PlacementRequests;
using PanelCaseManager.Application.Features.Timeliness;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Domain.Timeliness;
using PanelCaseManager.Domain.Users;
using PanelCaseManager.Web.Ui;

namespace PanelCaseManager.Web.Pages.Cases;

/// <summary>
/// An officer tells the family why an open deadline is late and when it is now expected (ExplainLateDeadline). The
/// deadline is named in the address (?milestone=FinalPlan, and &amp;agency=Health for an agency's advice); one the
/// case does not have is "not found".
/// </summary>
[Authorize(Policy = Policies.ManageCases)]
public sealed class ExplainLateModel(ISender sender) : PageModel
{
    public GetPlacementRequest.Details Case { get; private set; } = null!;

    public GetMilestones.MilestoneView Milestone { get; private set; } = null!;

    public CaseTabs Tabs => new(Case, "deadlines");

    [BindProperty(SupportsGet = true, Name = "milestone")]
    public string? MilestoneName { get; set; }

    [BindProperty(SupportsGet = true, Name = "agency")]
    public string? AgencyName { get; set; }

    [BindProperty(Name = "reason")]
    public string? Reason { get; set; }

    [BindProperty(Name = "expectedBy")]
    [DateInput("The date you now expect it by", Example = "15 1 2027")]
    public DateParts ExpectedBy { get; set; } = new();

    public async Task OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        await LoadAsync(id, cancellationToken);
        if (Milestone.LateExplained is { } late)
        {
            Reason = late.Reason;
            ExpectedBy = DateParts.From(late.ExpectedBy);
        }
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        await LoadAsync(id, cancellationToken);
        var expectedBy = ExpectedBy.Date;
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var command = new ExplainLateDeadline.Command(id, Milestone.Kind, Milestone.Agency, string.IsNullOrWhiteSpace(Reason) ? null : Reason.Trim(), expectedBy);
        var (succeeded, _) = await ModelState.TrySendAsync(() => sender.Send(command, cancellationToken).AsTask());
        if (!succeeded)
        {
            return Page();
        }

        TempData.Success($"The family's page now says why '{Milestone.Description}' is late, and that you expect it by {Display.Date(expectedBy!.Value)}.");
        return RedirectToPage("/Cases/Deadlines", new { id });
    }

    private async Task LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        Case = await sender.Send(new GetPlacementRequest.Query(id), cancellationToken);
        var clock = await sender.Send(new GetMilestones.Query(id), cancellationToken);
        MilestoneKind? kind = FormEnum.Parse<MilestoneKind>(MilestoneName);
        Agency? agency = string.IsNullOrEmpty(AgencyName) ? null
            : FormEnum.Parse<Agency>(AgencyName) ?? (Agency)(-1);
        Milestone = clock.Milestones.SingleOrDefault(m => kind is not null && m.Kind == kind && m.Agency == agency && m.MetOn is null && m.DueDate is not null)
                    ?? throw new NotFoundException("Open deadline", $"{MilestoneName} of placement request {id}");
    }
}
