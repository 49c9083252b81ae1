using Mediator;
using PanelCaseManager.Application.Audit;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Security;

namespace PanelCaseManager.Application.Features.Audit;

/// <summary>An auditor downloads every checkpoint of the audit trail, exactly as stored, to keep outside the service.</summary>
public static class ExportAuditCheckpoints
{
    [RequiresPolicy(Policies.Audit)]
    [ReadsNoPersonalData]
    public sealed record Query : IQuery<IReadOnlyList<string>>;

    public sealed class Handler(IAuditCheckpointStore store) : IQueryHandler<Query, IReadOnlyList<string>>
    {
        public async ValueTask<IReadOnlyList<string>> Handle(Query query, CancellationToken cancellationToken) =>
            (await store.ReadAllAsync(cancellationToken)).Select(c => c.Text).ToList();
    }
}
