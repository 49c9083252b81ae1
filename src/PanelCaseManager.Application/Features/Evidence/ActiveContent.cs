using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using PanelCaseManager.Domain.Evidence;

namespace PanelCaseManager.Application.Features.Evidence;

/// <summary>
/// Finds what could act when a document is opened (docs/adr/0201): in a PDF, JavaScript (<c>/JavaScript</c>, <c>/JS</c>,
/// an <c>/OpenAction</c> that runs it), actions that start programs (<c>/Launch</c>), files embedded in it
/// (<c>/EmbeddedFile</c>, <c>/EmbeddedFiles</c>) and XFA forms, which carry their own scripts; in an Office document
/// (Word, Excel, PowerPoint: zip containers), macros (<c>vbaProject.bin</c>, a macro-enabled content type). The PDF is
/// read as a PDF reader would: names with #-escapes decoded, strings, comments and stream data skipped, and the
/// compressed object streams (where modern PDFs keep their dictionaries) inflated and read too.
/// </summary>
public static partial class ActiveContent
{
    private const int MaximumInflatedBytes = 64 * 1024 * 1024;
    private const int MaximumOfficePartBytes = 1024 * 1024;

    private static readonly byte[] PdfSignature = "%PDF-"u8.ToArray();
    private static readonly byte[] ZipSignature = [0x50, 0x4B, 0x03, 0x04];

    private static readonly string[] Filters =
        ["ASCIIHexDecode", "ASCII85Decode", "LZWDecode", "FlateDecode", "RunLengthDecode", "CCITTFaxDecode", "JBIG2Decode", "DCTDecode", "JPXDecode", "Crypt"];

    /// <summary>Why the document is refused, in words a caseworker can act on; null when nothing in it can act.</summary>
    public static string? Find(ReadOnlyMemory<byte> content)
    {
        if (content.Span.StartsWith(PdfSignature))
        {
            return InPdf(content.Span);
        }

        return content.Span.StartsWith(ZipSignature) ? InOfficeDocument(content) : null;
    }

    private static string? InPdf(ReadOnlySpan<byte> pdf)
    {
        var found = new PdfFindings();
        Read(pdf, found, insideObjectStream: false);
        if (found.Names.Contains("JavaScript") || found.Names.Contains("JS"))
        {
            return "This PDF contains JavaScript, which could run when it is opened, so it was not saved. "
                   + "Save it again as a plain PDF (for example with \"Print to PDF\") and upload that.";
        }

        if (found.Names.Contains("Launch"))
        {
            return "This PDF can start other programs when it is opened (a launch action), so it was not saved. "
                   + "Save it again as a plain PDF (for example with \"Print to PDF\") and upload that.";
        }

        if (found.Names.Contains("EmbeddedFile") || found.Names.Contains("EmbeddedFiles"))
        {
            return "This PDF has other files embedded in it, which cannot be checked here, so it was not saved. "
                   + "Upload each document on its own, as a plain PDF.";
        }

        if (found.Names.Contains("XFA"))
        {
            return "This PDF is an XFA form, which can run its own scripts, so it was not saved. "
                   + "Save it again as a plain PDF (for example with \"Print to PDF\") and upload that.";
        }

        if (found.UnreadableObjectStreams > 0)
        {
            return found.Names.Contains("Encrypt")
                ? "This PDF is encrypted, so it cannot be checked for scripts or embedded files, and it was not saved. "
                  + "Save it again as a plain PDF without a password or restrictions and upload that."
                : "Part of this PDF cannot be read to check it for scripts or embedded files, so it was not saved. "
                  + "Save it again as a plain PDF (for example with \"Print to PDF\") and upload that.";
        }

        return null;
    }

