using System.Globalization;
using SkiaSharp;

namespace PanelCaseManager.Infrastructure.Documents;

/// <summary>A finished PDF and how many pages it has.</summary>
public sealed record RenderedDocument(byte[] Pdf, int PageCount);

/// <summary>
/// Writes a <see cref="DocumentDefinition"/> as a PDF through Skia's PDF backend: real, selectable text in reading
/// order with the fonts embedded, "Page X of Y" on every page, the document's title, author, subject and language.
/// The same definition always gives the same bytes: nothing depends on the time or the machine.
/// </summary>
public sealed class PdfDocumentWriter(DocumentFonts fonts)
{
    private const string Producer = "PanelCaseManager";

    public RenderedDocument Write(DocumentDefinition document, PageStyle? style = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        style ??= PageStyle.A4Letter;
        var pages = DocumentLayout.Lay(document, fonts, style);
        var created = document.Metadata.Created.UtcDateTime;
        var metadata = new SKDocumentPdfMetadata
        {
            Title = document.Metadata.Title,
            Author = document.Metadata.Author,
            Subject = document.Metadata.Subject,
            Keywords = document.Metadata.Keywords ?? string.Empty,
            Creator = Producer,
            Producer = Producer,
            Creation = created,
            Modified = created,
        };

        // Everything drawn outside the flow is set before drawing, so the fonts can be cut to exactly the glyphs used.
        var watermark = document.Watermark is { Length: > 0 } mark ? TextLine.Wrap(fonts.Bold, mark, 110, float.MaxValue)[0] : null;
        var decorations = Enumerable.Range(0, pages.Count).Select(i => (
                Header: i > 0 && document.RunningHeader is { Length: > 0 } header ? Small(header, style) : null,
                Footer: Small(string.Create(CultureInfo.InvariantCulture, $"Page {i + 1} of {pages.Count}"), style)))
            .ToList();
        var lines = pages.SelectMany(p => p.OfType<TextOp>().Select(t => t.Line))
            .Concat(decorations.SelectMany(d => new[] { d.Header, d.Footer }).OfType<TextLine>())
            .Concat(watermark is null ? [] : [watermark]);

        using var output = new MemoryStream();
        using (var typefaces = EmbeddedTypefaces.For(lines))
        using (var stream = new SKManagedWStream(output))
        using (var pdf = SKDocument.CreatePdf(stream, metadata))
        {
            using var painter = new Painter(typefaces, style);
            for (var i = 0; i < pages.Count; i++)
            {
                var canvas = pdf.BeginPage(style.Width, style.Height);
                if (watermark is not null)
                {
                    painter.Watermark(canvas, watermark);
                }

                foreach (var op in pages[i])
                {
                    painter.Draw(canvas, op);
                }

                if (decorations[i].Header is { } headerLine)
                {
                    painter.Text(canvas, headerLine, style.MarginLeft, PageStyle.Mm(12));
                }

                var footer = decorations[i].Footer;
                painter.Text(canvas, footer, style.Width - style.MarginRight - footer.Width, style.FooterBaseline);
                pdf.EndPage();
            }

            pdf.Close();
        }

        var bytes = PdfCatalog.AddLanguage(output.ToArray(), document.Metadata.Language);
        return new RenderedDocument(bytes, pages.Count);
    }

    private TextLine Small(string text, PageStyle style) => TextLine.Wrap(fonts.Regular, text, style.SmallSize, float.MaxValue)[0];

    /// <summary>
    /// The typefaces a document embeds: each face cut down to the glyphs the document uses (see <see cref="FontSubset"/>),
    /// or the whole face when it cannot be cut.
    /// </summary>
    private sealed class EmbeddedTypefaces : IDisposable
    {
        private readonly Dictionary<FontFace, SKTypeface> _subsets = [];

