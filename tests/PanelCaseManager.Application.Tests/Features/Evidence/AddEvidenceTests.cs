using Microsoft.EntityFrameworkCore;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Features.Evidence;
using PanelCaseManager.Application.Features.PlacementRequests;
using PanelCaseManager.Domain.Evidence;
using PanelCaseManager.Infrastructure.DemoData;
using PanelCaseManager.Testing;
using PanelCaseManager.Testing.Builders;

namespace PanelCaseManager.Application.Tests.Features.Evidence;

public class AddEvidenceTests
{
    private ApplicationHarness _app = null!;
    private Guid _caseId;

    [SetUp]
    public async Task SetUp()
    {
        _app = new ApplicationHarness(new Dictionary<string, string?> { ["Evidence:MaximumUploadBytes"] = "4096" });
        _caseId = (await _app.SendAs(Personas.SendOfficer, A.PlacementRequest())).Id;
    }

    [TearDown]
    public async Task TearDown() => await _app.DisposeAsync();

    private async Task<string[]> FileErrors(FileUpload file) =>
        (await FluentActions.Awaiting(() => _app.SendAs(Personas.SendOfficer, Panel.Evidence(_caseId, file))).Should().ThrowAsync<RequestValidationException>())
        .Which.Errors["file"];

    private string[] StoredFiles() => Directory.Exists(_app.DocumentsFolder)
        ? Directory.GetFiles(_app.DocumentsFolder, "*", SearchOption.AllDirectories)
        : [];

    [TestCase("advice.pdf", DocumentType.Pdf)]
    [TestCase("advice.docx", DocumentType.Docx)]
    [TestCase("drawing.png", DocumentType.Png)]
    [TestCase("photo.jpg", DocumentType.Jpeg)]
    [TestCase("photo.JPEG", DocumentType.Jpeg)]
    public async Task Each_accepted_type_is_recognised_from_its_content(string fileName, DocumentType type)
    {
        var content = type switch
        {
            DocumentType.Pdf => Files.PdfBytes(),
            DocumentType.Docx => Files.DocxBytes(),
            DocumentType.Png => Files.PngBytes(),
            _ => Files.JpegBytes(),
        };

        var result = await _app.SendAs(Personas.SendOfficer, Panel.Evidence(_caseId, Files.Upload(fileName, content)));

        result.Type.Should().Be(type);
        result.Late.Should().BeFalse();
        var stored = await _app.Read(db => db.EvidenceItems.SingleAsync(e => e.Id == result.Id));
        stored.File.Should().BeEquivalentTo(new { FileName = fileName, Type = type, SizeBytes = (long)content.Length, ContentSha256 = result.ContentSha256 });
        stored.Kind.Should().Be(EvidenceKind.AgencyAdvice);
        stored.Agency.Should().Be(Domain.Users.Agency.EducationalPsychology);
    }

    [Test]
    public async Task The_same_content_is_stored_once_however_many_times_it_is_uploaded()
    {
        var first = await _app.SendAs(Personas.SendOfficer, Panel.Evidence(_caseId, Files.Pdf("ep-advice.pdf")));
        var second = await _app.SendAs(Personas.SendOfficer, Panel.Evidence(_caseId, Files.Pdf("ep-advice-copy.pdf")));

        second.ContentSha256.Should().Be(first.ContentSha256);
        StoredFiles().Should().ContainSingle().Which.Should().EndWith(first.ContentSha256);
        (await _app.Read(db => db.EvidenceItems.CountAsync())).Should().Be(2);
    }

    [Test]
    public async Task The_stored_evidence_can_be_downloaded_exactly_as_uploaded()
    {
        var upload = Files.Upload("advice.docx", Files.DocxBytes());
        var result = await _app.SendAs(Personas.SendOfficer, Panel.Evidence(_caseId, upload));

        var content = await _app.SendAs(Personas.TeamManager, new GetEvidenceContent.Query(_caseId, result.Id));

        await using var stream = content.Stream;
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy);
        copy.ToArray().Should().Equal(upload.Content.ToArray());
        content.MediaType.Should().Be("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        content.FileName.Should().Be("advice.docx");
    }

