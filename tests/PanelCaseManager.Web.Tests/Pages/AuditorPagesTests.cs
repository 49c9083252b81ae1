using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PanelCaseManager.Infrastructure.DemoData;
using PanelCaseManager.Testing.Builders;

namespace PanelCaseManager.Web.Tests.Pages;

public class AuditorPagesTests
{
    private PanelWebApplicationFactory _factory = null!;
    private HtmlClient _auditor = null!;

    [OneTimeSetUp]
    public async Task SetUp()
    {
        _factory = new PanelWebApplicationFactory();
        _auditor = await _factory.HtmlClientFor(Personas.Auditor);
    }

    [OneTimeTearDown]
    public async Task TearDown()
    {
        _auditor.Dispose();
        await _factory.DisposeAsync();
    }

    private async Task<CreatedCase> CreateCase()
    {
        using var api = await _factory.ClientFor(Personas.SendOfficer);
        var response = await api.PostAsJsonAsync("/api/v1/placement-requests", A.PlacementRequest());
        response.StatusCode.Should().Be(HttpStatusCode.Created);
        return (await response.Content.ReadFromJsonAsync<CreatedCase>())!;
    }

    [Test]
    public async Task Finding_decisions_with_a_malformed_reference_or_date_shows_the_errors_beside_the_fields()
    {
        var page = await _auditor.GetPage("/audit?caseReference=ABC&panelDate.day=31&panelDate.month=2&panelDate.year=2026");

        page.ShouldShowErrorFor("caseReference", "A case reference looks like PR-2026-000123");
        page.ShouldShowErrorFor("panelDate", "The date must be a real date");
        page.QuerySelector("table.app-decisions").Should().BeNull();
    }

    [Test]
    public async Task A_period_that_ends_before_it_starts_is_refused_naming_its_end()
    {
        var page = await _auditor.GetPage("/audit?from.day=2&from.month=3&from.year=2026&to.day=1&to.month=3&to.year=2026");

        page.ShouldShowErrorFor("to", "The end of the period cannot be before its start");
    }

    [Test]
    public async Task Finding_decisions_for_a_case_without_one_says_none_match()
    {
        var created = await CreateCase();

        var page = await _auditor.GetPage($"/audit?caseReference={created.Reference}");

        page.ErrorSummary().Should().BeEmpty();
        page.Text("main").Should().Contain("No decisions match.");
    }

    [Test]
    public async Task A_case_history_shows_its_timeline_and_its_audit_events_with_who_acted()
    {
        var created = await CreateCase();

        var page = await _auditor.GetPage($"/audit/cases/{created.Id}");

        page.Text("h1").Should().Be("Case history");
        page.Text(".govuk-caption-l").Should().Be(created.Reference);
        page.Text(".app-audit-timeline").Should().Contain("by Amira Khan");
        var actions = page.QuerySelectorAll("table.app-audit-events tbody tr").Select(r => r.TextContent).ToList();
        actions.Should().Contain(a => a.Contains("Amira Khan, SEND officer") && a.Contains("Logged a placement request"));
        page.QuerySelector($"a[href='/audit/export?handler=file&format=csv&caseId={created.Id}']").Should().NotBeNull();
    }

    [Test]
    public async Task Audit_events_read_in_words_never_as_request_names_or_role_codes()
    {
        var created = await CreateCase();
        using (var officer = await _factory.HtmlClientFor(Personas.SendOfficer))
        {
            await officer.GetPage($"/cases/{created.Id}");
        }

        var page = await _auditor.GetPage($"/audit/cases/{created.Id}");

        var table = page.Text("table.app-audit-events tbody");
        table.Should().Contain("Read the case").And.Contain("Amira Khan, SEND officer");
        table.Should().NotContain(".Query").And.NotContain(".Command").And.NotContain("(SendOfficer)").And.NotContain("GetPlacementRequest");
    }

