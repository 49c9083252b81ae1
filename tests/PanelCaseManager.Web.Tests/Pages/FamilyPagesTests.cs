using System.Net;
using System.Net.Http.Json;
using PanelCaseManager.Domain.Letters;
using PanelCaseManager.Infrastructure.DemoData;
using PanelCaseManager.Testing.Builders;
using PanelCaseManager.Web.Ui;

namespace PanelCaseManager.Web.Tests.Pages;

public class FamilyPagesTests
{
    private PanelWebApplicationFactory _factory = null!;
    private HtmlClient _family = null!;

    [OneTimeSetUp]
    public async Task SetUp()
    {
        _factory = new PanelWebApplicationFactory(new Dictionary<string, string?>
        {
            ["Letters:Sendiass:Name"] = "Borsetshire SENDIASS",
            ["Letters:Sendiass:Telephone"] = "01234 567890",
            ["Letters:Sendiass:Email"] = "help@sendiass.example",
        });
        _family = await _factory.HtmlClientFor(Personas.Family);
    }

    [OneTimeTearDown]
    public async Task TearDown()
    {
        _family.Dispose();
        await _factory.DisposeAsync();
    }

    private async Task<CreatedCase> CreateCase(string givenName = "Leo", string familyName = "Bennett")
    {
        using var api = await _factory.ClientFor(Personas.SendOfficer);
        var command = A.PlacementRequest() with { Child = A.Child() with { GivenName = givenName, FamilyName = familyName } };
        var response = await api.PostAsJsonAsync("/api/v1/placement-requests", command);
        response.StatusCode.Should().Be(HttpStatusCode.Created);
        return (await response.Content.ReadFromJsonAsync<CreatedCase>())!;
    }

    /// <summary>A new case, with the family persona linked to its child by the administrator.</summary>
    private async Task<CreatedCase> CreateOwnCase(string givenName = "Leo")
    {
        var created = await CreateCase(givenName);
        using var admin = await _factory.ClientFor(Personas.Administrator);
        var users = await admin.GetFromJsonAsync<List<UserRow>>("/api/v1/users?role=Family");
        var family = users!.Single(u => u.Id == Personas.Family.Id);
        var linked = await admin.PostAsJsonAsync($"/api/v1/users/{Uri.EscapeDataString(family.Id)}/child-links", new { caseReference = created.Reference, relationship = "Mother", expectedVersion = family.Version });
        linked.StatusCode.Should().Be(HttpStatusCode.OK, await linked.Content.ReadAsStringAsync());
        return created;
    }

    [Test]
    public async Task The_family_sees_their_request_where_it_is_and_what_happens_next_by_when()
    {
        var own = await CreateOwnCase("Maisie");

        var list = await _family.GetPage("/your-requests");
        var entry = list.QuerySelectorAll(".app-family-request").Single(e => e.TextContent.Contains(own.Reference));
        entry.QuerySelector("a")!.GetAttribute("href").Should().Be($"/your-requests/{own.Id}");
        entry.TextContent.Should().Contain("Maisie's request").And.Contain("We have the request for Maisie");

        var page = await _family.GetPage($"/your-requests/{own.Id}");
        page.Text("h1").Should().Be("Maisie's request");
        var decisionBy = Display.Date(A.PlacementRequest().ReceivedDate!.Value.AddDays(42));
        page.Text("main").Should().Contain("We decide whether to carry out an EHC needs assessment, and tell you").And.Contain(decisionBy);
        page.Text("#your-letters").Should().Be("Your letters");
        page.Text("main").Should().Contain("will be shown here");
        page.QuerySelector($"a[href='/your-requests/{own.Id}/give-your-views']").Should().NotBeNull();

        var next = await _family.GetPage($"/your-requests/{own.Id}/what-happens-next");
        var row = next.QuerySelectorAll("table.app-family-deadlines tbody tr").First(r => r.TextContent.Contains("EHC needs assessment"));
        row.TextContent.Should().Contain("The law gives us 6 weeks from the request.").And.Contain(decisionBy);
    }

    [Test]
    public async Task Giving_views_without_saying_whose_or_what_matters_shows_both_errors_then_saves_them()
    {
        var own = await CreateOwnCase();
        var form = await _family.GetPage($"/your-requests/{own.Id}/give-your-views");

        var refused = await _family.SubmitAndFollow(form, new Dictionary<string, string?> { ["whatMatters"] = "  " });

        refused.ShouldShowErrorFor("voice", "Say whose views these are");
        refused.ShouldShowErrorFor("whatMatters", "Tell us what matters most");

        var saved = await _family.SubmitAndFollow(refused, new Dictionary<string, string?> { ["voice"] = "Child", ["whatMatters"] = "Being with my friends at lunch." });

        _family.Location!.AbsolutePath.Should().Be($"/your-requests/{own.Id}");
        saved.Text(".govuk-notification-banner--success").Should().Contain("Your views are saved");
        saved.Text("main").Should().Contain("Being with my friends at lunch.").And.Contain("Your child's own views");
    }

