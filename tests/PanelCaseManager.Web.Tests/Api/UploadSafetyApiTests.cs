using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using PanelCaseManager.Infrastructure.DemoData;
using PanelCaseManager.Testing;
using PanelCaseManager.Testing.Builders;

namespace PanelCaseManager.Web.Tests.Api;

/// <summary>
/// The API's evidence upload refuses disguised names, PDFs with scripts, Office documents with macros and malware,
/// with a field error that says why, and stores nothing; a scanner that does not answer is a 503 with Retry-After
/// (docs/adr/0201).
/// </summary>
public class UploadSafetyApiTests
{
    private static MultipartFormDataContent Form(string fileName, byte[] content)
    {
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        var form = new MultipartFormDataContent { { file, "file", fileName } };
        form.Add(new StringContent("AgencyAdvice"), "kind");
        form.Add(new StringContent("EducationalPsychology"), "agency");
        form.Add(new StringContent("Dr Helen Morgan"), "author");
        form.Add(new StringContent(TestClock.Today.AddDays(-2).ToString("yyyy-MM-dd")), "receivedOn");
        form.Add(new StringContent("Needs a small, calm setting."), "summary");
        return form;
    }

    private static async Task<(PanelWebApplicationFactory Factory, HttpClient Officer, Guid CaseId)> StartAsync(Dictionary<string, string?>? settings = null)
    {
        var factory = new PanelWebApplicationFactory(settings);
        var officer = await factory.ClientFor(Personas.SendOfficer);
        var created = await officer.PostAsJsonAsync("/api/v1/placement-requests", A.PlacementRequest());
        return (factory, officer, (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid());
    }

    private static async Task<string> RefusedAsync(HttpClient officer, Guid caseId, string fileName, byte[] content)
    {
        using var form = Form(fileName, content);
        var response = await officer.PostAsync($"/api/v1/placement-requests/{caseId}/evidence", form);
        var problem = await response.ShouldBeValidationProblemNaming("file");
        var evidence = await officer.GetFromJsonAsync<JsonElement>($"/api/v1/placement-requests/{caseId}/evidence");
        evidence.GetProperty("documents").EnumerateArray().Should().BeEmpty("nothing of a refused upload is kept");
        return problem.GetProperty("errors").GetProperty("file")[0].GetString()!;
    }

    [Test]
    public async Task Disguised_names_scripts_and_macros_are_refused_saying_why()
    {
        var (factory, officer, caseId) = await StartAsync();
        await using var _ = factory;
        using var __ = officer;

        (await RefusedAsync(officer, caseId, "report\u202Efdp.exe.pdf", Files.PdfBytes())).Should().Contain("U+202E RIGHT-TO-LEFT OVERRIDE");
        (await RefusedAsync(officer, caseId, "advice.pdf", Files.PdfWithJavaScriptBytes())).Should().Contain("JavaScript");
        (await RefusedAsync(officer, caseId, "advice.docx", Files.DocxWithMacroProjectBytes())).Should().Contain("macros");
    }

    [Test]
    public async Task The_eicar_file_is_refused_as_malware_when_a_scanner_is_configured()
    {
        var (factory, officer, caseId) = await StartAsync(new() { ["MalwareScanning:Clamd"] = ClamdForTests.TcpAddress() });
        await using var _ = factory;
        using var __ = officer;

        (await RefusedAsync(officer, caseId, "eicar.pdf", Files.EicarBytes())).Should().Contain("virus or other malware").And.Contain("PanelCaseManager.Test.EICAR");
        using var clean = Form("ep-advice.pdf", Files.PdfBytes());
        (await officer.PostAsync($"/api/v1/placement-requests/{caseId}/evidence", clean)).StatusCode.Should().Be(HttpStatusCode.Created);
    }

    [Test]
    public async Task While_the_scanner_does_not_answer_uploads_are_refused_with_503_and_a_time_to_retry()
    {
        var (factory, officer, caseId) = await StartAsync(new()
        {
            ["MalwareScanning:Clamd"] = ClamdForTests.UnreachableAddress(),
            ["MalwareScanning:RetryAfterSeconds"] = "120",
        });
        await using var _ = factory;
        using var __ = officer;
        using var form = Form("ep-advice.pdf", Files.PdfBytes());

        var response = await officer.PostAsync($"/api/v1/placement-requests/{caseId}/evidence", form);

        var problem = await response.ShouldBeProblem(HttpStatusCode.ServiceUnavailable);
        problem.GetProperty("code").GetString().Should().Be("malware-scanner-unavailable");
        problem.GetProperty("detail").GetString().Should().Contain("not saved");
        response.Headers.RetryAfter!.Delta.Should().Be(TimeSpan.FromSeconds(120));
        var evidence = await officer.GetFromJsonAsync<JsonElement>($"/api/v1/placement-requests/{caseId}/evidence");
        evidence.GetProperty("documents").EnumerateArray().Should().BeEmpty();
    }
}
