using System.Text.Json;
using PanelCaseManager.Application.Audit;

namespace PanelCaseManager.Infrastructure.Audit;

/// <summary>
/// Where the audit trail's keys come from (docs/adr/0196): configuration when it holds keys (in production, a key
/// vault reference); otherwise the embedded default's key file, generated once beside the database but outside it,
/// readable by the service's own account only. The web host refuses the key file outside Development.
/// </summary>
public static class AuditKeySource
{
    public static AuditKeyRing Load(AuditTrailOptions options, string contentRoot, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(clock);
        if (options.HasConfiguredKeys)
        {
            var keys = options.Keys.ToDictionary(
                k => k.Key,
                k => AuditKeyRing.Decode(k.Value) ?? throw new InvalidOperationException($"{AuditTrailOptions.Section}:Keys:{k.Key} must be base64 of at least {AuditKeyRing.MinimumKeyBytes} random bytes."),
                StringComparer.Ordinal);
            return new AuditKeyRing(options.CurrentKeyId!, keys, "configuration");
        }

        var path = Path.GetFullPath(Path.Combine(contentRoot, options.KeyFile));
        var generated = false;
        if (!File.Exists(path))
        {
            generated = Create(path, clock.GetUtcNow());
        }

        return Read(path, generated);
    }

    /// <summary>Writes a new key file in one step, so that two instances starting together end up with one key.</summary>
    private static bool Create(string path, DateTimeOffset now)
    {
        var folder = Path.GetDirectoryName(path)!;
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(folder);
        }
        else
        {
            Directory.CreateDirectory(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        var (id, key) = AuditKeyRing.NewKey(now);
        var file = new KeyFile(
            "The audit trail's key for the embedded default (Development only). Keep it with the database and never in it: without it the trail cannot be verified, and whoever holds it can rewrite the trail.",
            id,
            new Dictionary<string, string>(StringComparer.Ordinal) { [id] = Convert.ToBase64String(key) });
        var temporary = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        var streamOptions = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None };
        if (!OperatingSystem.IsWindows())
        {
            streamOptions.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using (var stream = new FileStream(temporary, streamOptions))
        {
            JsonSerializer.Serialize(stream, file, KeyFile.Json);
        }

        try
        {
            File.Move(temporary, path, overwrite: false);
            return true;
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another instance made the key first: use theirs.
            File.Delete(temporary);
            return false;
        }
    }

    private static AuditKeyRing Read(string path, bool generated)
    {
        if (!OperatingSystem.IsWindows() && (File.GetUnixFileMode(path) & (UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.OtherRead | UnixFileMode.OtherWrite)) != 0)
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        KeyFile? file;
        try
        {
            using var stream = File.OpenRead(path);
            file = JsonSerializer.Deserialize<KeyFile>(stream, KeyFile.Json);
        }
        catch (JsonException exception)
        {
            throw new InvalidOperationException($"The audit trail's key file {path} cannot be read: {exception.Message}", exception);
        }

        if (file?.CurrentKeyId is null || file.Keys is null || !file.Keys.ContainsKey(file.CurrentKeyId))
        {
            throw new InvalidOperationException($"The audit trail's key file {path} does not name its current key among its keys.");
        }

        var keys = file.Keys.ToDictionary(
            k => k.Key,
            k => AuditKeyRing.Decode(k.Value) ?? throw new InvalidOperationException($"The key '{k.Key}' in {path} is not base64 of at least {AuditKeyRing.MinimumKeyBytes} bytes."),
            StringComparer.Ordinal);
        return new AuditKeyRing(file.CurrentKeyId, keys, path, generated);
    }

    private sealed record KeyFile(string? Note, string? CurrentKeyId, Dictionary<string, string>? Keys)
    {
        public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };
    }
}
