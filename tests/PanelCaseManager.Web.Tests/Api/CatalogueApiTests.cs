using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using PanelCaseManager.Infrastructure.DemoData;
using PanelCaseManager.Testing.Builders;

namespace PanelCaseManager.Web.Tests.Api;

/// <summary>The catalogue over HTTP, on a host that loaded the default catalogue at start-up as the embedded default does.</summary>
public class CatalogueApiTests
{
    private const string CsvHeader = "urn,name,phase,lowest_age,highest_age,kind,sector,s41_approved,in_authority_area,postcode,latitude,longitude,commissioned_places,places_filled,annual_cost";

    private PanelWebApplicationFactory _factory = null!;
    private HttpClient _admin = null!;

    [OneTimeSetUp]
    public async Task SetUp()
    {
        _factory = new PanelWebApplicationFactory();
        _admin = await _factory.ClientFor(Personas.Administrator);
    }

    [OneTimeTearDown]
    public async Task TearDown()
    {
        _admin.Dispose();
        await _factory.DisposeAsync();
    }

    [Test]
    public async Task A_family_reads_the_published_sector_profiles_in_plain_words()
    {
        using var family = await _factory.ClientFor(Personas.Family);

        var profiles = await family.GetFromJsonAsync<JsonElement>("/api/v1/sector-profiles");
        var semh = profiles.EnumerateArray().Single(p => p.GetProperty("code").GetString() == "social-emotional-and-mental-health");
        var details = await family.GetFromJsonAsync<JsonElement>($"/api/v1/sector-profiles/{semh.GetProperty("id").GetGuid()}");

        profiles.GetArrayLength().Should().Be(16);
        semh.GetProperty("published").GetProperty("description").GetString().Should().NotBeNullOrWhiteSpace();
        semh.GetProperty("published").GetProperty("areas")[0].GetProperty("areaName").GetString().Should().NotBeNullOrWhiteSpace();
        details.GetProperty("versions").EnumerateArray().Should().ContainSingle().Which.GetProperty("status").GetString().Should().Be("Published");
        semh.GetProperty("published").GetProperty("servedNeeds").EnumerateArray().Select(n => n.GetProperty("description").GetString())
            .Should().Equal("Social, emotional and mental health");
    }

