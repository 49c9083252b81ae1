using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PanelCaseManager.Infrastructure.DemoData;
using PanelCaseManager.Testing;
using PanelCaseManager.Testing.Builders;

namespace PanelCaseManager.Web.Tests.Pages;

/// <summary>The browser's evidence upload shows why a file is refused beside the file field, and keeps nothing of it (docs/adr/0201).</summary>
public class UploadSafetyPagesTests
{
    private static Dictionary<string, string?> Answers => new()
    {
        ["kind"] = "SchoolReport",
        ["author"] = "Mrs J Evans, SENCo",
        ["receivedOn.day"] = TestClock.Today.Day.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["receivedOn.month"] = TestClock.Today.Month.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["receivedOn.year"] = TestClock.Today.Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["summary"] = "Makes progress with a quiet space and a visual timetable.",
    };

    private static async Task<(PanelWebApplicationFactory Factory, HtmlClient Officer, Guid CaseId)> StartAsync(Dictionary<string, string?>? settings = null)
    {
        var factory = new PanelWebApplicationFactory(settings);
        using var api = await factory.ClientFor(Personas.SendOfficer);
        var created = await api.PostAsJsonAsync("/api/v1/placement-requests", A.PlacementRequest());
        var caseId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        return (factory, await factory.HtmlClientFor(Personas.SendOfficer), caseId);
    }

    private static async Task<AngleSharp.Dom.IDocument> UploadAsync(HtmlClient officer, Guid caseId, string fileName, byte[] content, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var form = await officer.GetPage($"/cases/{caseId}/evidence/add");
        var response = await officer.SubmitWithFile(form, Answers, fileName, content);
        response.StatusCode.Should().Be(expected);
        return await HtmlClient.ParseAsync(response);
    }

    private static async Task NothingListedAsync(HtmlClient officer, Guid caseId) =>
        (await officer.GetPage($"/cases/{caseId}/evidence")).Text(".app-evidence-empty").Should().Be("No documents have been added to this case.");

    [Test]
    public async Task A_file_named_with_a_right_to_left_override_a_pdf_with_javascript_and_a_docx_with_macros_are_refused_beside_the_file()
    {
        var (factory, officer, caseId) = await StartAsync();
        await using var _ = factory;
        using var __ = officer;

        (await UploadAsync(officer, caseId, "report\u202Efdp.exe.pdf", Files.PdfBytes())).ShouldShowErrorFor("file", "U+202E RIGHT-TO-LEFT OVERRIDE");
        (await UploadAsync(officer, caseId, "advice.pdf", Files.PdfWithJavaScriptBytes())).ShouldShowErrorFor("file", "This PDF contains JavaScript");
        (await UploadAsync(officer, caseId, "advice.docx", Files.DocxWithMacroProjectBytes())).ShouldShowErrorFor("file", "This Word document contains macros");
        await NothingListedAsync(officer, caseId);
    }

    [Test]
    public async Task The_eicar_file_is_refused_as_malware()
    {
        var (factory, officer, caseId) = await StartAsync(new() { ["MalwareScanning:Clamd"] = ClamdForTests.TcpAddress() });
        await using var _ = factory;
        using var __ = officer;

        (await UploadAsync(officer, caseId, "eicar.pdf", Files.EicarBytes())).ShouldShowErrorFor("file", "contains a virus or other malware");
        await NothingListedAsync(officer, caseId);
    }

    [Test]
    public async Task While_the_scanner_does_not_answer_the_form_says_to_try_again_with_503()
    {
        var (factory, officer, caseId) = await StartAsync(new() { ["MalwareScanning:Clamd"] = ClamdForTests.UnreachableAddress() });
        await using var _ = factory;
        using var __ = officer;
        var form = await officer.GetPage($"/cases/{caseId}/evidence/add");

        var response = await officer.SubmitWithFile(form, Answers, "ep-advice.pdf", Files.PdfBytes());

        response.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        response.Headers.RetryAfter!.Delta.Should().Be(TimeSpan.FromSeconds(60));
        (await HtmlClient.ParseAsync(response)).ShouldShowErrorFor("file", "could not be checked for viruses just now");
        await NothingListedAsync(officer, caseId);
    }
}
