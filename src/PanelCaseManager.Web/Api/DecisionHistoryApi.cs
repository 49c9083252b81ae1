using System.Text;
using Mediator;
using PanelCaseManager.Application.Features.Audit;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Infrastructure.Documents;
using PanelCaseManager.Web.Audit;

namespace PanelCaseManager.Web.Api;

internal static class DecisionHistoryApi
{
    private static readonly string[] Formats = ["json", "html", "pdf"];

    public static void MapDecisionHistory(this RouteGroupBuilder v1) =>
        v1.MapGet("/decisions/{id:guid}/history", async (Guid id, string? format, ISender sender, PdfDocumentWriter writer, CancellationToken ct) =>
            {
                var chosen = string.IsNullOrWhiteSpace(format) ? "json" : format.Trim().ToLowerInvariant();
                if (!Formats.Contains(chosen, StringComparer.Ordinal))
                {
                    return Results.ValidationProblem(new Dictionary<string, string[]>(StringComparer.Ordinal)
                    {
                        ["format"] = ["Choose json, html or pdf."],
                    });
                }

                var bundle = await sender.Send(new GetDecisionHistory.Query(id), ct);
                return chosen switch
                {
                    "html" => Results.File(Encoding.UTF8.GetBytes(DecisionHistoryReport.Html(bundle)), "text/html; charset=utf-8", DecisionHistoryReport.FileName(bundle, "html")),
                    "pdf" => Results.File(DecisionHistoryReport.Pdf(bundle, writer).Pdf, "application/pdf", DecisionHistoryReport.FileName(bundle, "pdf")),
                    _ => new DownloadName(Results.Json(bundle, contentType: "application/json"), DecisionHistoryReport.FileName(bundle, "json")),
                };
            })
            .WithName("GetDecisionHistory")
            .WithTags("Audit")
            .RequireRateLimiting(Security.RateLimits.Exports)
            .WithSummary("A decision's history for audit: the decision, what the panel saw, its letters' hashes, the case's timeline and audit events with their hash links checked, as JSON, HTML or PDF")
            .Produces<GetDecisionHistory.Bundle>(StatusCodes.Status200OK)
            .Produces(StatusCodes.Status200OK, contentType: "text/html")
            .Produces(StatusCodes.Status200OK, contentType: "application/pdf")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

    /// <summary>The JSON document, offered as a download under a name without the child's name.</summary>
    private sealed class DownloadName(IResult inner, string fileName) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.Headers.ContentDisposition = $"attachment; filename=\"{fileName}\"";
            return inner.ExecuteAsync(httpContext);
        }
    }
}
