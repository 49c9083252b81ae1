using System.Text;
using System.Text.Json;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using PanelCaseManager.Application.Features.Audit;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Infrastructure.Documents;
using PanelCaseManager.Web.Audit;

namespace PanelCaseManager.Web.Pages.Audit;

/// <summary>
/// A decision's history for an auditor signed in to the pages — the same file, under the same checks, as the API's
/// <c>/api/v1/decisions/{id}/history</c>, which answers only a bearer token: the decision, what the panel saw, its
/// letters' hashes, the case's timeline and audit events with their links checked, as PDF, HTML or JSON. A decision
/// the auditor may not see, or that does not exist, is "Page not found".
/// </summary>
[Authorize(Policy = Policies.Audit)]
public sealed class DecisionHistoryModel(ISender sender, PdfDocumentWriter writer, IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id, string? format, CancellationToken cancellationToken)
    {
        var chosen = string.IsNullOrWhiteSpace(format) ? "pdf" : format.Trim().ToLowerInvariant();
        if (chosen is not ("pdf" or "html" or "json"))
        {
            // Only the three formats the page links to exist: anything else is a broken link, shown as a bad request.
            return BadRequest();
        }

        var bundle = await sender.Send(new GetDecisionHistory.Query(id), cancellationToken);
        return chosen switch
        {
            "html" => File(Encoding.UTF8.GetBytes(DecisionHistoryReport.Html(bundle)), "text/html; charset=utf-8", DecisionHistoryReport.FileName(bundle, "html")),
            "json" => File(JsonSerializer.SerializeToUtf8Bytes(bundle, json.Value.SerializerOptions), "application/json", DecisionHistoryReport.FileName(bundle, "json")),
            _ => File(DecisionHistoryReport.Pdf(bundle, writer).Pdf, "application/pdf", DecisionHistoryReport.FileName(bundle, "pdf")),
        };
    }
}
