using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using PanelCaseManager.Infrastructure.DemoData;
using PanelCaseManager.Testing;
using PanelCaseManager.Testing.Builders;

namespace PanelCaseManager.Web.Tests.Api;

public class EvidenceApiTests
{
    private PanelWebApplicationFactory _factory = null!;
    private HttpClient _officer = null!;
    private Guid _caseId;

    [OneTimeSetUp]
    public async Task SetUp()
    {
        _factory = new PanelWebApplicationFactory(new Dictionary<string, string?> { ["Evidence:MaximumUploadBytes"] = "4096" });
        _officer = await _factory.ClientFor(Personas.SendOfficer);
        var created = await _officer.PostAsJsonAsync("/api/v1/placement-requests", A.PlacementRequest());
        _caseId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    [OneTimeTearDown]
    public async Task TearDown()
    {
        _officer.Dispose();
        await _factory.DisposeAsync();
    }

    private static MultipartFormDataContent Form(string? fileName, byte[]? content, Action<MultipartFormDataContent>? change = null)
    {
        var form = new MultipartFormDataContent();
        if (fileName is not null)
        {
            var file = new ByteArrayContent(content ?? []);
            file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            form.Add(file, "file", fileName);
        }

        var fields = new Dictionary<string, string>
        {
            ["kind"] = "AgencyAdvice",
            ["agency"] = "EducationalPsychology",
            ["author"] = "Dr Helen Morgan",
            ["receivedOn"] = TestClock.Today.AddDays(-2).ToString("yyyy-MM-dd"),
            ["summary"] = "Needs a small, calm setting.",
        };
        foreach (var (name, value) in fields)
        {
            form.Add(new StringContent(value), name);
        }

        change?.Invoke(form);
        return form;
    }

    private Task<HttpResponseMessage> Upload(HttpContent content, HttpClient? client = null, Guid? caseId = null) =>
        (client ?? _officer).PostAsync($"/api/v1/placement-requests/{caseId ?? _caseId}/evidence", content);

    [Test]
    public async Task A_document_uploaded_as_a_form_is_stored_and_can_be_downloaded()
    {
        var bytes = Files.PdfBytes("uploaded over http");

        var response = await Upload(Form("ep-advice.pdf", bytes));

        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var created = await response.Content.ReadFromJsonAsync<JsonElement>();
        created.GetProperty("type").GetString().Should().Be("Pdf");
        var download = await _officer.GetAsync(response.Headers.Location);
        download.StatusCode.Should().Be(HttpStatusCode.OK);
        download.Content.Headers.ContentType!.MediaType.Should().Be("application/pdf");
        (await download.Content.ReadAsByteArrayAsync()).Should().Equal(bytes);
        var evidence = await _officer.GetFromJsonAsync<JsonElement>($"/api/v1/placement-requests/{_caseId}/evidence");
        evidence.GetProperty("documents").EnumerateArray().Should().Contain(d => d.GetProperty("id").GetGuid() == created.GetProperty("id").GetGuid());
    }

    [Test]
    public async Task An_upload_that_is_too_big_is_a_400_naming_the_file()
    {
        await (await Upload(Form("big.pdf", Files.PdfBytes(new string('x', 5000))))).ShouldBeValidationProblemNaming("file");
    }

    [Test]
    public async Task An_empty_upload_is_a_400_naming_the_file()
    {
        await (await Upload(Form("empty.pdf", []))).ShouldBeValidationProblemNaming("file");
    }

    [Test]
    public async Task A_disallowed_type_is_a_400_naming_the_file()
    {
        await (await Upload(Form("notes.txt", "just text"u8.ToArray()))).ShouldBeValidationProblemNaming("file");
    }

    [Test]
    public async Task Content_that_does_not_match_its_extension_is_a_400_naming_the_file()
    {
        var json = await (await Upload(Form("report.pdf", Files.PngBytes()))).ShouldBeValidationProblemNaming("file");

        json.GetProperty("errors").GetProperty("file")[0].GetString().Should().Contain("PNG");
    }

    [Test]
    public async Task A_form_without_a_file_names_the_file()
    {
        await (await Upload(Form(null, null))).ShouldBeValidationProblemNaming("file");
    }

    [Test]
    public async Task A_body_that_is_not_multipart_is_415()
    {
        await (await Upload(JsonContent.Create(new { kind = "AgencyAdvice" }))).ShouldBeProblem(HttpStatusCode.UnsupportedMediaType);
    }

    [TestCase("--x\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\n\r\n%PDF-1.7", Description = "cut off before its end")]
    [TestCase("no parts here at all", Description = "no boundary anywhere")]
    public async Task A_broken_multipart_body_is_a_400_naming_the_file(string body)
    {
        var content = new StringContent(body);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse("multipart/form-data; boundary=x");

        await (await Upload(content)).ShouldBeValidationProblemNaming("file");
    }

    [Test]
    public async Task Unreadable_fields_are_named()
    {
        var response = await Upload(Form("advice.pdf", Files.PdfBytes(), form =>
        {
            form.Add(new StringContent("Rumour"), "kind");
            form.Add(new StringContent("31/12/2026"), "receivedOn");
        }));

        var json = await response.ShouldBeValidationProblemNaming("kind");
        json.GetProperty("errors").TryGetProperty("receivedOn", out _).Should().BeTrue();
    }

    [Test]
    public async Task Evidence_for_an_unknown_case_is_404()
    {
        await (await Upload(Form("advice.pdf", Files.PdfBytes()), caseId: Guid.NewGuid())).ShouldBeProblem(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task Panel_members_and_families_cannot_upload()
    {
        using var member = await _factory.ClientFor(Personas.PanelHealth);
        using var family = await _factory.ClientFor(Personas.Family);

        await (await Upload(Form("advice.pdf", Files.PdfBytes()), member)).ShouldBeProblem(HttpStatusCode.Forbidden);
        await (await Upload(Form("advice.pdf", Files.PdfBytes()), family)).ShouldBeProblem(HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task A_retried_upload_with_the_same_idempotency_key_returns_the_first_result()
    {
        async Task<HttpResponseMessage> Send()
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/placement-requests/{_caseId}/evidence") { Content = Form("retry.pdf", Files.PdfBytes("retry")) };
            request.Headers.Add("Idempotency-Key", "upload-retry-1");
            return await _officer.SendAsync(request);
        }

        var first = await Send();
        var retry = await Send();

        retry.StatusCode.Should().Be(HttpStatusCode.Created);
        (await retry.Content.ReadAsStringAsync()).Should().Be(await first.Content.ReadAsStringAsync());
    }

    [Test]
    public async Task Advice_received_before_it_was_requested_is_a_409_with_its_code()
    {
        var requested = await _officer.PostAsJsonAsync($"/api/v1/placement-requests/{_caseId}/advice-requests",
            new { agency = "Health", addressedTo = "Community paediatrics", requestedOn = TestClock.Today.AddDays(-3) });
        requested.StatusCode.Should().Be(HttpStatusCode.Created, await requested.Content.ReadAsStringAsync());
        var advice = await requested.Content.ReadFromJsonAsync<JsonElement>();

        var received = await _officer.PostAsJsonAsync($"/api/v1/placement-requests/{_caseId}/advice-requests/{advice.GetProperty("id").GetGuid()}/received",
            new { expectedVersion = 0, receivedOn = TestClock.Today.AddDays(-5), summary = "Early advice." });

        (await received.ShouldBeProblem(HttpStatusCode.Conflict)).GetProperty("code").GetString().Should().Be("received-before-requested");
    }

    [Test]
    public async Task The_case_history_is_readable_as_a_timeline()
    {
        var history = await _officer.GetFromJsonAsync<JsonElement>($"/api/v1/placement-requests/{_caseId}/history");

        history.GetProperty("entries").EnumerateArray().First().GetProperty("kind").GetString().Should().Be("submitted");
        history.GetProperty("entries").EnumerateArray().Should().OnlyContain(e => e.GetProperty("actorName").GetString()!.Length > 0);
    }
}
