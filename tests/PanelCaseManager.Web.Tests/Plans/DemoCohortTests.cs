using System.Net.Http.Json;
using System.Text.Json;
using PanelCaseManager.Infrastructure.DemoData;
using PanelCaseManager.Web.Tests.Pages;

namespace PanelCaseManager.Web.Tests.Plans;

/// <summary>
/// The demo data's phase transfer cohort (docs/adr/0268): on a fresh run (Friday 20 November 2026) the cohort of
/// September 2027 has movers in every phase, some with preferences received; last September's are late; the family
/// persona's Maya is on the family's transfer page with her request to give preferences; the SENCO sees Brookside's.
/// </summary>
public class DemoCohortTests
{
    [Test]
    public async Task A_fresh_run_has_a_cohort_in_every_phase_with_late_transfers_last_year_and_the_familys_and_sencos_pages_filled()
    {
        await using var factory = new PanelWebApplicationFactory(new Dictionary<string, string?> { ["DemoData:Cases"] = "5" });
        using var manager = await factory.ClientFor(Personas.TeamManager);
        using var family = await factory.HtmlClientFor(Personas.Family);
        using var sendco = await factory.HtmlClientFor(Personas.SettingSendco);

        var next = await manager.GetFromJsonAsync<JsonElement>("/api/v1/phase-transfers/2027/picture");
        var last = await manager.GetFromJsonAsync<JsonElement>("/api/v1/phase-transfers/2026/picture");
        var cohort = await manager.GetFromJsonAsync<JsonElement>("/api/v1/phase-transfers/2027");

        next.GetProperty("phases").EnumerateArray().Should().OnlyContain(p => p.GetProperty("children").GetInt32() > 0);
        cohort.GetProperty("children").EnumerateArray().Should().Contain(c => c.GetProperty("preferencesGiven").GetInt32() > 0 && c.GetProperty("placementRequestId").ValueKind == JsonValueKind.String);
        last.GetProperty("total").GetProperty("late").GetInt32().Should().BeGreaterThan(0);

        var transfers = await family.GetPage("/your-transfers");
        transfers.Text(".app-family-transfer").Should().Contain("Maya moves up to secondary school in September 2027");
        transfers.QuerySelector("a.app-give-preferences").Should().NotBeNull();

        var school = await sendco.GetPage("/partner/transfers");
        school.QuerySelectorAll("table[data-list=leaving] tbody tr").Should().NotBeEmpty();
    }
}
