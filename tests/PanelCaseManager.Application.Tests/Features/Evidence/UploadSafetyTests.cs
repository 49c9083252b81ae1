using System.IO.Compression;
using System.Text;
using Microsoft.EntityFrameworkCore;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Features.Evidence;
using PanelCaseManager.Infrastructure.DemoData;
using PanelCaseManager.Testing;
using PanelCaseManager.Testing.Builders;

namespace PanelCaseManager.Application.Tests.Features.Evidence;

/// <summary>
/// Uploads that could act when opened, or whose names disguise them, are refused with the reason and nothing is
/// stored (docs/adr/0201).
/// </summary>
public class UploadSafetyTests
{
    private ApplicationHarness _app = null!;
    private Guid _caseId;

    [SetUp]
    public async Task SetUp()
    {
        _app = new ApplicationHarness();
        _caseId = (await _app.SendAs(Personas.SendOfficer, A.PlacementRequest())).Id;
    }

    [TearDown]
    public async Task TearDown() => await _app.DisposeAsync();

    private async Task<string> RefusedBecause(string fileName, byte[] content)
    {
        var refusal = await FluentActions.Awaiting(() => _app.SendAs(Personas.SendOfficer, Panel.Evidence(_caseId, Files.Upload(fileName, content))))
            .Should().ThrowAsync<RequestValidationException>();
        (await _app.Read(db => db.EvidenceItems.CountAsync())).Should().Be(0, "a refused upload leaves no record");
        (Directory.Exists(_app.DocumentsFolder) ? Directory.GetFiles(_app.DocumentsFolder, "*", SearchOption.AllDirectories) : [])
            .Should().BeEmpty("a refused upload leaves no file");
        return refusal.Which.Errors["file"].Should().ContainSingle().Which;
    }

    private async Task Accepted(string fileName, byte[] content) =>
        (await _app.SendAs(Personas.SendOfficer, Panel.Evidence(_caseId, Files.Upload(fileName, content)))).Id.Should().NotBeEmpty();

    [TestCase("report\u202Efdp.exe.pdf", "U+202E RIGHT-TO-LEFT OVERRIDE")]
    [TestCase("report\u202Dadvice.pdf", "U+202D LEFT-TO-RIGHT OVERRIDE")]
    [TestCase("report\u2066advice\u2069.pdf", "U+2066 LEFT-TO-RIGHT ISOLATE")]
    [TestCase("report\u2067advice.pdf", "U+2067 RIGHT-TO-LEFT ISOLATE")]
    [TestCase("\u200Fadvice.pdf", "U+200F RIGHT-TO-LEFT MARK")]
    [TestCase("advice\u200E.pdf", "U+200E LEFT-TO-RIGHT MARK")]
    [TestCase("advice\u061C.pdf", "U+061C ARABIC LETTER MARK")]
    [TestCase("advice\u202A.pdf", "U+202A LEFT-TO-RIGHT EMBEDDING")]
    public async Task A_name_with_a_bidirectional_control_is_refused_naming_the_character(string fileName, string named)
    {
        var reason = await RefusedBecause(fileName, Files.PdfBytes());

        reason.Should().Contain(named).And.Contain("disguise what kind of file it is").And.Contain("Rename the file");
    }

    [TestCase("advice\u0007.pdf", "U+0007")]
    [TestCase("advice\n.pdf", "U+000A")]
    [TestCase("advice\u0000.pdf", "U+0000")]
    [TestCase("advice\u009B.pdf", "U+009B")]
    public async Task A_name_with_a_control_character_is_refused(string fileName, string named)
    {
        (await RefusedBecause(fileName, Files.PdfBytes())).Should().Contain($"a control character ({named})");
    }

    [Test]
    public async Task A_name_in_another_script_is_accepted()
    {
        await Accepted("adroddiad-seicolegydd-addysg-ŵŷ.pdf", Files.PdfBytes());
        await Accepted("تقرير.pdf", Files.PdfBytes());
    }

    [Test]
    public async Task A_pdf_that_runs_javascript_when_opened_is_refused()
    {
        (await RefusedBecause("advice.pdf", Files.PdfWithJavaScriptBytes())).Should().Contain("This PDF contains JavaScript").And.Contain("plain PDF");
    }

    [TestCase("<< /Type /Action /S /JavaScript /JS 4 0 R >>", TestName = "A JavaScript action")]
    [TestCase("<< /Type /Catalog /Names << /JavaScript << /Names [(x) 4 0 R] >> >> >>", TestName = "A document-level script")]
    [TestCase("<< /Type /Annot /AA << /O << /S /J#61vaScript /J#53 (x) >> >> >>", TestName = "A name hidden with #-escapes")]
    public async Task Javascript_is_found_however_it_is_written(string dictionary)
    {
        var pdf = Files.PdfOf("<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [] /Count 0 >>", dictionary);

        (await RefusedBecause("advice.pdf", pdf)).Should().Contain("JavaScript");
    }

