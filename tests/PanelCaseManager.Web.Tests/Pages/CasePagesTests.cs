using System.Net;
using System.Net.Http.Json;
using PanelCaseManager.Infrastructure.DemoData;
using PanelCaseManager.Testing.Builders;

namespace PanelCaseManager.Web.Tests.Pages;

public class CasePagesTests
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

    private async Task<CreatedCase> CreateCase(string familyName = "Llewelyn-Jones")
    {
        using var api = await _factory.ClientFor(Personas.SendOfficer);
        var command = A.PlacementRequest() with { Child = A.Child() with { FamilyName = familyName } };
        var response = await api.PostAsJsonAsync("/api/v1/placement-requests", command);
        response.StatusCode.Should().Be(HttpStatusCode.Created);
        return (await response.Content.ReadFromJsonAsync<CreatedCase>())!;
    }

    [Test]
    public async Task The_caseload_finds_a_case_by_its_reference_and_links_to_it()
    {
        var created = await CreateCase();

        var page = await _officer.GetPage($"/cases?text={created.Reference}");

        var rows = page.QuerySelectorAll("table.app-caseload tbody tr");
        rows.Should().ContainSingle();
        rows[0].QuerySelector("a")!.GetAttribute("href").Should().Be($"/cases/{created.Id}");
        rows[0].TextContent.Should().Contain("Ffion Llewelyn-Jones").And.Contain("Request received");
        page.QuerySelectorAll(".moj-filter-tags a").Select(a => a.TextContent.Trim()).Should().Contain(t => t.Contains(created.Reference));
    }

    [Test]
    public async Task The_caseload_sorts_by_a_column_and_says_so_to_screen_readers()
    {
        await CreateCase("Aardvark");
        await CreateCase("Zebedee");

        var page = await _officer.GetPage("/cases?sort=child-name");

        var header = page.QuerySelectorAll("th").Single(th => th.TextContent.Trim() == "Child");
        header.GetAttribute("aria-sort").Should().Be("ascending");
        var names = page.QuerySelectorAll("table.app-caseload tbody tr td:nth-child(2)").Select(td => td.TextContent).ToList();
        names.First().Should().EndWith("Aardvark");
        names.Should().ContainInOrder(names.OrderBy(n => n.Split(' ')[^1], StringComparer.Ordinal));
    }

    [TestCase("/cases?text=%25")]
    [TestCase("/cases?text=_")]
    [TestCase("/cases?page=2147483647")]
    [TestCase("/cases?text=F&page=99999")]
    public async Task A_search_for_a_wildcard_or_a_page_past_the_end_shows_no_cases_not_all_of_them(string path)
    {
        await CreateCase();

        var page = await _officer.GetPage(path);

        page.QuerySelectorAll("table.app-caseload tbody tr").Should().BeEmpty();
    }

    [Test]
    public async Task A_thousand_character_search_is_explained_in_the_page()
    {
        var page = await _officer.GetPage($"/cases?text={new string('a', 1_000)}");

        page.ErrorSummary().Select(e => e.Message).Should().Contain(m => m.Contains("200 characters or fewer"));
    }

    [Test]
    public async Task A_filter_the_service_does_not_know_is_explained_in_the_page_not_refused()
    {
        var page = await _officer.GetPage("/cases?stage=Lost&page=0");

        page.ErrorSummary().Select(e => e.Message).Should().Contain(m => m.Contains("Unknown stage")).And.Contain(m => m.Contains("numbered from 1"));
        page.QuerySelector("table.app-caseload").Should().BeNull();
    }

    [Test]
    public async Task The_case_pages_show_the_child_and_case_in_an_identity_bar_with_sub_navigation()
    {
        var created = await CreateCase();

        foreach (var (path, current) in new[] { ("", "Overview"), ("/needs-and-preferences", "Needs and preferences"), ("/history", "History") })
        {
            var page = await _officer.GetPage($"/cases/{created.Id}{path}");
            page.Text(".moj-identity-bar").Should().Contain("Ffion Llewelyn-Jones").And.Contain(created.Reference);
            page.QuerySelector(".moj-sub-navigation a[aria-current=page]")!.TextContent.Trim().Should().Be(current);
        }

        var preferences = await _officer.GetPage($"/cases/{created.Id}/needs-and-preferences");
        preferences.Text("main").Should().Contain("Autistic spectrum disorder (ASD)").And.Contain("Brookside Special School").And.Contain("Small classes, close to home.");
    }

    [Test]
    public async Task The_overview_lists_the_steps_to_a_letter_as_a_task_list_linking_to_the_tabs_that_can_be_worked_on()
    {
        var created = await CreateCase();

        var overview = await _officer.GetPage($"/cases/{created.Id}");

        overview.Text("main").Should().Contain("0 of 6 steps done.");
        var items = overview.QuerySelectorAll("ul.app-case-progress li.govuk-task-list__item");
        items.Select(i => i.QuerySelector(".govuk-task-list__name-and-hint > :first-child")!.TextContent.Trim()).Should().Equal(
            "Gather the evidence", "Ask each agency for advice", "Record the family's views and the child's voice", "Put the case before the panel", "The panel's decision", "Issue the decision letter");
        items[0].QuerySelector("a.govuk-task-list__link")!.GetAttribute("href").Should().Be($"/cases/{created.Id}/evidence");
        items[0].QuerySelector(".govuk-task-list__status")!.TextContent.Trim().Should().Be("Not yet started");
        items[3].QuerySelector("a").Should().BeNull("a case not ready for panel cannot go before one yet");
        items[3].QuerySelector(".govuk-task-list__status--cannot-start-yet")!.TextContent.Trim().Should().Be("Cannot start yet");
    }

    [Test]
    public async Task Moving_a_case_confirms_it_in_a_banner_and_records_it_in_the_history()
    {
        var created = await CreateCase();
        var overview = await _officer.GetPage($"/cases/{created.Id}");
        overview.QuerySelector($"a[href='/cases/{created.Id}/start-evidence']").Should().NotBeNull();

        var confirm = await _officer.GetPage($"/cases/{created.Id}/start-evidence");
        var after = await _officer.SubmitAndFollow(confirm);

        _officer.Location!.AbsolutePath.Should().Be($"/cases/{created.Id}");
        after.Text(".govuk-notification-banner--success").Should().Contain($"{created.Reference} is now 'Gathering evidence'");
        var history = await _officer.GetPage($"/cases/{created.Id}/history");
        history.QuerySelectorAll(".moj-timeline__item .moj-timeline__title").Select(t => t.TextContent).Should().Equal("Gathering evidence", "Request logged");
        history.Text(".moj-timeline__byline").Should().Be("by Amira Khan");

        var reload = await _officer.GetPage($"/cases/{created.Id}");
        reload.QuerySelector(".govuk-notification-banner--success").Should().BeNull("the banner is shown once");
    }

    [Test]
    public async Task A_move_that_needs_a_reason_shows_the_error_in_the_page_linked_to_the_field()
    {
        var created = await CreateCase();
        var confirm = await _officer.GetPage($"/cases/{created.Id}/withdraw");

        var again = await _officer.SubmitAndFollow(confirm, new Dictionary<string, string?> { ["reason"] = "  " });

        again.ShouldShowErrorFor("reason", "Say why, to withdraw the case");
        var details = await _officer.GetPage($"/cases/{created.Id}");
        details.Text(".moj-identity-bar").Should().Contain("Request received", "nothing changed");
    }

    [Test]
    public async Task Pressing_the_button_twice_moves_the_case_once_and_explains_the_second()
    {
        var created = await CreateCase();
        var confirm = await _officer.GetPage($"/cases/{created.Id}/withdraw");
        var values = new Dictionary<string, string?> { ["reason"] = "The family moved away." };

        var first = await _officer.Submit(confirm, values);
        var second = await _officer.Submit(confirm, values);

        first.StatusCode.Should().Be(HttpStatusCode.Redirect);
        second.StatusCode.Should().Be(HttpStatusCode.OK);
        var page = await HtmlClient.ParseAsync(second);
        page.ErrorSummary().Should().ContainSingle().Which.Message.Should().Contain("Someone else changed this case").And.Contain("your change was already made");
        page.QuerySelector("#reason")!.TextContent.Should().Be("The family moved away.", "the input is kept");
        var history = await _officer.GetPage($"/cases/{created.Id}/history");
        history.QuerySelectorAll(".moj-timeline__item").Should().HaveCount(2, "one move and the request");
    }

    [Test]
    public async Task A_move_the_stage_does_not_allow_is_explained_without_a_form()
    {
        var created = await CreateCase();

        var page = await _officer.GetPage($"/cases/{created.Id}/reconsider");

        page.Text("main").Should().Contain("This case is 'Request received', so you cannot reconsider it now.");
        page.QuerySelector("main form").Should().BeNull();
    }

    [Test]
    public async Task An_auditor_reads_a_case_but_is_not_offered_its_moves()
    {
        var created = await CreateCase();
        using var auditor = await _factory.HtmlClientFor(Personas.Auditor);

        var overview = await auditor.GetPage($"/cases/{created.Id}");

        overview.QuerySelectorAll(".app-case-actions a").Should().BeEmpty();
        (await auditor.GetPage($"/cases/{created.Id}/start-evidence", HttpStatusCode.NotFound)).Text("h1").Should().Be("Page not found");
    }

    private sealed record CreatedCase(Guid Id, string Reference, int Version);
}
