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

        using var output = new MemoryStream();
        using (var stream = new SKManagedWStream(output))
        using (var pdf = SKDocument.CreatePdf(stream, metadata))
        {
            using var painter = new Painter(fonts, style);
            for (var i = 0; i < pages.Count; i++)
            {
                var canvas = pdf.BeginPage(style.Width, style.Height);
                if (document.Watermark is { Length: > 0 } watermark)
                {
                    painter.Watermark(canvas, watermark);
                }

                foreach (var op in pages[i])
                {
                    painter.Draw(canvas, op);
                }

                if (i > 0 && document.RunningHeader is { Length: > 0 } header)
                {
                    painter.SmallText(canvas, header, style.MarginLeft, PageStyle.Mm(12), alignRight: false);
                }

                var footer = string.Create(CultureInfo.InvariantCulture, $"Page {i + 1} of {pages.Count}");
                painter.SmallText(canvas, footer, style.Width - style.MarginRight, style.FooterBaseline, alignRight: true);
                pdf.EndPage();
            }

            pdf.Close();
        }

        var bytes = PdfCatalog.AddLanguage(output.ToArray(), document.Metadata.Language);
        return new RenderedDocument(bytes, pages.Count);
    }

    /// <summary>Draws laid-out operations on a Skia canvas, reusing fonts and paints for the whole document.</summary>
    private sealed class Painter(DocumentFonts fonts, PageStyle style) : IDisposable
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

        public void SmallText(SKCanvas canvas, string text, float x, float baseline, bool alignRight)
        {
            var line = TextLine.Wrap(fonts.Regular, text, style.SmallSize, float.MaxValue)[0];
            DrawLine(canvas, line, alignRight ? x - line.Width : x, baseline, style.Text);
        }

        public void Watermark(SKCanvas canvas, string text)
        {
            var line = TextLine.Wrap(fonts.Bold, text, 110, float.MaxValue)[0];
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
                font = new SKFont(face.Typeface, size) { Subpixel = true, Hinting = SKFontHinting.None };
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
