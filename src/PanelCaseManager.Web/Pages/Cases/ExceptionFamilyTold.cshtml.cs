using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Features.PlacementRequests;
using PanelCaseManager.Application.Features.Timeliness;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Web.Ui;

namespace PanelCaseManager.Web.Pages.Cases;

/// <summary>An officer records the day the family was told that an exception applies (SEND Code of Practice 9.42).</summary>
[Authorize(Policy = Policies.ManageCases)]
public sealed class ExceptionFamilyToldModel(ISender sender) : PageModel
{
    public GetPlacementRequest.Details Case { get; private set; } = null!;

    public GetMilestones.ExceptionView Exception { get; private set; } = null!;

    public string ReasonText { get; private set; } = string.Empty;

    public CaseTabs Tabs => new(Case, "deadlines");

    [BindProperty(Name = "toldOn")]
    [DateInput("The day the family was told")]
    public DateParts ToldOn { get; set; } = new();

    public async Task OnGetAsync(Guid id, int sequence, CancellationToken cancellationToken)
    {
        await LoadAsync(id, sequence, cancellationToken);
        ToldOn = DateParts.From(Exception.FamilyToldOn);
    }

    public async Task<IActionResult> OnPostAsync(Guid id, int sequence, CancellationToken cancellationToken)
    {
        await LoadAsync(id, sequence, cancellationToken);
        var toldOn = ToldOn.Date;
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var (succeeded, _) = await ModelState.TrySendAsync(() => sender.Send(new RecordExceptionToldToFamily.Command(id, sequence, toldOn), cancellationToken).AsTask());
        if (!succeeded)
        {
            return Page();
        }

        TempData.Success($"Recorded: the family was told on {Display.Date(toldOn!.Value)} that the exception applies.");
        return RedirectToPage("/Cases/Deadlines", new { id });
    }

    private async Task LoadAsync(Guid id, int sequence, CancellationToken cancellationToken)
    {
        Case = await sender.Send(new GetPlacementRequest.Query(id), cancellationToken);
        var clock = await sender.Send(new GetMilestones.Query(id), cancellationToken);
        Exception = clock.Exceptions.SingleOrDefault(e => e.Sequence == sequence)
                    ?? throw new NotFoundException("Exception", $"{sequence} of placement request {id}");
        var reasons = await sender.Send(new ListExceptionReasons.Query(), cancellationToken);
        ReasonText = reasons.FirstOrDefault(r => r.Code == Exception.Reason)?.Description ?? Exception.Reason;
    }
}
