using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Features.Letters;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Domain.Common;
using PanelCaseManager.Domain.Letters;
using PanelCaseManager.Web.Security;
using PanelCaseManager.Web.Ui;

namespace PanelCaseManager.Web.Pages.Admin.LetterTemplates;

/// <summary>
/// An administrator changes the wording of one outcome's letter, with what it can insert listed beside it, and previews
/// it about a fictional child — on the page beside the wording ("Preview", no script needed) or as a PDF.
/// Wording that cannot be saved stays in the box as typed, with the lines at fault named. The form carries the
/// version it started from and a token, so a second press saves once and a change by someone else is not overwritten.
/// </summary>
[Authorize(Policy = Policies.Administer)]
[EnableRateLimiting(RateLimits.Documents)]
[RateLimitedHandlers("pdf", "preview")]
[RequestFormLimits(ValueLengthLimit = LargestPostedWording)]
[RequestSizeLimit(LargestPostedWording * 2L)]
public sealed class TemplateModel(ISender sender) : PageModel
{
    /// <summary>
    /// Wording far past the longest a template may be still reaches the form, so that it is refused beside the box
    /// with its length rather than as an unreadable request; beyond this the request itself is refused.
    /// </summary>
    public const int LargestPostedWording = 16 * 1024 * 1024;

    public const string StaleVersionMessage =
        "Someone else saved new wording for this letter after you opened this page, so your wording was not saved. It is below as you typed it: compare it with the current version, then save again to replace that version.";

    public GetLetterTemplate.Details Template { get; private set; } = null!;

    /// <summary>Every placeholder the wording can use, read from the letter model.</summary>
    public IReadOnlyList<TemplateField> Fields { get; private set; } = [];

    /// <summary>The letter as the wording beside it writes it: the current version's, or the typed wording's after "Preview".</summary>
    public PreviewLetterTemplateOnPage.Preview? Preview { get; private set; }

    /// <summary>Why no letter can be shown beside the wording (a setting every letter needs is missing).</summary>
    public string? PreviewProblem { get; private set; }

    [BindProperty]
    public string? Body { get; set; }

    [BindProperty]
    public string? Note { get; set; }

    [BindProperty]
    public int? BasedOnVersion { get; set; }

    [BindProperty]
    public Guid? FormToken { get; set; }

    public async Task<IActionResult> OnGetAsync(string outcome, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(outcome, cancellationToken))
        {
            return NotFound();
        }

        Body = Template.Body;
        BasedOnVersion = Template.Version;
        FormToken = Guid.NewGuid();
        try
        {
            Preview = await sender.Send(new PreviewLetterTemplateOnPage.Query(Template.Outcome, null, Template.Version), cancellationToken);
        }
        catch (DomainRuleException refused)
        {
            // The wording can still be edited while, say, a contact every letter gives is not configured.
            PreviewProblem = refused.Message;
        }

        return Page();
    }

    /// <summary>The page again with the typed wording's letter beside it, nothing saved; or the lines at fault.</summary>
    public async Task<IActionResult> OnPostShowAsync(string outcome, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(outcome, cancellationToken))
        {
            return NotFound();
        }

        var (succeeded, preview) = await ModelState.TrySendAsync(
            () => sender.Send(new PreviewLetterTemplateOnPage.Query(Template.Outcome, Body ?? string.Empty, null), cancellationToken).AsTask());
        if (!succeeded)
        {
            KeepLineErrorsTogether();
            return Page();
        }

        Preview = preview;
        return Page();
    }

    /// <summary>A saved version (the current one unless one is named) as a DRAFT PDF.</summary>
    public async Task<IActionResult> OnGetPdfAsync(string outcome, int? version, CancellationToken cancellationToken)
    {
        if (TemplateOutcomes.FromRoute(outcome) is not { } letterOutcome)
        {
            return NotFound();
        }

        var file = await sender.Send(new PreviewLetterTemplate.Query(letterOutcome, null, version), cancellationToken);
        return File(file.Pdf, "application/pdf", file.FileName);
    }

    public async Task<IActionResult> OnPostAsync(string outcome, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(outcome, cancellationToken))
        {
            return NotFound();
        }

        FormToken ??= Guid.NewGuid();
        var command = new SaveLetterTemplate.Command(Template.Outcome, Body, string.IsNullOrWhiteSpace(Note) ? null : Note.Trim(), BasedOnVersion)
        {
            IdempotencyKey = $"letter-template-form:{FormToken:N}",
        };
        var (succeeded, result) = await ModelState.TrySendAsync<SaveLetterTemplate.Result>(async () =>
        {
            try
            {
                return await sender.Send(command, cancellationToken);
            }
            catch (ConcurrencyConflictException)
            {
                // The next deliberate save replaces the version they have now been shown.
                BasedOnVersion = Template.Version;
                throw new DomainRuleException("template-changed", StaleVersionMessage);
            }
        }, whenResent: "This form was already sent with other wording. Your latest wording is below: check it and save again.");
        if (!succeeded)
        {
            FormToken = Guid.NewGuid();
            KeepLineErrorsTogether();
            return Page();
        }

        TempData.Success($"Version {result!.Version} is saved. Every {Template.Description.ToLowerInvariant()} letter from now on uses it.");
        return Redirect(TemplateOutcomes.Href(Url, result.Outcome));
    }

    /// <summary>The wording as typed, before saving it, as a DRAFT PDF; or the page again naming the lines at fault.</summary>
    public async Task<IActionResult> OnPostPreviewAsync(string outcome, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(outcome, cancellationToken))
        {
            return NotFound();
        }

        var (succeeded, file) = await ModelState.TrySendAsync(
            () => sender.Send(new PreviewLetterTemplate.Query(Template.Outcome, Body ?? string.Empty, null), cancellationToken).AsTask());
        if (!succeeded)
        {
            KeepLineErrorsTogether();
            return Page();
        }

        return File(file!.Pdf, "application/pdf", file.FileName);
    }

    private async Task<bool> LoadAsync(string outcome, CancellationToken cancellationToken)
    {
        if (TemplateOutcomes.FromRoute(outcome) is not { } letterOutcome)
        {
            return false;
        }

        Template = await sender.Send(new GetLetterTemplate.Query(letterOutcome, null), cancellationToken);
        Fields = await sender.Send(new ListLetterTemplateFields.Query(letterOutcome), cancellationToken);
        return true;
    }

    /// <summary>Every problem with the wording, each with its line, in the one message the box and the summary show.</summary>
    private void KeepLineErrorsTogether()
    {
        if (ModelState.TryGetValue("body", out var entry) && entry.Errors.Count > 1)
        {
            var message = string.Join(" ", entry.Errors.Select(e => e.ErrorMessage));
            entry.Errors.Clear();
            ModelState.AddModelError("body", message);
        }
    }
}
