using System.Globalization;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PanelCaseManager.Application.Audit;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Features.Letters;
using PanelCaseManager.Application.Features.Panels;
using PanelCaseManager.Application.Features.PlacementRequests;
using PanelCaseManager.Application.Persistence;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Domain.Panels;

namespace PanelCaseManager.Application.Features.Audit;

/// <summary>
/// Everything an auditor needs to reconstruct one decision: the decision with its grounds and reasons, the frozen
/// pack the panel saw, the letters issued for it with their hashes, the decisions it corrects or that correct it,
/// the case's timeline and every audit event of the case in sequence order, with each event's hash link checked.
/// Read by auditors and by staff who may see the case (the decision scope admits or hides it, as for the decision).
/// </summary>
public static class GetDecisionHistory
{
    /// <summary>The version of the bundle's shape; raised when a field is removed or changes meaning.</summary>
    public const int SchemaVersion = 1;

    [RequiresPolicy(Policies.ReadCases)]
    public sealed record Query(Guid DecisionId) : IQuery<Bundle>, IDecisionScoped, IReadsAuditTrail;

    public sealed record Bundle(
        int SchemaVersion,
        DateTimeOffset GeneratedAt,
        GetDecision.Details Decision,
        GetDecisionPanelPack.WhatThePanelSaw PanelPack,
        IReadOnlyList<IssuedLetterView> Letters,
        IReadOnlyList<RelatedDecision> RelatedDecisions,
        GetCaseHistory.Timeline Timeline,
        IReadOnlyList<EventRecord> AuditEvents,
        ChainCheck Verification);

    /// <param name="Relation">"supersedes" when the decision corrects this one's predecessor, "superseded-by" when a later decision corrects it.</param>
    public sealed record RelatedDecision(Guid Id, string Relation, DecisionStatus Status, DecisionOutcome Outcome, DateTimeOffset RecordedAt, DateTimeOffset? SignedOffAt, string? SupersedeReason);

    /// <param name="ReturnedCaseIds">For a list read, the cases it returned (this one among them), comma-separated.</param>
    public sealed record EventRecord(
        long Sequence, DateTimeOffset OccurredAt, string UserId, string? Role, string Action, string Kind, Guid? CaseId, Guid? PanelId, string Outcome, string PreviousHash, string Hash, string? KeyId,
        string? ReturnedCaseIds);