    [Test]
    public async Task An_upload_over_the_configured_size_is_refused_naming_the_file()
    {
        var big = Files.PdfBytes(new string('x', 5000));

        (await FileErrors(Files.Upload("big.pdf", big))).Should().ContainSingle().Which.Should().Contain("the largest accepted is");
        StoredFiles().Should().BeEmpty();
    }

    [Test]
    public async Task An_empty_upload_is_refused()
    {
        (await FileErrors(Files.Upload("empty.pdf", []))).Should().ContainSingle().Which.Should().Be("The file is empty.");
    }

    [TestCase("notes.txt")]
    [TestCase("setup.exe")]
    [TestCase("no-extension")]
    public async Task A_disallowed_type_is_refused(string fileName)
    {
        (await FileErrors(Files.Upload(fileName, Files.PdfBytes()))).Should().ContainSingle().Which.Should().Contain("Upload one of these types");
    }

    [Test]
    public async Task Content_that_does_not_match_its_extension_is_refused()
    {
        (await FileErrors(Files.Upload("report.pdf", Files.PngBytes()))).Should().ContainSingle().Which.Should().Contain("its content is a PNG image");
    }

    [Test]
    public async Task A_zip_that_is_not_a_word_document_is_not_accepted_as_one()
    {
        (await FileErrors(Files.Upload("report.docx", Files.ZipBytes()))).Should().ContainSingle().Which.Should().Contain("not one of the accepted types");
    }

    [Test]
    public async Task A_file_type_not_allowed_by_configuration_is_refused()
    {
        await _app.DisposeAsync();
        _app = new ApplicationHarness(new Dictionary<string, string?> { ["Evidence:AllowedDocumentTypes:0"] = "Pdf" });
        _caseId = (await _app.SendAs(Personas.SendOfficer, A.PlacementRequest())).Id;

        (await FileErrors(Files.Upload("drawing.png", Files.PngBytes()))).Should().ContainSingle().Which.Should().Contain(".pdf");
    }

    [Test]
    public async Task The_details_of_evidence_are_required()
    {
        var command = new AddEvidence.Command(_caseId, null, null, null, " ", TestClock.Today.AddDays(1), null, null);

        var errors = (await FluentActions.Awaiting(() => _app.SendAs(Personas.SendOfficer, command)).Should().ThrowAsync<RequestValidationException>()).Which.Errors;

        errors.Should().ContainKeys("file", "kind", "author", "receivedOn", "summary");
    }

    [Test]
    public async Task Agency_advice_names_its_agency()
    {
        var errors = (await FluentActions.Awaiting(() => _app.SendAs(Personas.SendOfficer, Panel.Evidence(_caseId) with { Agency = null })).Should().ThrowAsync<RequestValidationException>()).Which.Errors;

        errors.Should().ContainKey("agency");
    }

    [Test]
    public async Task Evidence_for_an_unknown_case_is_not_found()
    {
        await FluentActions.Awaiting(() => _app.SendAs(Personas.SendOfficer, Panel.Evidence(Guid.NewGuid()))).Should().ThrowAsync<NotFoundException>();
        StoredFiles().Should().BeEmpty();
    }

    [Test]
    public async Task A_panel_member_cannot_add_evidence()
    {
        await FluentActions.Awaiting(() => _app.SendAs(Personas.PanelHealth, Panel.Evidence(_caseId))).Should().ThrowAsync<ForbiddenException>();
    }

    [Test]
    public async Task Adding_evidence_writes_the_timeline()
    {
        await _app.SendAs(Personas.SendOfficer, Panel.Evidence(_caseId));

        var history = await _app.SendAs(Personas.Auditor, new GetCaseHistory.Query(_caseId));

        history.Entries.Should().Contain(e => e.Kind == "evidence-added" && e.Description.Contains("educational psychology") && e.ActorName == Personas.SendOfficer.DisplayName);
    }
}
