using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace PanelCaseManager.Infrastructure.Documents;

/// <summary>
/// Skia's PDF backend cannot set the document's language, which screen readers need to pronounce it, nor ask
/// viewers to show the title rather than the file name. Both are added as a standard PDF incremental update:
/// a new revision of the catalog appended after Skia's output, which is left byte for byte as it was.
/// </summary>
internal static partial class PdfCatalog
{
    public static byte[] AddLanguage(byte[] pdf, string language)
    {
        if (!LanguageTag().IsMatch(language))
        {
            throw new DocumentLayoutException($"'{language}' is not a language tag such as en-GB.");
        }

        var text = Encoding.Latin1.GetString(pdf);
        var trailer = TrailerPattern().Matches(text) is { Count: > 0 } trailers ? trailers[^1] : throw Unreadable("trailer");
        var startXref = StartXrefPattern().Matches(text) is { Count: > 0 } starts ? starts[^1] : throw Unreadable("startxref");
        var root = RootPattern().Match(trailer.Value);
        var size = SizePattern().Match(trailer.Value);
        if (!root.Success || !size.Success)
        {
            throw Unreadable("trailer's root or size");
        }

        var rootNumber = root.Groups["n"].Value;
        var catalog = new Regex($@"(?<=\n){rootNumber} 0 obj\s*<<(?<body>.*?)>>\s*endobj", RegexOptions.Singleline, TimeSpan.FromSeconds(1)).Match(text);
        if (!catalog.Success)
        {
            throw Unreadable("catalog");
        }

        var info = InfoPattern().Match(trailer.Value);
        var update = new StringBuilder();
        var objectOffset = pdf.Length + 1;
        update.Append('\n');
        update.Append(CultureInfo.InvariantCulture, $"{rootNumber} 0 obj\n<<{catalog.Groups["body"].Value}\n/Lang ({language})\n/ViewerPreferences <</DisplayDocTitle true>>>>\nendobj\n");
        var xrefOffset = pdf.Length + Encoding.Latin1.GetByteCount(update.ToString());
        update.Append(CultureInfo.InvariantCulture, $"xref\n{rootNumber} 1\n{objectOffset:D10} 00000 n \n");
        update.Append(CultureInfo.InvariantCulture, $"trailer\n<</Size {size.Groups["n"].Value}\n/Root {rootNumber} 0 R\n");
        if (info.Success)
        {
            update.Append(CultureInfo.InvariantCulture, $"/Info {info.Groups["n"].Value} 0 R\n");
        }

        update.Append(CultureInfo.InvariantCulture, $"/Prev {startXref.Groups["n"].Value}>>\nstartxref\n{xrefOffset}\n%%EOF\n");
        return [.. pdf, .. Encoding.Latin1.GetBytes(update.ToString())];
    }

    private static InvalidOperationException Unreadable(string what) => new($"Skia's PDF output has no {what} where one was expected.");

    [GeneratedRegex("^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$")]
    private static partial Regex LanguageTag();

    [GeneratedRegex(@"trailer\s*<<.*?>>", RegexOptions.Singleline)]
    private static partial Regex TrailerPattern();

    [GeneratedRegex(@"startxref\s*(?<n>\d+)")]
    private static partial Regex StartXrefPattern();

    [GeneratedRegex(@"/Root\s+(?<n>\d+)\s+0\s+R")]
    private static partial Regex RootPattern();

    [GeneratedRegex(@"/Info\s+(?<n>\d+)\s+0\s+R")]
    private static partial Regex InfoPattern();

    [GeneratedRegex(@"/Size\s+(?<n>\d+)")]
    private static partial Regex SizePattern();
}
