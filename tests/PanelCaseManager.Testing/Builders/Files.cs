using System.Globalization;
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

    /// <summary>A Word document carrying a VBA macro project, renamed .docx as someone hiding it would.</summary>
    public static byte[] DocxWithMacroProjectBytes() => Zip(
        ("[Content_Types].xml", ContentTypes("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml")),
        ("word/document.xml", WordBody),
        ("word/vbaProject.bin", "\u00d0\u00cf\u0011\u00e0 Attribute VB_Name = \"ThisDocument\""));

    /// <summary>A macro-enabled Word document (.docm content type) under a .docx name, its macro part left out.</summary>
    public static byte[] DocxDeclaringMacrosBytes() => Zip(
        ("[Content_Types].xml", ContentTypes("application/vnd.ms-word.document.macroEnabled.main+xml")),
        ("word/document.xml", WordBody));

    /// <summary>
    /// A PDF of the objects given, numbered from 1 (the first is the catalog), with a cross-reference table a reader
    /// accepts. <paramref name="objects"/> are the bodies between "n 0 obj" and "endobj".
    /// </summary>
    public static byte[] PdfOf(params string[] objects)
    {
        var pdf = new StringBuilder("%PDF-1.7\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(pdf.Length);
            pdf.Append(CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }

        var xref = pdf.Length;
        pdf.Append(CultureInfo.InvariantCulture, $"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            pdf.Append(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        }

        pdf.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.Latin1.GetBytes(pdf.ToString());
    }

    /// <summary>A PDF that runs JavaScript as it opens: its catalog's /OpenAction is a JavaScript action.</summary>
    public static byte[] PdfWithJavaScriptBytes() => PdfOf(
        "<< /Type /Catalog /Pages 2 0 R /OpenAction 3 0 R >>",
        "<< /Type /Pages /Kids [] /Count 0 >>",
        "<< /Type /Action /S /JavaScript /JS (app.alert\\(\"hello\"\\);) >>");

    /// <summary>
    /// A PDF whose dictionaries are kept in a compressed object stream, as PDF 1.5 and later write them: what they
    /// hold is only seen once the stream is inflated.
    /// </summary>
    public static byte[] PdfWithObjectStreamBytes(string compressedObject)
    {
        var body = "3 0 " + compressedObject;
        using var deflated = new MemoryStream();
        using (var zlib = new ZLibStream(deflated, CompressionLevel.Optimal, leaveOpen: true))
        {
            zlib.Write(Encoding.Latin1.GetBytes(body));
        }

        var data = deflated.ToArray();
        var head = Encoding.Latin1.GetBytes(
            $"%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R /Names 3 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n"
            + $"4 0 obj\n<< /Type /ObjStm /N 1 /First 4 /Filter /FlateDecode /Length {data.Length} >>\nstream\n");
        var tail = Encoding.Latin1.GetBytes("\nendstream\nendobj\ntrailer\n<< /Size 5 /Root 1 0 R >>\n%%EOF\n");
        return [.. head, .. data, .. tail];
    }

    /// <summary>
    /// The EICAR anti-virus test file: harmless, but every scanner reports it (ours through the test signature of
    /// scripts/test-services/clamav.sh). Put together here at run time so that the repository never holds it whole.
    /// </summary>
    public static byte[] EicarBytes() =>
        Encoding.ASCII.GetBytes(string.Concat(@"X5O!P%@AP[4\PZX54(P^)7CC)7}$", "EICAR-STANDARD-", "ANTIVIRUS-TEST-", "FILE!$H+H*"));

    public static FileUpload Upload(string fileName, byte[] content) => new(fileName, content.Length, content);

    public static FileUpload Pdf(string fileName = "ep-advice.pdf", string text = "EP report") => Upload(fileName, PdfBytes(text));

    private const string WordBody = "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body/></w:document>";

    private static string ContentTypes(string mainDocumentType) =>
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        + $"<Override PartName=\"/word/document.xml\" ContentType=\"{mainDocumentType}\"/></Types>";

    private static byte[] Zip(params (string Name, string Content)[] entries)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                var entry = zip.CreateEntry(name);
                using var writer = new StreamWriter(entry.Open());
                writer.Write(content);
            }
        }

        return buffer.ToArray();
    }

    private static byte[] Zip(string entryName, string content) => Zip((entryName, content));
}
