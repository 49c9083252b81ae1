using System.Globalization;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PanelCaseManager.Application.Audit;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Persistence;
using PanelCaseManager.Application.Security;

namespace PanelCaseManager.Application.Features.Audit;

/// <summary>
/// An auditor checks that no audit event was removed, reordered, edited or rewritten (docs/adr/0007, 0196): every
/// event's link is recomputed with the audit key it names (or as the plain SHA-256 of an event from before keys),
/// from the first event to the end the chain's head records; and the chain is held to every signed checkpoint kept
/// outside the database, so that a rewritten or shortened trail up to the last checkpoint is found even when the head
/// row was changed to match.
/// </summary>
public static class VerifyAuditTrail
{
    [RequiresPolicy(Policies.Audit)]
    public sealed record Query : IQuery<Result>, IReadsAuditTrail;

    /// <param name="Intact">True when every link holds and the trail agrees with every checkpoint.</param>
    /// <param name="EventsChecked">Events read before the verdict.</param>
    /// <param name="FirstBrokenSequence">The first event at which the trail breaks, if it does at an event.</param>
    /// <param name="Problem">What is wrong there, in plain words.</param>
    /// <param name="LastHash">The link of the last event, when the trail is intact.</param>
    /// <param name="KeyedFromSequence">The first event linked with an audit key; events before it have plain SHA-256 links from an earlier version.</param>
    /// <param name="KeysUsed">The ids of the audit keys the checked events were linked with.</param>
    /// <param name="Checkpoints">The signed checkpoints found outside the database.</param>
    /// <param name="LastCheckpoint">The checkpoint of the furthest event, if any.</param>
    /// <param name="EventsAfterLastCheckpoint">Events the key protects against editing but no checkpoint yet protects against removal from the end.</param>
    /// <param name="Notes">What the verdict rests on, in plain words.</param>
    public sealed record Result(
        bool Intact,
        long EventsChecked,
        long? FirstBrokenSequence,
        string? Problem,
        string LastHash,
        long? KeyedFromSequence,
        IReadOnlyList<string> KeysUsed,
        int Checkpoints,
        CheckpointSummary? LastCheckpoint,
        long EventsAfterLastCheckpoint,
        IReadOnlyList<string> Notes);

    public sealed record CheckpointSummary(string Kind, long Sequence, string Hash, DateTimeOffset WrittenAt);

