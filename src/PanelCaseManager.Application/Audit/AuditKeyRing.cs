using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using PanelCaseManager.Application.Features.Timeliness;

namespace PanelCaseManager.Application.Audit;

/// <summary>
/// The audit trail's keys and checkpoints ("AuditTrail" in configuration, docs/adr/0196). Keys come from configuration
/// (a key vault reference in production); with none configured the embedded default generates one into
/// <see cref="KeyFile"/>, which the web host allows only in Development.
/// </summary>
public sealed class AuditTrailOptions
{
    public const string Section = "AuditTrail";

    /// <summary>The key new events are linked with; one of <see cref="Keys"/>.</summary>
    public string? CurrentKeyId { get; set; }

    /// <summary>Every key by its id, base64, at least 32 bytes: the current one and the earlier ones that still verify old events.</summary>
    public Dictionary<string, string> Keys { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Where the embedded default keeps its generated key, outside the database (relative to the app's folder).</summary>
    public string KeyFile { get; set; } = "App_Data/keys/audit-trail-keys.json";

    /// <summary>Where signed checkpoints of the chain's end are appended: a place the database administrator cannot rewrite.</summary>
    public string CheckpointFolder { get; set; } = "App_Data/audit-checkpoints";

    /// <summary>How often a checkpoint is written (whole minutes dividing an hour, or whole hours dividing a day).</summary>
    public TimeSpan CheckpointInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>
    /// How long the events of reads are gathered before one transaction appends them (docs/adr/0011): what a crash of
    /// an instance can lose. Zero commits each read's event in its own transaction before the read answers.
    /// </summary>
    public TimeSpan ReadFlushInterval { get; set; } = TimeSpan.FromMilliseconds(100);

    /// <summary>At most this many read events in one group's transaction.</summary>
    public int ReadBatchLimit { get; set; } = 500;

    /// <summary>At most this many read events wait to be written; while groups cannot be written, further reads wait for room.</summary>
    public int ReadQueueLimit { get; set; } = 10_000;

    public bool HasConfiguredKeys => Keys.Count > 0;

    public IEnumerable<string> Problems()
    {
        if (HasConfiguredKeys)
        {
            if (string.IsNullOrWhiteSpace(CurrentKeyId) || !Keys.ContainsKey(CurrentKeyId))
            {
                yield return $"{Section}:CurrentKeyId must name one of the keys in {Section}:Keys.";
            }

            foreach (var (id, value) in Keys)
            {
                if (!AuditKeyRing.IsValidKeyId(id))
                {
                    yield return $"{Section}:Keys: the key id '{id}' may use only letters, digits, '.', '_' and '-' (at most 40).";
                }

                if (AuditKeyRing.Decode(value) is null)
                {
                    yield return $"{Section}:Keys:{id} must be base64 of at least {AuditKeyRing.MinimumKeyBytes} random bytes.";
                }
            }
        }
        else if (!string.IsNullOrWhiteSpace(CurrentKeyId))
        {
            yield return $"{Section}:CurrentKeyId is set but {Section}:Keys holds no key.";
        }

        if (string.IsNullOrWhiteSpace(KeyFile))
        {
            yield return $"{Section}:KeyFile must name a file.";
        }

        if (string.IsNullOrWhiteSpace(CheckpointFolder))
        {
            yield return $"{Section}:CheckpointFolder must name a folder.";
        }

        if (ReadFlushInterval < TimeSpan.Zero || ReadFlushInterval > TimeSpan.FromSeconds(5))
        {
            yield return $"{Section}:ReadFlushInterval must be from 00:00:00 (each read committed before it answers) to 00:00:05.";
        }

        if (ReadBatchLimit is < 1 or > 10_000)
        {
            yield return $"{Section}:ReadBatchLimit must be from 1 to 10000.";
        }

        if (ReadQueueLimit < ReadBatchLimit || ReadQueueLimit > 1_000_000)
        {
            yield return $"{Section}:ReadQueueLimit must be at least {Section}:ReadBatchLimit and at most 1000000.";
        }

        if (!RecurringInterval.IsValid(CheckpointInterval))
        {
            yield return $"{Section}:CheckpointInterval must be whole minutes that divide an hour, or whole hours that divide a day.";
        }
    }

    /// <summary>Refuses to start with keys or checkpoint settings that cannot work, naming each.</summary>
    public sealed class Validation : IValidateOptions<AuditTrailOptions>
    {
        public ValidateOptionsResult Validate(string? name, AuditTrailOptions options)
        {
            ArgumentNullException.ThrowIfNull(options);
            var problems = options.Problems().ToList();
            return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
        }
    }
}

/// <summary>
/// The keys the audit chain is linked with: HMAC-SHA256 under a key the database does not hold, so that whoever can
/// write to the database cannot recompute a link. Each event records the id of its key; earlier keys stay here to
/// verify the events linked with them.
/// </summary>
public sealed partial class AuditKeyRing
{
    public const int MinimumKeyBytes = 32;

    /// <summary>What a MAC is for, so that a link can never be passed off as a checkpoint or the other way round.</summary>
    public const string LinkPurpose = "audit-link/v2";
    public const string CheckpointPurpose = "audit-checkpoint/v1";

    private readonly Dictionary<string, byte[]> _keys;

    /// <param name="source">Where the keys came from, for the start-up report ("configuration" or the key file's path).</param>
    /// <param name="generated">True when the embedded default made its key at this start.</param>
    public AuditKeyRing(string currentKeyId, IReadOnlyDictionary<string, byte[]> keys, string source, bool generated = false)
    {
        ArgumentNullException.ThrowIfNull(keys);
        if (!keys.ContainsKey(currentKeyId))
        {
            throw new ArgumentException($"The current key '{currentKeyId}' is not among the keys.", nameof(currentKeyId));
        }

        if (keys.Any(k => !IsValidKeyId(k.Key) || k.Value.Length < MinimumKeyBytes))
        {
            throw new ArgumentException($"Key ids are letters, digits, '.', '_' and '-'; keys are at least {MinimumKeyBytes} bytes.", nameof(keys));
        }

        CurrentKeyId = currentKeyId;
        _keys = keys.ToDictionary(k => k.Key, k => k.Value.ToArray(), StringComparer.Ordinal);
        Source = source;
        Generated = generated;
    }

    public string CurrentKeyId { get; }

    public string Source { get; }

    public bool Generated { get; }

    public IReadOnlyCollection<string> KeyIds => _keys.Keys;

    public bool Holds(string keyId) => _keys.ContainsKey(keyId);

    /// <summary>HMAC-SHA256 (lower-case hex) of <paramref name="content"/> for <paramref name="purpose"/> under the key named.</summary>
    public string Mac(string keyId, string purpose, string content)
    {
        if (!_keys.TryGetValue(keyId, out var key))
        {
            throw new KeyNotFoundException($"The audit key '{keyId}' is not held.");
        }

        return Convert.ToHexStringLower(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(purpose + '\u001f' + content)));
    }

    /// <summary>Compares two hex MACs in constant time.</summary>
    public static bool SameMac(string a, string b) =>
        a.Length == b.Length && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(a), Encoding.ASCII.GetBytes(b));

    public static bool IsValidKeyId(string id) => KeyIdPattern().IsMatch(id);

    /// <summary>The key's bytes, or null when the text is not base64 of a key long enough.</summary>
    public static byte[]? Decode(string? base64)
    {
        if (string.IsNullOrWhiteSpace(base64))
        {
            return null;
        }

        var buffer = new byte[base64.Length];
        return Convert.TryFromBase64String(base64.Trim(), buffer, out var written) && written >= MinimumKeyBytes ? buffer[..written] : null;
    }

    /// <summary>A fresh random key and an id naming the day it was made.</summary>
    public static (string Id, byte[] Key) NewKey(DateTimeOffset now) =>
        (string.Create(CultureInfo.InvariantCulture, $"k{now.UtcDateTime:yyyyMMdd}-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(3))}"), RandomNumberGenerator.GetBytes(MinimumKeyBytes));

    [GeneratedRegex("^[A-Za-z0-9._-]{1,40}$")]
    private static partial Regex KeyIdPattern();
}
