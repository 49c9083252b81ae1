using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PanelCaseManager.Infrastructure.DemoData;
using PanelCaseManager.Testing.Builders;
using PanelCaseManager.Web.Tests.Pages;

namespace PanelCaseManager.Web.Tests.Security;

/// <summary>
/// Each leak issue 13 found, tried again by API and by page: an officer of another team, a member who declared a
/// conflict of interest and a panel member reading the live case get "not found" — never the data, and never an
/// answer that differs from the one for an id that does not exist.
/// </summary>
public class LeakRegressionTests
{
    private PanelWebApplicationFactory _factory = null!;
    private IntrusionScenario _north = null!;

    [OneTimeSetUp]
    public async Task SetUp()
    {
        _factory = new PanelWebApplicationFactory(IntrusionScenario.Settings(new Dictionary<string, string?> { ["DemoData:Cases"] = "5" }));
        _north = await IntrusionScenario.CreateAsync(_factory);
    }

    [OneTimeTearDown]
    public async Task TearDown() => await _factory.DisposeAsync();

    private static async Task<string> BodyOf(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        foreach (var secret in IntrusionScenario.Secrets)
        {
            body.Should().NotContain(secret);
        }

        return body;
    }

    /// <summary>The status and problem title for a real id and for a made-up one, which must be the same.</summary>
    private static async Task<HttpStatusCode> SameAsUnknown(HttpClient client, string real, string unknown)
    {
        using var known = await client.GetAsync(real);
        using var made = await client.GetAsync(unknown);
        known.StatusCode.Should().Be(made.StatusCode, real);
        var knownBody = await BodyOf(known);
        var madeBody = await made.Content.ReadAsStringAsync();
        if (known.Content.Headers.ContentType?.MediaType == "application/problem+json")
        {
            JsonDocument.Parse(knownBody).RootElement.GetProperty("title").GetString()
                .Should().Be(JsonDocument.Parse(madeBody).RootElement.GetProperty("title").GetString(), real);
        }

        return known.StatusCode;
    }

    [Test]
    public async Task Another_teams_officers_worklist_is_refused_as_for_an_officer_who_does_not_exist()
    {
        using var south = await _factory.ClientFor(Personas.SecondSendOfficer);

        var status = await SameAsUnknown(south, $"/api/v1/worklist?officer={Personas.SendOfficer.Id}", "/api/v1/worklist?officer=nobody-at-all");

        status.Should().Be(HttpStatusCode.Forbidden);
        using var own = await south.GetAsync("/api/v1/worklist");
        own.StatusCode.Should().Be(HttpStatusCode.OK);
        await BodyOf(own);
    }

    [Test]
    public async Task The_worklist_page_of_another_team_shows_none_of_the_norths_children()
    {
        using var south = await _factory.HtmlClientFor(Personas.SecondSendOfficer);

        var page = await south.GetPage("/worklist?scope=team");

        page.Body!.TextContent.Should().NotContain(IntrusionScenario.FamilyName).And.NotContain(_north.Reference);
    }

    [Test]
    public async Task A_meeting_read_by_another_team_shows_the_norths_case_by_its_reference_only()
    {
        using var south = await _factory.ClientFor(Personas.SecondSendOfficer);

        using var response = await south.GetAsync($"/api/v1/panels/{_north.PanelId}");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var body = await BodyOf(response);
        body.Should().NotContain("Supports a specialist place.").And.NotContain(_north.CaseId.ToString()).And.NotContain(_north.DecisionId.ToString())
            .And.NotContain("I manage the child's social worker.");
        var meeting = JsonDocument.Parse(body).RootElement;
        meeting.GetProperty("agenda").GetArrayLength().Should().Be(0);
        var withheld = meeting.GetProperty("withheld").EnumerateArray().Should().ContainSingle().Subject;
        withheld.GetProperty("reference").GetString().Should().Be(_north.Reference);
        withheld.GetProperty("because").GetString().Should().Be("NotYourCase");
    }

    [Test]
    public async Task The_meeting_page_of_another_team_shows_the_reference_without_a_link_or_the_views()
    {
        using var south = await _factory.HtmlClientFor(Personas.SecondSendOfficer);

        var page = await south.GetPage($"/panels/{_north.PanelId}");

        page.Text("table.app-agenda tr.app-withheld").Should().Contain(_north.Reference).And.Contain("Another team's case");
        page.QuerySelectorAll($"a[href*='{_north.CaseId}']").Should().BeEmpty();
        page.Body!.TextContent.Should().NotContain("Supports a specialist place.").And.NotContain(IntrusionScenario.FamilyName);
        (await south.GetPage($"/panels/{_north.PanelId}/cases/{_north.CaseId}", HttpStatusCode.NotFound)).Body!.TextContent.Should().NotContain(IntrusionScenario.FamilyName);
    }

