using System.Globalization;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PanelCaseManager.Application.Audit;
using PanelCaseManager.Application.Persistence;
using PanelCaseManager.Application.Security;

namespace PanelCaseManager.Application.Features.Audit;

/// <summary>
/// An auditor checks that no audit event was removed, reordered or edited: every event's hash is recomputed from its
/// content and its predecessor's hash, from the first event to the end the chain's head records.
/// </summary>
public static class VerifyAuditTrail
{
    [RequiresPolicy(Policies.Audit)]
    public sealed record Query : IQuery<Result>;

    /// <param name="Intact">True when every link holds.</param>
    /// <param name="EventsChecked">Events read before the verdict.</param>
    /// <param name="FirstBrokenSequence">The first event at which the chain breaks, if it does.</param>
    /// <param name="Problem">What is wrong there, in plain words.</param>
    public sealed record Result(bool Intact, long EventsChecked, long? FirstBrokenSequence, string? Problem, string LastHash);

    public sealed class Handler(PanelDbContext db) : IQueryHandler<Query, Result>
    {
        public async ValueTask<Result> Handle(Query query, CancellationToken cancellationToken)
        {
            // The head first: events appended while we read are beyond it and not judged.
            var head = await db.AuditChainHeads.AsNoTracking().SingleAsync(h => h.Id == AuditChainHead.SingletonId, cancellationToken);
            var expected = 1L;
            var previousHash = AuditEvent.GenesisHash;
            var events = db.AuditEvents.AsNoTracking().Where(e => e.Sequence <= head.LastSequence).OrderBy(e => e.Sequence).AsAsyncEnumerable();
            await foreach (var e in events.WithCancellation(cancellationToken))
            {
                if (e.Sequence != expected)
                {
                    return Broken(expected - 1, expected, $"Event {N(expected)} is missing: the next event stored is {N(e.Sequence)}.");
                }

                if (e.PreviousHash != previousHash)
                {
                    return Broken(expected - 1, expected, $"Event {N(expected)} does not follow event {N(expected - 1)}: its link to the event before it was changed.");
                }

                var recomputed = AuditEvent.ComputeHash(e.Sequence, e.OccurredAt, e.UserId, e.Role, e.Action, e.Kind, e.CaseId, e.PanelId, e.Outcome, e.PreviousHash, e.ReturnedCaseIds);
                if (recomputed != e.Hash)
                {
                    return Broken(expected - 1, expected, $"Event {N(expected)} was altered after it was written: its content no longer matches its hash.");
                }

                previousHash = e.Hash;
                expected++;
            }

            var checkedCount = expected - 1;
            if (checkedCount != head.LastSequence)
            {
                return Broken(checkedCount, expected, $"The chain ends at event {N(head.LastSequence)} but only {N(checkedCount)} events are stored: the latest were removed.");
            }

            if (head.LastHash != previousHash)
            {
                return Broken(checkedCount, head.LastSequence, $"Event {N(head.LastSequence)} is not the one the chain's end records: it was replaced.");
            }

            return new Result(true, checkedCount, null, null, previousHash);
        }

        private static Result Broken(long checkedCount, long at, string problem) => new(false, checkedCount, at, problem, string.Empty);

        private static string N(long sequence) => sequence.ToString("N0", CultureInfo.InvariantCulture);
    }
}
