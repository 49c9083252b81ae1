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

namespace PanelCaseManager.Web.Pages.Cases.Appeals;

/// <summary>An officer records the tribunal's dates, the council's position or the family's withdrawal, and the tribunal's decision.</summary>
[Authorize(Policy = Policies.ManageCases)]
public sealed class AppealModel(ISender sender) : PageModel
{
    public GetPlacementRequest.Details Case { get; private set; } = null!;

    public GetDisagreements.AppealItem Appeal { get; private set; } = null!;

    public CaseTabs Tabs => new(Case, "appeals");

    [BindProperty]
    public int ExpectedVersion { get; set; }

    [BindProperty(Name = "responseDueOn")]
    [DateInput("The date for the council's response")]
    public DateParts ResponseDueOn { get; set; } = new();

    [BindProperty(Name = "evidenceDueOn")]
    [DateInput("The date for evidence")]
    public DateParts EvidenceDueOn { get; set; } = new();

    [BindProperty(Name = "hearingOn")]
    [DateInput("The hearing date")]
    public DateParts HearingOn { get; set; } = new();

    [BindProperty]
    public AppealPosition? Position { get; set; }

    [BindProperty(Name = "positionOn")]
    [DateInput("The day the position was given")]
    public DateParts PositionOn { get; set; } = new();

    [BindProperty]
    public TribunalOutcome? Outcome { get; set; }

    [BindProperty(Name = "decidedOn")]
    [DateInput("The date of the decision")]
    public DateParts DecidedOn { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id, Guid appealId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, appealId, cancellationToken))
        {
            return NotFound();
        }

        ExpectedVersion = Appeal.Version;
        ResponseDueOn = DateParts.From(Appeal.ResponseDueOn);
        EvidenceDueOn = DateParts.From(Appeal.EvidenceDueOn);
        HearingOn = DateParts.From(Appeal.HearingOn);
        Position = Appeal.Position;
        PositionOn = DateParts.From(Appeal.PositionOn);
        Outcome = Appeal.Outcome;
        DecidedOn = DateParts.From(Appeal.DecidedOn);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, Guid appealId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, appealId, cancellationToken))
        {
            return NotFound();
        }

        var response = ResponseDueOn.Date;
        var evidence = EvidenceDueOn.Date;
        var hearing = HearingOn.Date;
        var positionOn = PositionOn.Date;
        var decidedOn = DecidedOn.Date;
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var (succeeded, _) = await ModelState.TrySendAsync<RecordAppeal.Result>(
            async () => await sender.Send(new RecordAppeal.Command(id, appealId, ExpectedVersion, response, evidence, hearing, Position, positionOn, Outcome, decidedOn), cancellationToken),
            field => field);
        if (!succeeded)
        {
            return Page();
        }

        TempData.Success($"The appeal against notice {Appeal.NoticeReference} is updated.");
        return RedirectToPage("/Cases/Appeals/Index", new { id });
    }

    private async Task<bool> LoadAsync(Guid id, Guid appealId, CancellationToken cancellationToken)
    {
        Case = await sender.Send(new GetPlacementRequest.Query(id), cancellationToken);
        var found = (await sender.Send(new GetDisagreements.Query(id), cancellationToken)).Appeals.SingleOrDefault(a => a.Id == appealId);
        Appeal = found!;
        return found is not null;
    }
}
