using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace PanelCaseManager.Application.Audit;

/// <summary>
/// One attributable action — a command, or a read of a case's personal data — in the append-only audit trail.
/// Each event holds a link: an HMAC-SHA256, under the audit key named by <see cref="KeyId"/>, of its own content and
/// the link of the event before it, so removing or editing any event breaks every link after it and nobody without
/// the key can forge new ones (docs/adr/0196). Events written before keys existed have no key id and a plain
/// SHA-256 link; they verify as they were written.
/// </summary>
public sealed class AuditEvent
{
    public const string GenesisHash = "0000000000000000000000000000000000000000000000000000000000000000";

    private AuditEvent()
    {
        UserId = string.Empty;
        Action = string.Empty;
        Kind = string.Empty;
        Outcome = string.Empty;
        PreviousHash = string.Empty;
        Hash = string.Empty;
    }

    public long Sequence { get; private set; }
    public DateTimeOffset OccurredAt { get; private set; }
    public string UserId { get; private set; }
    public string? Role { get; private set; }
    public string Action { get; private set; }
    public string Kind { get; private set; }
    public Guid? CaseId { get; private set; }
    public Guid? PanelId { get; private set; }
    public string Outcome { get; private set; }

    /// <summary>The cases a list read returned (a caseload, a worklist, a meeting's agenda), comma-separated; null for any other event.</summary>
    public string? ReturnedCaseIds { get; private set; }

    public string PreviousHash { get; private set; }
    public string Hash { get; private set; }

    /// <summary>The audit key this event was linked with; null for a plain SHA-256 link written by an earlier version.</summary>
    public string? KeyId { get; private set; }

    public static AuditEvent Chain(long sequence, string previousHash, AuditEntry entry, AuditKeyRing keys)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(keys);
        var audit = new AuditEvent
        {
            Sequence = sequence,
            // Whole milliseconds: SQLite keeps a time to a tenth of a millisecond (DateTimeOffsetToBinaryConverter), so a
            // finer time would read back different from the time that was hashed, and the chain would not verify.
            OccurredAt = new DateTimeOffset(entry.OccurredAt.Ticks - (entry.OccurredAt.Ticks % TimeSpan.TicksPerMillisecond), entry.OccurredAt.Offset),
            UserId = entry.UserId,
            Role = entry.Role,
            Action = entry.Action,
            Kind = entry.Kind,
            CaseId = entry.CaseId,
            PanelId = entry.PanelId,
            Outcome = entry.Outcome,
            ReturnedCaseIds = entry.ReturnedCaseIds,
            PreviousHash = previousHash,
            KeyId = keys.CurrentKeyId,
        };
        audit.Hash = keys.Mac(audit.KeyId, AuditKeyRing.LinkPurpose, audit.LinkedContent());
        return audit;
    }

    /// <summary>
    /// The link this event should have, recomputed from its content: the HMAC under its key, or for an event from
    /// before keys the plain SHA-256 it was written with. Null when the event names a key that is not held.
    /// </summary>
    public string? ExpectedHash(AuditKeyRing keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        if (KeyId is null)
        {
            return PlainSha256(Sequence, OccurredAt, UserId, Role, Action, Kind, CaseId, PanelId, Outcome, PreviousHash);
        }

        return keys.Holds(KeyId) ? keys.Mac(KeyId, AuditKeyRing.LinkPurpose, LinkedContent()) : null;
    }

    /// <summary>
    /// What a keyed link covers: the key id, then the fields of the plain link, separated by a unit separator that no
    /// field can contain (times as UTC ticks, ids in one format), ending with the previous event's link; then, only for a
    /// list read, the cases it returned (so events without them keep the links they were written with).
    /// </summary>
    public string LinkedContent()
    {
        var content = string.Join(
            '\u001f',
            KeyId ?? string.Empty,
            Sequence.ToString(CultureInfo.InvariantCulture),
            OccurredAt.UtcTicks.ToString(CultureInfo.InvariantCulture),
            UserId,
            Role ?? string.Empty,
            Action,
            Kind,
            CaseId?.ToString("D") ?? string.Empty,
            PanelId?.ToString("D") ?? string.Empty,
            Outcome,
            PreviousHash);
        return ReturnedCaseIds is null ? content : string.Concat(content, "\u001f", ReturnedCaseIds);
    }

    /// <summary>
    /// The plain SHA-256 link that versions before keyed links wrote (and that a forger without the key can compute):
    /// kept exactly as it was so that those events still verify.
    /// </summary>
    public static string PlainSha256(
        long sequence,
        DateTimeOffset occurredAt,
        string userId,
        string? role,
        string action,
        string kind,
        Guid? caseId,
        Guid? panelId,
        string outcome,
        string previousHash)
    {
        // Fields separated by a unit separator that no field can contain; times as UTC ticks, ids in one format.
        var content = string.Join(
            '\u001f',
            sequence.ToString(CultureInfo.InvariantCulture),
            occurredAt.UtcTicks.ToString(CultureInfo.InvariantCulture),
            userId,
            role ?? string.Empty,
            action,
            kind,
            caseId?.ToString("D") ?? string.Empty,
            panelId?.ToString("D") ?? string.Empty,
            outcome,
            previousHash);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content)));
    }
}

/// <summary>The one row that holds the end of the chain; updating it serialises appends across app instances.</summary>
public sealed class AuditChainHead
{
    public const int SingletonId = 1;

    public int Id { get; private set; }
    public long LastSequence { get; private set; }
    public string LastHash { get; private set; } = AuditEvent.GenesisHash;

    /// <summary>The first event linked with an audit key; every event after it must be keyed too. Null until one is.</summary>
    public long? KeyedFromSequence { get; private set; }
}

/// <summary>What is about to be audited, before it is given its place in the chain.</summary>
public sealed record AuditEntry(
    DateTimeOffset OccurredAt,
    string UserId,
    string? Role,
    string Action,
    string Kind,
    Guid? CaseId,
    Guid? PanelId,
    string Outcome)
{
    /// <summary>The cases a list read returned, as <see cref="CaseList"/> writes them.</summary>
    public string? ReturnedCaseIds { get; init; }

    /// <summary>Case ids in the order returned, each once, comma-separated; null when there are none.</summary>
    public static string? CaseList(IEnumerable<Guid>? caseIds)
    {
        var ids = caseIds?.Distinct().Select(id => id.ToString("D")).ToList();
        return ids is { Count: > 0 } ? string.Join(',', ids) : null;
    }
}

public static class AuditKinds
{
    public const string Command = "command";
    public const string Read = "read";

    /// <summary>A sign-in through the council's identity providers, let in or refused.</summary>
    public const string SignIn = "sign-in";
}

public static class AuditOutcomes
{
    public const string Succeeded = "succeeded";
    public const string Invalid = "invalid";
    public const string Forbidden = "forbidden";
    public const string NotFound = "not-found";
    public const string Conflict = "conflict";
    public const string Failed = "failed";
}

public static class AuditEventQueries
{
    /// <summary>
    /// The events about a case: those naming it, and the list reads that returned it among others. A list read's cases
    /// are matched as text, so this reads every list read's event; an auditor's question about one case can afford it.
    /// </summary>
    public static IQueryable<AuditEvent> AboutCase(this IQueryable<AuditEvent> events, Guid caseId)
    {
        var id = caseId.ToString("D");
        return events.Where(e => e.CaseId == caseId || (e.ReturnedCaseIds != null && e.ReturnedCaseIds.Contains(id)));
    }
}
