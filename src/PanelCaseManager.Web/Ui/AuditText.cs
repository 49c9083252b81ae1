using PanelCaseManager.Application.Features.Audit;
using PanelCaseManager.Domain.Panels;

namespace PanelCaseManager.Web.Ui;

/// <summary>How the auditor's pages name decisions and the verdict on the audit trail.</summary>
internal static class AuditText
{
    public static string StatusOf(FindDecisions.Row row) => row switch
    {
        { Status: DecisionStatus.Draft } => "Draft",
        { Stands: true } => "Signed off, stands",
        _ => "Signed off, corrected later",
    };

    /// <summary>The verdict in plain English: what was checked and what it means.</summary>
    public static string Verdict(VerifyAuditTrail.Result result) => result switch
    {
        { Intact: true } =>
            $"The audit trail is complete and unchanged. All {Count(result.EventsChecked)} were checked: each one follows the one before it, none has been removed, reordered, altered or rewritten, and the trail agrees with every checkpoint kept outside the database.",
        { FirstBrokenSequence: null } =>
            $"The audit trail's checkpoints have been changed. {result.Problem} Report this to the service's data protection officer.",
        _ =>
            $"The audit trail has been changed. {result.Problem} The {Count(result.EventsChecked)} before that point are intact. Report this to the service's data protection officer.",
    };

    private static string Count(long events) =>
        events == 1 ? "1 event" : $"{events.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)} events";
}

/// <summary>Streams an audit export from a page handler, as the API does, so the page needs no API token.</summary>
internal sealed class AuditExportResult(ExportAuditEvents.Export export) : Microsoft.AspNetCore.Mvc.IActionResult
{
    public Task ExecuteResultAsync(Microsoft.AspNetCore.Mvc.ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return Api.AuditApi.WriteAsync(context.HttpContext.Response, export, context.HttpContext.RequestAborted);
    }
}

internal static class AuditPaging
{
    /// <summary>The page asked for in the query string: 1 when none; null when it is not a page number.</summary>
    public static int? PageOf(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var text = request.Query["page"].ToString();
        if (text.Length == 0)
        {
            return 1;
        }

        return int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var page) && page >= 1 ? page : null;
    }
}
