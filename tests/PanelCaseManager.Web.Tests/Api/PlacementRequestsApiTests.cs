using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using PanelCaseManager.Infrastructure.DemoData;
using PanelCaseManager.Testing.Builders;

namespace PanelCaseManager.Web.Tests.Api;

public class PlacementRequestsApiTests
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

    private async Task<JsonElement> Create(object? body = null)
    {
        var response = await _officer.PostAsJsonAsync("/api/v1/placement-requests", body ?? A.PlacementRequest());
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    [Test]
    public async Task Create_then_read_then_find_in_the_list()
    {
        var response = await _officer.PostAsJsonAsync("/api/v1/placement-requests", A.PlacementRequest());
        response.StatusCode.Should().Be(HttpStatusCode.Created);
        var created = await response.Content.ReadFromJsonAsync<JsonElement>();
        var id = created.GetProperty("id").GetGuid();
        response.Headers.Location!.ToString().Should().Be($"/api/v1/placement-requests/{id}");

        var read = await _officer.GetFromJsonAsync<JsonElement>(response.Headers.Location);
        read.GetProperty("reference").GetString().Should().Be(created.GetProperty("reference").GetString());
        read.GetProperty("stage").GetString().Should().Be("Received");
        read.GetProperty("type").GetString().Should().Be("NewPlan");
        read.GetProperty("child").GetProperty("familyName").GetString().Should().Be("Llewelyn-Jones");
        read.GetProperty("receivedDate").GetString().Should().MatchRegex(@"^\d{4}-\d{2}-\d{2}$");

        var list = await _officer.GetFromJsonAsync<JsonElement>($"/api/v1/placement-requests?text={created.GetProperty("reference").GetString()}");
        list.GetProperty("items").EnumerateArray().Should().ContainSingle(i => i.GetProperty("id").GetGuid() == id);
    }

    [Test]
    public async Task Anonymous_calls_are_refused_with_401()
    {
        using var anonymous = _factory.CreateClient();

        (await anonymous.GetAsync("/api/v1/placement-requests")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        var post = await anonymous.PostAsJsonAsync("/api/v1/placement-requests", A.PlacementRequest());
        await post.ShouldBeProblem(HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task A_forged_token_is_refused_with_401()
    {
        using var forged = _factory.CreateClient();
        forged.DefaultRequestHeaders.Authorization = new("Bearer", "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJzZW5kLW9mZmljZXIiLCJyb2xlIjoiU2VuZE9mZmljZXIifQ.c2lnbmF0dXJl");

        (await forged.GetAsync("/api/v1/placement-requests")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task A_family_member_is_forbidden_the_caseload()
    {
        using var family = await _factory.ClientFor(Personas.Family);

        await (await family.GetAsync("/api/v1/placement-requests")).ShouldBeProblem(HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task A_panel_member_may_read_but_not_submit()
    {
        using var member = await _factory.ClientFor(Personas.PanelEducation);

        (await member.GetAsync("/api/v1/placement-requests")).StatusCode.Should().Be(HttpStatusCode.OK);
        await (await member.PostAsJsonAsync("/api/v1/placement-requests", A.PlacementRequest())).ShouldBeProblem(HttpStatusCode.Forbidden);
    }

    [TestCase("{\"child\": ", Description = "truncated JSON")]
    [TestCase("not json at all", Description = "not JSON")]
    public async Task Malformed_json_is_a_400_problem(string body)
    {
        var response = await _officer.PostAsync("/api/v1/placement-requests", new StringContent(body, Encoding.UTF8, "application/json"));

        await response.ShouldBeProblem(HttpStatusCode.BadRequest);
    }

    [Test]
    public async Task An_unknown_request_type_names_the_field_and_the_allowed_values()
    {
        var body = ApiJson.ToNode(A.PlacementRequest());
        body["type"] = "Adoption";

        var json = await (await _officer.PostAsJsonAsync("/api/v1/placement-requests", body)).ShouldBeValidationProblemNaming("type");
        json.GetProperty("errors").GetProperty("type")[0].GetString().Should().Contain("NewPlan").And.Contain("PhaseTransfer");
    }

    [Test]
    public async Task Reg_18_a_phase_transfer_for_a_child_not_in_a_transfer_year_is_400_naming_the_type()
    {
        // Born 10 Mar 2018: Year 4 in 2026/27.
        var request = A.PlacementRequest() with { Type = Domain.PlacementRequests.RequestType.PhaseTransfer, Child = A.Child() with { DateOfBirth = new DateOnly(2018, 3, 10) } };

        var json = await (await _officer.PostAsJsonAsync("/api/v1/placement-requests", request)).ShouldBeValidationProblemNaming("type");

        json.GetProperty("errors").GetProperty("type")[0].GetString().Should().Contain("the child is in Year 4 (2026/27)");
    }

    [Test]
    public async Task A_date_in_the_wrong_format_names_the_field()
    {
        var body = ApiJson.ToNode(A.PlacementRequest());
        body["child"]!["dateOfBirth"] = "14/03/2016";

        await (await _officer.PostAsJsonAsync("/api/v1/placement-requests", body)).ShouldBeValidationProblemNaming("child.dateOfBirth");
    }

    [Test]
    public async Task Several_bad_fields_are_all_named_at_once()
    {
        var json = await (await _officer.PostAsJsonAsync("/api/v1/placement-requests", A.PlacementRequest() with { PrimaryNeed = "AUT", ReceivedDate = null }))
            .ShouldBeValidationProblemNaming("primaryNeed");
        json.GetProperty("errors").TryGetProperty("receivedDate", out _).Should().BeTrue();
    }

    [Test]
    public async Task An_empty_body_names_the_required_fields()
    {
        var response = await _officer.PostAsync("/api/v1/placement-requests", new StringContent("{}", Encoding.UTF8, "application/json"));

        var json = await response.ShouldBeValidationProblemNaming("child");
        json.GetProperty("errors").EnumerateObject().Select(p => p.Name).Should().Contain(["type", "receivedDate", "primaryNeed", "needLevels", "assignedOfficerId"]);
    }

    [Test]
    public async Task An_unknown_id_is_404_and_a_malformed_one_too()
    {
        await (await _officer.GetAsync($"/api/v1/placement-requests/{Guid.NewGuid()}")).ShouldBeProblem(HttpStatusCode.NotFound);
        (await _officer.GetAsync("/api/v1/placement-requests/not-an-id")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task A_retry_with_the_same_idempotency_key_returns_the_first_result()
    {
        var command = A.PlacementRequest() with { Child = A.Child() with { GivenName = "Idris" } };
        async Task<HttpResponseMessage> Send()
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/placement-requests") { Content = JsonContent.Create(command, options: ApiJson.Options) };
            request.Headers.Add("Idempotency-Key", "web-retry-1");
            return await _officer.SendAsync(request);
        }

        var first = await Send();
        var retry = await Send();

        retry.StatusCode.Should().Be(HttpStatusCode.Created);
        (await retry.Content.ReadAsStringAsync()).Should().Be(await first.Content.ReadAsStringAsync());
        var matches = await _officer.GetFromJsonAsync<JsonElement>("/api/v1/placement-requests?text=Idris");
        matches.GetProperty("totalCount").GetInt32().Should().Be(1);
    }

    [Test]
    public async Task The_same_idempotency_key_with_a_different_body_is_refused_with_422()
    {
        using var first = new HttpRequestMessage(HttpMethod.Post, "/api/v1/placement-requests") { Content = JsonContent.Create(A.PlacementRequest(), options: ApiJson.Options) };
        first.Headers.Add("Idempotency-Key", "web-retry-2");
        (await _officer.SendAsync(first)).StatusCode.Should().Be(HttpStatusCode.Created);

        using var second = new HttpRequestMessage(HttpMethod.Post, "/api/v1/placement-requests") { Content = JsonContent.Create(A.PlacementRequest() with { PrimaryNeed = "SEMH" }, options: ApiJson.Options) };
        second.Headers.Add("Idempotency-Key", "web-retry-2");
        var json = await (await _officer.SendAsync(second)).ShouldBeProblem(HttpStatusCode.UnprocessableEntity);
        json.GetProperty("code").GetString().Should().Be("idempotency-key-reused");
    }

    [Test]
    public async Task Moving_along_the_path_and_a_stale_update_gets_409()
    {
        var created = await Create();
        var id = created.GetProperty("id").GetGuid();

        var started = await _officer.PostAsJsonAsync($"/api/v1/placement-requests/{id}/start-evidence", new { expectedVersion = 0 });
        started.StatusCode.Should().Be(HttpStatusCode.OK);
        (await started.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetInt32().Should().Be(1);

        var stale = await _officer.PostAsJsonAsync($"/api/v1/placement-requests/{id}/withdraw", new { expectedVersion = 0, reason = "Family moved." });
        var json = await stale.ShouldBeProblem(HttpStatusCode.Conflict);
        json.GetProperty("code").GetString().Should().Be("stale-version");
    }

    [Test]
    public async Task A_move_the_stage_does_not_allow_is_409_with_a_reason_a_caseworker_understands()
    {
        var id = (await Create()).GetProperty("id").GetGuid();

        var response = await _officer.PostAsJsonAsync($"/api/v1/placement-requests/{id}/close", new { expectedVersion = 0, reason = "Done." });

        var json = await response.ShouldBeProblem(HttpStatusCode.Conflict);
        json.GetProperty("code").GetString().Should().Be("transition-not-allowed");
        json.GetProperty("detail").GetString().Should().Contain("'Request received' cannot close").And.Contain("it can start gathering evidence");
    }

    [Test]
    public async Task Withdrawing_without_a_reason_is_400_naming_the_reason()
    {
        var id = (await Create()).GetProperty("id").GetGuid();

        await (await _officer.PostAsJsonAsync($"/api/v1/placement-requests/{id}/withdraw", new { expectedVersion = 0 })).ShouldBeValidationProblemNaming("reason");
    }

    [Test]
    public async Task Reconsidering_with_an_unknown_trigger_names_the_field()
    {
        var id = (await Create()).GetProperty("id").GetGuid();

        var response = await _officer.PostAsJsonAsync($"/api/v1/placement-requests/{id}/reconsider", new { expectedVersion = 0, reason = "x", trigger = "Whim", triggerDate = "2026-11-01" });

        await response.ShouldBeValidationProblemNaming("trigger");
    }

    [Test]
    public async Task An_unknown_filter_value_is_a_400_naming_it()
    {
        await (await _officer.GetAsync("/api/v1/placement-requests?stage=Limbo")).ShouldBeValidationProblemNaming("stage");
        await (await _officer.GetAsync("/api/v1/placement-requests?pageSize=1000")).ShouldBeValidationProblemNaming("pageSize");
    }

    [TestCase("%25")]
    [TestCase("_")]
    [TestCase("%25%25")]
    [TestCase("Ffi%25")]
    [TestCase("F_ion")]
    public async Task A_search_for_a_wildcard_finds_it_as_written_not_every_case(string text)
    {
        await Create();

        var found = await _officer.GetFromJsonAsync<JsonElement>($"/api/v1/placement-requests?text={text}");

        found.GetProperty("totalCount").GetInt32().Should().Be(0);
    }

    [TestCase("", 1, null)]
    [TestCase("F", 1, 1)]
    [TestCase("", 2147483647, null)]
    [TestCase("F", 100000, 100)]
    public async Task Searches_and_pages_at_the_edges_answer_with_a_bounded_page(string text, int page, int? pageSize)
    {
        await Create();

        var response = await _officer.GetAsync($"/api/v1/placement-requests?text={text}&page={page}{(pageSize is null ? string.Empty : $"&pageSize={pageSize}")}");

        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var found = await response.Content.ReadFromJsonAsync<JsonElement>();
        found.GetProperty("items").GetArrayLength().Should().BeLessThanOrEqualTo(pageSize ?? 25);
    }

    [TestCase("pageSize=0", "pageSize")]
    [TestCase("pageSize=10000", "pageSize")]
    [TestCase("page=0", "page")]
    public async Task A_page_size_or_number_out_of_range_is_a_400_naming_it(string query, string field) =>
        await (await _officer.GetAsync($"/api/v1/placement-requests?{query}")).ShouldBeValidationProblemNaming(field);

    [Test]
    public async Task A_thousand_character_search_is_a_400_naming_it() =>
        await (await _officer.GetAsync($"/api/v1/placement-requests?text={new string('a', 1_000)}")).ShouldBeValidationProblemNaming("text");

    [Test]
    public async Task A_non_numeric_page_is_a_400()
    {
        await (await _officer.GetAsync("/api/v1/placement-requests?page=two")).ShouldBeValidationProblemNaming("page");
        (await (await _officer.GetAsync("/api/v1/placement-requests?page=two")).Content.ReadAsStringAsync()).Should().Contain("whole number");
    }

    [Test]
    public async Task The_logs_of_these_calls_never_hold_the_childs_name()
    {
        await Create(A.PlacementRequest() with { Child = A.Child() with { GivenName = "Zebedee", FamilyName = "Quartermaine" } });

        _factory.Logs.Lines.Should().NotContain(l => l.Contains("Zebedee", StringComparison.OrdinalIgnoreCase) || l.Contains("Quartermaine", StringComparison.OrdinalIgnoreCase));
    }
}
