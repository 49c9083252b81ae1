using Microsoft.Playwright;
using PanelCaseManager.Infrastructure.DemoData;

namespace PanelCaseManager.Browser.Tests;

/// <summary>Issue 19: what waits for the officer today, from the home page's counts to the case's next deadline.</summary>
public partial class OfficerJourneyTests
{
    [Test]
    public async Task An_officer_follows_the_home_pages_overdue_count_to_the_caseload_by_next_deadline_and_a_cases_deadline()
    {
        var page = await NewPage();
        await page.GotoAsync("/");
        await SignIn(page, Personas.SendOfficer, "/");
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/");
        await page.Locator(".app-waiting").First.WaitForAsync();
        await Visit(page, "deadlines-01-home-counts");

        var overdue = page.Locator("[data-count=my-overdue] a");
        var count = int.Parse((await overdue.Locator("strong").InnerTextAsync()).Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
        count.Should().BeGreaterThan(0, "the demonstration cases have deadlines overdue");
        (await page.Locator("[data-count=my-letters]").InnerTextAsync()).Should().Contain("letter still to issue");

        await overdue.ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("deadline=overdue", StringComparison.Ordinal));
        await Visit(page, "deadlines-02-caseload-overdue-by-next-deadline");
        (await page.Locator("table.app-caseload th[aria-sort=ascending]").InnerTextAsync()).Should().Contain("Next deadline");
        var rows = page.Locator("table.app-caseload tbody tr");
        (await rows.CountAsync()).Should().Be(Math.Min(count, 25), "the count is the size of the list it opens");
        (await page.Locator("table.app-caseload tbody td.app-next-deadline").AllInnerTextsAsync()).Should().OnlyContain(t => t.Contains("Overdue by", StringComparison.Ordinal));

        await rows.First.GetByRole(AriaRole.Link).First.ClickAsync();
        await page.WaitForURLAsync(CasePage());
        await Visit(page, "deadlines-03-case-next-deadline");
        (await page.Locator(".moj-identity-bar .app-next-deadline").InnerTextAsync()).Should().Contain("Next deadline:").And.Contain("Overdue by");
        (await page.Locator(".app-overview-deadline").InnerTextAsync()).Should().Contain("Overdue by");

        await page.GotoAsync("/worklist?status=critically-overdue");
        await Visit(page, "deadlines-04-worklist-by-child");
        var children = await page.Locator("table.app-worklist tbody tr td:first-child strong").AllInnerTextsAsync();
        children.Should().OnlyHaveUniqueItems("the worklist has a row per child");
    }
}