    [Test]
    public async Task Asking_for_a_named_setting_without_its_name_or_reasons_shows_the_errors_then_adds_it_after_the_others()
    {
        var own = await CreateOwnCase();
        var form = await _family.GetPage($"/your-requests/{own.Id}/ask-for-a-place");

        var refused = await _family.SubmitAndFollow(form, new Dictionary<string, string?> { ["kind"] = "NamedSetting" });

        refused.ShouldShowErrorFor("settingName", "Enter the name of the school or setting");
        refused.ShouldShowErrorFor("reasons", "Tell us why you are asking for it");

        var saved = await _family.SubmitAndFollow(refused, new Dictionary<string, string?>
        {
            ["kind"] = "NamedSetting", ["settingName"] = "Ambridge Primary School", ["reasons"] = "His sister goes there.",
        });

        saved.Text(".govuk-notification-banner--success").Should().Contain("Your request for a place is saved");
        saved.QuerySelectorAll("main ol.govuk-list--number li")[^1].TextContent.Should().Contain("Ambridge Primary School").And.Contain("His sister goes there.");
    }

    [Test]
    public async Task Asking_for_a_type_of_provision_without_choosing_one_names_the_field()
    {
        var own = await CreateOwnCase();
        var form = await _family.GetPage($"/your-requests/{own.Id}/ask-for-a-place");

        var refused = await _family.SubmitAndFollow(form, new Dictionary<string, string?> { ["kind"] = "TypeOfProvision", ["reasons"] = "Smaller classes." });

        refused.ShouldShowErrorFor("provisionKind", "Choose the type of provision");
    }

    [Test]
    public async Task Your_rights_shows_the_configured_contacts_and_the_appeal_periods()
    {
        var page = await _family.GetPage("/your-rights");

        page.Text("h1").Should().Be("Your rights and who can help");
        page.Text(".app-family-contact").Should().Contain("Borsetshire SENDIASS").And.Contain("01234 567890").And.Contain("help@sendiass.example");
        page.Text("main").Should().Contain("You must appeal within 2 months of the date of the notice, or within 1 month of the date on your mediation certificate if that is later.")
            .And.Contain("whether or not you decide to take part in mediation")
            .And.Contain("Your right to appeal starts with the notice, not with a panel's letter")
            .And.Contain("Mediation").And.Contain("Disagreement resolution");
        page.QuerySelectorAll(".app-appealable-decisions li").Select(li => li.TextContent).Should().Equal(AppealRights.All.Select(r => r.Decision),
            "the page lists every decision the notices carry a right of appeal for, from the same rules");
        page.Text(".app-appealable-decisions").Should().Contain("a decision not to carry out a new assessment (a re-assessment)")
            .And.Contain("a decision not to change the plan after a review").And.Contain("a decision to stop the EHC plan");
        page.Text(".app-placement-only").Should().Be(AppealRights.PlacementOnlyException);
        page.QuerySelectorAll(".app-family-contact").Should().HaveCount(4, "SENDIASS, disagreement resolution, mediation and the council are configured");
        page.QuerySelector("a[href^='https://www.gov.uk/']").Should().NotBeNull();
    }

    [Test]
    public async Task A_family_member_typing_another_childs_request_address_gets_page_not_found_and_none_of_its_data()
    {
        await CreateOwnCase();
        var other = await CreateCase("Osian", "Pryce");

        foreach (var path in new[] { "", "/what-happens-next", "/give-your-views", "/ask-for-a-place" })
        {
            var page = await _family.GetPage($"/your-requests/{other.Id}{path}", HttpStatusCode.NotFound);
            page.Text("h1").Should().Be("Page not found");
            page.Body!.TextContent.Should().NotContain("Osian").And.NotContain("Pryce").And.NotContain(other.Reference);
        }

        var list = await _family.GetPage("/your-requests");
        list.Body!.TextContent.Should().NotContain("Osian").And.NotContain(other.Reference);
    }

    [Test]
    public async Task A_family_member_posting_views_to_another_childs_request_changes_nothing()
    {
        var own = await CreateOwnCase();
        var other = await CreateCase("Osian", "Pryce");
        var form = await _family.GetPage($"/your-requests/{own.Id}/give-your-views");
        form.QuerySelector("main form")!.SetAttribute("action", $"/your-requests/{other.Id}/give-your-views");

        var response = await _family.Submit(form, new Dictionary<string, string?> { ["voice"] = "Family", ["whatMatters"] = "Not my child." });

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        using var officer = await _factory.ClientFor(Personas.SendOfficer);
        (await officer.GetStringAsync($"/api/v1/placement-requests/{other.Id}/evidence")).Should().NotContain("Not my child.");
    }

    [Test]
    public async Task Staff_cannot_open_the_family_pages()
    {
        using var officer = await _factory.HtmlClientFor(Personas.SendOfficer);

        var page = await officer.GetPage("/your-requests", HttpStatusCode.Forbidden);

        page.Text("h1").Should().Be("You do not have access to this page");
    }

    private sealed record CreatedCase(Guid Id, string Reference, int Version);

    private sealed record UserRow(string Id, int Version);
}
