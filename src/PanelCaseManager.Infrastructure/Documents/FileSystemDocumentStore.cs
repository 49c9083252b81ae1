using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using PanelCaseManager.Application.Common;

namespace PanelCaseManager.Infrastructure.Documents;

/// <summary>
/// Keeps each document once, in a file named by the SHA-256 of its content under two levels of folders
/// (ab/cd/abcd…). A file is written under a temporary name and then moved into place, so a reader never sees half
/// a document, and two uploads of the same content at once leave one file.
/// </summary>
public sealed partial class FileSystemDocumentStore(IOptions<DocumentStoreOptions> options, string contentRoot) : IDocumentStore, IDocumentStoreProbe
{
    private string Root => Path.GetFullPath(Path.Combine(contentRoot, options.Value.RootPath));

    public async Task<string> StoreAsync(ReadOnlyMemory<byte> content, CancellationToken cancellationToken)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(content.Span));
        var path = PathOf(hash);
        if (File.Exists(path))
        {
            return hash;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = Path.Combine(Path.GetDirectoryName(path)!, $".{hash}.{Guid.NewGuid():N}.tmp");
        try
        {
            await using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, FileOptions.Asynchronous))
            {
                await file.WriteAsync(content, cancellationToken);
                await file.FlushAsync(cancellationToken);
            }

            File.Move(temporary, path, overwrite: false);
        }
        catch (IOException) when (File.Exists(path))
        {
            // Someone stored the same content first: it is the same bytes, so theirs will do.
        }
        finally
        {
            File.Delete(temporary);
        }

        return hash;
    }

    public Task<Stream?> OpenAsync(string sha256, CancellationToken cancellationToken)
    {
        if (!Sha256Shape().IsMatch(sha256 ?? string.Empty))
        {
            return Task.FromResult<Stream?>(null);
        }

        var path = PathOf(sha256!);
        return Task.FromResult<Stream?>(File.Exists(path)
            ? new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, FileOptions.Asynchronous)
            : null);
    }

    /// <summary>The folder exists (or can be made) and takes a file.</summary>
    public async Task ProbeAsync(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Root);
        var probe = Path.Combine(Root, $".probe-{Guid.NewGuid():N}");
        await File.WriteAllBytesAsync(probe, [1], cancellationToken);
        File.Delete(probe);
    }

    private string PathOf(string hash) => Path.Combine(Root, hash[..2], hash[2..4], hash);

    [GeneratedRegex("^[0-9a-f]{64}$")]
    private static partial Regex Sha256Shape();
}