    [Test]
    public async Task The_auditor_filters_a_cases_events_to_reads_or_actions_one_person_and_a_period()
    {
        var created = await CreateCase();
        using (var manager = await _factory.HtmlClientFor(Personas.TeamManager))
        {
            await manager.GetPage($"/cases/{created.Id}");
        }

        var all = await _auditor.GetPage($"/audit/cases/{created.Id}");
        all.QuerySelector("details.app-audit-filter")!.HasAttribute("open").Should().BeFalse("the filter stays closed until one is chosen");
        all.QuerySelectorAll("select[name=person] option").Select(o => o.TextContent.Trim()).Should()
            .Contain("Amira Khan, SEND officer").And.Contain(o => o.StartsWith(Personas.TeamManager.DisplayName, StringComparison.Ordinal));

        var actions = await _auditor.GetPage($"/audit/cases/{created.Id}?kind=command");
        actions.QuerySelector("details.app-audit-filter")!.HasAttribute("open").Should().BeTrue();
        var actionRows = actions.QuerySelectorAll("table.app-audit-events tbody tr").Select(r => r.TextContent).ToList();
        actionRows.Should().NotBeEmpty().And.OnlyContain(r => r.Contains("Action")).And.Contain(r => r.Contains("Logged a placement request"));

        var managersReads = await _auditor.GetPage($"/audit/cases/{created.Id}?kind=read&person={Personas.TeamManager.Id}");
        var readRows = managersReads.QuerySelectorAll("table.app-audit-events tbody tr").Select(r => r.TextContent).ToList();
        readRows.Should().NotBeEmpty().And.OnlyContain(r => r.Contains(Personas.TeamManager.DisplayName) && r.Contains("Read"));

        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(_factory.Clock.GetUtcNow(), TimeZoneInfo.FindSystemTimeZoneById("Europe/London")).DateTime);
        var yesterday = today.AddDays(-1);
        var before = await _auditor.GetPage($"/audit/cases/{created.Id}?to.day={yesterday.Day}&to.month={yesterday.Month}&to.year={yesterday.Year}");
        before.Text("main").Should().Contain("No audit events match.");
        var onTheDay = await _auditor.GetPage($"/audit/cases/{created.Id}?from.day={today.Day}&from.month={today.Month}&from.year={today.Year}&to.day={today.Day}&to.month={today.Month}&to.year={today.Year}");
        onTheDay.QuerySelectorAll("table.app-audit-events tbody tr").Should().NotBeEmpty();
    }

    [Test]
    public async Task Filters_that_are_wrong_are_shown_beside_their_fields_and_list_nothing()
    {
        var created = await CreateCase();

        var page = await _auditor.GetPage($"/audit/cases/{created.Id}?kind=everything&person=nobody&from.day=31&from.month=2&from.year=2026&to.day=1&to.month=1&to.year=2026");

        page.ShouldShowErrorFor("kind", "Choose reads, actions or sign-ins");
        page.ShouldShowErrorFor("person", "Choose a person from the list");
        page.ShouldShowErrorFor("from", "The date must be a real date");
        page.QuerySelector("table.app-audit-events").Should().BeNull();
        (await _auditor.GetPage($"/audit/cases/{created.Id}?page=0", HttpStatusCode.NotFound)).Text("h1").Should().Be("Page not found");
        var backwards = await _auditor.GetPage($"/audit/cases/{created.Id}?from.day=2&from.month=3&from.year=2026&to.day=1&to.month=3&to.year=2026");
        backwards.ShouldShowErrorFor("to", "The end of the period cannot be before its start");
    }

    [Test]
    public async Task The_export_streams_the_cases_events_as_csv_and_json_lines_in_the_browser_session()
    {
        var created = await CreateCase();

        var csv = await _auditor.Get($"/audit/export?handler=file&format=csv&caseId={created.Id}");
        csv.StatusCode.Should().Be(HttpStatusCode.OK);
        csv.Content.Headers.ContentType!.MediaType.Should().Be("text/csv");
        var lines = (await csv.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines[0].Should().StartWith("sequence,occurredAt,userId");
        lines.Skip(1).Should().NotBeEmpty().And.OnlyContain(l => l.Contains(created.Id.ToString()));

        var jsonl = await _auditor.Get($"/audit/export?handler=file&format=jsonl&caseId={created.Id}");
        var first = JsonDocument.Parse((await jsonl.Content.ReadAsStringAsync()).Split('\n')[0]).RootElement;
        first.GetProperty("caseId").GetGuid().Should().Be(created.Id);
    }

    [Test]
    public async Task Exporting_without_a_format_or_with_a_backwards_period_shows_the_errors_in_the_page()
    {
        var form = await _auditor.GetPage("/audit/export");

        var noFormat = await _auditor.GetPage("/audit/export?handler=file&from.day=1&from.month=3&from.year=2026");
        noFormat.ShouldShowErrorFor("format", "Choose the format");

        var backwards = await _auditor.GetPage("/audit/export?handler=file&format=csv&from.day=2&from.month=3&from.year=2026&to.day=1&to.month=3&to.year=2026");
        backwards.ShouldShowErrorFor("to", "The end of the period cannot be before its start");
        form.QuerySelector("main form input[name=handler]")!.GetAttribute("value").Should().Be("file");
    }

    [Test]
    public async Task Checking_the_audit_trail_gives_the_verdict_in_plain_english()
    {
        await CreateCase();
        var page = await _auditor.GetPage("/audit/verify");
        page.QuerySelector(".app-verdict").Should().BeNull("nothing is checked until the auditor asks");

        page.QuerySelector("main form input[name=handler]")!.GetAttribute("value").Should().Be("check");
        var checkedPage = await _auditor.GetPage("/audit/verify?handler=check");

        checkedPage.Text(".govuk-panel__title").Should().Be("The audit trail is intact");
        checkedPage.Text(".app-verdict").Should().StartWith("The audit trail is complete and unchanged. All ").And.Contain("none has been removed, reordered, altered or rewritten");
        checkedPage.QuerySelectorAll(".app-verdict-notes li").Select(li => li.TextContent).Should()
            .Contain(n => n.Contains("held outside the database", StringComparison.Ordinal))
            .And.Contain(n => n.Contains("records event", StringComparison.Ordinal), "the checkpoint written at start-up is found");
    }

    [Test]
    public async Task An_auditor_signs_where_the_trail_ends_and_downloads_that_statement_and_every_checkpoint()
    {
        await CreateCase();
        var page = await _auditor.GetPage("/audit/verify");

        using var signed = await _auditor.Submit(page);
        using var checkpoints = await _auditor.Get("/audit/verify?handler=checkpoints");

        signed.StatusCode.Should().Be(HttpStatusCode.OK);
        signed.Content.Headers.ContentDisposition!.FileName.Should().StartWith("audit-trail-statement-event-");
        var statement = await signed.Content.ReadFromJsonAsync<JsonElement>();
        statement.GetProperty("text").GetString().Should().Contain("the audit trail ended at event");
        var checkpoint = statement.GetProperty("checkpoint");
        checkpoint.GetProperty("kind").GetString().Should().Be("on-demand");
        checkpoint.GetProperty("writtenBy").GetString().Should().Be(Personas.Auditor.Id);
        checkpoints.Content.Headers.ContentDisposition!.FileName.Should().Be("audit-checkpoints.jsonl");
        var lines = (await checkpoints.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("kind").GetString()).Should().Contain(["start", "on-demand"]);
        lines.Should().Contain(l => l.Contains(checkpoint.GetProperty("mac").GetString()!, StringComparison.Ordinal));
    }

    [Test]
    public async Task A_trail_rewritten_with_plain_links_and_its_end_moved_to_match_is_reported_on_the_check_page()
    {
        await using var factory = new PanelWebApplicationFactory();
        using var auditor = await factory.HtmlClientFor(Personas.Auditor);
        using (var officer = await factory.ClientFor(Personas.SendOfficer))
        {
            (await officer.PostAsJsonAsync("/api/v1/placement-requests", A.PlacementRequest())).StatusCode.Should().Be(HttpStatusCode.Created);
        }

        await AuditTampering.RewriteTailPlainlyAsync(factory.Database, lastEvents: 2);

        var checkedPage = await auditor.GetPage("/audit/verify?handler=check");
        checkedPage.Text(".govuk-panel__title").Should().Be("The audit trail has been changed");
        checkedPage.Text(".app-verdict").Should().Contain("has a plain SHA-256 link, but every event from").And.Contain("rewritten by someone without the key").And.Contain("Report this to the service's data protection officer");
    }

    [Test]
    public async Task Only_auditors_open_the_audit_pages()
    {
        using var officer = await _factory.HtmlClientFor(Personas.SendOfficer);
        using var family = await _factory.HtmlClientFor(Personas.Family);

        foreach (var path in new[] { "/audit", "/audit/export", "/audit/verify", "/audit/export?handler=file&format=csv" })
        {
            (await officer.GetPage(path, HttpStatusCode.Forbidden)).Text("h1").Should().Be("You do not have access to this page");
            (await family.GetPage(path, HttpStatusCode.Forbidden)).Text("h1").Should().Be("You do not have access to this page");
        }
    }

    private sealed record CreatedCase(Guid Id, string Reference);
}
