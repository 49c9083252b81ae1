using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Features.Audit;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Web.Security;
using PanelCaseManager.Web.Ui;
using PanelCaseManager.Web.Ui.TagHelpers;

namespace PanelCaseManager.Web.Pages.Audit;

/// <summary>
/// An auditor downloads audit events of a period (or of one case or panel) as CSV or JSON lines. The file is streamed
/// from the export query as it is written, in the browser session (the JSON API does not accept it).
/// </summary>
[Authorize(Policy = Policies.Audit)]
[EnableRateLimiting(RateLimits.Exports)]
[RateLimitedHandlers("file")]
public sealed class ExportModel(ISender sender) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid? CaseId { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? PanelId { get; set; }

    [BindProperty(SupportsGet = true, Name = "from")]
    public DateParts From { get; set; } = new();

    [BindProperty(SupportsGet = true, Name = "to")]
    public DateParts To { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? Format { get; set; }

    public IReadOnlyList<Choice> FormatChoices { get; } =
    [
        new("csv", "CSV", "Opens in a spreadsheet."),
        new("jsonl", "JSON lines", "One event a line, for other systems to read."),
    ];

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnGetFileAsync(CancellationToken cancellationToken)
    {
        var from = From.Date;
        var to = To.Date;
        if (string.IsNullOrEmpty(Format))
        {
            ModelState.AddModelError("format", "Choose the format: CSV or JSON lines.");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        try
        {
            var export = await sender.Send(new ExportAuditEvents.Query(CaseId, PanelId, from, to, Format), cancellationToken);
            return new AuditExportResult(export);
        }
        catch (RequestValidationException validation)
        {
            ModelState.AddRequestErrors(validation);
            return Page();
        }
    }
}
