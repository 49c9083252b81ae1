using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Features.PlacementRequests;
using PanelCaseManager.Application.Features.Timeliness;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Domain.Common;
using PanelCaseManager.Domain.Timeliness;
using PanelCaseManager.Web.Ui;
using PanelCaseManager.Web.Ui.TagHelpers;

namespace PanelCaseManager.Web.Pages.Cases;

/// <summary>
/// An officer records an exception to the statutory limits: a reason from the configured list, its period and a note.
/// The form's token makes a second press record it once.
/// </summary>
[Authorize(Policy = Policies.ManageCases)]
public sealed class RecordExceptionModel(ISender sender) : PageModel
{
    public GetPlacementRequest.Details Case { get; private set; } = null!;

    public IReadOnlyList<ListExceptionReasons.ReasonView> Reasons { get; private set; } = [];

    public CaseTabs Tabs => new(Case, "deadlines");

    [BindProperty]
    public string? Reason { get; set; }

    [BindProperty(Name = "startDate")]
    [DateInput("The date the exception started")]
    public DateParts StartDate { get; set; } = new();

    [BindProperty(Name = "endDate")]
    [DateInput("The date the exception ended")]
    public DateParts EndDate { get; set; } = new();

    [BindProperty(Name = "closedOn")]
    [DateInput("The day it closed", Example = "22 7 2026")]
    public DateParts ClosedOn { get; set; } = new();

    [BindProperty(Name = "reopenedOn")]
    [DateInput("The day it reopened", Example = "2 9 2026")]
    public DateParts ReopenedOn { get; set; } = new();

    [BindProperty(Name = "familyToldOn")]
    [DateInput("The day the family was told")]
    public DateParts FamilyToldOn { get; set; } = new();

    [BindProperty]
    public string? Note { get; set; }

    [BindProperty]
    public Guid? FormToken { get; set; }

    public IReadOnlyList<Choice> ReasonChoices => Reasons
        .Select(r => new Choice(r.Code, r.Description, $"{r.Regulation}. Lifts the limit on: {string.Join("; ", r.AppliesTo.Select(k => k.Describe()))}."))
        .ToList();

    public async Task OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        await LoadAsync(id, cancellationToken);
        FormToken = Guid.NewGuid();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        await LoadAsync(id, cancellationToken);
        FormToken ??= Guid.NewGuid();
        var start = StartDate.Date;
        var end = EndDate.Date;
        var closed = ClosedOn.Date;
        var reopened = ReopenedOn.Date;
        var told = FamilyToldOn.Date;
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var command = new RecordStatutoryException.Command(
            id, string.IsNullOrWhiteSpace(Reason) ? null : Reason, start, end, string.IsNullOrWhiteSpace(Note) ? null : Note.Trim(), closed, reopened, told)
        {
            IdempotencyKey = $"statutory-exception-form:{FormToken:N}",
        };
        var (succeeded, result) = await ModelState.TrySendAsync<RecordStatutoryException.Result>(async () => await sender.Send(command, cancellationToken), whenResent: "This form was already sent with other answers, and that exception is recorded. Check the case's deadlines before you record another.");
        if (!succeeded)
        {
            FormToken = Guid.NewGuid();
            // The application lists the reasons' codes for API callers; here the reasons are on the page.
            if (string.IsNullOrWhiteSpace(Reason) && ModelState.TryGetValue("reason", out var reasonErrors) && reasonErrors.Errors.Count > 0)
            {
                reasonErrors.Errors.Clear();
                reasonErrors.Errors.Add("Choose the reason for the exception.");
            }

            FormToken = Guid.NewGuid();
            return Page();
        }

        var reached = result!.MilestonesAffected.Count == 0
            ? "It does not reach any of the case's deadlines."
            : $"It applies to: {string.Join("; ", result.MilestonesAffected.Select(k => k.Describe()))}.";
        var tell = told is null ? " Record when the family is told." : string.Empty;
        TempData.Success($"The exception is recorded, from {Display.Date(result.StartDate)} to {Display.Date(result.EndDate)}. {reached}{tell}");
        return RedirectToPage("/Cases/Deadlines", new { id });
    }

    private async Task LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        Case = await sender.Send(new GetPlacementRequest.Query(id), cancellationToken);
        Reasons = await sender.Send(new ListExceptionReasons.Query(), cancellationToken);
    }
}
