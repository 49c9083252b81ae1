using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PanelCaseManager.Infrastructure.DemoData;
using PanelCaseManager.Testing;
using PanelCaseManager.Testing.Builders;

namespace PanelCaseManager.Web.Tests.Pages;

public class WorklistPageTests
{
    private PanelWebApplicationFactory _factory = null!;
    private HtmlClient _officer = null!;

    [OneTimeSetUp]
    public async Task SetUp()
    {
        _factory = new PanelWebApplicationFactory(new Dictionary<string, string?> { ["Jobs:ServerEnabled"] = "false" });
        _officer = await _factory.HtmlClientFor(Personas.SendOfficer);
    }

    [OneTimeTearDown]
    public async Task TearDown()
    {
        _officer.Dispose();
        await _factory.DisposeAsync();
    }

    /// <summary>A case received this many days ago: its decision whether to assess falls due 6 weeks after.</summary>
    private async Task<(Guid Id, string Reference)> CaseReceivedDaysAgo(int days, string familyName)
    {
        using var api = await _factory.ClientFor(Personas.SendOfficer);
        var command = A.PlacementRequest() with { ReceivedDate = TestClock.Today.AddDays(-days), Child = A.Child() with { FamilyName = familyName } };
        var response = await api.PostAsJsonAsync("/api/v1/placement-requests", command);
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var created = await response.Content.ReadFromJsonAsync<JsonElement>();
        return (created.GetProperty("id").GetGuid(), created.GetProperty("reference").GetString()!);
    }

    private static AngleSharp.Dom.IElement RowFor(AngleSharp.Dom.IDocument page, string group, string reference) =>
        page.QuerySelectorAll($"table.app-worklist tbody tr[data-group={group}]")
            .SingleOrDefault(r => r.QuerySelectorAll("td:first-child a").Any(a => a.TextContent.Trim() == reference) && r.TextContent.Contains("Decision whether to assess", StringComparison.Ordinal))
        ?? throw new AssertionException($"{reference}'s decision whether to assess is not in the '{group}' group: {page.Text("main")}");

    [Test]
    public async Task The_officer_sees_each_case_under_how_urgent_its_deadline_is_with_a_badge_and_the_statutory_date()
    {
        var critical = await CaseReceivedDaysAgo(100, "Critical");
        var overdue = await CaseReceivedDaysAgo(50, "Overdue");
        var soon = await CaseReceivedDaysAgo(37, "Soon");
        var later = await CaseReceivedDaysAgo(1, "Later");

        var page = await _officer.GetPage("/worklist");

        page.QuerySelector(".govuk-service-navigation__item--active")!.TextContent.Trim().Should().Be("Worklist");
        page.QuerySelectorAll(".app-worklist-counts a").Select(a => a.TextContent.Trim()).Should().Equal("Critically overdue", "Overdue", "Due soon", "Not due yet");
        foreach (var (group, created, badge) in new[] { ("critically-overdue", critical, "Critically overdue"), ("overdue", overdue, "Overdue"), ("due-soon", soon, "Due soon"), ("not-due-yet", later, "Not due yet") })
        {
            var row = RowFor(page, group, created.Reference);
            row.QuerySelector("a")!.GetAttribute("href").Should().Be($"/cases/{created.Id}");
            row.Text(".moj-badge").Should().Be(badge, "the urgency is said in words, not by colour alone");
            row.TextContent.Should().Contain("Decision whether to assess");
        }

        var overdueRow = RowFor(page, "overdue", overdue.Reference);
        overdueRow.TextContent.Should().Contain(Display(TestClock.Today.AddDays(-50 + 42))).And.Contain("8 days overdue").And.Contain("Ffion Overdue");
        RowFor(page, "due-soon", soon.Reference).TextContent.Should().Contain("Due in 5 days");
    }

    [Test]
    public async Task An_officer_with_nothing_due_is_told_so()
    {
        using var other = await _factory.HtmlClientFor(Personas.SecondSendOfficer);

        var page = await other.GetPage("/worklist");

        page.Text("main").Should().Contain("Nothing is due");
        page.QuerySelector("table.app-worklist").Should().BeNull();
    }

    [Test]
    public async Task A_team_manager_sees_the_teams_worklist_with_each_cases_officer()
    {
        var overdue = await CaseReceivedDaysAgo(50, "Teamwork");
        using var manager = await _factory.HtmlClientFor(Personas.TeamManager);

        var own = await manager.GetPage("/worklist");
        own.QuerySelector("a[href='/worklist?scope=team']").Should().NotBeNull();
        own.Text("main").Should().NotContain(overdue.Reference, "the manager's own worklist holds their own cases");

        var team = await manager.GetPage("/worklist?scope=team");

        team.Text("h1").Should().Contain("North team").And.Contain("Team worklist");
        RowFor(team, "overdue", overdue.Reference).TextContent.Should().Contain("Amira Khan");
    }

    [Test]
    public async Task An_officer_asking_for_a_team_sees_their_own_worklist_and_others_cannot_open_it()
    {
        var overdue = await CaseReceivedDaysAgo(50, "Ownership");

        var page = await _officer.GetPage("/worklist?scope=team");
        page.Text("h1").Should().Be("Your worklist");
        RowFor(page, "overdue", overdue.Reference).Should().NotBeNull();

        using var chair = await _factory.HtmlClientFor(Personas.PanelChair);
        (await chair.Get("/worklist")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        using var family = await _factory.HtmlClientFor(Personas.Family);
        (await family.Get("/worklist")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task On_a_narrow_screen_each_cell_of_the_worklist_and_the_caseload_is_labelled_with_its_columns_heading()
    {
        await CaseReceivedDaysAgo(50, "Narrow");

        foreach (var (address, table) in new[] { ("/worklist", "table.app-worklist"), ("/cases", "table.app-caseload") })
        {
            var page = await _officer.GetPage(address);

            var tables = page.QuerySelectorAll(table);
            tables.Should().NotBeEmpty();
            foreach (var each in tables)
            {
                each.ClassList.Should().Contain("app-responsive-table", "a table of three or more columns stacks its rows below tablet width");
                var headings = each.QuerySelectorAll("thead th").Select(ShownText).ToList();
                foreach (var row in each.QuerySelectorAll("tbody tr"))
                {
                    row.Children.Select(c => c.GetAttribute("data-label")).Should().Equal(headings, $"each cell on {address} names its column");
                }
            }
        }
    }

    /// <summary>A heading's words as they are shown, without those only a screen reader hears.</summary>
    private static string ShownText(AngleSharp.Dom.IElement heading)
    {
        var shown = (AngleSharp.Dom.IElement)heading.Clone();
        foreach (var hidden in shown.QuerySelectorAll(".govuk-visually-hidden").ToList())
        {
            hidden.Remove();
        }

        return string.Join(' ', shown.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    private static string Display(DateOnly date) => date.ToString("d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-GB"));
}
