using System.Globalization;
using Microsoft.Playwright;
using PanelCaseManager.Domain.Common;
using PanelCaseManager.Infrastructure.DemoData;

namespace PanelCaseManager.Browser.Tests;

/// <summary>
/// Issue 16's journey on the demonstration data: the officer records the tribunal's decision on Maya Okafor's appeal
/// (registered in the demo, its hearing set) and the order it made, and sees the order's deadline; the team manager reads
/// the appeals report; the family reads where Poppy's appeal stands and what the council must do by when. Every page is
/// checked with axe and at 320 px.
/// </summary>
public class AppealsJourneyTests : JourneyTest
{
    private static async Task FillDate(IPage page, string field, DateOnly date)
    {
        await page.Locator($"#{field}").FillAsync(date.Day.ToString(CultureInfo.InvariantCulture));
        await page.Locator($"#{field}-month").FillAsync(date.Month.ToString(CultureInfo.InvariantCulture));
        await page.Locator($"#{field}-year").FillAsync(date.Year.ToString(CultureInfo.InvariantCulture));
    }

    private static string Date(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"));

    [Test]
    public async Task An_officer_records_a_decision_and_its_order_the_manager_reads_the_report_and_the_family_sees_what_the_council_must_do()
    {
        var today = UkCalendar.Today(TimeProvider.System);

        // The officer, on Maya's case: the appeal about the school named in her plan was registered in the demo.
        var officer = await NewPage();
        await SignIn(officer, Personas.SendOfficer, "/cases");
        await officer.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/cases");
        await officer.GetByLabel("Search").FillAsync("Okafor");
        await officer.GetByRole(AriaRole.Button, new() { Name = "Apply filters" }).ClickAsync();
        await officer.WaitForURLAsync(url => url.Contains("Okafor", StringComparison.Ordinal));
        await officer.Locator("table.app-caseload tbody tr").Filter(new() { HasText = "Maya" }).First.GetByRole(AriaRole.Link).First.ClickAsync();
        await officer.Locator(".moj-identity-bar").WaitForAsync();
        await officer.GetByRole(AriaRole.Link, new() { Name = "Mediation and appeals", Exact = true }).ClickAsync();
        await officer.WaitForURLAsync(url => url.EndsWith("/appeals", StringComparison.Ordinal));
        await Visit(officer, "appeals-01-officer-tab");
        (await officer.Locator(".app-appeal").InnerTextAsync()).Should().Contain("Not decided yet");

        await officer.Locator(".app-appeal").GetByRole(AriaRole.Link, new() { Name = "Update" }).ClickAsync();
        await officer.Locator("form.app-record-appeal").WaitForAsync();
        await Visit(officer, "appeals-02-update-appeal");
        await officer.GetByLabel("Appeal allowed", new() { Exact = true }).CheckAsync();
        await FillDate(officer, "decidedOn", today);
        await officer.GetByRole(AriaRole.Button, new() { Name = "Save the appeal" }).ClickAsync();
        await officer.WaitForURLAsync(url => url.EndsWith("/appeals", StringComparison.Ordinal));
        (await officer.Locator(".govuk-notification-banner--success").InnerTextAsync()).Should().Contain("is updated");

        await officer.Locator(".app-appeal").GetByRole(AriaRole.Link, new() { Name = "Record an order" }).ClickAsync();
        await officer.GetByRole(AriaRole.Button, new() { Name = "Record the order" }).WaitForAsync();
        await Visit(officer, "appeals-03-add-order");
        await officer.GetByLabel("Amend the plan to name the school or type").CheckAsync();
        await FillDate(officer, "madeOn", today);
        await officer.GetByRole(AriaRole.Button, new() { Name = "Record the order" }).ClickAsync();
        await officer.WaitForURLAsync(url => url.EndsWith("/appeals", StringComparison.Ordinal));
        (await officer.Locator(".govuk-notification-banner--success").InnerTextAsync()).Should().Contain("The order is recorded");

        // Reg 44(2)(f): within 2 weeks of the order: counting from the day after, two weeks end 14 days after today.
        var due = today.AddDays(14);
        var order = officer.Locator("table.app-orders tbody tr").Filter(new() { HasText = "Amend the plan to name the school or type" });
        (await order.InnerTextAsync()).Should().Contain(Date(due));
        await Visit(officer, "appeals-04-order-recorded");

        await officer.GetByRole(AriaRole.Link, new() { Name = "Deadlines", Exact = true }).ClickAsync();
        await officer.WaitForURLAsync(url => url.EndsWith("/deadlines", StringComparison.Ordinal));
        (await officer.Locator("table.app-deadlines tbody tr").Filter(new() { HasText = "Tribunal order: plan amended to name the school or type" }).First.InnerTextAsync())
            .Should().Contain(Date(due));
        await Visit(officer, "appeals-05-order-on-the-deadlines");

        // The team manager's report: the demo's appeals are in this year's figures.
        var manager = await NewPage();
        await SignIn(manager, Personas.TeamManager, "/appeals-report");
        await manager.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/appeals-report");
        await manager.Locator("table.app-appeals-rate").WaitForAsync();
        (await manager.Locator("table.app-appeals-rate").InnerTextAsync()).Should().Contain("Appeals registered");
        await Visit(manager, "appeals-06-report");

        // The family: Poppy's appeal was not opposed, and the council must name the school within 2 weeks (reg 45).
        var family = await NewPage();
        await SignIn(family, Personas.Family, "/your-requests");
        await family.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/your-requests");
        await family.GetByRole(AriaRole.Link, new() { Name = "Poppy", Exact = false }).First.ClickAsync();
        await family.Locator("a.app-mediation-and-appeal").ClickAsync();
        await family.WaitForURLAsync(url => url.EndsWith("/mediation-and-appeal", StringComparison.Ordinal));
        await Visit(family, "appeals-07-family-page");
        (await family.Locator(".app-appeal-answer").InnerTextAsync()).Should().Contain("we will not fight your appeal");
        var duty = family.Locator(".app-council-duty").Filter(new() { HasText = "We change the plan to name the school the tribunal set" });
        (await duty.Locator(".app-duty-by").InnerTextAsync()).Should().MatchRegex(@"^\d{1,2} [A-Z][a-z]+ \d{4}$");
    }
}