    /// <summary>
    /// Reads PDF tokens: a name is kept (decoded); strings, comments and the data of streams are skipped; the data of
    /// an object stream is inflated and read in turn.
    /// </summary>
    private static void Read(ReadOnlySpan<byte> pdf, PdfFindings found, bool insideObjectStream)
    {
        var objectStart = 0;
        var namesOfObject = new List<string>();
        var i = 0;
        while (i < pdf.Length)
        {
            var b = pdf[i];
            switch (b)
            {
                case (byte)'%':
                    while (i < pdf.Length && pdf[i] is not ((byte)'\r' or (byte)'\n'))
                    {
                        i++;
                    }

                    continue;
                case (byte)'(':
                    i = SkipLiteralString(pdf, i);
                    continue;
                case (byte)'<' when i + 1 < pdf.Length && pdf[i + 1] == (byte)'<':
                    // A dictionary opens; its contents are read token by token.
                    i += 2;
                    continue;
                case (byte)'<':
                    var close = pdf[i..].IndexOf((byte)'>');
                    i = close < 0 ? pdf.Length : i + close + 1;
                    continue;
                case (byte)'/':
                    var (name, next) = ReadName(pdf, i + 1);
                    i = next;
                    if (name is not null)
                    {
                        found.Names.Add(name);
                        namesOfObject.Add(name);
                    }

                    continue;
            }

            if (!IsRegular(b))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < pdf.Length && IsRegular(pdf[i]))
            {
                i++;
            }

            var word = pdf[start..i];
            if (word.SequenceEqual("obj"u8))
            {
                objectStart = i;
                namesOfObject.Clear();
            }
            else if (word.SequenceEqual("stream"u8) && !insideObjectStream)
            {
                i = ReadStream(pdf, i, pdf[objectStart..start], namesOfObject, found);
                namesOfObject.Clear();
            }
        }
    }

    /// <summary>Skips a stream's data, reading it first when it is an object stream; returns where reading goes on.</summary>
    private static int ReadStream(ReadOnlySpan<byte> pdf, int afterKeyword, ReadOnlySpan<byte> dictionary, List<string> names, PdfFindings found)
    {
        var dataStart = afterKeyword;
        if (dataStart < pdf.Length && pdf[dataStart] == (byte)'\r')
        {
            dataStart++;
        }

        if (dataStart < pdf.Length && pdf[dataStart] == (byte)'\n')
        {
            dataStart++;
        }

        var dictionaryText = Encoding.Latin1.GetString(dictionary);
        var dataEnd = -1;
        if (DirectLength().Match(dictionaryText) is { Success: true } length
            && int.TryParse(length.Groups["length"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var declared)
            && declared <= pdf.Length - dataStart
            && pdf[(dataStart + declared)..].TrimStart("\r\n \t"u8).StartsWith("endstream"u8))
        {
            dataEnd = dataStart + declared;
        }
        else if (pdf[dataStart..].IndexOf("endstream"u8) is >= 0 and var offset)
        {
            dataEnd = dataStart + offset;
        }

        var data = dataEnd < 0 ? pdf[dataStart..] : pdf[dataStart..dataEnd];
        if (names.Contains("ObjStm"))
        {
            var inflated = Decode(data, names, dictionaryText, found);
            if (inflated is null)
            {
                found.UnreadableObjectStreams++;
            }
            else
            {
                Read(inflated, found, insideObjectStream: true);
            }
        }

        return dataEnd < 0 ? pdf.Length : dataEnd + "endstream".Length;
    }

    /// <summary>An object stream's bytes as written, or null when they cannot be read (an unknown filter, encryption, damage, a bomb).</summary>
    private static byte[]? Decode(ReadOnlySpan<byte> data, List<string> names, string dictionaryText, PdfFindings found)
    {
        var filters = names.Where(n => Filters.Contains(n, StringComparer.Ordinal)).ToList();
        if (filters.Count == 0)
        {
            return data.ToArray();
        }

        if (filters.Count > 1 || filters[0] != "FlateDecode")
        {
            return null;
        }

        byte[] inflated;
        try
        {
            using var input = new MemoryStream(data.ToArray(), writable: false);
            using var zlib = new ZLibStream(input, CompressionMode.Decompress);
            using var output = new MemoryStream();
            var buffer = new byte[81920];
            int read;
            while ((read = zlib.Read(buffer)) > 0)
            {
                found.InflatedBytes += read;
                if (found.InflatedBytes > MaximumInflatedBytes)
                {
                    return null;
                }

                output.Write(buffer, 0, read);
            }

            inflated = output.ToArray();
        }
        catch (InvalidDataException)
        {
            return null;
        }

        var predictor = Number(PredictorValue(), dictionaryText) ?? 1;
        return predictor switch
        {
            1 => inflated,
            >= 10 => UndoPngPredictor(inflated, Number(ColumnsValue(), dictionaryText) ?? 1),
            _ => null,
        };
    }

    /// <summary>PNG row filters (None, Sub, Up, Average, Paeth), one byte per pixel, as PDF's Flate predictors 10–15 write them.</summary>
    private static byte[]? UndoPngPredictor(byte[] data, int columns)
    {
        if (columns < 1)
        {
            return null;
        }

        var rowLength = columns + 1;
        var rows = data.Length / rowLength;
        var output = new byte[rows * columns];
        for (var row = 0; row < rows; row++)
        {
            var filter = data[row * rowLength];
            for (var column = 0; column < columns; column++)
            {
                var raw = data[(row * rowLength) + 1 + column];
                var left = column > 0 ? output[(row * columns) + column - 1] : (byte)0;
                var up = row > 0 ? output[((row - 1) * columns) + column] : (byte)0;
                var upLeft = row > 0 && column > 0 ? output[((row - 1) * columns) + column - 1] : (byte)0;
                output[(row * columns) + column] = filter switch
                {
                    0 => raw,
                    1 => (byte)(raw + left),
                    2 => (byte)(raw + up),
                    3 => (byte)(raw + ((left + up) / 2)),
                    4 => (byte)(raw + Paeth(left, up, upLeft)),
                    _ => raw,
                };
                if (filter > 4)
                {
                    return null;
                }
            }
        }

        return output;
    }

    private static byte Paeth(byte left, byte up, byte upLeft)
    {
        var estimate = left + up - upLeft;
        var toLeft = Math.Abs(estimate - left);
        var toUp = Math.Abs(estimate - up);
        var toUpLeft = Math.Abs(estimate - upLeft);
        return toLeft <= toUp && toLeft <= toUpLeft ? left : toUp <= toUpLeft ? up : upLeft;
    }

    /// <summary>A name's characters with #xx escapes decoded ("/J#61vaScript" is "/JavaScript"); null for names too long to matter.</summary>
    private static (string? Name, int Next) ReadName(ReadOnlySpan<byte> pdf, int start)
    {
        var builder = new StringBuilder();
        var i = start;
        while (i < pdf.Length && IsRegular(pdf[i]))
        {
            if (pdf[i] == (byte)'#' && i + 2 < pdf.Length && IsHex(pdf[i + 1]) && IsHex(pdf[i + 2]))
            {
                builder.Append((char)Convert.ToByte(Encoding.ASCII.GetString(pdf.Slice(i + 1, 2)), 16));
                i += 3;
            }
            else
            {
                builder.Append((char)pdf[i]);
                i++;
            }
        }

        return (builder.Length is > 0 and <= 64 ? builder.ToString() : null, i);
    }

    private static int SkipLiteralString(ReadOnlySpan<byte> pdf, int open)
    {
        var depth = 0;
        for (var i = open; i < pdf.Length; i++)
        {
            switch (pdf[i])
            {
                case (byte)'\\':
                    i++;
                    break;
                case (byte)'(':
                    depth++;
                    break;
                case (byte)')':
                    depth--;
                    if (depth == 0)
                    {
                        return i + 1;
                    }

                    break;
            }
        }

        return pdf.Length;
    }

    private static bool IsRegular(byte b) =>
        b is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n' or (byte)'\f' or 0
            or (byte)'(' or (byte)')' or (byte)'<' or (byte)'>' or (byte)'[' or (byte)']' or (byte)'{' or (byte)'}' or (byte)'/' or (byte)'%');

    private static bool IsHex(byte b) => b is >= (byte)'0' and <= (byte)'9' or >= (byte)'a' and <= (byte)'f' or >= (byte)'A' and <= (byte)'F';

    private static int? Number(Regex pattern, string text) =>
        pattern.Match(text) is { Success: true } match && int.TryParse(match.Groups["value"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? value
            : null;

    /// <summary>Word, Excel and PowerPoint documents are zip packages: macros are a vbaProject.bin part or a macro-enabled content type.</summary>
    private static string? InOfficeDocument(ReadOnlyMemory<byte> content)
    {
        try
        {
            using var stream = new MemoryStream(content.ToArray(), writable: false);
            using var zip = new ZipArchive(stream, ZipArchiveMode.Read);
            var kind = zip.Entries.Any(e => e.FullName.StartsWith("xl/", StringComparison.OrdinalIgnoreCase)) ? "Excel workbook"
                : zip.Entries.Any(e => e.FullName.StartsWith("ppt/", StringComparison.OrdinalIgnoreCase)) ? "PowerPoint presentation"
                : "Word document";
            var hasMacroProject = zip.Entries.Any(e => e.Name.Equals("vbaProject.bin", StringComparison.OrdinalIgnoreCase)
                                                       || e.Name.Equals("vbaData.xml", StringComparison.OrdinalIgnoreCase));
            var declaresMacros = zip.GetEntry("[Content_Types].xml") is { } types && ReadText(types) is { } text
                                 && (text.Contains("macroEnabled", StringComparison.OrdinalIgnoreCase) || text.Contains("vbaProject", StringComparison.OrdinalIgnoreCase));
            return hasMacroProject || declaresMacros
                ? $"This {kind} contains macros, which could run when it is opened, so it was not saved. "
                  + $"Save a copy without macros (as {Extension(kind)}, not {Extension(kind)[..^1]}m) and upload that."
                : null;
        }
        catch (InvalidDataException)
        {
            // Not a zip after all: the type checks have already said what it is.
            return null;
        }
    }

    private static string Extension(string kind) => kind switch
    {
        "Excel workbook" => ".xlsx",
        "PowerPoint presentation" => ".pptx",
        _ => ".docx",
    };

    private static string? ReadText(ZipArchiveEntry entry)
    {
        if (entry.Length > MaximumOfficePartBytes)
        {
            return null;
        }

        using var reader = new StreamReader(entry.Open());
        return reader.ReadToEnd();
    }

    [GeneratedRegex(@"/Length\s+(?<length>\d+)\b(?!\s+\d+\s+R)")]
    private static partial Regex DirectLength();

    [GeneratedRegex(@"/Predictor\s+(?<value>\d+)")]
    private static partial Regex PredictorValue();

    [GeneratedRegex(@"/Columns\s+(?<value>\d+)")]
    private static partial Regex ColumnsValue();

    private sealed class PdfFindings
    {
        public HashSet<string> Names { get; } = new(StringComparer.Ordinal);

        public int UnreadableObjectStreams { get; set; }

        public long InflatedBytes { get; set; }
    }
}