    [Test]
    public async Task Publishing_a_draft_that_names_no_primary_need_served_is_a_400_naming_servedNeeds()
    {
        var created = await _admin.PostAsJsonAsync("/api/v1/sector-profiles", Catalogue.SectorProfile("web-unserved", content: Catalogue.ProfileContent() with { ServedNeeds = [] }));
        created.StatusCode.Should().Be(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var draft = await created.Content.ReadFromJsonAsync<JsonElement>();

        var refused = await _admin.PostAsJsonAsync($"/api/v1/sector-profiles/{draft.GetProperty("id").GetGuid()}/versions/1/publish", new { expectedVersion = draft.GetProperty("version").GetInt32() });

        var problem = await refused.ShouldBeValidationProblemNaming("servedNeeds");
        problem.GetProperty("errors").GetProperty("servedNeeds")[0].GetString().Should().Be("Choose the primary needs (SEN2) the sector serves.");
        await (await _admin.PostAsJsonAsync("/api/v1/sector-profiles", Catalogue.SectorProfile("web-unknown-need", content: Catalogue.ProfileContent() with { ServedNeeds = ["XX"] })))
            .ShouldBeValidationProblemNaming("content.servedNeeds[0]");
    }

    [Test]
    public async Task A_child_with_a_physical_disability_is_not_matched_to_the_hearing_impairment_or_multi_sensory_schools()
    {
        using var officer = await _factory.ClientFor(Personas.SendOfficer);
        var request = A.PlacementRequest() with
        {
            PrimaryNeed = "PD",
            SecondaryNeed = null,
            NeedLevels = new Application.Features.PlacementRequests.SubmitPlacementRequest.NeedLevelsInput(0, 1, 0, 3),
            Preferences = [],
        };
        var submitted = await (await officer.PostAsJsonAsync("/api/v1/placement-requests", request)).Content.ReadFromJsonAsync<JsonElement>();

        var match = await officer.GetFromJsonAsync<JsonElement>($"/api/v1/placement-requests/{submitted.GetProperty("id").GetGuid()}/sector-match");

        var sectors = match.GetProperty("sectors").EnumerateArray().ToDictionary(s => s.GetProperty("code").GetString()!);
        sectors["hearing-impairment"].GetProperty("fit").GetString().Should().Be("DoesNotFit");
        sectors["hearing-impairment"].GetProperty("servesPrimaryNeed").GetBoolean().Should().BeFalse();
        sectors["hearing-impairment"].GetProperty("summary").GetString().Should().StartWith("Does not fit: it does not serve physical disability (PD), the child's primary need; it serves hearing impairment (HI).");
        sectors["non-maintained-sensory"].GetProperty("summary").GetString().Should().StartWith("Does not fit: it does not serve physical disability (PD)");
        sectors["physical-and-neurological-impairment"].GetProperty("fit").GetString().Should().Be("Fits");
        match.GetProperty("candidates").EnumerateArray().Select(c => c.GetProperty("sector").GetString()).Should().NotContain(["hearing-impairment", "non-maintained-sensory"]);
    }

    [Test]
    public async Task Families_cannot_read_the_settings_catalogue_and_officers_cannot_change_it()
    {
        using var family = await _factory.ClientFor(Personas.Family);
        using var officer = await _factory.ClientFor(Personas.SendOfficer);

        await (await family.GetAsync("/api/v1/settings")).ShouldBeProblem(HttpStatusCode.Forbidden);
        (await officer.GetAsync("/api/v1/settings?kind=SpecialSchool")).StatusCode.Should().Be(HttpStatusCode.OK);
        await (await officer.PostAsJsonAsync("/api/v1/settings", Catalogue.Setting("199001", "Officer's School", "send-unit"))).ShouldBeProblem(HttpStatusCode.Forbidden);
        await (await officer.PostAsJsonAsync("/api/v1/sector-profiles", Catalogue.SectorProfile("officers-sector"))).ShouldBeProblem(HttpStatusCode.Forbidden);
        await (await officer.PostAsync("/api/v1/settings/import", new StringContent($"{CsvHeader}\n", Encoding.UTF8, "text/csv"))).ShouldBeProblem(HttpStatusCode.Forbidden);
        await (await family.GetAsync("/api/v1/sector-profiles?includeUnpublished=true")).ShouldBeProblem(HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task Anonymous_calls_to_the_catalogue_are_refused_with_401()
    {
        using var anonymous = _factory.CreateClient();

        (await anonymous.GetAsync("/api/v1/sector-profiles")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await anonymous.GetAsync("/api/v1/settings/export")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task An_administrator_adds_reads_and_changes_a_setting()
    {
        var response = await _admin.PostAsJsonAsync("/api/v1/settings", Catalogue.Setting("199002", "Admin Added School", "send-unit"));
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var read = await _admin.GetFromJsonAsync<JsonElement>(response.Headers.Location);

        var body = JsonSerializer.SerializeToNode(Catalogue.Setting("199002", "Admin Added School", "send-unit") with { PlacesFilled = 140 }, JsonSerializerOptions.Web)!;
        body["expectedVersion"] = read.GetProperty("version").GetInt32();
        var changed = await _admin.PutAsJsonAsync(response.Headers.Location, body);
        var stale = await _admin.PutAsJsonAsync(response.Headers.Location, body);

        read.GetProperty("annualCost").GetDecimal().Should().Be(33500.50m);
        read.GetProperty("vacancies").GetInt32().Should().Be(9);
        changed.StatusCode.Should().Be(HttpStatusCode.OK);
        await stale.ShouldBeProblem(HttpStatusCode.Conflict);
    }

    [Test]
    public async Task Bad_setting_input_is_a_400_naming_the_field()
    {
        await (await _admin.PostAsJsonAsync("/api/v1/settings", Catalogue.Setting("117235", "Duplicate", "send-unit"))).ShouldBeValidationProblemNaming("urn");
        await (await _admin.PostAsJsonAsync("/api/v1/settings", Catalogue.Setting("199003", "Unknown Sector", "astrology"))).ShouldBeValidationProblemNaming("sector");
        await (await _admin.PostAsJsonAsync("/api/v1/settings", Catalogue.Setting("199004", "Overfull", "send-unit") with { PlacesFilled = 500 })).ShouldBeValidationProblemNaming("placesFilled");
        await (await _admin.PostAsJsonAsync("/api/v1/settings", Catalogue.Setting("199005", "Off the map", "send-unit") with { Latitude = 123 })).ShouldBeValidationProblemNaming("latitude");

        var body = JsonSerializer.SerializeToNode(Catalogue.Setting("199006", "Bad Kind", "send-unit"), JsonSerializerOptions.Web)!;
        body["kind"] = "Grammar";
        await (await _admin.PostAsJsonAsync("/api/v1/settings", body)).ShouldBeValidationProblemNaming("kind");
    }

    [Test]
    public async Task A_csv_with_a_bad_row_imports_nothing_and_the_400_names_the_row_and_column()
    {
        var csv = $"{CsvHeader}\n199010,Good Row School,Primary,4,11,Mainstream,mainstream,false,true,SG1 1AA,51.9,-0.2,210,200,7200\n"
                  + "199011,Bad Row School,Primary,4,11,Mainstream,mainstream,false,true,NOT A POSTCODE,51.9,-0.2,210,200,7200\n";

        var response = await _admin.PostAsync("/api/v1/settings/import", new StringContent(csv, Encoding.UTF8, "text/csv"));

        var problem = await response.ShouldBeValidationProblemNaming("rows[3].postcode");
        problem.GetProperty("errors").GetProperty("rows[3].postcode")[0].GetString().Should().StartWith("Row 3, postcode:");
        (await _admin.GetFromJsonAsync<JsonElement>("/api/v1/settings?text=199010")).GetProperty("totalCount").GetInt32().Should().Be(0);
    }

    [Test]
    public async Task A_csv_import_is_refused_when_it_is_not_sent_as_csv_or_has_wrong_headers()
    {
        var json = await _admin.PostAsJsonAsync("/api/v1/settings/import", new { file = "x" });
        var wrongHeader = await _admin.PostAsync("/api/v1/settings/import", new StringContent("school,places\nA,1\n", Encoding.UTF8, "text/csv"));

        await json.ShouldBeProblem(HttpStatusCode.UnsupportedMediaType);
        await wrongHeader.ShouldBeValidationProblemNaming("header");
    }

    [Test]
    public async Task The_export_is_a_csv_file_that_imports_back_unchanged()
    {
        using var chair = await _factory.ClientFor(Personas.PanelChair);

        var export = await chair.GetAsync("/api/v1/settings/export");
        var bytes = await export.Content.ReadAsByteArrayAsync();
        var reimport = await _admin.PostAsync("/api/v1/settings/import", new ByteArrayContent(bytes) { Headers = { ContentType = new("text/csv") } });

        export.StatusCode.Should().Be(HttpStatusCode.OK);
        export.Content.Headers.ContentType!.MediaType.Should().Be("text/csv");
        export.Content.Headers.ContentDisposition!.FileName.Should().Contain("settings-2026-11-20.csv");
        Encoding.UTF8.GetString(bytes).TrimStart('\uFEFF').Should().StartWith(CsvHeader);
        var result = await reimport.Content.ReadFromJsonAsync<JsonElement>();
        reimport.StatusCode.Should().Be(HttpStatusCode.OK);
        result.GetProperty("changed").GetInt32().Should().Be(0);
        result.GetProperty("added").GetInt32().Should().Be(0);
    }

    [Test]
    public async Task An_administrator_drafts_edits_and_publishes_a_profile_and_an_incomplete_one_is_refused()
    {
        var created = await _admin.PostAsJsonAsync("/api/v1/sector-profiles", Catalogue.SectorProfile("web-sector", content: Catalogue.ProfileContent() with { Areas = [] }));
        created.StatusCode.Should().Be(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var draft = await created.Content.ReadFromJsonAsync<JsonElement>();
        var id = draft.GetProperty("id").GetGuid();

        var incomplete = await _admin.PostAsJsonAsync($"/api/v1/sector-profiles/{id}/versions/1/publish", new { expectedVersion = draft.GetProperty("version").GetInt32() });
        await incomplete.ShouldBeValidationProblemNaming("areas");

        var edited = await _admin.PutAsJsonAsync($"/api/v1/sector-profiles/{id}/versions/1", new { expectedVersion = draft.GetProperty("version").GetInt32(), content = Catalogue.ProfileContent("Web sector") });
        edited.StatusCode.Should().Be(HttpStatusCode.OK, await edited.Content.ReadAsStringAsync());
        var afterEdit = (await edited.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("change").GetProperty("version").GetInt32();
        var published = await _admin.PostAsJsonAsync($"/api/v1/sector-profiles/{id}/versions/1/publish", new { expectedVersion = afterEdit });
        published.StatusCode.Should().Be(HttpStatusCode.OK, await published.Content.ReadAsStringAsync());

        var editPublished = await _admin.PutAsJsonAsync($"/api/v1/sector-profiles/{id}/versions/1", new
        {
            expectedVersion = (await published.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetInt32(),
            content = Catalogue.ProfileContent("Web sector, second edition"),
        });
        editPublished.StatusCode.Should().Be(HttpStatusCode.Created);
        (await editPublished.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("change").GetProperty("versionNumber").GetInt32().Should().Be(2);
    }

    [Test]
    public async Task Inverted_and_overlapping_ranges_are_a_400_naming_the_range()
    {
        var inverted = Catalogue.SectorProfile("inverted", content: Catalogue.ProfileContent() with { Areas = [new(Domain.Needs.BroadAreaOfNeed.CognitionAndLearning, 4, 2)] });
        var overlapping = Catalogue.SectorProfile("overlapping", content: Catalogue.ProfileContent() with
        {
            Areas = [new(Domain.Needs.BroadAreaOfNeed.CognitionAndLearning, 0, 2), new(Domain.Needs.BroadAreaOfNeed.CognitionAndLearning, 1, 3)],
        });

        await (await _admin.PostAsJsonAsync("/api/v1/sector-profiles", inverted)).ShouldBeValidationProblemNaming("content.areas[0].maximum");
        await (await _admin.PostAsJsonAsync("/api/v1/sector-profiles", overlapping)).ShouldBeValidationProblemNaming("content.areas[1]");
    }

    [Test]
    public async Task The_sector_match_of_a_case_is_explained_for_staff_and_refused_to_families()
    {
        using var officer = await _factory.ClientFor(Personas.SendOfficer);
        using var family = await _factory.ClientFor(Personas.Family);
        var submitted = await (await officer.PostAsJsonAsync("/api/v1/placement-requests", A.PlacementRequest())).Content.ReadFromJsonAsync<JsonElement>();
        var url = $"/api/v1/placement-requests/{submitted.GetProperty("id").GetGuid()}/sector-match";

        var match = await officer.GetFromJsonAsync<JsonElement>(url);

        var sectors = match.GetProperty("sectors").EnumerateArray().ToList();
        sectors.Should().NotBeEmpty();
        sectors.Should().OnlyContain(s => s.GetProperty("areas").GetArrayLength() == 4 && s.GetProperty("profileVersion").GetInt32() >= 1);
        sectors.First().GetProperty("fit").GetString().Should().Be("Fits");
        match.GetProperty("candidates").GetArrayLength().Should().BeGreaterThan(0);
        match.GetProperty("preferences").GetArrayLength().Should().Be(2);
        match.GetProperty("rule").GetString().Should().Contain("partly fits");
        await (await family.GetAsync(url)).ShouldBeProblem(HttpStatusCode.Forbidden);
        await (await officer.GetAsync($"/api/v1/placement-requests/{Guid.NewGuid()}/sector-match")).ShouldBeProblem(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task The_openapi_document_describes_the_catalogue_and_the_match_rule()
    {
        using var client = _factory.CreateClient();

        var document = await client.GetFromJsonAsync<JsonElement>("/openapi/v1.json");

        var paths = document.GetProperty("paths");
        paths.EnumerateObject().Select(p => p.Name).Should().Contain(["/api/v1/sector-profiles", "/api/v1/settings", "/api/v1/settings/import", "/api/v1/placement-requests/{id}/sector-match"]);
        paths.GetProperty("/api/v1/placement-requests/{id}/sector-match").GetProperty("get").GetProperty("description").GetString().Should().Contain("A sector fits when");
    }
}
