using System.Globalization;
using System.Text;
using Microsoft.Extensions.Options;
using PanelCaseManager.Application.Audit;

namespace PanelCaseManager.Infrastructure.Audit;

/// <summary>
/// Checkpoints as JSON lines in one file per month under <see cref="AuditTrailOptions.CheckpointFolder"/>, appended
/// under an exclusive lock so that instances sharing the folder neither interleave lines nor write a period twice;
/// a read waits while a line is being appended rather than failing, and never sees half a line.
/// The folder belongs on storage the database administrator cannot rewrite (docs/adr/0196).
/// </summary>
public sealed class FileAuditCheckpointStore(IOptions<AuditTrailOptions> options, string contentRoot) : IAuditCheckpointStore
{
    private const string FilePrefix = "audit-checkpoints-";
    private static readonly TimeSpan LockWait = TimeSpan.FromSeconds(30);

    public string Location { get; } = Path.GetFullPath(Path.Combine(contentRoot, options.Value.CheckpointFolder));

    public async Task<bool> AppendAsync(AuditCheckpoint checkpoint, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(checkpoint);
        Directory.CreateDirectory(Location);
        var month = (checkpoint.Period ?? checkpoint.WrittenAt).UtcDateTime.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        var path = Path.Combine(Location, $"{FilePrefix}{month}.jsonl");
        await using var file = await OpenExclusiveAsync(path, cancellationToken);
        using (var reader = new StreamReader(file, Encoding.UTF8, detectEncodingFromByteOrderMarks: false, leaveOpen: true))
        {
            while (await reader.ReadLineAsync(cancellationToken) is { } line)
            {
                if (AuditCheckpoint.FromJsonLine(line) is { } earlier && checkpoint.Repeats(earlier))
                {
                    return false;
                }
            }
        }

        file.Seek(0, SeekOrigin.End);
        var bytes = Encoding.UTF8.GetBytes(checkpoint.ToJsonLine() + "\n");
        await file.WriteAsync(bytes, cancellationToken);
        file.Flush(flushToDisk: true);
        return true;
    }

    public async Task<IReadOnlyList<StoredCheckpoint>> ReadAllAsync(CancellationToken cancellationToken)
    {
        var found = new List<StoredCheckpoint>();
        if (!Directory.Exists(Location))
        {
            return found;
        }

        foreach (var path in Directory.GetFiles(Location, FilePrefix + "*.jsonl").Order(StringComparer.Ordinal))
        {
            await using var file = await OpenAsync(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, cancellationToken);
            using var reader = new StreamReader(file, Encoding.UTF8);
            var number = 0;
            while (await reader.ReadLineAsync(cancellationToken) is { } line)
            {
                number++;
                if (line.Length > 0)
                {
                    found.Add(new StoredCheckpoint(Path.GetFileName(path), number, line, AuditCheckpoint.FromJsonLine(line)));
                }
            }
        }

        return found;
    }

    /// <summary>Opens the month's file for this instance alone, waiting while another instance appends to it.</summary>
    private static Task<FileStream> OpenExclusiveAsync(string path, CancellationToken cancellationToken) =>
        OpenAsync(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, cancellationToken);

    /// <summary>
    /// Opens a checkpoint file, waiting (up to <see cref="LockWait"/>) while another request or instance holds it
    /// for appending: an auditor's check or download at the moment a checkpoint is written is not a failure.
    /// </summary>
    private static async Task<FileStream> OpenAsync(string path, FileMode mode, FileAccess access, FileShare share, CancellationToken cancellationToken)
    {
        var waited = TimeSpan.Zero;
        var pause = TimeSpan.FromMilliseconds(50);
        while (true)
        {
            try
            {
                return new FileStream(path, mode, access, share);
            }
            catch (IOException exception) when (exception is not FileNotFoundException and not DirectoryNotFoundException && waited < LockWait)
            {
                await Task.Delay(pause, cancellationToken);
                waited += pause;
            }
        }
    }
}
