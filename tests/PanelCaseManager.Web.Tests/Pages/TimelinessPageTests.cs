using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PanelCaseManager.Infrastructure.DemoData;
using PanelCaseManager.Testing;
using PanelCaseManager.Testing.Builders;

namespace PanelCaseManager.Web.Tests.Pages;

/// <summary>The timeliness page: the report's measures for a period and team, as SVG charts with tables beside them, and CSV.</summary>
public class TimelinessPageTests
{
    private static readonly DateOnly Received = TestClock.Today.AddDays(-50);
    private PanelWebApplicationFactory _factory = null!;
    private HtmlClient _manager = null!;

    [OneTimeSetUp]
    public async Task SetUp()
    {
        _factory = new PanelWebApplicationFactory(new Dictionary<string, string?> { ["Jobs:ServerEnabled"] = "false" });
        _manager = await _factory.HtmlClientFor(Personas.TeamManager);
        using var officer = await _factory.ClientFor(Personas.SendOfficer);
        foreach (var decidedAfter in new[] { 20, 60 })
        {
            var created = await officer.PostAsJsonAsync("/api/v1/placement-requests", A.PlacementRequest() with { ReceivedDate = Received.AddDays(-decidedAfter) });
            created.StatusCode.Should().Be(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
            var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
            var met = await officer.PostAsJsonAsync($"/api/v1/placement-requests/{id}/clock-events", new { @event = "DecidedToAssess", date = Received });
            met.StatusCode.Should().Be(HttpStatusCode.OK, await met.Content.ReadAsStringAsync());
        }
    }

    [OneTimeTearDown]
    public async Task TearDown()
    {
        _manager.Dispose();
        await _factory.DisposeAsync();
    }

    [Test]
    public async Task A_manager_sees_the_last_twelve_months_for_their_team_as_charts_with_the_figures_beside_them()
    {
        var page = await _manager.GetPage("/timeliness");

        page.Text("h1").Should().Be("Timeliness");
        page.Text(".app-timeliness-period").Should().Contain(Display(TestClock.Today)).And.Contain("the North team");
        page.QuerySelector("select[name=team] option[selected]")!.GetAttribute("value").Should().Be("North");
        var chart = page.QuerySelector("svg#chart-within-limit")!;
        chart.GetAttribute("role").Should().Be("img");
        chart.QuerySelector("title")!.TextContent.Should().Be("Deadlines met within the statutory limit");
        chart.QuerySelector("desc")!.TextContent.Should().Contain("The table beside the chart gives the same figures");
        chart.QuerySelectorAll("rect.app-chart__bar--1").Should().NotBeEmpty();
        page.QuerySelector("svg#chart-weeks-taken").Should().NotBeNull();
        page.QuerySelectorAll("[style]").Should().BeEmpty("the content security policy allows no style attribute");

        var row = page.QuerySelectorAll("table.app-timeliness-within tbody tr").Single(r => r.QuerySelector("th")!.TextContent.Contains("assess", StringComparison.OrdinalIgnoreCase));
        row.QuerySelectorAll("td")[0].TextContent.Trim().Should().Be("50% (1 of 2)", "one decision to assess was made in 20 days, the other in 60, past the six weeks of reg 4(1)");
        chart.TextContent.Should().Contain("50%");
        page.QuerySelector("a[href*='handler=csv']").Should().NotBeNull();
    }

    [Test]
    public async Task The_csv_holds_the_same_report_as_the_page()
    {
        var page = await _manager.GetPage("/timeliness?from.day=1&from.month=1&from.year=2026&to.day=20&to.month=11&to.year=2026&team=all");
        var link = page.QuerySelector("a[href*='handler=csv']")!.GetAttribute("href")!;

        using var csv = await _manager.Get(link);

        csv.StatusCode.Should().Be(HttpStatusCode.OK);
        csv.Content.Headers.ContentType!.MediaType.Should().Be("text/csv");
        csv.Content.Headers.ContentDisposition!.FileName.Should().Be("timeliness-2026-01-01-to-2026-11-20.csv");
        var text = await csv.Content.ReadAsStringAsync();
        text.Should().StartWith("measure,milestone,from,to").And.Contain("within-statutory-limit,DecisionToAssess,2026-01-01,2026-11-20,,2,1,50");
        page.Text(".app-timeliness-period").Should().Contain("every team");
    }

    [TestCase("from.day=31&from.month=2&from.year=2026&to.day=1&to.month=3&to.year=2026", "from", "real date", Description = "31 February")]
    [TestCase("from.day=2&from.month=3&from.year=2026&to.day=1&to.month=3&to.year=2026", "from", "on or before the day it ends", Description = "backwards")]
    [TestCase("from.day=1&from.month=3&from.year=2026", "to", "Enter the last day", Description = "no end")]
    [TestCase("from.day=1&from.month=1&from.year=2015&to.day=1&to.month=3&to.year=2026", "to", "up to five years", Description = "too long")]
    [TestCase("team=Nowhere", "team", "Choose a team from the list", Description = "unknown team")]
    public async Task A_bad_period_or_team_is_shown_beside_its_field_and_no_report_is_drawn(string query, string field, string message)
    {
        var page = await _manager.GetPage($"/timeliness?{query}");

        page.ShouldShowErrorFor(field, message);
        page.QuerySelector("svg").Should().BeNull();
        (await _manager.GetPage($"/timeliness?handler=csv&{query}")).ShouldShowErrorFor(field, message);
    }

    [Test]
    public async Task A_very_long_team_name_is_refused_as_unknown()
    {
        var page = await _manager.GetPage($"/timeliness?team={new string('x', 10_000)}");

        page.ShouldShowErrorFor("team", "Choose a team from the list");
    }

    [Test]
    public async Task An_auditor_sees_every_team_and_officers_families_and_administrators_are_refused()
    {
        using var auditor = await _factory.HtmlClientFor(Personas.Auditor);
        (await auditor.GetPage("/timeliness")).Text(".app-timeliness-period").Should().Contain("every team");
        (await auditor.GetPage("/")).QuerySelector("nav[aria-label=Menu] a[href='/timeliness']").Should().NotBeNull();

        foreach (var persona in new[] { Personas.SendOfficer, Personas.Family, Personas.Administrator, Personas.PanelChair })
        {
            using var refused = await _factory.HtmlClientFor(persona);
            (await refused.GetPage("/timeliness", HttpStatusCode.Forbidden)).Text("h1").Should().Be("You do not have access to this page");
            (await refused.GetPage("/")).QuerySelector("nav[aria-label=Menu] a[href='/timeliness']").Should().BeNull();
        }
    }

    private static string Display(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"));
}
