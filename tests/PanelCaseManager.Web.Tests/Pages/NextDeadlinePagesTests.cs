using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PanelCaseManager.Infrastructure.DemoData;
using PanelCaseManager.Testing;
using PanelCaseManager.Testing.Builders;

namespace PanelCaseManager.Web.Tests.Pages;

/// <summary>
/// Issue 19: the next deadline on the case's header and overview, the caseload's column, sort and filter (page and
/// API), the worklist a row per child with filters, and the home page's counts — each only of what the reader may open.
/// </summary>
public class NextDeadlinePagesTests
{
    private PanelWebApplicationFactory _factory = null!;
    private HtmlClient _officer = null!;
    private (Guid Id, string Reference) _overdue;
    private (Guid Id, string Reference) _south;

    [OneTimeSetUp]
    public async Task SetUp()
    {
        _factory = new PanelWebApplicationFactory(new Dictionary<string, string?> { ["Jobs:ServerEnabled"] = "false" });
        _officer = await _factory.HtmlClientFor(Personas.SendOfficer);
        _overdue = await CaseReceivedDaysAgo(Personas.SendOfficer, 50, "Lateby");
        await CaseReceivedDaysAgo(Personas.SendOfficer, 35, "Soonby");
        _south = await CaseReceivedDaysAgo(Personas.SecondSendOfficer, 60, "Southby");
    }

    [OneTimeTearDown]
    public async Task TearDown()
    {
        _officer.Dispose();
        await _factory.DisposeAsync();
    }

    /// <summary>A case received this many days ago: its decision whether to assess falls due 42 days after (reg 5(1)).</summary>
    private async Task<(Guid Id, string Reference)> CaseReceivedDaysAgo(Persona officer, int days, string familyName)
    {
        using var api = await _factory.ClientFor(officer);
        var command = A.PlacementRequest() with
        {
            ReceivedDate = TestClock.Today.AddDays(-days),
            AssignedOfficerId = officer.Id,
            Child = A.Child() with { FamilyName = familyName },
        };
        var response = await api.PostAsJsonAsync("/api/v1/placement-requests", command);
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var created = await response.Content.ReadFromJsonAsync<JsonElement>();
        return (created.GetProperty("id").GetGuid(), created.GetProperty("reference").GetString()!);
    }

    [Test]
    public async Task The_case_header_and_overview_say_the_next_deadline_and_how_late_it_is()
    {
        var page = await _officer.GetPage($"/cases/{_overdue.Id}");

        page.Text(".moj-identity-bar .app-next-deadline").Should().Contain("Next deadline: Decision whether to assess").And.Contain("Overdue by 8 days");
        page.Text(".app-overview-deadline").Should().Contain("Decision whether to assess").And.Contain("Overdue by 8 days").And.Contain("was due 8 days ago");
        page.QuerySelector(".app-overview-deadline a")!.GetAttribute("href").Should().Be($"/cases/{_overdue.Id}/deadlines");

        var evidence = await _officer.GetPage($"/cases/{_overdue.Id}/evidence");
        evidence.Text(".moj-identity-bar .app-next-deadline").Should().Contain("Overdue by 8 days", "the header is on every tab of the case");

        (await _officer.Get($"/cases/{_south.Id}")).StatusCode.Should().Be(HttpStatusCode.NotFound, "another team's case is not found, deadline and all");
    }

    [Test]
    public async Task The_caseload_page_shows_the_next_deadline_column_sorts_and_filters_by_it()
    {
        var page = await _officer.GetPage("/cases?deadline=overdue&sort=next-deadline");

        var headings = page.QuerySelectorAll("table.app-caseload thead th").Select(th => th.TextContent.Trim()).ToList();
        headings.Should().Contain(h => h.StartsWith("Next deadline", StringComparison.Ordinal));
        page.QuerySelector("table.app-caseload th[aria-sort=ascending]")!.TextContent.Should().Contain("Next deadline");
        var rows = page.QuerySelectorAll("table.app-caseload tbody tr");
        rows.Should().ContainSingle(r => r.TextContent.Contains(_overdue.Reference, StringComparison.Ordinal));
        rows.Should().OnlyContain(r => r.Text(".app-next-deadline").Contains("Overdue by", StringComparison.Ordinal));
        page.Text("main").Should().NotContain(_south.Reference);
        page.Text(".moj-filter__selected").Should().Contain("Overdue");
    }

    [TestCase("/cases?deadline=late", "deadline")]
    [TestCase("/cases?sort=deadline", "sort")]
    public async Task A_bad_deadline_filter_or_sort_on_the_page_is_shown_in_the_error_summary(string address, string field)
    {
        var page = await _officer.GetPage(address);

        page.ErrorSummary().Should().Contain(e => e.Href == $"#{field}");
    }

    [TestCase("deadline=late", "deadline")]
    [TestCase("deadline=OVERDUE", "deadline")]
    [TestCase("sort=soonest", "sort")]
    public async Task A_bad_deadline_filter_or_sort_on_the_api_is_400_naming_it(string query, string field)
    {
        using var api = await _factory.ClientFor(Personas.SendOfficer);

        await (await api.GetAsync($"/api/v1/placement-requests?{query}")).ShouldBeValidationProblemNaming(field);
    }