    /// <param name="Intact">True when every event of the case still has the hash of its content and links to its predecessor's hash.</param>
    /// <param name="FirstBrokenSequence">The first event of the case whose link is broken, if one is.</param>
    /// <param name="Problem">What is wrong there, in plain words.</param>
    public sealed record ChainCheck(bool Intact, int EventsChecked, long? FirstBrokenSequence, string? Problem)
    {
        public string Verdict => Intact ? "intact" : "broken";
    }

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator() => RuleFor(q => q.DecisionId).NotEmpty().WithMessage("Give the id of the decision.");
    }

    public sealed class Handler(PanelDbContext db, TimeProvider clock, AuditKeyRing keys) : IQueryHandler<Query, Bundle>
    {
        public async ValueTask<Bundle> Handle(Query query, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(query);
            // The same reads the decision, pack and timeline endpoints make, so the bundle says what they say.
            var decision = await new GetDecision.Handler(db).Handle(new GetDecision.Query(query.DecisionId), cancellationToken);
            var pack = await new GetDecisionPanelPack.Handler(db).Handle(new GetDecisionPanelPack.Query(query.DecisionId), cancellationToken);
            var timeline = await new GetCaseHistory.Handler(db).Handle(new GetCaseHistory.Query(decision.PlacementRequestId), cancellationToken);
            // The decision's own letter, and the notices that give effect to it (the plan naming its placement, or its refusal).
            var letters = await IssuedLetterViews.ListAsync(db, db.IssuedLetters.Where(l => l.DecisionId == query.DecisionId || l.BasedOnDecisionId == query.DecisionId), cancellationToken);

            var related = await db.PanelDecisions.AsNoTracking()
                .Where(d => d.Id == decision.SupersedesDecisionId || d.SupersedesDecisionId == query.DecisionId)
                .Select(d => new { d.Id, d.Status, d.Outcome, d.RecordedAt, d.SignedOffAt, d.SupersedesDecisionId, d.SupersedeReason })
                .ToListAsync(cancellationToken);
            var relatedDecisions = related
                .Select(d => new RelatedDecision(
                    d.Id,
                    d.Id == decision.SupersedesDecisionId ? "supersedes" : "superseded-by",
                    d.Status,
                    d.Outcome,
                    d.RecordedAt,
                    d.SignedOffAt,
                    d.SupersedeReason))
                .OrderBy(d => d.RecordedAt)
                .ToList();

            var caseId = decision.PlacementRequestId;
            var events = await db.AuditEvents.AsNoTracking().AboutCase(caseId).OrderBy(e => e.Sequence).ToListAsync(cancellationToken);
            var verification = await CheckLinksAsync(events, cancellationToken);

            return new Bundle(
                SchemaVersion,
                clock.GetUtcNow(),
                decision,
                pack,
                letters.OrderBy(l => l.IssuedAt).ToList(),
                relatedDecisions,
                timeline,
                events.Select(e => new EventRecord(e.Sequence, e.OccurredAt, e.UserId, e.Role, e.Action, e.Kind, e.CaseId, e.PanelId, e.Outcome, e.PreviousHash, e.Hash, e.KeyId, e.ReturnedCaseIds)).ToList(),
                verification);
        }

        /// <summary>
        /// The case's events are scattered through the one chain, so each is checked against the event stored just
        /// before it (of whatever case): its hash recomputed from its content, and its link to that event's hash.
        /// </summary>
        private async Task<ChainCheck> CheckLinksAsync(List<AuditEvent> events, CancellationToken cancellationToken)
        {
            var predecessorSequences = events.Select(e => e.Sequence - 1).Where(s => s > 0).ToList();
            var predecessors = await db.AuditEvents.AsNoTracking()
                .Where(e => predecessorSequences.Contains(e.Sequence))
                .Select(e => new { e.Sequence, e.Hash })
                .ToDictionaryAsync(e => e.Sequence, e => e.Hash, cancellationToken);
            var keyedFrom = await db.AuditChainHeads.AsNoTracking().Where(h => h.Id == AuditChainHead.SingletonId).Select(h => h.KeyedFromSequence).SingleAsync(cancellationToken);
            foreach (var e in events)
            {
                var expectedPrevious = e.Sequence == 1 ? AuditEvent.GenesisHash : predecessors.GetValueOrDefault(e.Sequence - 1);
                if (expectedPrevious is null)
                {
                    return Broken(events, e.Sequence, $"Event {N(e.Sequence - 1)}, just before event {N(e.Sequence)}, is missing.");
                }

                if (!string.Equals(e.PreviousHash, expectedPrevious, StringComparison.Ordinal))
                {
                    return Broken(events, e.Sequence, $"Event {N(e.Sequence)} does not follow event {N(e.Sequence - 1)}: its link to the event before it was changed, or that event was.");
                }

                if (e.KeyId is null && e.Sequence >= keyedFrom)
                {
                    return Broken(events, e.Sequence, $"Event {N(e.Sequence)} has a plain SHA-256 link, but every event from {N(keyedFrom.Value)} on is linked with the audit key: it was rewritten by someone without the key.");
                }

                var recomputed = e.ExpectedHash(keys);
                if (recomputed is null)
                {
                    return Broken(events, e.Sequence, $"Event {N(e.Sequence)} names the audit key '{e.KeyId}', which this service does not hold.");
                }

                if (!string.Equals(recomputed, e.Hash, StringComparison.Ordinal))
                {
                    return Broken(events, e.Sequence, $"Event {N(e.Sequence)} was altered after it was written: its content no longer matches its hash.");
                }
            }

            return new ChainCheck(true, events.Count, null, null);
        }

        private static ChainCheck Broken(List<AuditEvent> events, long at, string problem) =>
            new(false, events.Count(e => e.Sequence < at), at, problem);

        private static string N(long sequence) => sequence.ToString("N0", CultureInfo.InvariantCulture);
    }
}
