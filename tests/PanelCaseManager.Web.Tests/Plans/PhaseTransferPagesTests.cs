using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using PanelCaseManager.Infrastructure.DemoData;
using PanelCaseManager.Testing;
using PanelCaseManager.Testing.Builders;
using PanelCaseManager.Web.Tests.Pages;

namespace PanelCaseManager.Web.Tests.Plans;

/// <summary>
/// The rest of issue 21's phase transfers over HTTP (docs/adr/0265–0267): the manager's picture (API, CSV, page with
/// charts), the cohort's filters and their bad values, the family's own transfer page feeding the request's
/// preferences, and the SENCO's transfers; each refused as another team's, another family's, another setting's or a
/// panel member's would be. Today is Friday 20 November 2026: the cohort moves in September 2027.
/// </summary>
public class PhaseTransferPagesTests
{
    private const string Header = "upn,given_name,family_name,date_of_birth,year_group,setting_urn,plan_date,last_review_date,officer_email";
    private const int September = 2027;

    private PanelWebApplicationFactory _factory = null!;
    private HttpClient _manager = null!;
    private HttpClient _officer = null!;
    private Guid _ffionsCase;

    [OneTimeSetUp]
    public async Task SetUp()
    {
        _factory = new PanelWebApplicationFactory();
        _manager = await _factory.ClientFor(Personas.TeamManager);
        _officer = await _factory.ClientFor(Personas.SendOfficer);

        // Ffion Llewelyn-Jones (A.Child: born 14 March 2016, Year 6 in 2026/27): a phase transfer request, linked to the
        // family persona; then the register's plan at Brookside (URN 117660) joins her record by name and date of birth.
        var request = await _officer.PostAsJsonAsync("/api/v1/placement-requests", A.PlacementRequest() with { Type = Domain.PlacementRequests.RequestType.PhaseTransfer });
        request.StatusCode.Should().Be(HttpStatusCode.Created, await request.Content.ReadAsStringAsync());
        var created = (await request.Content.ReadFromJsonAsync<JsonElement>());
        _ffionsCase = created.GetProperty("id").GetGuid();
        using var admin = await _factory.ClientFor(Personas.Administrator);
        var users = await admin.GetFromJsonAsync<JsonElement>("/api/v1/users?role=Family");
        var family = users.EnumerateArray().Single(u => u.GetProperty("id").GetString() == Personas.Family.Id);
        var linked = await admin.PostAsJsonAsync($"/api/v1/users/{Uri.EscapeDataString(Personas.Family.Id)}/child-links",
            new { caseReference = created.GetProperty("reference").GetString(), relationship = "Mother", expectedVersion = family.GetProperty("version").GetInt32() });
        linked.StatusCode.Should().Be(HttpStatusCode.OK, await linked.Content.ReadAsStringAsync());

        // Rhys (Year 2, infant to junior) at Larkspur (117701), North; Priya (Year 11, to post-16) at Brookside, South's.
        var imported = await admin.PostAsync("/api/v1/plans/import", new StringContent(string.Join("\n",
            Header,
            ",Ffion,Llewelyn-Jones,2016-03-14,Year 6,117660,2022-03-15,,amira.khan@example.gov.uk",
            ",Rhys,Morgan,2019-12-25,Year 2,117701,2024-02-29,,amira.khan@example.gov.uk",
            ",Priya,Shah,2010-09-01,Year 11,117660,2019-06-01,,tom.fletcher@example.gov.uk") + "\n", Encoding.UTF8, "text/csv"));
        imported.StatusCode.Should().Be(HttpStatusCode.OK, await imported.Content.ReadAsStringAsync());
    }

    [OneTimeTearDown]
    public async Task TearDown()
    {
        _manager.Dispose();
        _officer.Dispose();
        await _factory.DisposeAsync();
    }

    [Test]
    public async Task The_manager_sees_the_picture_per_phase_and_in_total_as_json_csv_and_a_page_with_charts()
    {
        var picture = await _manager.GetFromJsonAsync<JsonElement>($"/api/v1/phase-transfers/{September}/picture");
        var csv = await _manager.GetAsync($"/api/v1/phase-transfers/{September}/picture.csv");
        using var pages = await _factory.HtmlClientFor(Personas.TeamManager);
        var page = await pages.GetPage($"/plans/phase-transfers/picture?september={September}");
        var pageCsv = await pages.Http.GetAsync($"/plans/phase-transfers/picture?handler=csv&september={September}");

        // North holds Ffion (into secondary) and Rhys (within primary); 87 days to 15 February 2027: both on track.
        picture.GetProperty("team").GetString().Should().Be("North");
        var total = picture.GetProperty("total");
        (total.GetProperty("children").GetInt32(), total.GetProperty("onTrack").GetInt32(), total.GetProperty("atRisk").GetInt32(), total.GetProperty("late").GetInt32()).Should().Be((2, 2, 0, 0));
        picture.GetProperty("phases").EnumerateArray().Select(p => (p.GetProperty("phase").GetString(), p.GetProperty("children").GetInt32()))
            .Should().Equal(("IntoSchool", 0), ("WithinPrimary", 1), ("IntoSecondary", 1), ("IntoPost16", 0));
        picture.GetProperty("exceptionsCanApply").GetBoolean().Should().BeFalse();

        csv.StatusCode.Should().Be(HttpStatusCode.OK);
        csv.Content.Headers.ContentType!.MediaType.Should().Be("text/csv");
        var lines = (await csv.Content.ReadAsStringAsync()).TrimEnd().Split('\n');
        lines.Should().HaveCount(6, "a header, four phases and the total");
        lines[^1].Should().StartWith("2027,\"North\",\"Every phase\",,2,2,0,0,0,0,0.0,2,0,0.0");

        page.QuerySelector("svg#chart-standing[role=img]").Should().NotBeNull();
        page.QuerySelector("svg#chart-issued[role=img]").Should().NotBeNull();
        page.QuerySelectorAll("table.app-transfer-standing tbody tr").Should().HaveCount(5);
        page.Text("table.app-transfer-standing tr[data-phase=Total]").Should().Contain("Every phase");
        page.Text(".app-transfer-picture-notes").Should().Contain("Regulation 18 has no exception");
        pageCsv.Content.Headers.ContentType!.MediaType.Should().Be("text/csv");
    }

