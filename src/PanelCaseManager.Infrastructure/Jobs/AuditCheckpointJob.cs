using Mediator;
using Microsoft.Extensions.DependencyInjection;
using PanelCaseManager.Application.Audit;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Features.Audit;

namespace PanelCaseManager.Infrastructure.Jobs;

/// <summary>
/// Writes the audit trail's checkpoint as the system principal (docs/adr/0112, 0196): once per configured period from
/// the recurring job, and once at start-up. Several instances running it write the period's checkpoint once.
/// </summary>
public sealed class AuditCheckpointJob(IServiceScopeFactory scopes)
{
    public const string RecurringJobId = "audit-checkpoint";

    public Task<CheckpointAuditTrail.Result> RunAsync(CancellationToken cancellationToken) => WriteAsync(AuditCheckpointKinds.Periodic, cancellationToken);

    public Task<CheckpointAuditTrail.Result> AtStartAsync(CancellationToken cancellationToken) => WriteAsync(AuditCheckpointKinds.Start, cancellationToken);

    private async Task<CheckpointAuditTrail.Result> WriteAsync(string kind, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().Set(SystemPrincipal.For(RecurringJobId));
        return await scope.ServiceProvider.GetRequiredService<ISender>().Send(new CheckpointAuditTrail.Command(kind), cancellationToken);
    }
}
