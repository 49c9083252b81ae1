using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Features.Evidence;
using PanelCaseManager.Application.Features.PlacementRequests;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Domain.Evidence;
using PanelCaseManager.Domain.Users;
using PanelCaseManager.Web.Api;
using PanelCaseManager.Web.Security;
using PanelCaseManager.Web.Ui;
using PanelCaseManager.Web.Ui.TagHelpers;

namespace PanelCaseManager.Web.Pages.Cases.Evidence;

/// <summary>
/// An officer uploads a document to the case's evidence from the browser: a multipart form with its antiforgery
/// token, sending the same AddEvidence command as the API, under the same per-user upload budget. The form's token
/// makes a second press add the document once.
/// </summary>
[Authorize(Policy = Policies.ManageCases)]
[EnableRateLimiting(RateLimits.Uploads)]
public sealed class AddModel(ISender sender, IOptions<EvidenceOptions> options) : PageModel
{
    public GetPlacementRequest.Details Case { get; private set; } = null!;

    public IReadOnlyList<GetCaseEvidence.AdviceView> OutstandingAdvice { get; private set; } = [];

    public CaseTabs Tabs => new(Case, "evidence");

    [BindProperty]
    public string? Kind { get; set; }

    [BindProperty]
    public string? Agency { get; set; }

    [BindProperty]
    public string? Author { get; set; }

    [BindProperty(Name = "receivedOn")]
    [DateInput("The date", Example = "2 11 2026")]
    public DateParts ReceivedOn { get; set; } = new();

    [BindProperty]
    public string? Summary { get; set; }

    [BindProperty]
    public string? AdviceRequestId { get; set; }

    [BindProperty]
    public Guid? FormToken { get; set; }

    public string Accept => string.Join(',', options.Value.AllowedTypes().SelectMany(t => t.Extensions()));

    public string FileHint =>
        $"{string.Join(", ", options.Value.AllowedTypes().Select(t => t.TypeName()))}; up to {EvidenceText.Size(options.Value.MaximumUploadBytes)}.";

    public IReadOnlyList<Choice> AdviceChoices =>
        [new(string.Empty, "No, it is not advice we asked for"), .. OutstandingAdvice.Select(a => new Choice(a.Id.ToString(), $"{a.AgencyName()}: {a.AddressedTo}, asked for on {Display.Date(a.RequestedOn)}"))];

    public async Task OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        await LoadAsync(id, cancellationToken);
        ReceivedOn = new DateParts();
        FormToken = Guid.NewGuid();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        await LoadAsync(id, cancellationToken);
        FormToken ??= Guid.NewGuid();
        var kind = ParseEnum<EvidenceKind>(Kind, "kind", "Choose the kind of evidence from the list.");
        var agency = ParseEnum<Agency>(Agency, "agency", "Choose the agency from the list.");
        var receivedOn = ReceivedOn.Date;

        Guid? adviceRequestId = null;
        if (!string.IsNullOrWhiteSpace(AdviceRequestId))
        {
            if (Guid.TryParse(AdviceRequestId, out var parsed))
            {
                adviceRequestId = parsed;
            }
            else
            {
                ModelState.AddModelError("adviceRequestId", "Choose the request for advice from the list.");
            }
        }

        // A browser sends an empty, unnamed part when no file was chosen: that is no file, not a file without a name.
        var posted = Request.Form.Files.GetFile("file") is { Length: 0, FileName: "" } ? null : Request.Form.Files.GetFile("file");
        var file = await EvidenceApi.ReadFileAsync(posted, options.Value.MaximumUploadBytes, cancellationToken);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var command = new AddEvidence.Command(id, file, kind, agency, Author?.Trim(), receivedOn, Summary?.Trim(), adviceRequestId)
        {
            IdempotencyKey = $"evidence-form:{FormToken:N}",
        };
        bool succeeded;
        AddEvidence.Result? result;
        try
        {
            (succeeded, result) = await ModelState.TrySendAsync(async () => await sender.Send(command, cancellationToken),
                whenResent: "This form was already used to add a different document. Check the case's evidence, then choose the file and send the form again.");
        }
        catch (DependencyUnavailableException unavailable)
        {
            // The malware scanner did not answer: nothing was stored; the form is shown again with when to try.
            ModelState.AddModelError("file", unavailable.Message);
            Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            Response.Headers.RetryAfter = ((int)Math.Ceiling(unavailable.RetryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            return Page();
        }

        if (!succeeded)
        {
            FormToken = Guid.NewGuid();
            return Page();
        }

        TempData.Success(result!.Late
            ? $"{file!.FileName} is added to the evidence. It came after the panel's papers were frozen, so it is marked as late."
            : $"{file!.FileName} is added to the evidence.");
        return RedirectToPage("/Cases/Evidence/Index", new { id });
    }

    private T? ParseEnum<T>(string? value, string field, string message)
        where T : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (FormEnum.Parse<T>(value, ignoreCase: true) is { } parsed)
        {
            return parsed;
        }

        ModelState.AddModelError(field, message);
        return null;
    }

    private async Task LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        Case = await sender.Send(new GetPlacementRequest.Query(id), cancellationToken);
        var evidence = await sender.Send(new GetCaseEvidence.Query(id), cancellationToken);
        OutstandingAdvice = evidence.Advice.Where(a => a.Status is GetCaseEvidence.AdviceStatus.Outstanding or GetCaseEvidence.AdviceStatus.Overdue).ToList();
    }
}