    [Test]
    public async Task Another_team_is_not_found_and_those_outside_the_teams_are_refused_the_picture()
    {
        using var chair = await _factory.ClientFor(Personas.PanelChair);
        using var member = await _factory.ClientFor(Personas.PanelEducation);
        using var family = await _factory.ClientFor(Personas.Family);
        using var sendco = await _factory.ClientFor(Personas.SettingSendco);
        using var managerPages = await _factory.HtmlClientFor(Personas.TeamManager);

        await (await _manager.GetAsync($"/api/v1/phase-transfers/{September}/picture?team=South")).ShouldBeProblem(HttpStatusCode.NotFound);
        await (await _manager.GetAsync($"/api/v1/phase-transfers/{September}/picture.csv?team=South")).ShouldBeProblem(HttpStatusCode.NotFound);
        await (await _manager.GetAsync($"/api/v1/phase-transfers/{September}/picture?team=Nowhere")).ShouldBeProblem(HttpStatusCode.NotFound);
        var south = await managerPages.GetPage($"/plans/phase-transfers/picture?september={September}&team=South", HttpStatusCode.NotFound);
        south.Body!.TextContent.Should().NotContain("Priya");
        await (await _manager.GetAsync("/api/v1/phase-transfers/1900/picture")).ShouldBeValidationProblemNaming("september");
        foreach (var outsider in new[] { chair, member, family, sendco })
        {
            await (await outsider.GetAsync($"/api/v1/phase-transfers/{September}/picture")).ShouldBeProblem(HttpStatusCode.Forbidden);
        }

        // South's officer sees South's Priya only.
        using var southOfficer = await _factory.ClientFor(Personas.SecondSendOfficer);
        var theirs = await southOfficer.GetFromJsonAsync<JsonElement>($"/api/v1/phase-transfers/{September}/picture");
        theirs.GetProperty("total").GetProperty("children").GetInt32().Should().Be(1);
    }

    [Test]
    public async Task The_cohort_filters_by_team_phase_sector_and_setting_and_names_each_bad_value()
    {
        var north = await _officer.GetFromJsonAsync<JsonElement>($"/api/v1/phase-transfers/{September}?team=North&phase=WithinPrimary");
        north.GetProperty("children").EnumerateArray().Select(c => c.GetProperty("childName").GetString()).Should().Equal("Rhys Morgan");

        await (await _officer.GetAsync($"/api/v1/phase-transfers/{September}?phase=Sideways")).ShouldBeValidationProblemNaming("phase");
        await (await _officer.GetAsync($"/api/v1/phase-transfers/{September}?settingId=brookside")).ShouldBeValidationProblemNaming("settingId");
        await (await _officer.GetAsync($"/api/v1/phase-transfers/{September}?standing=Maybe")).ShouldBeValidationProblemNaming("standing");
        await (await _officer.GetAsync($"/api/v1/phase-transfers/{September}?sector={new string('x', 61)}")).ShouldBeValidationProblemNaming("sector");
        await (await _officer.GetAsync($"/api/v1/phase-transfers/{September}?team=South")).ShouldBeProblem(HttpStatusCode.NotFound);

        using var pages = await _factory.HtmlClientFor(Personas.SendOfficer);
        var page = await pages.GetPage($"/plans/phase-transfers?september={September}&team=North&phase=IntoSecondary");
        page.QuerySelectorAll("table.app-cohort tbody tr").Select(r => r.QuerySelector("td")!.TextContent.Trim()).Should().OnlyContain(t => t.StartsWith("Ffion", StringComparison.Ordinal));
        page.QuerySelector("select[name=team] option[value=North]").Should().NotBeNull();
        await pages.GetPage($"/plans/phase-transfers?september={September}&team=South", HttpStatusCode.NotFound);
    }