    [Test]
    public async Task Another_teams_child_in_a_new_request_is_not_found_as_an_unknown_child_and_nothing_is_created()
    {
        using var south = await _factory.ClientFor(Personas.SecondSendOfficer);
        object Request(Guid childId) => (A.PlacementRequest() with { Child = null, ChildId = childId, AssignedOfficerId = Personas.SecondSendOfficer.Id });
        var before = (await south.GetFromJsonAsync<JsonElement>("/api/v1/placement-requests")).GetProperty("totalCount").GetInt32();

        using var known = await south.PostAsJsonAsync("/api/v1/placement-requests", Request(_north.ChildId));
        using var unknown = await south.PostAsJsonAsync("/api/v1/placement-requests", Request(Guid.NewGuid()));

        var refusal = await known.ShouldBeProblem(HttpStatusCode.NotFound);
        (await unknown.ShouldBeProblem(HttpStatusCode.NotFound)).GetProperty("title").GetString().Should().Be(refusal.GetProperty("title").GetString());
        await BodyOf(known);
        (await south.GetFromJsonAsync<JsonElement>("/api/v1/placement-requests")).GetProperty("totalCount").GetInt32().Should().Be(before);
    }

    [Test]
    public async Task A_case_cannot_be_assigned_to_another_teams_officer_and_the_answer_is_as_for_nobody()
    {
        using var south = await _factory.ClientFor(Personas.SecondSendOfficer);

        using var otherTeam = await south.PostAsJsonAsync("/api/v1/placement-requests", A.PlacementRequest() with { AssignedOfficerId = Personas.SendOfficer.Id });
        using var nobody = await south.PostAsJsonAsync("/api/v1/placement-requests", A.PlacementRequest() with { AssignedOfficerId = "nobody-at-all" });

        var refusal = await otherTeam.ShouldBeValidationProblemNaming("assignedOfficerId");
        (await nobody.ShouldBeValidationProblemNaming("assignedOfficerId")).GetProperty("errors").GetProperty("assignedOfficerId").ToString()
            .Should().Be(refusal.GetProperty("errors").GetProperty("assignedOfficerId").ToString());
    }

    [Test]
    public async Task The_new_request_journey_offers_only_the_officers_own_team_to_hold_the_case()
    {
        using var south = await _factory.HtmlClientFor(Personas.SecondSendOfficer);
        await south.SubmitAndFollow(await south.GetPage("/cases/new"));
        var draftId = south.Location!.AbsolutePath.Split('/')[3];

        var step = await south.GetPage($"/cases/new/{draftId}/officer");

        step.QuerySelectorAll("input[name='assignedOfficerId']").Select(i => i.GetAttribute("value")).Should().Equal(Personas.SecondSendOfficer.Id);
    }

