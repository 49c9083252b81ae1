using System.Globalization;
using System.Text;
using System.Text.Json;
using Mediator;
using PanelCaseManager.Application.Features.Audit;
using PanelCaseManager.Application.Security;

namespace PanelCaseManager.Web.Api;

internal static class AuditApi
{
    public static void MapAudit(this RouteGroupBuilder v1)
    {
        var group = v1.MapGroup("/audit").WithTags("Audit").RequireAuthorization(Policies.Audit);

        group.MapGet("/verify", async (ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new VerifyAuditTrail.Query(), ct)))
            .WithSummary("Check that no audit event was removed, reordered, edited or rewritten")
            .WithDescription("Every link is recomputed with the audit key it names, and the trail is held to every signed checkpoint kept outside the database. The notes say what the verdict rests on, including events after the last checkpoint.");

        group.MapGet("/checkpoints", async (ISender sender, HttpContext http, CancellationToken ct) =>
            {
                var lines = await sender.Send(new ExportAuditCheckpoints.Query(), ct);
                http.Response.Headers.ContentDisposition = "attachment; filename=\"audit-checkpoints.jsonl\"";
                return TypedResults.Text(lines.Count == 0 ? string.Empty : string.Join('\n', lines) + "\n", "application/jsonl; charset=utf-8");
            })
            .WithSummary("Download every signed checkpoint of the audit trail, as stored, to keep")
            .Produces(StatusCodes.Status200OK, contentType: "application/jsonl");

        group.MapPost("/checkpoints", async (ISender sender, HttpContext http, CancellationToken ct) =>
            {
                var statement = await sender.Send(new SignAuditTrailHead.Command(), ct);
                http.Response.Headers.ContentDisposition = $"attachment; filename=\"{StatementFileName(statement)}\"";
                return TypedResults.Ok(statement);
            })
            .WithSummary("Sign the trail's end now: a checkpoint is written, and returned as a statement to keep")
            .Produces<SignAuditTrailHead.Statement>();

        group.MapGet("/events", async (Guid? caseId, Guid? panelId, DateOnly? from, DateOnly? to, string? format, ISender sender, HttpContext http, CancellationToken ct) =>
            {
                var export = await sender.Send(new ExportAuditEvents.Query(caseId, panelId, from, to, format), ct);
                await WriteAsync(http.Response, export, ct);
            })
            .WithSummary("Export audit events of a case, a panel or a period as CSV or JSON lines, streamed")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .Produces(StatusCodes.Status200OK, contentType: "application/jsonl")
            .ProducesValidationProblem();
    }

    internal static string StatementFileName(SignAuditTrailHead.Statement statement) =>
        string.Create(CultureInfo.InvariantCulture, $"audit-trail-statement-event-{statement.Checkpoint.Sequence}-{statement.Checkpoint.WrittenAt:yyyyMMdd'T'HHmmss'Z'}.json");

    internal static async Task WriteAsync(HttpResponse response, ExportAuditEvents.Export export, CancellationToken ct)
    {
        var csv = export.Format == "csv";
        response.ContentType = csv ? "text/csv; charset=utf-8" : "application/jsonl; charset=utf-8";
        response.Headers.ContentDisposition = $"attachment; filename=\"audit-events.{export.Format}\"";
        await using var writer = new StreamWriter(response.Body, new UTF8Encoding(false), bufferSize: 16 * 1024);
        if (csv)
        {
            await writer.WriteLineAsync("sequence,occurredAt,userId,role,action,kind,caseId,panelId,outcome,previousHash,hash,keyId,returnedCaseIds");
        }

        await foreach (var e in export.Events.WithCancellation(ct))
        {
            await writer.WriteLineAsync(csv ? CsvLine(e) : JsonSerializer.Serialize(e, JsonSerializerOptions.Web));
        }
    }

    private static string CsvLine(ExportAuditEvents.EventView e) => string.Join(
        ',',
        e.Sequence.ToString(CultureInfo.InvariantCulture),
        e.OccurredAt.ToString("O", CultureInfo.InvariantCulture),
        Csv.Cell(e.UserId),
        Csv.Cell(e.Role),
        Csv.Cell(e.Action),
        e.Kind,
        e.CaseId?.ToString() ?? string.Empty,
        e.PanelId?.ToString() ?? string.Empty,
        e.Outcome,
        e.PreviousHash,
        e.Hash,
        Csv.Cell(e.KeyId),
        Csv.Cell(e.ReturnedCaseIds));
}

/// <summary>CSV cells that a spreadsheet will neither split wrongly nor run as a formula.</summary>
internal static class Csv
{
    public static string Cell(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        // A leading =, +, -, @, tab or carriage return makes spreadsheets evaluate the cell: quote it as text.
        var text = value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value;
        return text.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? $"\"{text.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : text;
    }
}
