using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Features.Appeals;
using PanelCaseManager.Application.Features.PlacementRequests;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Domain.Appeals;
using PanelCaseManager.Domain.Common;
using PanelCaseManager.Domain.Timeliness;
using PanelCaseManager.Web.Ui;
using PanelCaseManager.Web.Ui.TagHelpers;

namespace PanelCaseManager.Web.Pages.Cases.Appeals;

/// <summary>An officer records a tribunal's order: it becomes a deadline on the case's clock. The form's token makes a second press record it once.</summary>
[Authorize(Policy = Policies.ManageCases)]
public sealed class AddOrderModel(ISender sender) : PageModel
{
    public GetPlacementRequest.Details Case { get; private set; } = null!;

    public GetDisagreements.AppealItem Appeal { get; private set; } = null!;

    public CaseTabs Tabs => new(Case, "appeals");

    [BindProperty]
    public int ExpectedVersion { get; set; }

    [BindProperty]
    public TribunalOrderKind? Kind { get; set; }

    [BindProperty(Name = "madeOn")]
    [DateInput("The date of the order")]
    public DateParts MadeOn { get; set; } = new();

    [BindProperty]
    public Guid? FormToken { get; set; }

    public IReadOnlyList<Choice> Kinds =>
        [.. Appeal.OrdersPossible.Select(k => new Choice(k.ToString(), k.Describe(), k.Milestone().Source()))];

    public async Task<IActionResult> OnGetAsync(Guid id, Guid appealId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, appealId, cancellationToken))
        {
            return NotFound();
        }

        ExpectedVersion = Appeal.Version;
        FormToken = Guid.NewGuid();
        MadeOn = DateParts.From(Appeal.Position == AppealPosition.Concedes ? Appeal.PositionOn : Appeal.DecidedOn);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, Guid appealId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, appealId, cancellationToken))
        {
            return NotFound();
        }

        FormToken ??= Guid.NewGuid();
        var madeOn = MadeOn.Date;
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var command = new AddTribunalOrder.Command(id, appealId, ExpectedVersion, Kind, madeOn) { IdempotencyKey = $"order-form:{FormToken:N}" };
        var (succeeded, _) = await ModelState.TrySendAsync<AddTribunalOrder.Result>(
            async () => await sender.Send(command, cancellationToken),
            whenResent: "This form was already sent with other answers, and that order is recorded. Check the appeal's orders before you record another.");
        if (!succeeded)
        {
            FormToken = Guid.NewGuid();
            return Page();
        }

        TempData.Success($"The order is recorded and its deadline is on the case's Deadlines tab.");
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