    public sealed class Handler(PanelDbContext db, AuditKeyRing keys, IAuditCheckpointStore store, IOptions<AuditTrailOptions> options) : IQueryHandler<Query, Result>
    {
        public async ValueTask<Result> Handle(Query query, CancellationToken cancellationToken)
        {
            var stored = await store.ReadAllAsync(cancellationToken);
            foreach (var line in stored.Where(c => c.Checkpoint is null || !c.Checkpoint.IsSignedWith(keys)))
            {
                var what = line.Checkpoint is null ? "cannot be read as a checkpoint" : "is not signed with an audit key this service holds";
                return Broken(0, null, $"Line {line.Line} of the checkpoint file {line.File} {what}: the checkpoints were altered, or written by someone else.", [], 0, null);
            }

            var checkpoints = stored.Select(c => c.Checkpoint!).ToList();
            var anchors = new Dictionary<long, AuditCheckpoint>();
            foreach (var checkpoint in checkpoints.OrderBy(c => c.WrittenAt))
            {
                if (anchors.TryGetValue(checkpoint.Sequence, out var earlier) && earlier.Hash != checkpoint.Hash)
                {
                    return Broken(0, checkpoint.Sequence, $"The checkpoints of {When(earlier)} and {When(checkpoint)} record different links for event {N(checkpoint.Sequence)}: the trail was rewritten between them.", [], checkpoints.Count, null);
                }

                anchors.TryAdd(checkpoint.Sequence, checkpoint);
            }

            var last = checkpoints.OrderByDescending(c => c.Sequence).ThenBy(c => c.WrittenAt).FirstOrDefault();
            var lastSummary = last is null ? null : new CheckpointSummary(last.Kind, last.Sequence, last.Hash, last.WrittenAt);

            // The head first: events appended while we read are beyond it and not judged.
            var head = await db.AuditChainHeads.AsNoTracking().SingleAsync(h => h.Id == AuditChainHead.SingletonId, cancellationToken);
            var keyedFrom = new[] { head.KeyedFromSequence }.Concat(checkpoints.Select(c => c.KeyedFrom)).Where(s => s is not null).Min();
            var keysUsed = new SortedSet<string>(StringComparer.Ordinal);
            long? firstKeyed = null;
            var expected = 1L;
            var previousHash = AuditEvent.GenesisHash;
            if (anchors.TryGetValue(0, out var empty) && empty.Hash != AuditEvent.GenesisHash)
            {
                return Broken(0, 1, $"The checkpoint of {When(empty)} records an empty trail with another beginning: the trail was replaced.", keysUsed, checkpoints.Count, lastSummary);
            }

            var events = db.AuditEvents.AsNoTracking().Where(e => e.Sequence <= head.LastSequence).OrderBy(e => e.Sequence).AsAsyncEnumerable();
            await foreach (var e in events.WithCancellation(cancellationToken))
            {
                var checkedCount = expected - 1;
                if (e.Sequence != expected)
                {
                    return Broken(checkedCount, expected, $"Event {N(expected)} is missing: the next event stored is {N(e.Sequence)}.", keysUsed, checkpoints.Count, lastSummary);
                }

                if (e.PreviousHash != previousHash)
                {
                    return Broken(checkedCount, expected, $"Event {N(expected)} does not follow event {N(expected - 1)}: its link to the event before it was changed.", keysUsed, checkpoints.Count, lastSummary);
                }

                if (e.KeyId is null)
                {
                    var keyedSince = firstKeyed ?? keyedFrom;
                    if (keyedSince is { } since && e.Sequence >= since)
                    {
                        return Broken(checkedCount, expected, $"Event {N(expected)} has a plain SHA-256 link, but every event from {N(since)} on is linked with the audit key: it was rewritten by someone without the key.", keysUsed, checkpoints.Count, lastSummary);
                    }
                }
                else
                {
                    firstKeyed ??= e.Sequence;
                    keysUsed.Add(e.KeyId);
                }

                var recomputed = e.ExpectedHash(keys);
                if (recomputed is null)
                {
                    return Broken(checkedCount, expected, $"Event {N(expected)} names the audit key '{e.KeyId}', which this service does not hold: the key was taken out of the configuration, or the event was written by someone else.", keysUsed, checkpoints.Count, lastSummary);
                }

                if (!AuditKeyRing.SameMac(recomputed, e.Hash))
                {
                    return Broken(checkedCount, expected, $"Event {N(expected)} was altered after it was written: its content no longer matches its link.", keysUsed, checkpoints.Count, lastSummary);
                }

                if (anchors.TryGetValue(e.Sequence, out var anchor) && anchor.Hash != e.Hash)
                {
                    return Broken(checkedCount, expected, $"Event {N(expected)} is not the event the checkpoint of {When(anchor)} recorded: the trail was rewritten from event {N(expected)} or before.", keysUsed, checkpoints.Count, lastSummary);
                }

                previousHash = e.Hash;
                expected++;
            }

            var count = expected - 1;
            if (count != head.LastSequence)
            {
                return Broken(count, expected, $"The chain ends at event {N(head.LastSequence)} but only {N(count)} events are stored: the latest were removed.", keysUsed, checkpoints.Count, lastSummary);
            }

            if (head.LastHash != previousHash)
            {
                return Broken(count, head.LastSequence, $"Event {N(head.LastSequence)} is not the one the chain's end records: it was replaced.", keysUsed, checkpoints.Count, lastSummary);
            }

            if (last is not null && last.Sequence > count)
            {
                return Broken(count, count + 1, $"The trail ends at event {N(count)}, but the checkpoint of {When(last)} records event {N(last.Sequence)}: events {N(count + 1)} to {N(last.Sequence)} were removed, and the record of the trail's end changed to hide it.", keysUsed, checkpoints.Count, lastSummary);
            }

            var after = count - (last?.Sequence ?? 0);
            var notes = Notes(count, firstKeyed ?? keyedFrom, keysUsed, checkpoints.Count, last, after);
            return new Result(true, count, null, null, previousHash, firstKeyed ?? keyedFrom, keysUsed.ToList(), checkpoints.Count, lastSummary, after, notes);
        }

