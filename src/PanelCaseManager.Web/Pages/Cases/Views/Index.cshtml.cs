using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Features.Evidence;
using PanelCaseManager.Application.Features.PlacementRequests;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Domain.Common;
using PanelCaseManager.Domain.Evidence;
using PanelCaseManager.Web.Ui;

namespace PanelCaseManager.Web.Pages.Cases.Views;

/// <summary>
/// The family's views and the child's own voice, as they were gathered, for the panel to hear. An officer records
/// new views here; the form's token makes a second press record them once.
/// </summary>
[Authorize(Policy = Policies.ReadCases)]
public sealed class IndexModel(ISender sender) : PageModel
{
    public GetPlacementRequest.Details Case { get; private set; } = null!;

    public IReadOnlyList<GetCaseEvidence.ViewRecord> Records { get; private set; } = [];

    public CaseTabs Tabs => new(Case, "views");

    public bool CanManage => Navigation.ManagesCases(User);

    [BindProperty]
    public string? Voice { get; set; }

    [BindProperty]
    public string? GivenBy { get; set; }

    [BindProperty(Name = "gatheredOn")]
    [DateInput("The date", Example = "2 11 2026")]
    public DateParts GatheredOn { get; set; } = new();

    [BindProperty]
    public string? HowGathered { get; set; }

    [BindProperty]
    public string? WhatMatters { get; set; }

    [BindProperty]
    public string? HopesAndAspirations { get; set; }

    [BindProperty]
    public string? HowBestSupported { get; set; }

    [BindProperty]
    public Guid? FormToken { get; set; }

    public async Task OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        await LoadAsync(id, cancellationToken);
        FormToken = Guid.NewGuid();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        await LoadAsync(id, cancellationToken);
        FormToken ??= Guid.NewGuid();
        Voice? voice = null;
        if (!string.IsNullOrWhiteSpace(Voice))
        {
            if (Voice is nameof(Domain.Evidence.Voice.Family) or nameof(Domain.Evidence.Voice.Child))
            {
                voice = Enum.Parse<Voice>(Voice);
            }
            else
            {
                ModelState.AddModelError("voice", "Say whether these are the family's views or the child's own.");
            }
        }

        var gatheredOn = GatheredOn.Date;

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var command = new RecordCaseView.Command(
            id, voice, GivenBy?.Trim(), gatheredOn, HowGathered?.Trim(), WhatMatters?.Trim(), Optional(HopesAndAspirations), Optional(HowBestSupported))
        {
            IdempotencyKey = $"case-view-form:{FormToken:N}",
        };
        var (succeeded, result) = await ModelState.TrySendAsync(async () => await sender.Send(command, cancellationToken), whenResent: "This form was already used to record other views. Check the views above, then send the form again if these are still to be recorded.");
        if (!succeeded)
        {
            FormToken = Guid.NewGuid();
            return Page();
        }

        TempData.Success(result!.LateForPanelMeetingId is null
            ? $"{voice!.Value.Label()} are recorded."
            : $"{voice!.Value.Label()} are recorded. They came after the panel's papers were frozen, so they are marked as late.");
        return RedirectToPage("/Cases/Views/Index", new { id });
    }

    private static string? Optional(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private async Task LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        Case = await sender.Send(new GetPlacementRequest.Query(id), cancellationToken);
        Records = (await sender.Send(new GetCaseEvidence.Query(id), cancellationToken)).Views;
    }
}
