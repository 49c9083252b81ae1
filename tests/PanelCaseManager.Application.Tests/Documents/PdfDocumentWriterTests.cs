using PanelCaseManager.Infrastructure.Documents;
using PanelCaseManager.Testing;
using SkiaSharp;

namespace PanelCaseManager.Application.Tests.Documents;

public class PdfDocumentWriterTests
{
    private const string Welsh = "Ffion Llŷr-Ørsted – £ € ‘quotes’ office";

    private DocumentFonts _fonts = null!;
    private PdfDocumentWriter _writer = null!;

    [OneTimeSetUp]
    public void LoadFonts()
    {
        _fonts = DocumentFonts.LoadEmbedded();
        _writer = new PdfDocumentWriter(_fonts);
    }

    [OneTimeTearDown]
    public void ReleaseFonts() => _fonts.Dispose();

    private static DocumentDefinition Document(params DocumentBlock[] blocks) => new()
    {
        Metadata = new DocumentMetadata("A test document", "Example County Council", "Layout", "en-GB", new DateTimeOffset(2026, 11, 20, 0, 0, 0, TimeSpan.Zero)),
        Letterhead = new Letterhead("Example County Council", ["County Hall", "Hertford SG13 8DQ"]),
        RecipientAddress = ["Mrs Siân Llŷr-Ørsted", "14 Meadow Close", "Stevenage", "SG1 2AB"],
        RunningHeader = "PR-2026-000123",
        Blocks = blocks,
    };

    private static string Words(int count) => string.Join(' ', Enumerable.Range(1, count).Select(i => $"word{i}"));

    [Test]
    public void Welsh_and_accented_names_and_symbols_come_back_as_the_same_text()
    {
        var pdf = _writer.Write(Document(new Heading(Welsh), new Paragraph(Welsh), new BulletList([Welsh]), new Table([[Welsh, Welsh]])));

        using var text = new PdfText(pdf.Pdf);
        text.All.Should().Contain(Welsh, "accented letters, dashes, currency signs and curly quotes are real text; no ligature replaces letters");
        text.All.Split(Welsh).Length.Should().Be(6, "the heading, paragraph, list item and both table cells each carry it");
    }

    [Test]
    public void Title_author_subject_and_language_are_set_and_the_title_is_shown()
    {
        var pdf = _writer.Write(Document(new Paragraph("Hello")));

        using var text = new PdfText(pdf.Pdf);
        text.Title.Should().Be("A test document");
        text.Author.Should().Be("Example County Council");
        text.Subject.Should().Be("Layout");
        text.Raw.Should().Contain("/Lang (en-GB)").And.Contain("/DisplayDocTitle true");
    }

    [Test]
    public void The_font_is_embedded_from_the_service_not_taken_from_the_machine()
    {
        var pdf = _writer.Write(Document(new Paragraph("Hello")));

        using var text = new PdfText(pdf.Pdf);
        text.Raw.Should().Contain("/FontFile2");
        text.Page(1).Letters.Select(l => l.FontName).Should().OnlyContain(name => name.Contains("DejaVuSans"));
    }

    [Test]
    public void Only_the_glyphs_a_document_uses_are_embedded()
    {
        var pdf = _writer.Write(Document(new Heading(Welsh, 1), new Paragraph(Welsh + " " + Words(400))));

        pdf.Pdf.Length.Should().BeLessThan(100_000, "the two DejaVu faces are 1.4 MB whole; a letter carries only its own glyphs");
        using var text = new PdfText(pdf.Pdf);
        text.All.Should().Contain(Welsh);
    }

    [Test]
    public void A_long_document_flows_over_pages_each_numbered_page_x_of_y()
    {
        var blocks = Enumerable.Range(1, 12).SelectMany(i => new DocumentBlock[] { new Heading($"Section {i}"), new Paragraph(Words(150)) }).ToArray();

        var pdf = _writer.Write(Document(blocks));

        pdf.PageCount.Should().BeGreaterThan(2);
        using var text = new PdfText(pdf.Pdf);
        text.PageCount.Should().Be(pdf.PageCount);
        for (var page = 1; page <= pdf.PageCount; page++)
        {
            text.Pages[page - 1].Should().Contain($"Page {page} of {pdf.PageCount}");
        }

        text.Pages.Skip(1).Should().OnlyContain(p => p.StartsWith("PR-2026-000123", StringComparison.Ordinal), "later pages carry the running header");
        text.All.Should().Contain("word150 Section 12 word1", "nothing is lost between pages");
    }

