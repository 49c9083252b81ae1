using System.Net;
using PanelCaseManager.Infrastructure.DemoData;
using PanelCaseManager.Testing;

namespace PanelCaseManager.Web.Tests.Pages;

/// <summary>
/// The appeals report's page, CSV and API: GOV.UK tables for the manager's own team, a CSV with a header and one row per
/// figure, bad periods refused naming the field, another team not found and officers refused, as the timeliness report.
/// The figures themselves are computed by hand in the Application tests (AppealsReportTests).
/// </summary>
public class AppealsReportPageTests
{
    private PanelWebApplicationFactory _factory = null!;
    private HtmlClient _manager = null!;

    [OneTimeSetUp]
    public async Task SetUp()
    {
        _factory = new PanelWebApplicationFactory(new Dictionary<string, string?> { ["Jobs:ServerEnabled"] = "false" });
        _manager = await _factory.HtmlClientFor(Personas.TeamManager);
    }

    [OneTimeTearDown]
    public async Task TearDown()
    {
        _manager.Dispose();
        await _factory.DisposeAsync();
    }

    [Test]
    public async Task A_manager_reaches_the_report_from_the_timeliness_page_and_sees_their_team_in_tables()
    {
        var timeliness = await _manager.GetPage("/timeliness");
        var page = await _manager.GetPage(timeliness.QuerySelector("a.app-appeals-report-link")!.GetAttribute("href")!);

        page.Text("h1").Should().Be("Appeals");
        page.Text(".app-appeals-period").Should().Contain("the North team");
        page.Text("table.app-appeals-rate").Should().Contain("4.2%").And.Contain("No notices issued");
        page.QuerySelector("table.app-appeals-outcomes").Should().NotBeNull();
        page.QuerySelector("table.app-appeals-orders").Should().NotBeNull();
        page.QuerySelector("table.app-appeals-subjects").Should().NotBeNull();
        page.QuerySelectorAll("[style]").Should().BeEmpty("the content security policy allows no style attribute");
    }

    [Test]
    public async Task The_csv_has_a_header_and_one_row_per_figure()
    {
        var page = await _manager.GetPage("/appeals-report?from.day=1&from.month=1&from.year=2026&to.day=20&to.month=11&to.year=2026&team=all");
        using var csv = await _manager.Get(page.QuerySelector("a[href*='handler=csv']")!.GetAttribute("href")!);

        csv.StatusCode.Should().Be(HttpStatusCode.OK);
        csv.Content.Headers.ContentType!.MediaType.Should().Be("text/csv");
        csv.Content.Headers.ContentDisposition!.FileName.Should().Be("appeals-2026-01-01-to-2026-11-20.csv");
        var lines = (await csv.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        lines[0].Should().Be("measure,name,from,to,team,count,percentage");
        lines.Should().Contain("baseline-appeal-rate,,2026-01-01,2026-11-20,,,4.2");
        lines.Should().HaveCount(1 + 3 + 5 + 4, "no appeal was registered, so no subject, sector or setting row");

        using var api = await _factory.ClientFor(Personas.TeamManager);
        using var apiCsv = await api.GetAsync("/api/v1/appeals-report.csv?from=2026-01-01&to=2026-11-20&team=North");
        apiCsv.StatusCode.Should().Be(HttpStatusCode.OK);
        (await apiCsv.Content.ReadAsStringAsync()).Should().StartWith("measure,name,from,to,team,count,percentage");
    }

    [TestCase("from.day=31&from.month=2&from.year=2026&to.day=1&to.month=3&to.year=2026", "from", "real date", Description = "31 February")]
    [TestCase("from.day=2&from.month=3&from.year=2026&to.day=1&to.month=3&to.year=2026", "from", "on or before the day it ends", Description = "backwards")]
    [TestCase("team=Nowhere", "team", "Choose a team from the list", Description = "unknown team")]
    public async Task A_bad_period_or_team_is_shown_in_the_error_summary_and_no_report_is_drawn(string query, string field, string message)
    {
        var page = await _manager.GetPage($"/appeals-report?{query}");

        page.ShouldShowErrorFor(field, message);
        page.QuerySelector("table.app-appeals-rate").Should().BeNull();
    }

    [Test]
    public async Task The_api_refuses_a_bad_period_naming_the_field_another_team_is_not_found_and_an_officer_is_refused()
    {
        using var api = await _factory.ClientFor(Personas.TeamManager);
        await (await api.GetAsync("/api/v1/appeals-report?from=2026-03-02&to=2026-03-01")).ShouldBeValidationProblemNaming("from");
        await (await api.GetAsync("/api/v1/appeals-report?from=not-a-date&to=2026-03-01")).ShouldBeValidationProblemNaming("from");
        await (await api.GetAsync("/api/v1/appeals-report.csv?to=2026-03-01")).ShouldBeValidationProblemNaming("from");
        (await api.GetAsync("/api/v1/appeals-report?from=2026-01-01&to=2026-03-01&team=North")).StatusCode.Should().Be(HttpStatusCode.OK);
        var south = await api.GetAsync("/api/v1/appeals-report?from=2026-01-01&to=2026-03-01&team=South");
        var nowhere = await api.GetAsync("/api/v1/appeals-report?from=2026-01-01&to=2026-03-01&team=Nowhere");
        south.StatusCode.Should().Be(HttpStatusCode.NotFound);
        nowhere.StatusCode.Should().Be(HttpStatusCode.NotFound);

        using var officer = await _factory.ClientFor(Personas.SendOfficer);
        (await officer.GetAsync("/api/v1/appeals-report?from=2026-01-01&to=2026-03-01")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        using var officerPages = await _factory.HtmlClientFor(Personas.SendOfficer);
        (await officerPages.GetPage("/appeals-report", HttpStatusCode.Forbidden)).Text("h1").Should().Be("You do not have access to this page");
    }
}