        public static EmbeddedTypefaces For(IEnumerable<TextLine> lines)
        {
            var embedded = new EmbeddedTypefaces();
            foreach (var face in lines.GroupBy(l => l.Shaped.Face))
            {
                if (face.Key.Subsetter.Value is not { } subsetter)
                {
                    continue;
                }

                var glyphs = face.SelectMany(l => l.Shaped.Glyphs.AsSpan(l.Start, l.End - l.Start).ToArray()).Distinct();
                using var data = SKData.CreateCopy(subsetter.Keep(glyphs));
                if (SKTypeface.FromData(data) is { } typeface)
                {
                    embedded._subsets[face.Key] = typeface;
                }
            }

            return embedded;
        }

        public SKTypeface Of(FontFace face) => _subsets.TryGetValue(face, out var subset) ? subset : face.Typeface;

        public void Dispose()
        {
            foreach (var typeface in _subsets.Values)
            {
                typeface.Dispose();
            }
        }
    }

    /// <summary>Draws laid-out operations on a Skia canvas, reusing fonts and paints for the whole document.</summary>
    private sealed class Painter(EmbeddedTypefaces typefaces, PageStyle style) : IDisposable
    {
        private readonly Dictionary<(FontFace Face, float Size), SKFont> _fonts = [];
        private readonly SKPaint _fill = new() { IsAntialias = true };
        private readonly SKPaint _stroke = new() { IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = 0.75f };

        public void Draw(SKCanvas canvas, DrawOp op)
        {
            switch (op)
            {
                case TextOp text:
                    DrawLine(canvas, text.Line, text.X, text.Baseline, text.Color);
                    break;
                case FillOp fill:
                    _fill.Color = fill.Color;
                    canvas.DrawRect(fill.Rect, _fill);
                    break;
                case RuleOp rule:
                    _stroke.Color = rule.Color;
                    canvas.DrawLine(rule.X1, rule.Y, rule.X2, rule.Y, _stroke);
                    break;
                case ImageOp image:
                    using (var decoded = SKImage.FromEncodedData(image.Data))
                    {
                        canvas.DrawImage(decoded, image.Rect, new SKSamplingOptions(SKCubicResampler.Mitchell));
                    }

                    break;
            }
        }

        public void Text(SKCanvas canvas, TextLine line, float x, float baseline) => DrawLine(canvas, line, x, baseline, style.Text);

        public void Watermark(SKCanvas canvas, TextLine line)
        {
            canvas.Save();
            canvas.Translate(style.Width / 2, style.Height / 2);
            canvas.RotateDegrees(-40);
            DrawLine(canvas, line, -line.Width / 2, 40, style.Watermark);
            canvas.Restore();
        }

        private void DrawLine(SKCanvas canvas, TextLine line, float x, float baseline, SKColor color)
        {
            var count = line.End - line.Start;
            if (count == 0)
            {
                return;
            }

            var shaped = line.Shaped;
            var font = FontFor(shaped.Face, line.Size);
            var glyphs = new ushort[count];
            var positions = new SKPoint[count];
            var pen = 0f;
            for (var i = 0; i < count; i++)
            {
                var g = line.Start + i;
                glyphs[i] = shaped.Glyphs[g];
                positions[i] = new SKPoint((pen + shaped.Offsets[g].X) * line.Size, shaped.Offsets[g].Y * line.Size);
                pen += shaped.Advances[g];
            }

            using var builder = new SKTextBlobBuilder();
            builder.AddPositionedRun(glyphs, font, positions);
            using var blob = builder.Build();
            _fill.Color = color;
            canvas.DrawText(blob, x, baseline, _fill);
        }

        private SKFont FontFor(FontFace face, float size)
        {
            if (!_fonts.TryGetValue((face, size), out var font))
            {
                font = new SKFont(typefaces.Of(face), size) { Subpixel = true, Hinting = SKFontHinting.None };
                _fonts[(face, size)] = font;
            }

            return font;
        }

        public void Dispose()
        {
            foreach (var font in _fonts.Values)
            {
                font.Dispose();
            }

            _fill.Dispose();
            _stroke.Dispose();
        }
    }
}
