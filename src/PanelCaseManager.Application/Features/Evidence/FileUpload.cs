using System.IO.Compression;
using System.Security.Cryptography;
using System.Text.Json.Serialization;
using PanelCaseManager.Domain.Evidence;

namespace PanelCaseManager.Application.Features.Evidence;

/// <summary>
/// A file as it was uploaded. Its bytes are left out of the request's JSON (so out of idempotency records and any
/// serialised form); its SHA-256 stands in for them.
/// </summary>
public sealed record FileUpload(string? FileName, long Length, [property: JsonIgnore] ReadOnlyMemory<byte> Content)
{
    public string ContentSha256 => Convert.ToHexStringLower(SHA256.HashData(Content.Span));
}

/// <summary>Recognises a document's type from its first bytes (and, for Word, its zip directory), never from its name.</summary>
public static class DocumentSniffer
{
    private static readonly byte[] PdfSignature = "%PDF-"u8.ToArray();
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] JpegSignature = [0xFF, 0xD8, 0xFF];
    private static readonly byte[] ZipSignature = [0x50, 0x4B, 0x03, 0x04];

    public static DocumentType? Detect(ReadOnlyMemory<byte> content)
    {
        var bytes = content.Span;
        if (bytes.StartsWith(PdfSignature))
        {
            return DocumentType.Pdf;
        }

        if (bytes.StartsWith(PngSignature))
        {
            return DocumentType.Png;
        }

        if (bytes.StartsWith(JpegSignature))
        {
            return DocumentType.Jpeg;
        }

        return bytes.StartsWith(ZipSignature) && IsWordDocument(content) ? DocumentType.Docx : null;
    }

    public static string Describe(DocumentType type) => type switch
    {
        DocumentType.Pdf => "a PDF",
        DocumentType.Docx => "a Word document",
        DocumentType.Png => "a PNG image",
        DocumentType.Jpeg => "a JPEG image",
        _ => type.ToString(),
    };

    private static bool IsWordDocument(ReadOnlyMemory<byte> content)
    {
        try
        {
            using var stream = new MemoryStream(content.ToArray(), writable: false);
            using var zip = new ZipArchive(stream, ZipArchiveMode.Read);
            return zip.GetEntry("word/document.xml") is not null;
        }
        catch (InvalidDataException)
        {
            return false;
        }
    }
}
