using System.Net;
using System.Net.Http.Json;
using PanelCaseManager.Infrastructure.DemoData;
using PanelCaseManager.Testing.Builders;

namespace PanelCaseManager.Web.Tests.Pages;

public class AdministratorUserPagesTests
{
    private PanelWebApplicationFactory _factory = null!;
    private HtmlClient _admin = null!;

    [OneTimeSetUp]
    public async Task SetUp()
    {
        _factory = new PanelWebApplicationFactory();
        _admin = await _factory.HtmlClientFor(Personas.Administrator);
    }

    [OneTimeTearDown]
    public async Task TearDown()
    {
        _admin.Dispose();
        await _factory.DisposeAsync();
    }

    private static Dictionary<string, string?> NewOfficer(string id) => new()
    {
        ["id"] = id, ["displayName"] = "Priya Shah", ["email"] = "priya.shah@example.gov.uk", ["role"] = "SendOfficer", ["team"] = "North",
    };

    [Test]
    public async Task The_users_list_filters_by_role_and_links_to_each_user()
    {
        var page = await _admin.GetPage("/admin/users?role=Auditor");

        var rows = page.QuerySelectorAll("table.app-users tbody tr");
        rows.Should().NotBeEmpty().And.OnlyContain(r => r.TextContent.Contains("Auditor"));
        rows[0].QuerySelector("a")!.GetAttribute("href").Should().StartWith("/admin/users/");
    }

    [Test]
    public async Task The_panel_members_view_lists_chairs_and_members_with_the_agency_each_represents()
    {
        var users = await _admin.GetPage("/admin/users");
        var link = users.QuerySelectorAll("main a").Single(a => a.TextContent.Contains("See the panel members and chairs"));

        var page = await _admin.GetPage(link.GetAttribute("href")!);

        page.Text("table.app-users caption").Should().EndWith("panel members and chairs");
        page.Text("table.app-users thead").Should().Contain("Agency");
        var rows = page.QuerySelectorAll("table.app-users tbody tr");
        rows.Should().NotBeEmpty().And.OnlyContain(r => r.TextContent.Contains("Panel member") || r.TextContent.Contains("Panel chair"));
        rows.Single(r => r.TextContent.Contains(Personas.PanelHealth.DisplayName)).TextContent.Should().Contain("Health");
        rows.Single(r => r.TextContent.Contains(Personas.PanelChair.DisplayName)).TextContent.Should().Contain("Panel chair");
    }

    [Test]
    public async Task A_panel_member_is_added_with_their_agency_and_shows_among_the_panel_members()
    {
        var form = await _admin.GetPage("/admin/users/new");
        var values = new Dictionary<string, string?>
        {
            ["id"] = "new-panel-member", ["displayName"] = "Olu Bankole", ["email"] = "olu.bankole@example.nhs.uk", ["role"] = "PanelMember",
        };

        var refused = await _admin.SubmitAndFollow(form, values);
        refused.ShouldShowErrorFor("agency", "Panel members and chairs represent an agency");

        values["agency"] = "SocialCare";
        await _admin.SubmitAndFollow(refused, values);

        var panel = await _admin.GetPage("/admin/users?role=panel");
        panel.QuerySelectorAll("table.app-users tbody tr").Single(r => r.TextContent.Contains("Olu Bankole")).TextContent.Should().Contain("Social care");
    }

    [Test]
    public async Task Adding_a_user_with_mistakes_shows_each_beside_its_field_then_adds_them_when_fixed()
    {
        var form = await _admin.GetPage("/admin/users/new");

        var refused = await _admin.SubmitAndFollow(form, new Dictionary<string, string?> { ["id"] = "new-officer-1", ["email"] = "not an email", ["role"] = "SendOfficer" });

        refused.ShouldShowErrorFor("displayName", "Enter the user's name");
        refused.ShouldShowErrorFor("email", "Enter an email address like name@example.gov.uk");
        refused.ShouldShowErrorFor("team", "SEND officers and team managers belong to a team");

        var added = await _admin.SubmitAndFollow(refused, NewOfficer("new-officer-1"));

        _admin.Location!.AbsolutePath.Should().Be("/admin/users/new-officer-1");
        added.Text(".govuk-notification-banner--success").Should().Contain("Priya Shah can now sign in as SEND officer");
    }