    [Test]
    public void A_heading_is_never_left_at_the_foot_of_a_page()
    {
        // Fill the first page nearly to the bottom, in steps, so that some heading falls where only it would fit.
        for (var filler = 300; filler <= 420; filler += 12)
        {
            var pdf = _writer.Write(Document(new Paragraph(Words(filler)), new Heading("Section after the filler"), new Paragraph(Words(60))));
            using var text = new PdfText(pdf.Pdf);
            var page = text.Page(1);
            var body = page.Letters.Where(l => l.BoundingBox.Bottom > PageStyle.Mm(297 - 276) && !string.IsNullOrWhiteSpace(l.Value)).ToList();
            var lowest = body.MinBy(l => l.BoundingBox.Bottom)!;
            lowest.PointSize.Should().NotBe(PageStyle.A4Letter.HeadingSize, $"with {filler} words the last line on page 1 must not be the heading");
        }
    }

    [Test]
    public void A_paragraph_never_leaves_one_line_alone_on_a_page()
    {
        for (var filler = 300; filler <= 420; filler += 6)
        {
            var pdf = _writer.Write(Document(new Paragraph(Words(filler)), new Paragraph(Words(40))));
            using var text = new PdfText(pdf.Pdf);
            if (text.PageCount < 2)
            {
                continue;
            }

            var lines = text.Page(2).Letters.Where(l => l.PointSize == PageStyle.A4Letter.BodySize)
                .Select(l => Math.Round(l.BoundingBox.Bottom)).Distinct().Count();
            lines.Should().NotBe(1, $"with {filler} words a single line must not be carried over alone");
        }
    }

    [Test]
    public void The_address_sits_in_the_envelope_window()
    {
        var pdf = _writer.Write(Document(new Paragraph("Hello")));

        using var text = new PdfText(pdf.Pdf);
        var window = PageStyle.A4Letter.AddressWindow;
        var height = PageStyle.A4Letter.Height;
        var address = text.Page(1).GetWords().Where(w => w.Text is "14" or "Meadow" or "Close" or "SG1" or "2AB" or "Stevenage").ToList();
        address.Should().HaveCount(6);
        address.Should().OnlyContain(w =>
            w.BoundingBox.Left >= window.Left && w.BoundingBox.Right <= window.Right
            && height - w.BoundingBox.Top >= window.Top && height - w.BoundingBox.Bottom <= window.Bottom);
    }

    [Test]
    public void An_address_too_long_for_the_window_is_refused()
    {
        var document = Document(new Paragraph("Hello")) with { RecipientAddress = Enumerable.Range(1, 8).Select(i => $"Line {i}").ToList() };

        var act = () => _writer.Write(document);

        act.Should().Throw<DocumentLayoutException>().WithMessage("*at most 7 lines*");
    }

    [Test]
    public void A_table_repeats_its_header_on_the_next_page()
    {
        var rows = Enumerable.Range(1, 60).Select(i => (IReadOnlyList<string>)[$"Row {i}", Words(12)]).ToList();

        var pdf = _writer.Write(Document(new Table(rows) { Header = ["Name", "Detail"] }));

        using var text = new PdfText(pdf.Pdf);
        text.PageCount.Should().BeGreaterThan(1);
        text.Pages.Should().OnlyContain(p => p.Contains("Name Detail"));
        text.All.Should().Contain("Row 60");
    }

    [Test]
    public void The_logo_is_drawn_on_the_first_page()
    {
        using var bitmap = new SKBitmap(120, 60);
        bitmap.Erase(new SKColor(0x1D, 0x70, 0xB8));
        using var image = SKImage.FromBitmap(bitmap);
        using var png = image.Encode(SKEncodedImageFormat.Png, 100);
        var document = Document(new Paragraph("Hello")) with { Letterhead = new Letterhead("Example County Council", [], png.ToArray()) };

        var pdf = _writer.Write(document);

        using var text = new PdfText(pdf.Pdf);
        text.Page(1).GetImages().Should().ContainSingle();
    }

    [Test]
    public void The_same_document_always_gives_the_same_bytes()
    {
        var document = Document(new Heading("Title", 1), new Paragraph(Welsh), new SignatureBlock("Yours sincerely,", "Amira Khan", "SEND Officer", ["Telephone: 0300 123 4043"]));

        var first = _writer.Write(document);
        var second = _writer.Write(document);

        second.Pdf.Should().Equal(first.Pdf);
    }

    [Test]
    public void A_watermark_is_drawn_as_faint_text_behind_the_page()
    {
        var pdf = _writer.Write(Document(new Paragraph("Hello")) with { Watermark = "DRAFT" });

        using var text = new PdfText(pdf.Pdf);
        string.Concat(text.Page(1).Letters.Take(5).Select(l => l.Value)).Should().Be("DRAFT", "it is drawn first, underneath everything else");
        text.Page(1).Letters.Take(5).Should().OnlyContain(l => l.Color.ToRGBValues().r > 0.85, "it is faint, so the text keeps its contrast");
    }
}
