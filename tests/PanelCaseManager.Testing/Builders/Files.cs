using System.IO.Compression;
using System.Text;
using PanelCaseManager.Application.Features.Evidence;

namespace PanelCaseManager.Testing.Builders;

/// <summary>Small real files of each accepted type (and some that are not), as uploads.</summary>
public static class Files
{
    public static byte[] PdfBytes(string text = "EP report") =>
        Encoding.ASCII.GetBytes($"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n% {text}\ntrailer << /Root 1 0 R >>\n%%EOF\n");

    public static byte[] PngBytes() =>
        [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06];

    public static byte[] JpegBytes() => [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46, 0x00, 0x01, 0xFF, 0xD9];

    /// <summary>A minimal Word document: a zip holding word/document.xml.</summary>
    public static byte[] DocxBytes() => Zip("word/document.xml", "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body/></w:document>");

    /// <summary>A zip that is not a Word document.</summary>
    public static byte[] ZipBytes() => Zip("notes.txt", "not a document");

    public static FileUpload Upload(string fileName, byte[] content) => new(fileName, content.Length, content);

    public static FileUpload Pdf(string fileName = "ep-advice.pdf", string text = "EP report") => Upload(fileName, PdfBytes(text));

    private static byte[] Zip(string entryName, string content)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            var entry = zip.CreateEntry(entryName);
            using var writer = new StreamWriter(entry.Open());
            writer.Write(content);
        }

        return buffer.ToArray();
    }
}