    [Test]
    public async Task Adding_a_user_whose_id_is_taken_names_the_id()
    {
        await _admin.SubmitAndFollow(await _admin.GetPage("/admin/users/new"), NewOfficer("new-officer-2"));

        var again = await _admin.SubmitAndFollow(await _admin.GetPage("/admin/users/new"), NewOfficer("new-officer-2"));

        again.ShouldShowErrorFor("id", "There is already a user with this id");
    }

    [Test]
    public async Task Closing_an_account_and_changing_a_role_are_saved_and_a_stale_form_changes_nothing()
    {
        await _admin.SubmitAndFollow(await _admin.GetPage("/admin/users/new"), NewOfficer("new-officer-3"));
        var page = await _admin.GetPage("/admin/users/new-officer-3");

        var closed = await _admin.SubmitAndFollow(page, new Dictionary<string, string?> { ["account"] = "closed", ["role"] = "TeamManager" }, formSelector: "main form.app-change-form");

        closed.Text(".govuk-notification-banner--success").Should().Contain("Priya Shah's account is closed");
        closed.Text(".govuk-caption-l").Should().Be("SEND team manager, account closed");

        var stale = await _admin.SubmitAndFollow(page, new Dictionary<string, string?> { ["displayName"] = "Someone Else" }, formSelector: "main form.app-change-form");
        stale.ErrorSummary().Should().ContainSingle().Which.Message.Should().Contain("Someone else changed");
        (await _admin.GetPage("/admin/users/new-officer-3")).Text("h1").Should().Be("Priya Shah");
    }

    [Test]
    public async Task Linking_a_family_member_to_a_case_names_a_bad_reference_then_shows_the_link()
    {
        using var api = await _factory.ClientFor(Personas.SendOfficer);
        var created = await (await api.PostAsJsonAsync("/api/v1/placement-requests", A.PlacementRequest())).Content.ReadFromJsonAsync<CreatedCase>();
        var page = await _admin.GetPage($"/admin/users/{Personas.Family.Id}");

        var refused = await _admin.SubmitAndFollow(page, new Dictionary<string, string?> { ["caseReference"] = "PR-1", ["relationship"] = "" }, formSelector: "main form.app-link-form");
        refused.ShouldShowErrorFor("caseReference", "A case reference looks like PR-2026-000123");
        refused.ShouldShowErrorFor("relationship", "Say how they are related to the child");

        var linked = await _admin.SubmitAndFollow(refused, new Dictionary<string, string?> { ["caseReference"] = created!.Reference, ["relationship"] = "Mother" }, formSelector: "main form.app-link-form");

        linked.Text(".govuk-notification-banner--success").Should().Contain($"can now follow {created.Reference}");
        linked.Text(".app-linked-cases").Should().Contain($"{created.Reference} (Mother)");
    }

    [Test]
    public async Task An_unknown_user_is_page_not_found_and_only_administrators_open_the_user_pages()
    {
        (await _admin.GetPage("/admin/users/nobody-at-all", HttpStatusCode.NotFound)).Text("h1").Should().Be("Page not found");
        using var officer = await _factory.HtmlClientFor(Personas.SendOfficer);
        foreach (var path in new[] { "/admin/users", "/admin/users/new", $"/admin/users/{Personas.Family.Id}" })
        {
            (await officer.GetPage(path, HttpStatusCode.Forbidden)).Text("h1").Should().Be("You do not have access to this page");
        }
    }

    private sealed record CreatedCase(Guid Id, string Reference);
}
