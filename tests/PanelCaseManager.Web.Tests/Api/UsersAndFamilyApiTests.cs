using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PanelCaseManager.Infrastructure.DemoData;
using PanelCaseManager.Testing.Builders;

namespace PanelCaseManager.Web.Tests.Api;

public class UsersAndFamilyApiTests
{
    private PanelWebApplicationFactory _factory = null!;
    private HttpClient _admin = null!;
    private HttpClient _officer = null!;

    [OneTimeSetUp]
    public async Task SetUp()
    {
        _factory = new PanelWebApplicationFactory();
        _admin = await _factory.ClientFor(Personas.Administrator);
        _officer = await _factory.ClientFor(Personas.SendOfficer);
    }

    [OneTimeTearDown]
    public async Task TearDown()
    {
        _admin.Dispose();
        _officer.Dispose();
        await _factory.DisposeAsync();
    }

    private async Task<(Guid Id, string Reference)> NewCase(string givenName)
    {
        var response = await _officer.PostAsJsonAsync("/api/v1/placement-requests", A.PlacementRequest() with { Child = A.Child() with { GivenName = givenName } });
        var json = await response.Content.ReadFromJsonAsync<JsonElement>();
        return (json.GetProperty("id").GetGuid(), json.GetProperty("reference").GetString()!);
    }

    private async Task<JsonElement> NewFamilyUser(string id)
    {
        var response = await _admin.PostAsJsonAsync("/api/v1/users", new { id, displayName = "Rhian Evans", email = $"{id}@example.com", role = "Family" });
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    [Test]
    public async Task A_family_member_linked_by_an_administrator_follows_their_childs_request_in_plain_english()
    {
        var (caseId, reference) = await NewCase("Gethin");
        var user = await NewFamilyUser("family-evans");
        var linked = await _admin.PostAsJsonAsync("/api/v1/users/family-evans/child-links", new { caseReference = reference, relationship = "Mother", expectedVersion = user.GetProperty("version").GetInt32() });
        linked.StatusCode.Should().Be(HttpStatusCode.OK, await linked.Content.ReadAsStringAsync());

        using var family = await _factory.ClientFor(new Persona("family-evans", "Rhian Evans", "", Domain.Users.Role.Family, null, null));
        var mine = await family.GetFromJsonAsync<JsonElement>("/api/v1/family/cases");
        mine.EnumerateArray().Should().ContainSingle().Which.GetProperty("reference").GetString().Should().Be(reference);

        var view = await family.GetFromJsonAsync<JsonElement>($"/api/v1/family/cases/{caseId}");
        view.GetProperty("whereItIs").GetString().Should().Contain("We have the request for Gethin");
        view.GetProperty("officer").GetProperty("name").GetString().Should().Be("Amira Khan");
        view.GetProperty("yourPreferences")[0].GetProperty("choice").GetString().Should().Be("Brookside Special School");
    }

    [Test]
    public async Task A_family_member_cannot_see_another_familys_request_by_its_id()
    {
        var (otherCase, _) = await NewCase("Bethan");
        await NewFamilyUser("family-stranger");
        using var stranger = await _factory.ClientFor(new Persona("family-stranger", "Stranger", "", Domain.Users.Role.Family, null, null));

        var response = await stranger.GetAsync($"/api/v1/family/cases/{otherCase}");

        var json = await response.ShouldBeProblem(HttpStatusCode.NotFound);
        json.ToString().Should().NotContain("Bethan");
        (await stranger.GetFromJsonAsync<JsonElement>("/api/v1/family/cases")).GetArrayLength().Should().Be(0);
        await (await stranger.GetAsync($"/api/v1/placement-requests/{otherCase}")).ShouldBeProblem(HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task Adding_a_user_twice_or_without_a_team_is_refused_naming_the_field()
    {
        await NewFamilyUser("family-twice");

        await (await _admin.PostAsJsonAsync("/api/v1/users", new { id = "family-twice", displayName = "X", email = "x@example.com", role = "Family" })).ShouldBeValidationProblemNaming("id");
        await (await _admin.PostAsJsonAsync("/api/v1/users", new { id = "officer-2", displayName = "X", email = "x@example.com", role = "SendOfficer" })).ShouldBeValidationProblemNaming("team");
        await (await _admin.PostAsJsonAsync("/api/v1/users", new { id = "officer-3", displayName = "X", email = "not-an-email", role = "Auditor" })).ShouldBeValidationProblemNaming("email");
    }

    [Test]
    public async Task Linking_to_an_unknown_case_is_refused_naming_the_reference()
    {
        var user = await NewFamilyUser("family-unknown-case");

        var response = await _admin.PostAsJsonAsync("/api/v1/users/family-unknown-case/child-links", new { caseReference = "PR-2026-999999", relationship = "Father", expectedVersion = user.GetProperty("version").GetInt32() });

        await response.ShouldBeValidationProblemNaming("caseReference");
    }

    [Test]
    public async Task A_closed_account_is_refused_everything()
    {
        var created = await _admin.PostAsJsonAsync("/api/v1/users", new { id = "auditor-2", displayName = "Temporary Auditor", email = "temp@example.gov.uk", role = "Auditor" });
        var version = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetInt32();
        using var auditor = await _factory.ClientFor(new Persona("auditor-2", "Temporary Auditor", "", Domain.Users.Role.Auditor, null, null));
        (await auditor.GetAsync("/api/v1/placement-requests")).StatusCode.Should().Be(HttpStatusCode.OK);

        var closed = await _admin.PutAsJsonAsync("/api/v1/users/auditor-2", new { displayName = "Temporary Auditor", email = "temp@example.gov.uk", role = "Auditor", isActive = false, expectedVersion = version });
        closed.StatusCode.Should().Be(HttpStatusCode.OK, await closed.Content.ReadAsStringAsync());

        // Closing the account ended its sessions (docs/adr/0135): the token is no longer accepted at all.
        await (await auditor.GetAsync("/api/v1/placement-requests")).ShouldBeProblem(HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task An_administrator_cannot_remove_their_own_rights()
    {
        var me = (await _admin.GetFromJsonAsync<JsonElement>("/api/v1/users?role=Administrator"))[0];

        var response = await _admin.PutAsJsonAsync("/api/v1/users/administrator", new { displayName = "Rachel Green", email = "rachel.green@example.gov.uk", role = "Auditor", isActive = true, expectedVersion = me.GetProperty("version").GetInt32() });

        await response.ShouldBeProblem(HttpStatusCode.Conflict);
    }
}
