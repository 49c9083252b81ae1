using System.Text;
using System.Text.Json;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PanelCaseManager.Application.Features.Audit;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Web.Api;

namespace PanelCaseManager.Web.Pages.Audit;

/// <summary>
/// An auditor checks the audit trail's links and checkpoints and reads the verdict in plain English; signs where the
/// trail ends, downloading the statement to keep; and downloads every checkpoint.
/// </summary>
[Authorize(Policy = Policies.Audit)]
public sealed class VerifyModel(ISender sender) : PageModel
{
    public VerifyAuditTrail.Result? Result { get; private set; }

    public void OnGet()
    {
    }

    public async Task OnGetCheckAsync(CancellationToken cancellationToken) =>
        Result = await sender.Send(new VerifyAuditTrail.Query(), cancellationToken);

    public async Task<IActionResult> OnPostStatementAsync(CancellationToken cancellationToken)
    {
        var statement = await sender.Send(new SignAuditTrailHead.Command(), cancellationToken);
        return File(JsonSerializer.SerializeToUtf8Bytes(statement, JsonSerializerOptions.Web), "application/json", AuditApi.StatementFileName(statement));
    }

    public async Task<IActionResult> OnGetCheckpointsAsync(CancellationToken cancellationToken)
    {
        var lines = await sender.Send(new ExportAuditCheckpoints.Query(), cancellationToken);
        var text = lines.Count == 0 ? string.Empty : string.Join('\n', lines) + "\n";
        return File(Encoding.UTF8.GetBytes(text), "application/jsonl", "audit-checkpoints.jsonl");
    }
}
