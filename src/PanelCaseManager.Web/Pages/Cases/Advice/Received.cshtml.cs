using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PanelCaseManager.Application.Features.Evidence;
using PanelCaseManager.Application.Features.PlacementRequests;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Web.Ui;
using PanelCaseManager.Web.Ui.TagHelpers;

namespace PanelCaseManager.Web.Pages.Cases.Advice;

/// <summary>
/// An officer records the advice an agency sent: when it came, what it says, and the document it came in. The
/// request's version makes a second press change nothing and say so.
/// </summary>
[Authorize(Policy = Policies.ManageCases)]
public sealed class ReceivedModel(ISender sender) : PageModel
{
    public GetPlacementRequest.Details Case { get; private set; } = null!;

    public GetCaseEvidence.AdviceView Advice { get; private set; } = null!;

    public IReadOnlyList<GetCaseEvidence.DocumentView> Documents { get; private set; } = [];

    public CaseTabs Tabs => new(Case, "advice");

    public bool IsOutstanding => Advice.Status is GetCaseEvidence.AdviceStatus.Outstanding or GetCaseEvidence.AdviceStatus.Overdue;

    [BindProperty]
    public int? Version { get; set; }

    [BindProperty(Name = "receivedOn")]
    [DateInput("The date", Example = "2 11 2026")]
    public DateParts ReceivedOn { get; set; } = new();

    [BindProperty]
    public string? Summary { get; set; }

    [BindProperty]
    public string? Recommendation { get; set; }

    [BindProperty]
    public string? EvidenceItemId { get; set; }

    public IReadOnlyList<Choice> DocumentChoices =>
        [new(string.Empty, "No document, or not added yet"), .. Documents.Select(d => new Choice(d.Id.ToString(), $"{d.FileName} ({d.Author}, received {Display.Date(d.ReceivedOn)})"))];

    public async Task<IActionResult> OnGetAsync(Guid id, Guid adviceRequestId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, adviceRequestId, cancellationToken))
        {
            return NotFound();
        }

        Version = Advice.Version;
        EvidenceItemId = Documents.FirstOrDefault(d => d.AdviceRequestId == adviceRequestId)?.Id.ToString();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, Guid adviceRequestId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, adviceRequestId, cancellationToken))
        {
            return NotFound();
        }

        var receivedOn = ReceivedOn.Date;

        Guid? evidenceItemId = null;
        if (!string.IsNullOrWhiteSpace(EvidenceItemId))
        {
            if (Guid.TryParse(EvidenceItemId, out var parsed))
            {
                evidenceItemId = parsed;
            }
            else
            {
                ModelState.AddModelError("evidenceItemId", "Choose the document from the list.");
            }
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var command = new RecordAdviceReceived.Command(
            id, adviceRequestId, Version, receivedOn, Summary?.Trim(), string.IsNullOrWhiteSpace(Recommendation) ? null : Recommendation.Trim(), evidenceItemId);
        var (succeeded, result) = await ModelState.TrySendAsync(
            () => sender.Send(command, cancellationToken).AsTask());
        if (!succeeded)
        {
            return Page();
        }

        TempData.Success(result!.Late
            ? $"The advice from {Advice.AgencyName()} is recorded as received on {Display.Date(result.ReceivedOn)}, after it was due."
            : $"The advice from {Advice.AgencyName()} is recorded as received on {Display.Date(result.ReceivedOn)}.");
        return RedirectToPage("/Cases/Advice/Index", new { id });
    }

    private async Task<bool> LoadAsync(Guid id, Guid adviceRequestId, CancellationToken cancellationToken)
    {
        Case = await sender.Send(new GetPlacementRequest.Query(id), cancellationToken);
        var evidence = await sender.Send(new GetCaseEvidence.Query(id), cancellationToken);
        Documents = evidence.Documents;
        var advice = evidence.Advice.FirstOrDefault(a => a.Id == adviceRequestId);
        if (advice is null)
        {
            return false;
        }

        Advice = advice;
        return true;
    }
}
