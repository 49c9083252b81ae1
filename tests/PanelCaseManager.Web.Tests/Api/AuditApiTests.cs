using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PanelCaseManager.Infrastructure.DemoData;
using PanelCaseManager.Testing.Builders;

namespace PanelCaseManager.Web.Tests.Api;

public class AuditApiTests
{
    private PanelWebApplicationFactory _factory = null!;
    private HttpClient _auditor = null!;
    private Guid _caseId;

    [OneTimeSetUp]
    public async Task SetUp()
    {
        _factory = new PanelWebApplicationFactory();
        _auditor = await _factory.ClientFor(Personas.Auditor);
        using var officer = await _factory.ClientFor(Personas.SendOfficer);
        var created = await officer.PostAsJsonAsync("/api/v1/placement-requests", A.PlacementRequest());
        _caseId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        await officer.PostAsJsonAsync($"/api/v1/placement-requests/{_caseId}/start-evidence", new { expectedVersion = 0 });
    }

    [OneTimeTearDown]
    public async Task TearDown()
    {
        _auditor.Dispose();
        await _factory.DisposeAsync();
    }

    [Test]
    public async Task An_auditor_verifies_the_trail_intact()
    {
        var verdict = await _auditor.GetFromJsonAsync<JsonElement>("/api/v1/audit/verify");

        verdict.GetProperty("intact").GetBoolean().Should().BeTrue();
        verdict.GetProperty("eventsChecked").GetInt64().Should().BeGreaterThanOrEqualTo(2);
    }

    [Test]
    public async Task The_verdict_says_what_it_rests_on_and_a_signed_statement_of_the_end_becomes_a_checkpoint_to_download()
    {
        var statementResponse = await _auditor.PostAsync("/api/v1/audit/checkpoints", null);
        statementResponse.StatusCode.Should().Be(HttpStatusCode.OK);
        var statement = await statementResponse.Content.ReadFromJsonAsync<JsonElement>();
        var checkpoints = await _auditor.GetAsync("/api/v1/audit/checkpoints");
        var verdict = await _auditor.GetFromJsonAsync<JsonElement>("/api/v1/audit/verify");

        statement.GetProperty("checkpoint").GetProperty("kind").GetString().Should().Be("on-demand");
        checkpoints.Content.Headers.ContentType!.MediaType.Should().Be("application/jsonl");
        (await checkpoints.Content.ReadAsStringAsync()).Should().Contain(statement.GetProperty("checkpoint").GetProperty("mac").GetString());
        verdict.GetProperty("intact").GetBoolean().Should().BeTrue();
        verdict.GetProperty("checkpoints").GetInt32().Should().BeGreaterThanOrEqualTo(2, "the one written at start and the statement");
        verdict.GetProperty("keysUsed").EnumerateArray().Should().ContainSingle();
        verdict.GetProperty("notes").EnumerateArray().Select(n => n.GetString()).Should().Contain(n => n!.Contains("vouched for outside the database", StringComparison.Ordinal));
    }

    [Test]
    public async Task Staff_who_are_not_auditors_cannot_sign_or_download_checkpoints()
    {
        using var officer = await _factory.ClientFor(Personas.SendOfficer);

        (await officer.PostAsync("/api/v1/audit/checkpoints", null)).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await officer.GetAsync("/api/v1/audit/checkpoints")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task A_case_history_exports_as_csv_with_a_header_and_one_line_per_event()
    {
        var response = await _auditor.GetAsync($"/api/v1/audit/events?caseId={_caseId}&format=csv");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/csv");
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines[0].Should().StartWith("sequence,occurredAt,userId,role,action");
        lines.Skip(1).Should().HaveCount(2).And.AllSatisfy(l => l.Should().Contain(_caseId.ToString()));
        lines[1].Should().Contain("SubmitPlacementRequest.Command").And.Contain("succeeded");
    }

    [Test]
    public async Task Events_export_as_json_lines()
    {
        var body = await _auditor.GetStringAsync($"/api/v1/audit/events?caseId={_caseId}&format=jsonl");

        var events = body.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        events.Should().HaveCount(2);
        events[1].GetProperty("action").GetString().Should().Be("MoveStage.Command");
        events[1].GetProperty("previousHash").GetString().Should().Be(events[0].GetProperty("hash").GetString());
    }

    [Test]
    public async Task A_reversed_period_or_unknown_format_is_a_400_naming_the_field()
    {
        await (await _auditor.GetAsync("/api/v1/audit/events?from=2026-11-20&to=2026-11-01")).ShouldBeValidationProblemNaming("to");
        await (await _auditor.GetAsync("/api/v1/audit/events?format=xml")).ShouldBeValidationProblemNaming("format");
        await (await _auditor.GetAsync("/api/v1/audit/events?from=20-11-2026")).ShouldBeValidationProblemNaming("from");
    }

    [Test]
    public async Task Only_auditors_reach_the_audit_trail()
    {
        using var officer = await _factory.ClientFor(Personas.SendOfficer);

        await (await officer.GetAsync("/api/v1/audit/verify")).ShouldBeProblem(HttpStatusCode.Forbidden);
        await (await officer.GetAsync("/api/v1/audit/events")).ShouldBeProblem(HttpStatusCode.Forbidden);
    }
}
