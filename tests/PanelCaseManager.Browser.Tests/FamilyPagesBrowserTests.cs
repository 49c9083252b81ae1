using System.Globalization;
using Microsoft.Playwright;
using PanelCaseManager.Domain.Common;
using PanelCaseManager.Infrastructure.DemoData;

namespace PanelCaseManager.Browser.Tests;

/// <summary>
/// The footer's pages (accessibility statement, privacy notice, contact) for someone not signed in and for a family,
/// and an officer telling the family why a deadline is late, each page checked with axe and kept as a screenshot.
/// </summary>
public class FamilyPagesBrowserTests : JourneyTest
{
    [Test]
    public async Task Anyone_reads_the_accessibility_statement_privacy_notice_and_contact_page_from_the_footer()
    {
        var page = await NewPage();
        await page.GotoAsync("/sign-in");
        foreach (var (link, heading, name) in new[]
                 {
                     ("Accessibility statement", "Accessibility statement", "footer-01-accessibility"),
                     ("Privacy notice", "Privacy notice", "footer-02-privacy"),
                     ("Contact", "Contact us", "footer-03-contact"),
                 })
        {
            await page.Locator("footer").GetByRole(AriaRole.Link, new() { Name = link, Exact = true }).ClickAsync();
            await page.Locator("h1", new() { HasText = heading }).WaitForAsync();
            await Visit(page, name);
        }

        await SignIn(page, Personas.Family);
        await page.Locator("footer").GetByRole(AriaRole.Link, new() { Name = "Privacy notice", Exact = true }).ClickAsync();
        await page.Locator("h1", new() { HasText = "Privacy notice" }).WaitForAsync();
        await Visit(page, "footer-04-privacy-as-family");
        (await page.Locator(".govuk-service-navigation__service-name").InnerTextAsync()).Should().Be("Your child's school place");
        (await page.Locator("footer a[href='/api-docs']").CountAsync()).Should().Be(0, "families see no staff links");
    }

    [Test]
    public async Task An_officer_tells_the_family_why_an_overdue_deadline_is_late_and_when_to_expect_it()
    {
        var today = UkCalendar.Today(TimeProvider.System);
        var page = await NewPage();
        await SignIn(page, Personas.SendOfficer, "/worklist");
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/worklist");
        var caseLink = await page.Locator("main table a[href^='/cases/']").First.GetAttributeAsync("href");
        await page.GotoAsync($"{caseLink}/deadlines");
        await page.Locator(".app-late-not-explained").First.WaitForAsync();
        await Visit(page, "late-01-deadlines");

        await page.Locator(".app-deadline-status").GetByRole(AriaRole.Link).First.ClickAsync();
        await page.Locator("h1", new() { HasText = "Tell the family why it is late" }).WaitForAsync();
        await Visit(page, "late-02-form");

        await page.GetByRole(AriaRole.Button, new() { Name = "Tell the family" }).ClickAsync();
        await page.Locator(".govuk-error-summary").WaitForAsync();
        await Visit(page, "late-03-errors");

        var expected = today.AddDays(21);
        await page.GetByLabel("Why is it late?").FillAsync("The school has not sent its report yet. We have asked again.");
        await page.Locator("#expectedBy").FillAsync(expected.Day.ToString(CultureInfo.InvariantCulture));
        await page.Locator("#expectedBy-month").FillAsync(expected.Month.ToString(CultureInfo.InvariantCulture));
        await page.Locator("#expectedBy-year").FillAsync(expected.Year.ToString(CultureInfo.InvariantCulture));
        await page.GetByRole(AriaRole.Button, new() { Name = "Tell the family" }).ClickAsync();
        await page.Locator(".govuk-notification-banner--success").WaitForAsync();
        await Visit(page, "late-04-told");
        (await page.Locator(".app-late-explained").First.InnerTextAsync()).Should().Contain("The school has not sent its report yet.");
    }
}
