using System.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Tokens;

namespace PanelCaseManager.Testing;

/// <summary>Reads a PDF back as a reader (or a screen reader) gets it: the words of each page, in the order drawn.</summary>
public sealed class PdfText : IDisposable
{
    private readonly PdfDocument _document;

    public PdfText(byte[] pdf)
    {
        Bytes = pdf;
        _document = PdfDocument.Open(pdf);
        Pages = _document.GetPages().Select(p => string.Join(' ', p.GetWords().Select(w => w.Text))).ToList();
    }

    public byte[] Bytes { get; }

    public IReadOnlyList<string> Pages { get; }

    public string All => string.Join(' ', Pages);

    public int PageCount => _document.NumberOfPages;

    public string? Title => _document.Information.Title;

    public string? Author => _document.Information.Author;

    public string? Subject => _document.Information.Subject;

    /// <summary>The document's language, the catalogue's /Lang (a screen reader reads the text in it); null when it has none.</summary>
    public string? Language =>
        _document.Structure.Catalog.CatalogDictionary.TryGet(NameToken.Create("Lang"), out var token)
            ? token switch
            {
                StringToken text => text.Data,
                HexToken hex => hex.Data,
                _ => null,
            }
            : null;

    /// <summary>The catalogue's /ViewerPreferences ask a reader to show the title rather than the file name.</summary>
    public bool DisplaysTitle =>
        _document.Structure.Catalog.CatalogDictionary.TryGet(NameToken.Create("ViewerPreferences"), out var preferences)
        && preferences is DictionaryToken dictionary
        && dictionary.TryGet(NameToken.Create("DisplayDocTitle"), out var display)
        && display is BooleanToken { Data: true };

    /// <summary>The raw bytes as Latin-1, to find PDF dictionary entries such as /Lang.</summary>
    public string Raw => Encoding.Latin1.GetString(Bytes);

    public Page Page(int number) => _document.GetPage(number);

    public void Dispose() => _document.Dispose();
}