    [Test]
    public async Task The_family_sees_their_childs_move_and_their_choice_reaches_the_cohort_as_a_preference()
    {
        using var family = await _factory.HtmlClientFor(Personas.Family);

        var page = await family.GetPage("/your-transfers");

        var transfer = page.QuerySelectorAll(".app-family-transfer").Should().ContainSingle().Subject;
        transfer.TextContent.Should().Contain("Ffion moves up to secondary school in September 2027").And.Contain("15 February 2027");
        transfer.TextContent.Should().NotContain("Llewelyn", "a family page names the child by their first name");
        page.Body!.TextContent.Should().NotContain("Rhys").And.NotContain("Priya");
        var ask = transfer.QuerySelector("a.app-give-preferences")!.GetAttribute("href");
        ask.Should().Be($"/your-requests/{_ffionsCase}/ask-for-a-place");

        var form = await family.GetPage(ask!);
        var saved = await family.Submit(form, new Dictionary<string, string?> { ["kind"] = "NamedSetting", ["settingName"] = "Meadow High School", ["reasons"] = "Her friends go there and it is near our home." });
        saved.StatusCode.Should().Be(HttpStatusCode.Redirect);

        // A.PlacementRequest carries two preferences; the family's is the third, and the cohort reads it.
        var cohort = await _officer.GetFromJsonAsync<JsonElement>($"/api/v1/phase-transfers/{September}?phase=IntoSecondary");
        cohort.GetProperty("children").EnumerateArray().Single(c => c.GetProperty("childName").GetString() == "Ffion Llewelyn-Jones")
            .GetProperty("preferencesGiven").GetInt32().Should().Be(3);
        (await family.GetPage("/your-transfers")).Text(".app-family-transfer").Should().Contain("You have told us about 3 schools.");

        var score = Readability.Measure(PageText.Units((await family.GetPage("/your-transfers")).QuerySelector("main")!), ProperNames.With([], ["Ffion"]));
        TestContext.Out.WriteLine($"/your-transfers: {score}");
        score.Grade.Should().BeLessThanOrEqualTo(6.0, $"the family's page should be plain English: {score}");
    }

    [Test]
    public async Task Only_families_reach_the_family_page_and_a_family_without_a_moving_child_sees_none()
    {
        using var officerPages = await _factory.HtmlClientFor(Personas.SendOfficer);
        using var sendcoPages = await _factory.HtmlClientFor(Personas.SettingSendco);
        using var memberPages = await _factory.HtmlClientFor(Personas.PanelEducation);

        foreach (var notFamily in new[] { officerPages, sendcoPages, memberPages })
        {
            var response = await notFamily.Http.GetAsync("/your-transfers");
            response.StatusCode.Should().BeOneOf(HttpStatusCode.Forbidden, HttpStatusCode.NotFound);
            (await response.Content.ReadAsStringAsync()).Should().NotContain("Ffion");
        }

        // Another family: an account linked to no child of the cohort sees no one's move.
        await using var scope = _factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Application.Persistence.PanelDbContext>();
        var other = new Persona("family-other", "Sam Other", "sam.other@example.com", Domain.Users.Role.Family, null, null);
        db.Users.Add(other.ToAccount());
        await db.SaveChangesAsync();
        using var otherFamily = await _factory.HtmlClientFor(other);
        var page = await otherFamily.GetPage("/your-transfers");
        page.QuerySelector(".app-no-transfer").Should().NotBeNull();
        page.Body!.TextContent.Should().NotContain("Ffion");
        await otherFamily.GetPage($"/your-requests/{_ffionsCase}/ask-for-a-place", HttpStatusCode.NotFound);
    }

    [Test]
    public async Task The_sendco_sees_their_settings_children_who_move_and_no_other_settings()
    {
        using var sendco = await _factory.HtmlClientFor(Personas.SettingSendco);
        using var professional = await _factory.HtmlClientFor(Personas.PartnerHealth);
        using var member = await _factory.HtmlClientFor(Personas.PanelEducation);

        var page = await sendco.GetPage("/partner/transfers");
        var theirs = await professional.GetPage("/partner/transfers");

        // Brookside's: Ffion (North) and Priya (South), whichever team holds the plan; Larkspur's Rhys is not listed.
        page.QuerySelectorAll("table[data-list=leaving] tbody tr").Select(r => r.QuerySelector("td")!.TextContent.Trim())
            .Should().BeEquivalentTo("Ffion Llewelyn-Jones", "Priya Shah");
        page.Body!.TextContent.Should().NotContain("Rhys");
        page.Text("#coming").Should().Contain("(0)");
        theirs.QuerySelector(".app-no-setting").Should().NotBeNull();
        theirs.Body!.TextContent.Should().NotContain("Ffion").And.NotContain("Priya");
        (await member.Http.GetAsync("/partner/transfers")).StatusCode.Should().BeOneOf(HttpStatusCode.Forbidden, HttpStatusCode.NotFound);
        using var api = await _factory.ClientFor(Personas.SettingSendco);
        await (await api.GetAsync($"/api/v1/phase-transfers/{September}")).ShouldBeProblem(HttpStatusCode.Forbidden);
    }
}
