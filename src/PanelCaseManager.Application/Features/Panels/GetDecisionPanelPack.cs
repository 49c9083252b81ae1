using System.Text.Json;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Persistence;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Domain.Panels;

namespace PanelCaseManager.Application.Features.Panels;

/// <summary>
/// What the panel saw when it made a decision, reproduced from the frozen pack exactly as stored, with the check
/// that it still has its hash, and the late additions that were in front of the panel beside it.
/// </summary>
public static class GetDecisionPanelPack
{
    [RequiresPolicy(Policies.ReadCases)]
    public sealed record Query(Guid DecisionId) : IQuery<WhatThePanelSaw>, IDecisionScoped, IThroughPanel;

    /// <param name="Intact">True when the stored pack still has the SHA-256 it was frozen with, and the decision cites that same hash.</param>
    public sealed record WhatThePanelSaw(
        Guid DecisionId,
        Guid CasePackId,
        int SchemaVersion,
        string Sha256,
        bool Intact,
        DateTimeOffset FrozenAt,
        FreezeTrigger Trigger,
        JsonElement Pack,
        LateAdditions LateAdditions);

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator() => RuleFor(q => q.DecisionId).NotEmpty().WithMessage("Give the id of the decision.");
    }

    public sealed class Handler(PanelDbContext db) : IQueryHandler<Query, WhatThePanelSaw>
    {
        public async ValueTask<WhatThePanelSaw> Handle(Query query, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(query);
            var decision = await db.PanelDecisions.AsNoTracking()
                               .Where(d => d.Id == query.DecisionId)
                               .Select(d => new { d.CasePackId, d.CasePackSha256, d.RecordedAt, d.PlacementRequestId })
                               .SingleOrDefaultAsync(cancellationToken)
                           ?? throw new NotFoundException("Decision", query.DecisionId);
            var pack = await db.CasePacks.AsNoTracking().SingleAsync(p => p.Id == decision.CasePackId, cancellationToken);
            var late = await LateAdditions.FindAsync(db, decision.PlacementRequestId, CasePackDocument.FromJson(pack.Content), pack.FrozenAt, decision.RecordedAt, cancellationToken);
            using var document = JsonDocument.Parse(pack.Content);
            return new WhatThePanelSaw(
                query.DecisionId,
                pack.Id,
                pack.SchemaVersion,
                pack.Sha256,
                pack.IsIntact && string.Equals(pack.Sha256, decision.CasePackSha256, StringComparison.Ordinal),
                pack.FrozenAt,
                pack.Trigger,
                document.RootElement.Clone(),
                late);
        }
    }
}
