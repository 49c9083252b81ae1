using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PanelCaseManager.Infrastructure.DemoData;
using PanelCaseManager.Testing;
using PanelCaseManager.Testing.Builders;

namespace PanelCaseManager.Web.Tests.Api;

public class TimelinessApiTests
{
    private static readonly DateOnly Received = TestClock.Today.AddDays(-50);
    private PanelWebApplicationFactory _factory = null!;
    private HttpClient _officer = null!;

    [OneTimeSetUp]
    public async Task SetUp()
    {
        _factory = new PanelWebApplicationFactory(new Dictionary<string, string?> { ["Jobs:ServerEnabled"] = "false" });
        _officer = await _factory.ClientFor(Personas.SendOfficer);
    }

    [OneTimeTearDown]
    public async Task TearDown()
    {
        _officer.Dispose();
        await _factory.DisposeAsync();
    }

    private async Task<Guid> NewCase()
    {
        var response = await _officer.PostAsJsonAsync("/api/v1/placement-requests", A.PlacementRequest() with { ReceivedDate = Received });
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    [Test]
    public async Task A_case_shows_its_milestones_and_an_officer_records_one_met()
    {
        var id = await NewCase();

        var recorded = await _officer.PostAsJsonAsync($"/api/v1/placement-requests/{id}/clock-events", new { @event = "DecidedToAssess", date = Received.AddDays(20) });
        recorded.StatusCode.Should().Be(HttpStatusCode.OK, await recorded.Content.ReadAsStringAsync());

        var view = await _officer.GetFromJsonAsync<JsonElement>($"/api/v1/placement-requests/{id}/milestones");
        var decision = view.GetProperty("milestones").EnumerateArray().Single(m => m.GetProperty("kind").GetString() == "DecisionToAssess");
        decision.GetProperty("status").GetString().Should().Be("met");
        decision.GetProperty("dueDate").GetString().Should().Be(Received.AddDays(42).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        decision.GetProperty("source").GetString().Should().Contain("reg 4(1)");
        view.GetProperty("exceptionApplies").GetBoolean().Should().BeFalse();
    }

    [Test]
    public async Task Recording_an_exception_answers_201_and_the_milestones_show_it()
    {
        var id = await NewCase();

        var response = await _officer.PostAsJsonAsync($"/api/v1/placement-requests/{id}/exceptions",
            new { reason = "exceptional-personal-circumstances", startDate = Received.AddDays(5), endDate = Received.AddDays(40), note = "Bereavement in the family." });

        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        response.Headers.Location!.ToString().Should().Be($"/api/v1/placement-requests/{id}/milestones");
        var view = await _officer.GetFromJsonAsync<JsonElement>(response.Headers.Location);
        view.GetProperty("exceptionApplies").GetBoolean().Should().BeTrue();
        view.GetProperty("milestones").EnumerateArray().Single(m => m.GetProperty("kind").GetString() == "FinalPlan")
            .GetProperty("exceptionReasons")[0].GetString().Should().Be("exceptional-personal-circumstances");
    }

    [TestCase("{\"reason\":\"exceptional-personal-circumstances\",\"startDate\":\"2026-10-20\",\"endDate\":\"2026-10-01\"}", "endDate", Description = "end before start")]
    [TestCase("{\"reason\":\"lost-the-file\",\"startDate\":\"2026-10-01\",\"endDate\":\"2026-10-20\"}", "reason", Description = "unknown reason")]
    [TestCase("{\"reason\":\"exceptional-personal-circumstances\",\"startDate\":\"2020-01-01\",\"endDate\":\"2026-10-20\"}", "startDate", Description = "before the case began")]
    [TestCase("{\"reason\":\"exceptional-personal-circumstances\",\"startDate\":\"01/10/2026\",\"endDate\":\"2026-10-20\"}", "startDate", Description = "not a date")]
    [TestCase("{\"reason\":\"absent-from-area\",\"startDate\":\"2026-10-01\",\"endDate\":\"2026-10-21\"}", "endDate", Description = "three weeks' absence (reg 10(4)(d))")]
    [TestCase("{\"reason\":\"school-closure\",\"startDate\":\"2026-10-01\",\"endDate\":\"2026-11-10\"}", "startDate", Description = "a closure given as a period")]
    [TestCase("{\"reason\":\"school-closure\",\"closedOn\":\"2026-10-23\",\"reopenedOn\":\"2026-11-02\"}", "reopenedOn", Description = "a closure of ten days (reg 10(4)(a))")]
    [TestCase("{\"reason\":\"exceptional-personal-circumstances\",\"startDate\":\"2026-10-01\",\"endDate\":\"2026-10-20\",\"familyToldOn\":\"2027-01-01\"}", "familyToldOn", Description = "the family told in the future")]
    public async Task A_bad_exception_is_a_400_naming_the_field_and_nothing_is_written(string body, string field)
    {
        var id = await NewCase();

        var response = await _officer.PostAsync($"/api/v1/placement-requests/{id}/exceptions", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        await response.ShouldBeValidationProblemNaming(field);
        var view = await _officer.GetFromJsonAsync<JsonElement>($"/api/v1/placement-requests/{id}/milestones");
        view.GetProperty("exceptions").GetArrayLength().Should().Be(0);
    }

    [Test]
    public async Task CoP_9_42_the_day_the_family_was_told_is_recorded_against_an_exception()
    {
        var id = await NewCase();
        (await _officer.PostAsJsonAsync($"/api/v1/placement-requests/{id}/exceptions",
            new { reason = "exceptional-personal-circumstances", startDate = Received.AddDays(5), endDate = Received.AddDays(40) })).StatusCode.Should().Be(HttpStatusCode.Created);

        var told = await _officer.PostAsJsonAsync($"/api/v1/placement-requests/{id}/exceptions/1/family-told", new { toldOn = Received.AddDays(41) });

        told.StatusCode.Should().Be(HttpStatusCode.OK, await told.Content.ReadAsStringAsync());
        var view = await _officer.GetFromJsonAsync<JsonElement>($"/api/v1/placement-requests/{id}/milestones");
        view.GetProperty("exceptions")[0].GetProperty("familyToldOn").GetString().Should().Be(Received.AddDays(41).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await (await _officer.PostAsJsonAsync($"/api/v1/placement-requests/{id}/exceptions/1/family-told", new { toldOn = TestClock.Today.AddDays(3) })).ShouldBeValidationProblemNaming("toldOn");
        await (await _officer.PostAsJsonAsync($"/api/v1/placement-requests/{id}/exceptions/1/family-told", new { })).ShouldBeValidationProblemNaming("toldOn");
        await (await _officer.PostAsJsonAsync($"/api/v1/placement-requests/{id}/exceptions/4/family-told", new { toldOn = Received.AddDays(41) })).ShouldBeProblem(HttpStatusCode.NotFound);
        using var auditor = await _factory.ClientFor(Personas.Auditor);
        await (await auditor.PostAsJsonAsync($"/api/v1/placement-requests/{id}/exceptions/1/family-told", new { toldOn = Received.AddDays(41) })).ShouldBeProblem(HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task Each_milestone_says_whether_its_date_is_provisional()
    {
        var id = await NewCase();

        var view = await _officer.GetFromJsonAsync<JsonElement>($"/api/v1/placement-requests/{id}/milestones");

        view.GetProperty("milestones").EnumerateArray().Should().OnlyContain(m => m.GetProperty("provisional").ValueKind == JsonValueKind.False);
        view.GetProperty("bankHolidaysKnownUntil").GetInt32().Should().BeGreaterThanOrEqualTo(2028);
    }

    [Test]
    public async Task The_bank_holiday_coverage_is_for_administrators()
    {
        using var admin = await _factory.ClientFor(Personas.Administrator);

        var coverage = await admin.GetFromJsonAsync<JsonElement>("/api/v1/bank-holidays/coverage");

        coverage.GetProperty("lastYear").GetInt32().Should().BeGreaterThanOrEqualTo(2028);
        coverage.GetProperty("importDue").GetBoolean().Should().BeFalse("on 20 November 2026 the calendar runs two years ahead");
        coverage.TryGetProperty("provisionalDeadlines", out _).Should().BeTrue();
        await (await _officer.GetAsync("/api/v1/bank-holidays/coverage")).ShouldBeProblem(HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task A_milestone_for_a_stage_never_reached_is_a_409_with_its_code()
    {
        var id = await NewCase();

        var response = await _officer.PostAsJsonAsync($"/api/v1/placement-requests/{id}/clock-events", new { @event = "SettingReplied", date = Received.AddDays(20) });

        var problem = await response.ShouldBeProblem(HttpStatusCode.Conflict);
        problem.GetProperty("code").GetString().Should().Be("milestone-not-reached");
    }

    [Test]
    public async Task An_unknown_event_names_the_field_and_the_allowed_values()
    {
        var id = await NewCase();

        var response = await _officer.PostAsJsonAsync($"/api/v1/placement-requests/{id}/clock-events", new { @event = "PanelHadLunch", date = Received });

        var problem = await response.ShouldBeValidationProblemNaming("event");
        problem.GetProperty("errors").GetProperty("event")[0].GetString().Should().Contain("DecidedToAssess");
    }

    [Test]
    public async Task Milestones_of_an_unknown_case_are_a_404()
    {
        await (await _officer.GetAsync($"/api/v1/placement-requests/{Guid.NewGuid()}/milestones")).ShouldBeProblem(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task The_worklist_lists_the_officers_overdue_decision()
    {
        var id = await NewCase();

        var worklist = await _officer.GetFromJsonAsync<JsonElement>("/api/v1/worklist");

        worklist.GetProperty("overdue").EnumerateArray()
            .Should().Contain(i => i.GetProperty("placementRequestId").GetGuid() == id && i.GetProperty("milestone").GetString() == "DecisionToAssess");
        foreach (var group in new[] { "criticallyOverdue", "dueSoon", "notDueYet" })
        {
            worklist.TryGetProperty(group, out _).Should().BeTrue();
        }
    }

    [Test]
    public async Task Timeliness_for_a_manager_as_json_and_csv()
    {
        using var manager = await _factory.ClientFor(Personas.TeamManager);

        var json = await manager.GetFromJsonAsync<JsonElement>("/api/v1/timeliness?from=2026-01-01&to=2026-11-20");
        var csv = await manager.GetAsync("/api/v1/timeliness.csv?from=2026-01-01&to=2026-11-20");

        json.GetProperty("waitingForSpecialistProvision").GetProperty("asOf").GetString().Should().Be("2026-11-20");
        csv.StatusCode.Should().Be(HttpStatusCode.OK);
        csv.Content.Headers.ContentType!.MediaType.Should().Be("text/csv");
        csv.Content.Headers.ContentDisposition!.FileName.Should().Be("timeliness-2026-01-01-to-2026-11-20.csv");
        (await csv.Content.ReadAsStringAsync()).Should().StartWith("measure,milestone,from,to");
    }

    [TestCase("from=2026-11-20&to=2026-01-01", "from", Description = "from after to")]
    [TestCase("from=20-11-2026&to=2026-12-01", "from", Description = "from not a date")]
    [TestCase("from=2026-01-01", "to", Description = "to missing")]
    public async Task A_bad_period_is_a_400_naming_the_field(string query, string field)
    {
        using var manager = await _factory.ClientFor(Personas.TeamManager);

        await (await manager.GetAsync($"/api/v1/timeliness?{query}")).ShouldBeValidationProblemNaming(field);
    }

    [Test]
    public async Task An_officer_is_forbidden_the_timeliness_report()
    {
        await (await _officer.GetAsync("/api/v1/timeliness?from=2026-01-01&to=2026-02-01")).ShouldBeProblem(HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task Bank_holidays_are_listed_and_a_bad_file_is_refused_whole()
    {
        using var admin = await _factory.ClientFor(Personas.Administrator);

        var holidays = await _officer.GetFromJsonAsync<JsonElement>("/api/v1/bank-holidays?year=2026");
        holidays.GetArrayLength().Should().Be(8);

        var bad = await admin.PutAsJsonAsync("/api/v1/bank-holidays", new
        {
            division = "england-and-wales",
            events = new[] { new { title = "New Year’s Day", date = "2030-01-01" }, new { title = "Twice", date = "2030-01-01" } },
        });
        await bad.ShouldBeValidationProblemNaming("events[1].date");
        (await _officer.GetFromJsonAsync<JsonElement>("/api/v1/bank-holidays?year=2030")).GetArrayLength().Should().Be(0);

        var good = await admin.PutAsJsonAsync("/api/v1/bank-holidays", new { events = new[] { new { title = "New Year’s Day", date = "2030-01-01" } } });
        good.StatusCode.Should().Be(HttpStatusCode.OK, await good.Content.ReadAsStringAsync());
        (await _officer.GetFromJsonAsync<JsonElement>("/api/v1/bank-holidays?year=2030")).GetArrayLength().Should().Be(1);

        await (await _officer.PutAsJsonAsync("/api/v1/bank-holidays", new { events = new[] { new { title = "Mine", date = "2031-01-01" } } }))
            .ShouldBeProblem(HttpStatusCode.Forbidden);
    }
}
