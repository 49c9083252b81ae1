using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PanelCaseManager.Infrastructure.DemoData;
using PanelCaseManager.Testing.Builders;

namespace PanelCaseManager.Web.Tests.Pages;

/// <summary>
/// The administrator is warned on their pages, from a configured number of months before the last year with bank
/// holidays ends (12 by default), to import the next years: until then working-day dates after it are provisional.
/// </summary>
public class BankHolidayNoticeTests
{
    [Test]
    public async Task No_notice_while_the_calendar_runs_far_enough_ahead()
    {
        await using var factory = new PanelWebApplicationFactory();
        using var admin = await factory.HtmlClientFor(Personas.Administrator);

        // 20 November 2026: bank holidays run to the end of 2028, and the warning starts on 1 January 2028.
        (await admin.GetPage("/admin/bank-holidays")).QuerySelector(".app-bank-holiday-notice").Should().BeNull();
    }

    [Test]
    public async Task From_twelve_months_before_the_last_year_ends_the_administrator_is_asked_to_import_the_next_one()
    {
        await using var factory = new PanelWebApplicationFactory();
        factory.Clock.SetUtcNow(new DateTimeOffset(2028, 1, 3, 9, 0, 0, TimeSpan.Zero));
        using var admin = await factory.HtmlClientFor(Personas.Administrator);
        using var officer = await factory.HtmlClientFor(Personas.SendOfficer);

        foreach (var path in new[] { "/", "/admin/bank-holidays", "/admin/sector-profiles" })
        {
            var page = await admin.GetPage(path);
            var notice = page.QuerySelector(".app-bank-holiday-notice")!;
            notice.Should().NotBeNull($"the notice is on the administrator's page {path}");
            notice.Text(".govuk-notification-banner__heading").Should().Contain("Bank holidays are recorded only up to 31 December 2028.").And.Contain("Import the bank holidays for 2029");
            notice.QuerySelector("a")!.GetAttribute("href").Should().Be("/admin/bank-holidays?year=2029");
            notice.TextContent.Should().Contain("shown as provisional");
        }

        (await officer.GetPage("/worklist")).QuerySelector(".app-bank-holiday-notice").Should().BeNull("the notice is the administrator's");
    }

    [Test]
    public async Task The_deadlines_page_marks_a_date_counted_in_working_days_in_a_year_without_bank_holidays_as_provisional()
    {
        await using var factory = new PanelWebApplicationFactory();
        factory.Clock.SetUtcNow(new DateTimeOffset(2028, 11, 10, 10, 0, 0, TimeSpan.Zero));
        using var api = await factory.ClientFor(Personas.SendOfficer);
        var created = await api.PostAsJsonAsync("/api/v1/placement-requests",
            A.PlacementRequest() with { Type = Domain.PlacementRequests.RequestType.ChangeOfPlacement, ReceivedDate = new DateOnly(2028, 11, 1) });
        created.StatusCode.Should().Be(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        // A letter on Fri 10 Nov 2028: 2 months later is Wed 10 Jan 2029, a year whose bank holidays are not recorded.
        (await api.PostAsJsonAsync($"/api/v1/placement-requests/{id}/clock-events", new { @event = "DecisionLetterSent", date = new DateOnly(2028, 11, 10) })).EnsureSuccessStatusCode();
        using var officer = await factory.HtmlClientFor(Personas.SendOfficer);

        var page = await officer.GetPage($"/cases/{id}/deadlines");

        var appeal = page.QuerySelectorAll(".app-deadlines tbody tr").Single(r => r.Text("th[scope=row]").StartsWith("Appeal window closes", StringComparison.Ordinal));
        appeal.TextContent.Should().Contain("10 January 2029").And.Contain("Provisional").And.Contain("No bank holidays are recorded for 2029 yet");
        page.Text(".app-provisional-dates").Should().Contain("they are recorded up to 2028");
        page.QuerySelectorAll(".app-deadlines .app-provisional").Should().ContainSingle("only the appeal deadline is counted in working days");
    }

    [Test]
    public async Task The_family_is_told_on_their_pages_that_a_date_counted_in_a_year_without_bank_holidays_may_change()
    {
        await using var factory = new PanelWebApplicationFactory();
        factory.Clock.SetUtcNow(new DateTimeOffset(2028, 11, 10, 10, 0, 0, TimeSpan.Zero));
        using var api = await factory.ClientFor(Personas.SendOfficer);
        var created = await api.PostAsJsonAsync("/api/v1/placement-requests",
            A.PlacementRequest() with { Type = Domain.PlacementRequests.RequestType.ChangeOfPlacement, ReceivedDate = new DateOnly(2028, 11, 1) });
        created.StatusCode.Should().Be(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var body = await created.Content.ReadFromJsonAsync<JsonElement>();
        var id = body.GetProperty("id").GetGuid();
        using (var admin = await factory.ClientFor(Personas.Administrator))
        {
            var family = (await admin.GetFromJsonAsync<JsonElement>("/api/v1/users?role=Family")).EnumerateArray().Single(u => u.GetProperty("id").GetString() == Personas.Family.Id);
            var linked = await admin.PostAsJsonAsync($"/api/v1/users/{Uri.EscapeDataString(Personas.Family.Id)}/child-links",
                new { caseReference = body.GetProperty("reference").GetString(), relationship = "Mother", expectedVersion = family.GetProperty("version").GetInt32() });
            linked.StatusCode.Should().Be(HttpStatusCode.OK, await linked.Content.ReadAsStringAsync());
        }

        // A letter on Fri 10 Nov 2028: 2 months later is Wed 10 Jan 2029, a year whose bank holidays are not recorded.
        (await api.PostAsJsonAsync($"/api/v1/placement-requests/{id}/clock-events", new { @event = "DecisionLetterSent", date = new DateOnly(2028, 11, 10) })).EnsureSuccessStatusCode();
        using var familyPages = await factory.HtmlClientFor(Personas.Family);

        var request = await familyPages.GetPage($"/your-requests/{id}");
        var appeal = request.QuerySelectorAll("main li").Single(li => li.TextContent.Contains("The last day to appeal", StringComparison.Ordinal));
        appeal.TextContent.Should().Contain("10 January 2029");
        appeal.Text(".app-date-may-change").Should().Be("This date may change: it depends on bank holidays that have not been published yet for that year.");

        var next = await familyPages.GetPage($"/your-requests/{id}/what-happens-next");
        var row = next.QuerySelectorAll("table.app-family-deadlines tbody tr").Single(r => r.TextContent.Contains("The last day to appeal", StringComparison.Ordinal));
        row.TextContent.Should().Contain("10 January 2029");
        row.QuerySelector(".app-date-may-change").Should().NotBeNull();
        next.QuerySelectorAll(".app-date-may-change").Should().ContainSingle("only the appeal deadline is counted in working days");
    }
}