    [Test]
    public async Task The_api_lists_each_cases_next_deadline_and_filters_only_the_readers_cases()
    {
        using var north = await _factory.ClientFor(Personas.SendOfficer);
        using var south = await _factory.ClientFor(Personas.SecondSendOfficer);

        var mine = await (await north.GetAsync("/api/v1/placement-requests?deadline=overdue&sort=next-deadline")).Content.ReadFromJsonAsync<JsonElement>();
        var theirs = await (await south.GetAsync("/api/v1/placement-requests?deadline=overdue")).Content.ReadFromJsonAsync<JsonElement>();

        var item = mine.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("id").GetGuid() == _overdue.Id);
        item.GetProperty("nextDeadline").GetProperty("dueDate").GetString().Should().Be(TestClock.Today.AddDays(-8).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        item.GetProperty("nextDeadline").GetProperty("status").GetString().Should().Be("overdue");
        mine.GetProperty("items").EnumerateArray().Should().NotContain(i => i.GetProperty("id").GetGuid() == _south.Id);
        theirs.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).Should().Equal(_south.Id);
    }

    [Test]
    public async Task The_officers_home_counts_what_waits_each_count_the_size_of_the_list_it_opens()
    {
        var home = await _officer.GetPage("/");

        var overdue = home.QuerySelector("[data-count=my-overdue] a")!;
        var count = int.Parse(overdue.Text("strong").Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
        count.Should().BeGreaterThan(0);
        var list = await _officer.GetPage(overdue.GetAttribute("href")!);
        list.QuerySelectorAll("table.app-caseload tbody tr").Should().HaveCount(count);
        home.QuerySelector("[data-count=my-due-soon]").Should().NotBeNull();
        home.QuerySelector("[data-count=my-letters] a")!.GetAttribute("href").Should().Be("/cases?officer=me&stage=Decided");
        home.QuerySelector("[data-count=team-overdue]").Should().BeNull("an officer has no team's counts");
    }

    [Test]
    public async Task Another_teams_officer_and_the_team_manager_count_only_their_own_cases()
    {
        using var south = await _factory.HtmlClientFor(Personas.SecondSendOfficer);
        using var manager = await _factory.HtmlClientFor(Personas.TeamManager);

        var southHome = await south.GetPage("/");
        var managerHome = await manager.GetPage("/");

        southHome.Text("[data-count=my-overdue] strong").Should().Be("1 case", "only Southby's case is theirs");
        var teamOverdue = managerHome.QuerySelector("[data-count=team-overdue] a")!;
        var teamCount = int.Parse(teamOverdue.Text("strong").Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
        var teamList = await manager.GetPage(teamOverdue.GetAttribute("href")!);
        teamList.QuerySelectorAll("table.app-caseload tbody tr").Should().HaveCount(teamCount);
        teamList.Text("main").Should().NotContain(_south.Reference);
    }

    [Test]
    public async Task The_auditor_and_administrator_see_their_own_counts_and_the_chair_none_of_these()
    {
        using var auditor = await _factory.HtmlClientFor(Personas.Auditor);
        using var administrator = await _factory.HtmlClientFor(Personas.Administrator);
        using var member = await _factory.HtmlClientFor(Personas.PanelHealth);

        (await auditor.GetPage("/")).QuerySelector("[data-count=recent-decisions] a")!.GetAttribute("href").Should().StartWith("/audit?from.Day=");
        (await administrator.GetPage("/")).QuerySelector("[data-count=family-not-linked] a")!.GetAttribute("href").Should().Be("/admin/users?role=Family");
        (await member.GetPage("/")).QuerySelector(".app-waiting").Should().BeNull();
    }

    [Test]
    public async Task The_worklist_is_a_row_per_child_filtered_by_status_and_kind()
    {
        var all = await _officer.GetPage("/worklist");
        var overdue = await _officer.GetPage("/worklist?status=overdue");
        var otherKind = await _officer.GetPage("/worklist?kind=MediationCertificate");
        var finalPlans = await _officer.GetPage("/worklist?kind=FinalPlan");

        all.QuerySelectorAll("table.app-worklist tbody tr").Select(r => r.Text("td:first-child strong")).Should().OnlyHaveUniqueItems("a child has one row");
        overdue.QuerySelectorAll("table.app-worklist tbody tr").Should().OnlyContain(r => r.GetAttribute("data-group") == "overdue");
        overdue.Text("main").Should().Contain(_overdue.Reference).And.NotContain("Soonby");
        otherKind.Text("main").Should().NotContain(_overdue.Reference, "no mediation is running on it");
        finalPlans.QuerySelectorAll(".app-worklist-deadlines li").Should().OnlyContain(li => li.TextContent.Contains("final", StringComparison.OrdinalIgnoreCase));
    }

    [TestCase("/worklist?status=late", "status")]
    [TestCase("/worklist?kind=1", "kind")]
    [TestCase("/worklist?kind=Nonsense", "kind")]
    public async Task A_bad_worklist_filter_is_shown_in_the_error_summary(string address, string field)
    {
        var page = await _officer.GetPage(address);

        page.ErrorSummary().Should().Contain(e => e.Href == $"#{field}");
    }

    [TestCase("status=late", "status")]
    [TestCase("kind=2", "kind")]
    public async Task A_bad_worklist_filter_on_the_api_is_400_naming_it(string query, string field)
    {
        using var api = await _factory.ClientFor(Personas.SendOfficer);

        await (await api.GetAsync($"/api/v1/worklist?{query}")).ShouldBeValidationProblemNaming(field);
    }

    [Test]
    public async Task Another_teams_officer_cannot_filter_the_worklist_to_an_officer_they_may_not_see()
    {
        using var api = await _factory.ClientFor(Personas.SecondSendOfficer);

        var response = await api.GetAsync($"/api/v1/worklist?officer={Personas.SendOfficer.Id}&status=overdue");

        response.StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }
}