        private List<string> Notes(long count, long? keyedFrom, SortedSet<string> keysUsed, int checkpointCount, AuditCheckpoint? last, long after)
        {
            var notes = new List<string>();
            if (keysUsed.Count > 0)
            {
                notes.Add($"Events are linked with the audit {(keysUsed.Count == 1 ? "key" : "keys")} {string.Join(", ", keysUsed.Select(k => $"'{k}'"))}, held outside the database: nobody without {(keysUsed.Count == 1 ? "it" : "them")} can rewrite an event and its links.");
            }

            if (keyedFrom is > 1 && count > 0)
            {
                var plainEnd = Math.Min(keyedFrom.Value - 1, count);
                notes.Add(keyedFrom.Value <= count
                    ? $"Events 1 to {N(plainEnd)} were written by an earlier version of the service with plain SHA-256 links. They are held in place by event {N(keyedFrom.Value)}, the first linked with the key, whose link covers theirs."
                    : $"Events 1 to {N(plainEnd)} were written by an earlier version of the service with plain SHA-256 links; no event is linked with the key yet.");
            }
            else if (keyedFrom is null && count > 0)
            {
                notes.Add($"All {N(count)} events have plain SHA-256 links from an earlier version of the service; only a checkpoint vouches for them.");
            }

            if (checkpointCount == 0 || last is null)
            {
                notes.Add($"No checkpoint was found in {store.Location}. The check rests on the audit key alone: events removed from the end of the trail, with the record of its end changed to match, would not be noticed.");
            }
            else
            {
                notes.Add($"{N(checkpointCount)} signed {(checkpointCount == 1 ? "checkpoint was" : "checkpoints were")} found in {store.Location}; the furthest, of {When(last)}, records event {N(last.Sequence)}. Every event up to it is vouched for outside the database.");
                if (after > 0)
                {
                    notes.Add($"The {N(after)} {(after == 1 ? "event" : "events")} after event {N(last.Sequence)} {(after == 1 ? "is" : "are")} protected by the key against being altered, but not yet against being removed from the end of the trail: the next checkpoint (every {Interval()}) will cover {(after == 1 ? "it" : "them")}.");
                }
            }

            return notes;
        }

        private string Interval()
        {
            var interval = options.Value.CheckpointInterval;
            return interval.TotalHours >= 1
                ? interval.TotalHours == 1 ? "hour" : $"{interval.TotalHours:0} hours"
                : interval.TotalMinutes == 1 ? "minute" : $"{interval.TotalMinutes:0} minutes";
        }

        private static Result Broken(long checkedCount, long? at, string problem, IEnumerable<string> keysUsed, int checkpoints, CheckpointSummary? last) =>
            new(false, checkedCount, at, problem, string.Empty, null, keysUsed.ToList(), checkpoints, last, 0, []);

        private static string When(AuditCheckpoint checkpoint) => checkpoint.WrittenAt.UtcDateTime.ToString("d MMMM yyyy HH:mm:ss 'UTC'", CultureInfo.InvariantCulture);

        private static string N(long sequence) => sequence.ToString("N0", CultureInfo.InvariantCulture);
    }
}
