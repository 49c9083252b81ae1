using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Features.Partners;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Domain.Evidence;
using PanelCaseManager.Web.Api;
using PanelCaseManager.Web.Security;
using PanelCaseManager.Web.Ui;

namespace PanelCaseManager.Web.Pages.Partner;

/// <summary>
/// A professional sends their advice: first what it says (summary and recommendation), then they check their answers
/// and attach the document, and send. The answer is the advice request's: the officer's Advice tab and the clock move
/// at once. The form's token makes a second press send it once; a second answer is refused.
/// </summary>
[Authorize(Policy = Policies.Partner)]
[EnableRateLimiting(RateLimits.Uploads)]
public sealed class AdviceModel(ISender sender, IOptions<EvidenceOptions> options) : PageModel
{
    public GetPartnerRequest.View Asked { get; private set; } = null!;

    /// <summary>"form" to write the advice, "check" to check the answers and attach the document.</summary>
    public string Step { get; private set; } = "form";

    [BindProperty]
    public int? Version { get; set; }

    [BindProperty]
    public string? Summary { get; set; }

    [BindProperty]
    public string? Recommendation { get; set; }

    [BindProperty]
    public Guid? FormToken { get; set; }

    public string Accept => string.Join(',', options.Value.AllowedTypes().SelectMany(t => t.Extensions()));

    public string FileHint =>
        $"{string.Join(", ", options.Value.AllowedTypes().Select(t => t.TypeName()))}; up to {EvidenceText.Size(options.Value.MaximumUploadBytes)}.";

    public async Task<IActionResult> OnGetAsync(Guid partnerRequestId, CancellationToken cancellationToken)
    {
        Asked = await sender.Send(new GetPartnerRequest.Query(partnerRequestId), cancellationToken);
        if (!Asked.CanRespond)
        {
            return RedirectToPage("/Partner/Request", new { partnerRequestId });
        }

        Version = Asked.Version;
        FormToken = Guid.NewGuid();
        return Page();
    }

    /// <summary>From the first page to checking the answers: the summary is needed before the document is asked for.</summary>
    public async Task<IActionResult> OnPostCheckAsync(Guid partnerRequestId, CancellationToken cancellationToken)
    {
        Asked = await sender.Send(new GetPartnerRequest.Query(partnerRequestId), cancellationToken);
        FormToken ??= Guid.NewGuid();
        if (string.IsNullOrWhiteSpace(Summary))
        {
            ModelState.AddModelError("summary", "Summarise your advice in a few sentences, for the panel.");
        }
        else if (Summary.Trim().Length > EvidenceItem.SummaryMaxLength)
        {
            ModelState.AddModelError("summary", $"The summary must be {EvidenceItem.SummaryMaxLength} characters or fewer.");
        }

        if (Recommendation?.Trim().Length > AdviceRequest.TextMaxLength)
        {
            ModelState.AddModelError("recommendation", $"The recommendation must be {AdviceRequest.TextMaxLength} characters or fewer.");
        }

        Step = ModelState.IsValid ? "check" : "form";
        return Page();
    }

    private bool HasError(string field) => ModelState.TryGetValue(field, out var entry) && entry.Errors.Count > 0;

    public async Task<IActionResult> OnPostChangeAsync(Guid partnerRequestId, CancellationToken cancellationToken)
    {
        Asked = await sender.Send(new GetPartnerRequest.Query(partnerRequestId), cancellationToken);
        FormToken ??= Guid.NewGuid();
        Step = "form";
        return Page();
    }

    public async Task<IActionResult> OnPostSendAsync(Guid partnerRequestId, CancellationToken cancellationToken)
    {
        Asked = await sender.Send(new GetPartnerRequest.Query(partnerRequestId), cancellationToken);
        FormToken ??= Guid.NewGuid();
        var posted = HttpContext.Request.HasFormContentType && HttpContext.Request.Form.Files.GetFile("file") is { } f && !(f.Length == 0 && f.FileName.Length == 0) ? f : null;
        var file = await EvidenceApi.ReadFileAsync(posted, options.Value.MaximumUploadBytes, cancellationToken);
        var command = new SubmitAdvice.Command(partnerRequestId, Version, file, Summary?.Trim(), string.IsNullOrWhiteSpace(Recommendation) ? null : Recommendation.Trim())
        {
            IdempotencyKey = $"partner-advice-form:{FormToken:N}",
        };
        var (succeeded, result) = await ModelState.TrySendAsync(async () => await sender.Send(command, cancellationToken), whenResent: "This form was already used to send different advice. Check the request's page before sending again.");
        if (!succeeded)
        {
            FormToken = Guid.NewGuid();
            // Problems with the words go back to the first page; a problem with the file stays with the file.
            Step = HasError("summary") || HasError("recommendation") ? "form" : "check";
            return Page();
        }

        TempData.Success(result!.Late
            ? "Your advice has been sent to the SEND team. It arrived after the date it was due."
            : "Your advice has been sent to the SEND team.");
        return RedirectToPage("/Partner/Request", new { partnerRequestId });
    }
}
