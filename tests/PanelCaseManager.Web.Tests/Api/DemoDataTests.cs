using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using PanelCaseManager.Infrastructure.DemoData;
using PanelCaseManager.Testing;

namespace PanelCaseManager.Web.Tests.Api;

public class DemoDataTests
{
    [Test]
    public async Task The_demonstration_has_a_held_panel_meeting_with_signed_off_decisions_and_a_deferral()
    {
        await using var factory = new PanelWebApplicationFactory(new Dictionary<string, string?> { ["DemoData:Cases"] = "3" });
        using var chair = await factory.ClientFor(Personas.PanelChair);
        using var officer = await factory.ClientFor(Personas.SendOfficer);

        var meetings = await chair.GetFromJsonAsync<JsonElement>("/api/v1/panels?from=2026-10-01&to=2026-11-30");
        var meeting = meetings.EnumerateArray().Should().ContainSingle().Subject;
        meeting.GetProperty("cases").GetInt32().Should().Be(3);
        meeting.GetProperty("decided").GetInt32().Should().Be(3);
        var details = await chair.GetFromJsonAsync<JsonElement>($"/api/v1/panels/{meeting.GetProperty("id").GetGuid()}");
        var stages = details.GetProperty("agenda").EnumerateArray().Select(a => a.GetProperty("stage").GetString()).ToList();
        stages.Should().BeEquivalentTo(["Decided", "Decided", "Evidence"]);
        details.GetProperty("agenda").EnumerateArray().Should().OnlyContain(a => a.GetProperty("papers").GetProperty("trigger").GetString() == "CutOff");

        var report = await chair.GetFromJsonAsync<JsonElement>("/api/v1/reports/decisions?from=2026-10-01&to=2026-11-30");
        report.GetProperty("total").GetInt32().Should().Be(3);
        var byGround = report.GetProperty("byGround").EnumerateArray().Single(g => g.GetProperty("key").GetString() == "IncompatibleWithEfficientUseOfResources");
        byGround.GetProperty("decisions").GetInt32().Should().Be(1);
        var cases = await officer.GetFromJsonAsync<JsonElement>("/api/v1/placement-requests?pageSize=10");
        foreach (var item in cases.GetProperty("items").EnumerateArray())
        {
            var contact = await officer.GetFromJsonAsync<JsonElement>($"/api/v1/placement-requests/{item.GetProperty("id").GetGuid()}/family-contact");
            contact.GetProperty("postalAddress").GetArrayLength().Should().BeGreaterThanOrEqualTo(3, "every demo case has the address its letters go to");
        }

        foreach (var item in details.GetProperty("agenda").EnumerateArray().Where(a => a.GetProperty("decisionId").ValueKind == JsonValueKind.String))
        {
            var decision = await chair.GetFromJsonAsync<JsonElement>($"/api/v1/decisions/{item.GetProperty("decisionId").GetGuid()}");
            var outcome = decision.GetProperty("outcome").GetString();
            if (outcome == "DeferForEvidence")
            {
                continue;
            }

            var match = await officer.GetFromJsonAsync<JsonElement>($"/api/v1/placement-requests/{item.GetProperty("placementRequestId").GetGuid()}/sector-match");
            // The other two decisions place the child in the agreed preference or in the named SEMH school.
            var placedFit = outcome switch
            {
                "AgreeFamilyPreference" => match.GetProperty("preferences")[0].GetProperty("sectorFit").GetString(),
                _ => match.GetProperty("sectors").EnumerateArray().Single(s => s.GetProperty("name").GetString()!.StartsWith("Special school: Social, Emotional", StringComparison.Ordinal)).GetProperty("fit").GetString(),
            };
            placedFit.Should().Be("Fits", "a demo child's levels of need fit the sector of the setting the panel places them in");
        }

        factory.Services.GetRequiredService<TimeProvider>().GetUtcNow().Should().Be(TestClock.DefaultNow, "the demo clock is back at the present once seeding is done");
    }
}
