using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PanelCaseManager.Infrastructure.DemoData;
using PanelCaseManager.Testing.Builders;

namespace PanelCaseManager.Web.Tests.Api;

/// <summary>The panel workflow through HTTP, from a new case to a signed-off decision and what the panel saw.</summary>
public class PanelsApiTests
{
    private PanelWebApplicationFactory _factory = null!;
    private HttpClient _officer = null!;
    private HttpClient _chair = null!;
    private Guid _caseId;
    private Guid _panelId;
    private Guid _evidenceId;

    [SetUp]
    public async Task SetUp()
    {
        _factory = new PanelWebApplicationFactory();
        _officer = await _factory.ClientFor(Personas.SendOfficer);
        _chair = await _factory.ClientFor(Personas.PanelChair);
        await CaseOnTheAgendaAtTheMeetingAsync();
    }

    [TearDown]
    public async Task TearDown()
    {
        _officer.Dispose();
        _chair.Dispose();
        await _factory.DisposeAsync();
    }

    private static async Task<JsonElement> Ok(HttpResponseMessage response, HttpStatusCode status = HttpStatusCode.OK)
    {
        response.StatusCode.Should().Be(status, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private async Task CaseOnTheAgendaAtTheMeetingAsync()
    {
        var created = await Ok(await _officer.PostAsJsonAsync("/api/v1/placement-requests", A.PlacementRequest()), HttpStatusCode.Created);
        _caseId = created.GetProperty("id").GetGuid();
        await Ok(await _officer.PostAsJsonAsync($"/api/v1/placement-requests/{_caseId}/start-evidence", new { expectedVersion = 0 }));
        using var form = new MultipartFormDataContent
        {
            { new ByteArrayContent(Files.PdfBytes()), "file", "ep-advice.pdf" },
            { new StringContent("AgencyAdvice"), "kind" },
            { new StringContent("EducationalPsychology"), "agency" },
            { new StringContent("Dr Helen Morgan"), "author" },
            { new StringContent("2026-11-18"), "receivedOn" },
            { new StringContent("Needs a small, calm setting."), "summary" },
        };
        _evidenceId = (await Ok(await _officer.PostAsync($"/api/v1/placement-requests/{_caseId}/evidence", form), HttpStatusCode.Created)).GetProperty("id").GetGuid();
        await Ok(await _officer.PostAsJsonAsync($"/api/v1/placement-requests/{_caseId}/mark-ready-for-panel", new { expectedVersion = 1 }));

        var meeting = await _officer.PostAsJsonAsync("/api/v1/panels", new
        {
            title = "North locality panel",
            meetingDate = Panel.MeetingDate,
            chairId = Personas.PanelChair.Id,
            memberIds = Panel.Members.Select(m => m.Id),
        });
        meeting.Headers.Location.Should().NotBeNull();
        _panelId = (await Ok(meeting, HttpStatusCode.Created)).GetProperty("id").GetGuid();
        await Ok(await _officer.PostAsJsonAsync($"/api/v1/panels/{_panelId}/agenda", new { placementRequestId = _caseId, expectedVersion = 0 }));

        _factory.Clock.SetUtcNow(Panel.CutOff.AddMinutes(5));
        var frozen = await Ok(await _officer.PostAsync($"/api/v1/panels/{_panelId}/freeze-papers", null));
        frozen.GetProperty("packs").GetArrayLength().Should().Be(1);

        _factory.Clock.SetUtcNow(Panel.MeetingDay);
        var attendance = await Ok(await _chair.PostAsJsonAsync($"/api/v1/panels/{_panelId}/attendance", new
        {
            expectedVersion = 1,
            presentMemberIds = Panel.Members.Select(m => m.Id).Append(Personas.PanelChair.Id),
        }));
        attendance.GetProperty("quorate").GetBoolean().Should().BeTrue();
        foreach (var member in Panel.Members)
        {
            using var client = await _factory.ClientFor(member);
            await Ok(await client.PostAsJsonAsync($"/api/v1/panels/{_panelId}/cases/{_caseId}/views", new { summary = "Supports a specialist place.", recommendedOutcome = "NameAnotherSetting" }));
        }
    }

    private object NameAnotherSetting(object? grounds = null) => new
    {
        outcome = "NameAnotherSetting",
        reasons = "Brookside would be incompatible with the efficient use of resources; the SRP meets need locally.",
        namedSetting = new { name = "Woodlands Academy SRP", urn = "145882", provisionKind = "SpecialistResourceProvision" },
        preferenceTests = new[]
        {
            new
            {
                preferenceRank = 1,
                duty = "Section39",
                grounds = grounds ?? new object[]
                {
                    new { ground = "Unsuitable", applies = false, reasons = "Brookside could meet need.", evidenceReliedOn = new[] { _evidenceId } },
                    new { ground = "IncompatibleWithEfficientEducationOfOthers", applies = false, reasons = "No evidence of this.", evidenceReliedOn = Array.Empty<Guid>() },
                    new
                    {
                        ground = "IncompatibleWithEfficientUseOfResources",
                        applies = true,
                        reasons = "Nearly three times the cost.",
                        evidenceReliedOn = new[] { _evidenceId },
                        costs = new { requestedPlacementCostPence = 6_500_000L, alternativeCostPence = 2_300_000L, alternativeDescription = "The SRP", proportionalityReasoning = "Disproportionate to the family's preference." },
                    },
                },
            },
        },
        mainstreamPresumption = new { familyDoesNotWantMainstream = false, incompatibleWithEfficientEducationOfOthers = false, noReasonableStepsCouldPrevent = false, reasons = "The SRP is on a mainstream site." },
    };

    private async Task<HttpResponseMessage> Decide(object body, Persona? by = null)
    {
        using var member = await _factory.ClientFor(by ?? Personas.PanelEducation);
        return await member.PostAsJsonAsync($"/api/v1/panels/{_panelId}/cases/{_caseId}/decision", body);
    }

    [Test]
    public async Task A_decision_recorded_and_signed_off_over_http_is_final_and_shows_what_the_panel_saw()
    {
        var draft = await Decide(NameAnotherSetting());
        var recorded = await Ok(draft, HttpStatusCode.Created);
        var decisionId = recorded.GetProperty("decisionId").GetGuid();
        draft.Headers.Location!.ToString().Should().Be($"/api/v1/decisions/{decisionId}");

        var signed = await Ok(await _chair.PostAsJsonAsync($"/api/v1/panels/{_panelId}/cases/{_caseId}/decision/sign-off", new { expectedVersion = 0 }));

        signed.GetProperty("caseStage").GetString().Should().Be("Decided");
        var decision = await _officer.GetFromJsonAsync<JsonElement>($"/api/v1/decisions/{decisionId}");
        decision.GetProperty("status").GetString().Should().Be("SignedOff");
        decision.GetProperty("intact").GetBoolean().Should().BeTrue();
        decision.GetProperty("content").GetProperty("preferenceTests")[0].GetProperty("grounds")[2].GetProperty("costs").GetProperty("alternativeCostPence").GetInt64().Should().Be(2_300_000);
        var saw = await _officer.GetFromJsonAsync<JsonElement>($"/api/v1/decisions/{decisionId}/panel-pack");
        saw.GetProperty("intact").GetBoolean().Should().BeTrue();
        saw.GetProperty("pack").GetProperty("evidence")[0].GetProperty("id").GetGuid().Should().Be(_evidenceId);
        var history = await _officer.GetFromJsonAsync<JsonElement>($"/api/v1/placement-requests/{_caseId}/history");
        history.GetProperty("entries").EnumerateArray().Select(e => e.GetProperty("kind").GetString()).Should().Contain(["papers-frozen", "decision-drafted", "decision-signed-off"]);

        var consultation = await Ok(await _officer.PostAsJsonAsync($"/api/v1/placement-requests/{_caseId}/consultations",
            new { decisionId, settingName = "Woodlands Academy SRP", settingUrn = "145882", sentOn = Panel.MeetingDate }), HttpStatusCode.Created);
        consultation.GetProperty("dueOn").GetString().Should().Be("2026-12-17");
    }

    [Test]
    public async Task A_refusal_with_no_ground_is_a_400_naming_the_grounds()
    {
        var noGround = new object[]
        {
            new { ground = "Unsuitable", applies = false, reasons = "Could meet need." },
            new { ground = "IncompatibleWithEfficientEducationOfOthers", applies = false, reasons = "No evidence." },
            new { ground = "IncompatibleWithEfficientUseOfResources", applies = false, reasons = "Costs similar.", costs = new { requestedPlacementCostPence = 1L, alternativeCostPence = 1L, alternativeDescription = "The SRP" } },
        };

        await (await Decide(NameAnotherSetting(noGround))).ShouldBeValidationProblemNaming("preferenceTests[0].grounds");
    }

    [Test]
    public async Task Resources_before_suitability_is_a_400()
    {
        var reversed = new object[]
        {
            new { ground = "IncompatibleWithEfficientUseOfResources", applies = true, reasons = "Costly.", evidenceReliedOn = new[] { _evidenceId },
                costs = new { requestedPlacementCostPence = 6_500_000L, alternativeCostPence = 2_300_000L, alternativeDescription = "The SRP", proportionalityReasoning = "Too much." } },
            new { ground = "Unsuitable", applies = false, reasons = "Could meet need." },
            new { ground = "IncompatibleWithEfficientEducationOfOthers", applies = false, reasons = "No evidence." },
        };

        var json = await (await Decide(NameAnotherSetting(reversed))).ShouldBeValidationProblemNaming("preferenceTests[0].grounds");
        json.GetProperty("errors").GetProperty("preferenceTests[0].grounds")[0].GetString().Should().Contain("Suitability is assessed before");
    }

    [Test]
    public async Task An_unknown_outcome_is_a_400_naming_it()
    {
        await (await Decide(new { outcome = "Maybe", reasons = "?" })).ShouldBeValidationProblemNaming("outcome");
    }

    [Test]
    public async Task Only_the_chair_signs_off_and_a_signed_off_decision_cannot_be_edited()
    {
        await Ok(await Decide(NameAnotherSetting()), HttpStatusCode.Created);
        using var member = await _factory.ClientFor(Personas.PanelHealth);

        await (await member.PostAsJsonAsync($"/api/v1/panels/{_panelId}/cases/{_caseId}/decision/sign-off", new { expectedVersion = 0 })).ShouldBeProblem(HttpStatusCode.Forbidden);
        await Ok(await _chair.PostAsJsonAsync($"/api/v1/panels/{_panelId}/cases/{_caseId}/decision/sign-off", new { expectedVersion = 0 }));

        var edit = await Decide(NameAnotherSetting());
        (await edit.ShouldBeProblem(HttpStatusCode.Conflict)).GetProperty("code").GetString().Should().Be("decision-signed-off");
    }

    [Test]
    public async Task A_decision_on_a_case_not_on_the_agenda_is_a_404_for_a_member_who_cannot_see_it()
    {
        var other = await Ok(await _officer.PostAsJsonAsync("/api/v1/placement-requests", A.PlacementRequest()), HttpStatusCode.Created);
        using var member = await _factory.ClientFor(Personas.PanelEducation);

        var response = await member.PostAsJsonAsync($"/api/v1/panels/{_panelId}/cases/{other.GetProperty("id").GetGuid()}/decision", NameAnotherSetting());

        await response.ShouldBeProblem(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task A_member_who_declared_a_conflict_finds_the_case_not_found_and_gives_no_view()
    {
        using var health = await _factory.ClientFor(Personas.PanelHealth);
        await Ok(await health.PostAsJsonAsync($"/api/v1/panels/{_panelId}/cases/{_caseId}/conflicts", new { reason = "I treat the child." }));

        var view = await health.PostAsJsonAsync($"/api/v1/panels/{_panelId}/cases/{_caseId}/views", new { summary = "Supports." });
        var unknown = await health.PostAsJsonAsync($"/api/v1/panels/{_panelId}/cases/{Guid.NewGuid()}/views", new { summary = "Supports." });

        var refusal = await view.ShouldBeProblem(HttpStatusCode.NotFound);
        (await unknown.ShouldBeProblem(HttpStatusCode.NotFound)).GetProperty("title").GetString().Should().Be(refusal.GetProperty("title").GetString());
        var decision = await Decide(NameAnotherSetting());
        (await decision.ShouldBeProblem(HttpStatusCode.Conflict)).GetProperty("code").GetString().Should().Be("no-quorum");
    }

    [Test]
    public async Task The_meeting_and_reports_are_readable_by_those_allowed()
    {
        var meeting = await _officer.GetFromJsonAsync<JsonElement>($"/api/v1/panels/{_panelId}");
        meeting.GetProperty("agenda")[0].GetProperty("papers").GetProperty("sha256").GetString().Should().MatchRegex("^[0-9a-f]{64}$");
        meeting.GetProperty("agenda")[0].GetProperty("views").GetArrayLength().Should().Be(4);

        using var auditor = await _factory.ClientFor(Personas.Auditor);
        var terms = await auditor.GetFromJsonAsync<JsonElement>("/api/v1/reports/terms-of-reference?on=2026-12-02");
        terms.GetProperty("number").GetInt32().Should().Be(1);
        (await auditor.GetAsync("/api/v1/reports/decisions?from=2026-12-01&to=2026-12-31")).StatusCode.Should().Be(HttpStatusCode.OK);
        await (await auditor.GetAsync("/api/v1/reports/decisions?from=2026-12-31&to=2026-12-01")).ShouldBeValidationProblemNaming("to");
        await (await _officer.GetAsync("/api/v1/reports/terms-of-reference")).ShouldBeProblem(HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task The_logs_of_the_whole_workflow_never_hold_the_childs_name()
    {
        await Ok(await Decide(NameAnotherSetting()), HttpStatusCode.Created);
        await _officer.GetFromJsonAsync<JsonElement>($"/api/v1/panels/{_panelId}/cases/{_caseId}/pack");

        _factory.Logs.Lines.Should().NotContain(l => l.Contains("Llewelyn", StringComparison.OrdinalIgnoreCase) || l.Contains("Ffion", StringComparison.OrdinalIgnoreCase));
    }
}
