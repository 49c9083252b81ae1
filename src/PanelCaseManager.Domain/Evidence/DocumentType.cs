namespace PanelCaseManager.Domain.Evidence;

/// <summary>The kinds of file the service accepts as evidence, recognised from their content.</summary>
public enum DocumentType
{
    Pdf,
    Docx,
    Png,
    Jpeg,
}

public static class DocumentTypes
{
    public static string MediaType(this DocumentType type) => type switch
    {
        DocumentType.Pdf => "application/pdf",
        DocumentType.Docx => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        DocumentType.Png => "image/png",
        DocumentType.Jpeg => "image/jpeg",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    /// <summary>The file-name extensions each type may carry.</summary>
    public static IReadOnlyList<string> Extensions(this DocumentType type) => type switch
    {
        DocumentType.Pdf => [".pdf"],
        DocumentType.Docx => [".docx"],
        DocumentType.Png => [".png"],
        DocumentType.Jpeg => [".jpg", ".jpeg"],
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    public static DocumentType? FromExtension(string? fileName)
    {
        var extension = Path.GetExtension(fileName ?? string.Empty);
        return Enum.GetValues<DocumentType>()
            .Cast<DocumentType?>()
            .FirstOrDefault(t => t!.Value.Extensions().Contains(extension, StringComparer.OrdinalIgnoreCase));
    }
}

/// <summary>A stored file: its name as uploaded, its type as recognised from its content, and its SHA-256.</summary>
public sealed record DocumentFile(string FileName, DocumentType Type, string ContentSha256, long SizeBytes);