    [Test]
    public async Task Another_officers_unfinished_request_is_not_found()
    {
        using var south = await _factory.HtmlClientFor(Personas.SecondSendOfficer);

        (await SameAsUnknown(south.Http, $"/cases/new/{_north.DraftId}/child", $"/cases/new/{Guid.NewGuid()}/child")).Should().Be(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task Decision_letter_and_case_pages_of_another_team_are_not_found()
    {
        using var south = await _factory.HtmlClientFor(Personas.SecondSendOfficer);

        foreach (var path in new[] { $"/cases/{_north.CaseId}", $"/cases/{_north.CaseId}/decision", $"/cases/{_north.CaseId}/letters", $"/cases/{_north.CaseId}/family-contact" })
        {
            var page = await south.GetPage(path, HttpStatusCode.NotFound);
            page.Text("h1").Should().Be("Page not found");
            page.Body!.TextContent.Should().NotContain(IntrusionScenario.FamilyName).And.NotContain(IntrusionScenario.ContactStreet);
        }
    }

    [Test]
    public async Task A_member_who_declared_a_conflict_gets_the_decision_the_pack_the_history_and_the_letter_as_unknown_ids()
    {
        using var member = await _factory.ClientFor(IntrusionScenario.ConflictedMember);
        var unknown = Guid.NewGuid();

        foreach (var (real, madeUp) in new[]
        {
            ($"/api/v1/decisions/{_north.DecisionId}", $"/api/v1/decisions/{unknown}"),
            ($"/api/v1/decisions/{_north.DecisionId}/panel-pack", $"/api/v1/decisions/{unknown}/panel-pack"),
            ($"/api/v1/decisions/{_north.DecisionId}/history", $"/api/v1/decisions/{unknown}/history"),
            ($"/api/v1/decisions/{_north.DecisionId}/history?format=pdf", $"/api/v1/decisions/{unknown}/history?format=pdf"),
            ($"/api/v1/letters/{_north.LetterId}", $"/api/v1/letters/{unknown}"),
            ($"/api/v1/letters/{_north.LetterId}/pdf", $"/api/v1/letters/{unknown}/pdf"),
            ($"/api/v1/panels/{_north.PanelId}/cases/{_north.CaseId}/pack", $"/api/v1/panels/{_north.PanelId}/cases/{unknown}/pack"),
        })
        {
            (await SameAsUnknown(member, real, madeUp)).Should().Be(HttpStatusCode.NotFound, real);
        }

        var meeting = await member.GetFromJsonAsync<JsonElement>($"/api/v1/panels/{_north.PanelId}");
        meeting.GetProperty("agenda").GetArrayLength().Should().Be(0);
        meeting.GetRawText().Should().NotContain(_north.CaseId.ToString()).And.NotContain(_north.DecisionId.ToString()).And.NotContain("Supports a specialist place.");
    }

    [Test]
    public async Task A_member_who_declared_a_conflict_sees_only_the_reference_on_the_meeting_page_and_no_papers_or_decision_page()
    {
        using var member = await _factory.HtmlClientFor(IntrusionScenario.ConflictedMember);

        var meeting = await member.GetPage($"/panels/{_north.PanelId}");

        meeting.Text("tr.app-withheld").Should().Contain(_north.Reference).And.Contain("You declared a conflict of interest");
        meeting.QuerySelectorAll($"a[href*='{_north.CaseId}']").Should().BeEmpty();
        meeting.Body!.TextContent.Should().NotContain("Supports a specialist place.");
        await member.GetPage($"/panels/{_north.PanelId}/cases/{_north.CaseId}", HttpStatusCode.NotFound);
        await member.GetPage($"/panels/{_north.PanelId}/cases/{_north.CaseId}/decision", HttpStatusCode.NotFound);
    }

    [Test]
    public async Task A_panel_member_reads_the_frozen_papers_but_never_the_live_case_or_the_familys_contact()
    {
        using var member = await _factory.ClientFor(Personas.PanelHealth);
        var unknown = Guid.NewGuid();

        foreach (var path in new[] { "", "/family-contact", "/evidence", "/sector-match", "/milestones", "/history", "/letters" })
        {
            (await SameAsUnknown(member, $"/api/v1/placement-requests/{_north.CaseId}{path}", $"/api/v1/placement-requests/{unknown}{path}"))
                .Should().Be(HttpStatusCode.NotFound, path);
        }

        var papers = await member.GetFromJsonAsync<JsonElement>($"/api/v1/panels/{_north.PanelId}/cases/{_north.CaseId}/pack");
        papers.GetProperty("frozen").GetBoolean().Should().BeTrue();
        papers.GetRawText().Should().NotContain(IntrusionScenario.ContactStreet, "the family's address is not in the papers");
        (await member.GetFromJsonAsync<JsonElement>("/api/v1/placement-requests")).GetProperty("totalCount").GetInt32().Should().Be(0);
    }

    [Test]
    public async Task A_panel_member_gets_page_not_found_for_the_live_case_but_reads_the_papers_and_the_decision_form_from_them()
    {
        using var member = await _factory.HtmlClientFor(Personas.PanelHealth);

        (await member.GetPage($"/cases/{_north.CaseId}", HttpStatusCode.NotFound)).Body!.TextContent.Should().NotContain(IntrusionScenario.FamilyName);
        var papers = await member.GetPage($"/panels/{_north.PanelId}/cases/{_north.CaseId}");
        papers.Text(".app-pack-case").Should().Contain(IntrusionScenario.FamilyName);
        var decision = await member.GetPage($"/panels/{_north.PanelId}/cases/{_north.CaseId}/decision");
        decision.QuerySelectorAll(".app-sector-match .app-sector-all li").Should().NotBeEmpty("the sector match comes from the frozen papers");
        var home = await member.GetPage("/");
        home.QuerySelectorAll("a[href='/cases']").Should().BeEmpty("panel members hold no caseload");
    }

    [Test]
    public async Task Another_family_gets_the_norths_request_and_letter_as_unknown_ids()
    {
        using var family = await _factory.ClientFor(Personas.Family);
        using var browser = await _factory.HtmlClientFor(Personas.Family);
        var unknown = Guid.NewGuid();

        (await SameAsUnknown(family, $"/api/v1/family/cases/{_north.CaseId}/letters", $"/api/v1/family/cases/{unknown}/letters")).Should().Be(HttpStatusCode.NotFound);
        (await SameAsUnknown(family, $"/api/v1/family/letters/{_north.LetterId}/pdf", $"/api/v1/family/letters/{unknown}/pdf")).Should().Be(HttpStatusCode.NotFound);
        (await SameAsUnknown(browser.Http, $"/your-requests/{_north.CaseId}", $"/your-requests/{unknown}")).Should().Be(HttpStatusCode.NotFound);
        (await SameAsUnknown(browser.Http, $"/your-letters/{_north.LetterId}", $"/your-letters/{unknown}")).Should().Be(HttpStatusCode.NotFound);
        (await SameAsUnknown(browser.Http, $"/your-letters/{_north.LetterId}/pdf", $"/your-letters/{unknown}/pdf")).Should().Be(HttpStatusCode.NotFound);
    }
}
