using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using PanelCaseManager.Infrastructure.DemoData;
using PanelCaseManager.Testing;
using PanelCaseManager.Testing.Builders;

namespace PanelCaseManager.Web.Tests.Pages;

public class EvidencePagesTests
{
    private PanelWebApplicationFactory _factory = null!;
    private HtmlClient _officer = null!;

    [OneTimeSetUp]
    public async Task SetUp()
    {
        _factory = new PanelWebApplicationFactory();
        _officer = await _factory.HtmlClientFor(Personas.SendOfficer);
    }

    [OneTimeTearDown]
    public async Task TearDown()
    {
        _officer.Dispose();
        await _factory.DisposeAsync();
    }

    private static string Today => TestClock.Today.ToString("d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-GB"));

    private static Dictionary<string, string?> ValidAnswers => new()
    {
        ["kind"] = "SchoolReport",
        ["author"] = "Mrs J Evans, SENCo",
        ["receivedOn.day"] = TestClock.Today.Day.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["receivedOn.month"] = TestClock.Today.Month.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["receivedOn.year"] = TestClock.Today.Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["summary"] = "Makes progress with a quiet space and a visual timetable.",
    };

    private async Task<(Guid Id, string Reference)> CreateCase(HttpClient? api = null)
    {
        using var own = api is null ? await _factory.ClientFor(Personas.SendOfficer) : null;
        var response = await (api ?? own!).PostAsJsonAsync("/api/v1/placement-requests", A.PlacementRequest());
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var created = await response.Content.ReadFromJsonAsync<JsonElement>();
        return (created.GetProperty("id").GetGuid(), created.GetProperty("reference").GetString()!);
    }

    [Test]
    public async Task A_new_case_has_no_evidence_and_an_officer_is_offered_to_add_some()
    {
        var created = await CreateCase();

        var page = await _officer.GetPage($"/cases/{created.Id}/evidence");

        page.QuerySelector(".moj-sub-navigation a[aria-current=page]")!.TextContent.Trim().Should().Be("Evidence");
        page.Text(".app-evidence-empty").Should().Be("No documents have been added to this case.");
        page.QuerySelector($"a[href='/cases/{created.Id}/evidence/add']").Should().NotBeNull();
    }

    [Test]
    public async Task An_officer_uploads_a_document_through_the_form_sees_it_listed_and_downloads_it()
    {
        var created = await CreateCase();
        var form = await _officer.GetPage($"/cases/{created.Id}/evidence/add");
        form.QuerySelector("form[enctype='multipart/form-data'] input[type=file]#file").Should().NotBeNull();
        form.QuerySelector("input[name=__RequestVerificationToken]").Should().NotBeNull("the browser's form is protected against cross-site requests");
        var content = Files.PdfBytes("School report");

        var listed = await _officer.Follow(await _officer.SubmitWithFile(form, ValidAnswers, "school-report.pdf", content));

        _officer.Location!.AbsolutePath.Should().Be($"/cases/{created.Id}/evidence");
        var page = await HtmlClient.ParseAsync(listed);
        page.Text(".govuk-notification-banner--success").Should().Contain("school-report.pdf is added to the evidence.");
        var row = page.QuerySelectorAll("table.app-evidence tbody tr").Should().ContainSingle().Subject;
        row.TextContent.Should().Contain("school-report.pdf").And.Contain("School report").And.Contain("Mrs J Evans, SENCo").And.Contain(Today).And.Contain("PDF");
        row.QuerySelector(".app-late").Should().BeNull();

        var download = await _officer.Get(row.QuerySelector("a")!.GetAttribute("href")!);
        download.StatusCode.Should().Be(HttpStatusCode.OK);
        download.Content.Headers.ContentType!.MediaType.Should().Be("application/pdf");
        download.Content.Headers.ContentDisposition!.DispositionType.Should().Be("attachment");
        download.Content.Headers.ContentDisposition.FileNameStar.Should().Be("school-report.pdf");
        (await download.Content.ReadAsByteArrayAsync()).Should().Equal(content);
    }

    [Test]
    public async Task A_download_name_with_accents_and_brackets_is_encoded_never_breaking_the_header()
    {
        var created = await CreateCase();
        var form = await _officer.GetPage($"/cases/{created.Id}/evidence/add");
        await _officer.Follow(await _officer.SubmitWithFile(form, ValidAnswers, "Siân's report (final).pdf", Files.PdfBytes()));
        var page = await _officer.GetPage($"/cases/{created.Id}/evidence");

        var download = await _officer.Get(page.QuerySelector("table.app-evidence tbody a")!.GetAttribute("href")!);

        download.Content.Headers.ContentDisposition!.DispositionType.Should().Be("attachment");
        download.Content.Headers.ContentDisposition.FileNameStar.Should().Be("Siân's report (final).pdf");
    }

    [Test]
    public async Task An_empty_form_shows_each_missing_answer_in_the_error_summary_linked_to_its_field()
    {
        var created = await CreateCase();
        var form = await _officer.GetPage($"/cases/{created.Id}/evidence/add");

        var again = await HtmlClient.ParseAsync(await _officer.SubmitWithFile(form, new Dictionary<string, string?>(), null, null));

        again.ShouldShowErrorFor("file", "Choose a file to upload.");
        again.ShouldShowErrorFor("kind", "Say what kind of evidence this is");
        again.ShouldShowErrorFor("author", "Say who wrote the document.");
        again.ShouldShowErrorFor("receivedOn", "Enter the date the evidence was received.");
        again.ShouldShowErrorFor("summary", "Summarise the document");
    }

    [Test]
    public async Task A_file_of_a_refused_type_or_whose_content_is_not_what_its_name_says_is_refused_in_the_page()
    {
        var created = await CreateCase();
        var form = await _officer.GetPage($"/cases/{created.Id}/evidence/add");

        var text = await HtmlClient.ParseAsync(await _officer.SubmitWithFile(form, ValidAnswers, "notes.txt", Encoding.UTF8.GetBytes("Some notes")));
        text.ShouldShowErrorFor("file", "Upload one of these types of file");
        text.QuerySelector("#author")!.GetAttribute("value").Should().Be("Mrs J Evans, SENCo", "what was typed is kept");

        var disguised = await HtmlClient.ParseAsync(await _officer.SubmitWithFile(text, ValidAnswers, "report.pdf", Encoding.UTF8.GetBytes("not really a PDF")));
        disguised.ShouldShowErrorFor("file", "its content is not one of the accepted types");

        var invalidDate = await HtmlClient.ParseAsync(await _officer.SubmitWithFile(disguised, new Dictionary<string, string?>(ValidAnswers) { ["receivedOn.month"] = "13" }, "report.pdf", Files.PdfBytes()));
        invalidDate.ShouldShowErrorFor("receivedOn", "The date must be a real date");

        var page = await _officer.GetPage($"/cases/{created.Id}/evidence");
        page.QuerySelector("table.app-evidence").Should().BeNull("nothing was added");
    }

    [Test]
    public async Task Pressing_the_button_twice_adds_the_document_once()
    {
        var created = await CreateCase();
        var form = await _officer.GetPage($"/cases/{created.Id}/evidence/add");

        var first = await _officer.SubmitWithFile(form, ValidAnswers, "school-report.pdf", Files.PdfBytes());
        var second = await _officer.SubmitWithFile(form, ValidAnswers, "school-report.pdf", Files.PdfBytes());

        first.StatusCode.Should().Be(HttpStatusCode.Redirect);
        second.StatusCode.Should().Be(HttpStatusCode.Redirect, "the second press is answered as the first was");
        var page = await _officer.GetPage($"/cases/{created.Id}/evidence");
        page.QuerySelectorAll("table.app-evidence tbody tr").Should().ContainSingle();
    }

    [Test]
    public async Task Evidence_added_after_the_panels_papers_were_frozen_is_marked_late()
    {
        await using var factory = new PanelWebApplicationFactory();
        using var api = await factory.ClientFor(Personas.SendOfficer);
        var created = await CreateCase(api);
        await Ok(await api.PostAsJsonAsync($"/api/v1/placement-requests/{created.Id}/start-evidence", new { expectedVersion = 0 }));
        await Ok(await api.PostAsJsonAsync($"/api/v1/placement-requests/{created.Id}/mark-ready-for-panel", new { expectedVersion = 1 }));
        var panelId = (await Ok(await api.PostAsJsonAsync("/api/v1/panels", new
        {
            title = "North locality panel",
            meetingDate = Panel.MeetingDate,
            chairId = Personas.PanelChair.Id,
            memberIds = Panel.Members.Select(m => m.Id),
        }))).GetProperty("id").GetGuid();
        await Ok(await api.PostAsJsonAsync($"/api/v1/panels/{panelId}/agenda", new { placementRequestId = created.Id, expectedVersion = 0 }));
        factory.Clock.SetUtcNow(Panel.CutOff.AddMinutes(5));
        await Ok(await api.PostAsync($"/api/v1/panels/{panelId}/freeze-papers", null));
        using var officer = await factory.HtmlClientFor(Personas.SendOfficer);
        var form = await officer.GetPage($"/cases/{created.Id}/evidence/add");

        var listed = await HtmlClient.ParseAsync(await officer.Follow(await officer.SubmitWithFile(form, ValidAnswers, "late-report.pdf", Files.PdfBytes())));

        listed.Text(".govuk-notification-banner--success").Should().Contain("marked as late");
        listed.QuerySelector("table.app-evidence tbody tr")!.Text(".app-late").Should().Be("Late");
    }

    [Test]
    public async Task Another_teams_officer_and_a_family_get_page_not_found_for_the_evidence_and_its_documents()
    {
        var created = await CreateCase();
        var form = await _officer.GetPage($"/cases/{created.Id}/evidence/add");
        await _officer.Follow(await _officer.SubmitWithFile(form, ValidAnswers, "school-report.pdf", Files.PdfBytes()));
        var href = (await _officer.GetPage($"/cases/{created.Id}/evidence")).QuerySelector("table.app-evidence tbody a")!.GetAttribute("href")!;

        using var other = await _factory.HtmlClientFor(Personas.SecondSendOfficer);
        foreach (var path in new[] { $"/cases/{created.Id}/evidence", $"/cases/{created.Id}/evidence/add", href })
        {
            (await other.GetPage(path, HttpStatusCode.NotFound)).Text("h1").Should().Be("Page not found");
        }

        (await _officer.GetPage($"/cases/{created.Id}/evidence/{Guid.NewGuid()}", HttpStatusCode.NotFound)).Text("h1").Should().Be("Page not found");
        var otherCase = await CreateCase();
        (await _officer.GetPage(href.Replace(created.Id.ToString(), otherCase.Id.ToString(), StringComparison.Ordinal), HttpStatusCode.NotFound))
            .Text("h1").Should().Be("Page not found", "a document is only found under its own case");

        using var family = await _factory.HtmlClientFor(Personas.Family);
        (await family.Get(href)).StatusCode.Should().BeOneOf(HttpStatusCode.Forbidden, HttpStatusCode.NotFound);
    }

    [Test]
    public async Task An_auditor_reads_the_evidence_and_downloads_it_but_is_not_offered_to_add_any()
    {
        var created = await CreateCase();
        var form = await _officer.GetPage($"/cases/{created.Id}/evidence/add");
        await _officer.Follow(await _officer.SubmitWithFile(form, ValidAnswers, "school-report.pdf", Files.PdfBytes()));
        using var auditor = await _factory.HtmlClientFor(Personas.Auditor);

        var page = await auditor.GetPage($"/cases/{created.Id}/evidence");

        page.QuerySelector($"a[href='/cases/{created.Id}/evidence/add']").Should().BeNull();
        (await auditor.Get(page.QuerySelector("table.app-evidence tbody a")!.GetAttribute("href")!)).StatusCode.Should().Be(HttpStatusCode.OK);
        (await auditor.GetPage($"/cases/{created.Id}/evidence/add", HttpStatusCode.NotFound)).Text("h1").Should().Be("Page not found");
    }

    [Test]
    public async Task Uploads_from_the_browser_share_the_per_user_upload_limit_and_showing_the_form_does_not_count()
    {
        await using var factory = new PanelWebApplicationFactory(new Dictionary<string, string?> { ["RateLimits:UploadsPerMinute"] = "2" });
        using var api = await factory.ClientFor(Personas.SendOfficer);
        var created = await CreateCase(api);
        using var officer = await factory.HtmlClientFor(Personas.SendOfficer);

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            var form = await officer.GetPage($"/cases/{created.Id}/evidence/add");
            statuses.Add((await officer.SubmitWithFile(form, ValidAnswers, $"report-{i}.pdf", Files.PdfBytes($"Report {i}"))).StatusCode);
        }

        statuses.Should().Equal(HttpStatusCode.Redirect, HttpStatusCode.Redirect, HttpStatusCode.TooManyRequests);
    }

    private static async Task<JsonElement> Ok(HttpResponseMessage response)
    {
        response.IsSuccessStatusCode.Should().BeTrue(await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}

/// <summary>Submits a page's multipart form as a browser does: every field it holds, the antiforgery token included, and a file.</summary>
internal static class MultipartForms
{
    public static async Task<HttpResponseMessage> SubmitWithFile(
        this HtmlClient client, IDocument page, IDictionary<string, string?> values, string? fileName, byte[]? content, string formSelector = "main form[enctype='multipart/form-data']")
    {
        var form = page.QuerySelector<IHtmlFormElement>(formSelector) ?? throw new AssertionException($"No form '{formSelector}' on {page.Url}");
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement { Type: "file" }:
                    break;
                case IHtmlInputElement { Type: "radio" or "checkbox" } choice when choice.IsChecked && !string.IsNullOrEmpty(choice.Name):
                    fields.Add(new(choice.Name!, choice.Value));
                    break;
                case IHtmlInputElement { Type: not ("radio" or "checkbox" or "submit") } input when !string.IsNullOrEmpty(input.Name):
                    fields.Add(new(input.Name!, input.Value));
                    break;
                case IHtmlTextAreaElement textArea when !string.IsNullOrEmpty(textArea.Name):
                    fields.Add(new(textArea.Name!, textArea.Value));
                    break;
                case IHtmlSelectElement select when !string.IsNullOrEmpty(select.Name):
                    fields.Add(new(select.Name!, select.Value ?? string.Empty));
                    break;
            }
        }

        foreach (var (name, value) in values)
        {
            fields.RemoveAll(f => f.Key == name);
            if (value is not null)
            {
                fields.Add(new(name, value));
            }
        }

        using var body = new MultipartFormDataContent();
        foreach (var (name, value) in fields)
        {
            body.Add(new StringContent(value), name);
        }

        // A browser sends an empty part with an empty file name when no file was chosen.
        var file = new ByteArrayContent(content ?? []);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        body.Add(file, "file", fileName ?? "\"\"");
        var action = string.IsNullOrEmpty(form.GetAttribute("action")) ? new Uri(page.Url) : new Uri(new Uri(page.Url), form.GetAttribute("action")!);
        return await client.Http.PostAsync(action, body);
    }
}
