using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PanelCaseManager.Infrastructure.DemoData;
using PanelCaseManager.Testing.Builders;

namespace PanelCaseManager.Web.Tests.Api;

public class FamilyContactApiTests
{
    private PanelWebApplicationFactory _factory = null!;
    private HttpClient _officer = null!;

    [OneTimeSetUp]
    public async Task SetUp()
    {
        _factory = new PanelWebApplicationFactory();
        _officer = await _factory.ClientFor(Personas.SendOfficer);
    }

    [OneTimeTearDown]
    public async Task TearDown()
    {
        _officer.Dispose();
        await _factory.DisposeAsync();
    }

    private async Task<Guid> Case()
    {
        var response = await _officer.PostAsJsonAsync("/api/v1/placement-requests", A.PlacementRequest());
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    private static object Contact(int? expectedVersion = null, string postcode = "SG1 2AB") => new
    {
        expectedVersion,
        name = "Siân Llewellyn-Jones",
        role = "ParentOrCarer",
        addressLines = new[] { "12 Church Lane", "Stevenage" },
        postcode,
        email = "sian@example.com",
    };

    [Test]
    public async Task An_officer_records_the_family_contact_then_changes_it_against_its_version()
    {
        var id = await Case();

        var recorded = await _officer.PutAsJsonAsync($"/api/v1/placement-requests/{id}/family-contact", Contact());
        recorded.StatusCode.Should().Be(HttpStatusCode.OK, await recorded.Content.ReadAsStringAsync());
        var read = await _officer.GetFromJsonAsync<JsonElement>($"/api/v1/placement-requests/{id}/family-contact");
        read.GetProperty("name").GetString().Should().Be("Siân Llewellyn-Jones");
        read.GetProperty("role").GetString().Should().Be("ParentOrCarer");
        read.GetProperty("postalAddress").EnumerateArray().Select(l => l.GetString()).Should().Equal("Siân Llewellyn-Jones", "12 Church Lane", "Stevenage", "SG1 2AB");

        var stale = await _officer.PutAsJsonAsync($"/api/v1/placement-requests/{id}/family-contact", Contact(expectedVersion: 3));
        await stale.ShouldBeProblem(HttpStatusCode.Conflict);
        var changed = await _officer.PutAsJsonAsync($"/api/v1/placement-requests/{id}/family-contact", Contact(expectedVersion: 0));
        (await changed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetInt32().Should().Be(1);
    }

    [Test]
    public async Task A_bad_postcode_is_a_400_naming_it_and_a_case_without_a_contact_is_404()
    {
        var id = await Case();

        var bad = await _officer.PutAsJsonAsync($"/api/v1/placement-requests/{id}/family-contact", Contact(postcode: "NOT A CODE"));
        await bad.ShouldBeValidationProblemNaming("postcode");
        var missing = await _officer.GetAsync($"/api/v1/placement-requests/{id}/family-contact");
        await missing.ShouldBeProblem(HttpStatusCode.NotFound);
    }
}
