using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace PanelCaseManager.Application.Audit;

/// <summary>
/// A signed record of where the audit chain ended at a moment: its last event's sequence and link, the first event
/// linked with a key, when and by whom it was written, signed with an HMAC under an audit key. Kept outside the
/// database (docs/adr/0196), it lets a verifier notice a rewritten or shortened trail up to that event. It holds
/// no personal data.
/// </summary>
public sealed record AuditCheckpoint(
    int Format,
    string Kind,
    long Sequence,
    string Hash,
    long? KeyedFrom,
    DateTimeOffset? Period,
    DateTimeOffset WrittenAt,
    string WrittenBy,
    string KeyId,
    string Mac)
{
    public const int CurrentFormat = 1;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        WriteIndented = false,
    };

    /// <summary>Signs a checkpoint of the chain ending at <paramref name="sequence"/> with the current audit key.</summary>
    public static AuditCheckpoint Sign(AuditKeyRing keys, string kind, long sequence, string hash, long? keyedFrom, DateTimeOffset? period, DateTimeOffset writtenAt, string writtenBy)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var unsigned = new AuditCheckpoint(CurrentFormat, kind, sequence, hash, keyedFrom, period?.ToUniversalTime(), writtenAt.ToUniversalTime(), writtenBy, keys.CurrentKeyId, string.Empty);
        return unsigned with { Mac = keys.Mac(keys.CurrentKeyId, AuditKeyRing.CheckpointPurpose, unsigned.SignedContent()) };
    }

    /// <summary>True when the MAC is that of this content under a key the service holds.</summary>
    public bool IsSignedWith(AuditKeyRing keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        return Format == CurrentFormat && keys.Holds(KeyId) && AuditKeyRing.SameMac(Mac, keys.Mac(KeyId, AuditKeyRing.CheckpointPurpose, SignedContent()));
    }

    /// <summary>
    /// True when <paramref name="earlier"/> already stands for this one, so writing it again adds nothing: the same
    /// period's checkpoint (another instance wrote it first), or a start-up checkpoint of an end already recorded.
    /// </summary>
    public bool Repeats(AuditCheckpoint earlier)
    {
        ArgumentNullException.ThrowIfNull(earlier);
        return Kind switch
        {
            AuditCheckpointKinds.Periodic => earlier.Kind == AuditCheckpointKinds.Periodic && earlier.Period == Period,
            AuditCheckpointKinds.Start => earlier.Sequence == Sequence && earlier.Hash == Hash && earlier.KeyedFrom == KeyedFrom,
            _ => false,
        };
    }

    public string ToJsonLine() => JsonSerializer.Serialize(this, Json);

    /// <summary>A checkpoint read back from its line; null when the line is not one.</summary>
    public static AuditCheckpoint? FromJsonLine(string line)
    {
        try
        {
            var checkpoint = JsonSerializer.Deserialize<AuditCheckpoint>(line, Json);
            return checkpoint is { Kind: not null, Hash: not null, WrittenBy: not null, KeyId: not null, Mac: not null } ? checkpoint : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private string SignedContent() => string.Join(
        '\u001f',
        Format.ToString(CultureInfo.InvariantCulture),
        Kind,
        Sequence.ToString(CultureInfo.InvariantCulture),
        Hash,
        KeyedFrom?.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
        Period?.UtcTicks.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
        WrittenAt.UtcTicks.ToString(CultureInfo.InvariantCulture),
        WrittenBy,
        KeyId);
}

public static class AuditCheckpointKinds
{
    /// <summary>Written once per configured period by the recurring job.</summary>
    public const string Periodic = "periodic";

    /// <summary>Written when the service starts, so the end of the trail as it was found is on record at once (an upgrade included).</summary>
    public const string Start = "start";

    /// <summary>Written when an auditor asks for a signed statement of the trail's end.</summary>
    public const string OnDemand = "on-demand";
}

/// <summary>A line of the checkpoint store as found, with where it was: read back for verification and export.</summary>
public sealed record StoredCheckpoint(string File, int Line, string Text, AuditCheckpoint? Checkpoint);

/// <summary>
/// Where checkpoints are kept, outside the database: appended, never rewritten, readable by an auditor. Appending
/// is idempotent across instances: a checkpoint that <see cref="AuditCheckpoint.Repeats"/> one already there is not written.
/// </summary>
public interface IAuditCheckpointStore
{
    /// <summary>Where the checkpoints are, in words an auditor can follow (a folder).</summary>
    string Location { get; }

    /// <summary>Appends the checkpoint unless one already there stands for it; true when it was written.</summary>
    Task<bool> AppendAsync(AuditCheckpoint checkpoint, CancellationToken cancellationToken);

    /// <summary>Every line of every checkpoint file, oldest file first.</summary>
    Task<IReadOnlyList<StoredCheckpoint>> ReadAllAsync(CancellationToken cancellationToken);
}
