using System.Runtime.InteropServices;
using HarfBuzzSharp;
using SkiaSharp;
using HbBuffer = HarfBuzzSharp.Buffer;
using HbFont = HarfBuzzSharp.Font;

namespace PanelCaseManager.Infrastructure.Documents;

/// <summary>
/// The typefaces documents are set in: DejaVu Sans regular and bold, shipped inside this assembly (with their
/// licence beside them) so a document looks the same on every machine. Loaded once; safe to share between threads.
/// </summary>
public sealed class DocumentFonts : IDisposable
{
    private DocumentFonts(FontFace regular, FontFace bold)
    {
        Regular = regular;
        Bold = bold;
    }

    internal FontFace Regular { get; }

    internal FontFace Bold { get; }

    public static DocumentFonts LoadEmbedded() => new(
        FontFace.Load(ReadResource("DejaVuSans.ttf")),
        FontFace.Load(ReadResource("DejaVuSans-Bold.ttf")));

    internal FontFace Face(bool bold) => bold ? Bold : Regular;

    /// <summary>Skia's typeface of the regular or bold face, for drawing outside the layout component.</summary>
    public SKTypeface Typeface(bool bold) => Face(bold).Typeface;

    public void Dispose()
    {
        Regular.Dispose();
        Bold.Dispose();
    }

    private static byte[] ReadResource(string fileName)
    {
        var assembly = typeof(DocumentFonts).Assembly;
        var name = $"{typeof(DocumentFonts).Namespace}.Fonts.{fileName}";
        using var stream = assembly.GetManifestResourceStream(name)
                           ?? throw new InvalidOperationException($"The font {name} is not embedded in {assembly.GetName().Name}.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}

/// <summary>One typeface: its bytes, Skia's typeface for drawing and HarfBuzz's font for shaping.</summary>
internal sealed class FontFace : IDisposable
{
    // Ligatures would put one glyph ("ﬁ") where the reader expects two letters, breaking copied and searched text.
    private static readonly Feature[] Features = [Feature.Parse("liga=0"), Feature.Parse("clig=0")];

    private readonly Blob _blob;
    private readonly Face _face;
    private readonly HbFont _font;
    private readonly Lazy<FontSubset?> _subsetter;

    private FontFace(byte[] data, SKTypeface typeface, Blob blob, Face face, HbFont font)
    {
        Data = data;
        Typeface = typeface;
        _blob = blob;
        _face = face;
        _font = font;
        _subsetter = new Lazy<FontSubset?>(() => FontSubset.TryRead(data));
        UnitsPerEm = face.UnitsPerEm;
        using var skFont = new SKFont(typeface, 1);
        var metrics = skFont.Metrics;
        Ascent = -metrics.Ascent;
        Descent = metrics.Descent;
    }

    public byte[] Data { get; }

    /// <summary>Reads the font's tables once, for cutting it down to each document's glyphs.</summary>
    public Lazy<FontSubset?> Subsetter => _subsetter;

    public SKTypeface Typeface { get; }

    public int UnitsPerEm { get; }

    /// <summary>Height above the baseline, per point of size.</summary>
    public float Ascent { get; }

    /// <summary>Depth below the baseline, per point of size.</summary>
    public float Descent { get; }

    public static FontFace Load(byte[] data)
    {
        var typeface = SKTypeface.FromData(SKData.CreateCopy(data))
                       ?? throw new InvalidOperationException("The font data could not be read.");
        // HarfBuzz keeps a pointer to the bytes for the life of the face, so they live in memory the GC cannot move.
        var native = Marshal.AllocHGlobal(data.Length);
        Marshal.Copy(data, 0, native, data.Length);
        var blob = new Blob(native, data.Length, MemoryMode.ReadOnly, () => Marshal.FreeHGlobal(native));
        var face = new Face(blob, 0);
        var font = new HbFont(face);
        font.SetFunctionsOpenType();
        font.SetScale(face.UnitsPerEm, face.UnitsPerEm);
        return new FontFace(data, typeface, blob, face, font);
    }

    /// <summary>Shapes a run of text: glyphs, their advances per point of size, and the character each starts at.</summary>
    public ShapedText Shape(string text)
    {
        using var buffer = new HbBuffer();
        buffer.AddUtf16(text);
        buffer.GuessSegmentProperties();
        _font.Shape(buffer, Features);

        var infos = buffer.GetGlyphInfoSpan();
        var positions = buffer.GetGlyphPositionSpan();
        var glyphs = new ushort[infos.Length];
        var advances = new float[infos.Length];
        var offsets = new SKPoint[infos.Length];
        var clusters = new int[infos.Length];
        var scale = 1f / UnitsPerEm;
        for (var i = 0; i < infos.Length; i++)
        {
            glyphs[i] = (ushort)infos[i].Codepoint;
            advances[i] = positions[i].XAdvance * scale;
            offsets[i] = new SKPoint(positions[i].XOffset * scale, -positions[i].YOffset * scale);
            clusters[i] = (int)infos[i].Cluster;
        }

        return new ShapedText(text, this, glyphs, advances, offsets, clusters);
    }

    public void Dispose()
    {
        _font.Dispose();
        _face.Dispose();
        _blob.Dispose();
        Typeface.Dispose();
    }
}

/// <summary>Text after shaping. Widths are per point of font size; multiply by the size to get points.</summary>
internal sealed record ShapedText(string Text, FontFace Face, ushort[] Glyphs, float[] Advances, SKPoint[] Offsets, int[] Clusters)
{
    public float Width(int start, int end)
    {
        var width = 0f;
        for (var i = start; i < end; i++)
        {
            width += Advances[i];
        }

        return width;
    }

    public bool IsSpace(int glyph) => char.IsWhiteSpace(Text[Clusters[glyph]]);
}
