namespace PanelCaseManager.Application.Common;

/// <summary>
/// Where the bytes of uploaded documents live, each stored once under the SHA-256 of its content (the file
/// system by default; blob storage in production through another implementation).
/// </summary>
public interface IDocumentStore
{
    /// <summary>Stores the content unless the same content is already stored, and returns its SHA-256 (lower-case hex).</summary>
    Task<string> StoreAsync(ReadOnlyMemory<byte> content, CancellationToken cancellationToken);

    /// <summary>Opens stored content for reading, or null when nothing is stored under that hash.</summary>
    Task<Stream?> OpenAsync(string sha256, CancellationToken cancellationToken);
}