    [Test]
    public async Task Javascript_inside_a_compressed_object_stream_is_found()
    {
        var pdf = Files.PdfWithObjectStreamBytes("<< /JavaScript << /Names [(open) << /S /JavaScript /JS (app.launchURL\\(\"x\"\\)) >>] >> >>");

        (await RefusedBecause("advice.pdf", pdf)).Should().Contain("JavaScript");
    }

    [Test]
    public async Task A_pdf_that_launches_a_program_is_refused()
    {
        var pdf = Files.PdfOf("<< /Type /Catalog /Pages 2 0 R /OpenAction 3 0 R >>", "<< /Type /Pages /Kids [] /Count 0 >>", "<< /S /Launch /F (cmd.exe) >>");

        (await RefusedBecause("advice.pdf", pdf)).Should().Contain("start other programs");
    }

    [TestCase("<< /Type /Catalog /Pages 2 0 R /Names << /EmbeddedFiles << /Names [(a.exe) 3 0 R] >> >> >>", TestName = "The embedded files of the catalog")]
    [TestCase("<< /Type /Catalog /Pages 2 0 R /Extra << /Type /EmbeddedFile /Length 0 >> >>", TestName = "An embedded file stream")]
    public async Task A_pdf_with_files_embedded_in_it_is_refused(string catalog)
    {
        var pdf = Files.PdfOf(catalog, "<< /Type /Pages /Kids [] /Count 0 >>", "<< /Type /Filespec /F (a.exe) >>");

        (await RefusedBecause("advice.pdf", pdf)).Should().Contain("other files embedded in it");
    }

    [Test]
    public async Task An_xfa_form_is_refused()
    {
        var pdf = Files.PdfOf("<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [] /XFA 3 0 R >> >>", "<< /Type /Pages /Kids [] /Count 0 >>", "<< >>");

        (await RefusedBecause("form.pdf", pdf)).Should().Contain("XFA form");
    }

    [Test]
    public async Task An_encrypted_pdf_whose_object_streams_cannot_be_read_is_refused()
    {
        var pdf = Files.PdfWithObjectStreamBytes("<< /Title (x) >>");
        // Scramble the compressed bytes as encryption would, and say the file is encrypted.
        var text = Encoding.Latin1.GetString(pdf).Replace("/Root 1 0 R", "/Root 1 0 R /Encrypt << /Filter /Standard /V 2 >>", StringComparison.Ordinal);
        var start = text.IndexOf("stream\n", StringComparison.Ordinal) + "stream\n".Length;
        var scrambled = Encoding.Latin1.GetBytes(text);
        for (var i = start; i < start + 8; i++)
        {
            scrambled[i] ^= 0x5A;
        }

        (await RefusedBecause("advice.pdf", scrambled)).Should().Contain("encrypted");
    }

    [Test]
    public async Task Ordinary_pdfs_are_accepted_even_when_their_text_or_pages_mention_scripts()
    {
        // Opening at the first page is an /OpenAction too, and is harmless.
        await Accepted("advice.pdf", Files.PdfOf(
            "<< /Type /Catalog /Pages 2 0 R /OpenAction [3 0 R /Fit] /Title (How /JavaScript and /Launch are refused) >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>"));
        await Accepted("compressed.pdf", Files.PdfWithObjectStreamBytes("<< /Type /Metadata /Subtype /XML >>"));
        // Bytes in a page's content stream are drawing, not dictionaries: "/JS" there is not a script.
        var content = "BT /F1 12 Tf (see) Tj ET /JS /Launch";
        await Accepted("drawn.pdf", Files.PdfOf(
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [] /Count 0 >>",
            $"<< /Length {content.Length} >>\nstream\n{content}\nendstream"));
    }

    [Test]
    public async Task A_word_document_with_a_macro_project_is_refused()
    {
        (await RefusedBecause("advice.docx", Files.DocxWithMacroProjectBytes())).Should().Contain("This Word document contains macros").And.Contain(".docx");
    }

    [Test]
    public async Task A_macro_enabled_word_document_renamed_docx_is_refused()
    {
        (await RefusedBecause("advice.docx", Files.DocxDeclaringMacrosBytes())).Should().Contain("contains macros");
    }

    [Test]
    public async Task A_macro_enabled_document_named_as_such_is_refused_by_its_type()
    {
        (await RefusedBecause("advice.docm", Files.DocxDeclaringMacrosBytes())).Should().Contain("Upload one of these types");
    }

    [Test]
    public void An_excel_workbook_with_macros_is_named_as_a_workbook()
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            zip.CreateEntry("xl/workbook.xml");
            zip.CreateEntry("xl/vbaProject.bin");
        }

        ActiveContent.Find(buffer.ToArray()).Should().Contain("This Excel workbook contains macros").And.Contain(".xlsx");
    }

    [Test]
    public async Task An_ordinary_word_document_is_accepted()
    {
        await Accepted("advice.docx", Files.DocxBytes());
    }
}
