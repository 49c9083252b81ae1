using Mediator;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Persistence;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Domain.Common;
using PanelCaseManager.Domain.PlacementRequests;
using PanelCaseManager.Domain.Timeliness;

namespace PanelCaseManager.Application.Features.Timeliness;

/// <summary>The reasons an officer can give for an exception: reference data for the UI.</summary>
public static class ListExceptionReasons
{
    [RequiresPolicy(Policies.ReadCases)]
    public sealed record Query : IQuery<IReadOnlyList<ReasonView>>;

    /// <param name="Period">What its period must be: Any, ContinuousAbsence (4 weeks or more) or ClosureWindow (give the closing and reopening dates).</param>
    public sealed record ReasonView(string Code, string Description, string Regulation, IReadOnlyList<MilestoneKind> AppliesTo, ExceptionPeriodRule Period);

    public sealed class Handler(TimelinessRules rules) : IQueryHandler<Query, IReadOnlyList<ReasonView>>
    {
        public ValueTask<IReadOnlyList<ReasonView>> Handle(Query query, CancellationToken cancellationToken) =>
            ValueTask.FromResult<IReadOnlyList<ReasonView>>(rules.ExceptionReasons.Values
                .Select(r => new ReasonView(r.Code, r.Description, r.Regulation, r.AppliesTo.Order().ToList(), r.Period))
                .ToList());
    }
}
