using Microsoft.Playwright;
using PanelCaseManager.Infrastructure.DemoData;

namespace PanelCaseManager.Browser.Tests;

/// <summary>The family's and the auditor's journeys, each page checked with axe and kept as a screenshot.</summary>
public class FamilyAndAuditorJourneyTests : JourneyTest
{
    [Test]
    public async Task A_parent_finds_their_request_sees_what_happens_next_gives_their_views_and_reads_their_rights()
    {
        var page = await NewPage();
        await SignIn(page, Personas.Family);
        await Visit(page, "family-01-home");

        await page.GetByRole(AriaRole.Link, new() { Name = "Your requests" }).First.ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/your-requests");
        await Visit(page, "family-02-your-requests");

        await page.Locator(".app-family-request a").First.ClickAsync();
        await page.Locator("#your-letters").WaitForAsync();
        await Visit(page, "family-03-request");
        (await page.Locator("main").InnerTextAsync()).Should().Contain("What happens next").And.Contain("Your letters");

        await page.GetByRole(AriaRole.Link, new() { Name = "See all the dates, and why they are set" }).ClickAsync();
        await page.Locator("h1", new() { HasText = "What happens next" }).WaitForAsync();
        await Visit(page, "family-04-what-happens-next");
        await page.Locator(".govuk-back-link").ClickAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Give your views" }).ClickAsync();
        await Visit(page, "family-05-give-your-views");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save your views" }).ClickAsync();
        await page.Locator(".govuk-error-summary").WaitForAsync();
        await Visit(page, "family-06-give-your-views-errors");
        (await page.Locator(".govuk-error-summary").InnerTextAsync()).Should().Contain("Say whose views these are.").And.Contain("Tell us what matters most.");

        await page.GetByLabel("My views, as a parent or carer").CheckAsync();
        await page.GetByLabel("What matters most?").FillAsync("Leo is happiest in a small, calm class where adults know him well.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save your views" }).ClickAsync();
        await page.Locator(".govuk-notification-banner--success").WaitForAsync();
        await Visit(page, "family-07-views-saved");
        (await page.Locator("main").InnerTextAsync()).Should().Contain("small, calm class");

        await page.GetByRole(AriaRole.Link, new() { Name = "Your rights and who can help" }).First.ClickAsync();
        await page.Locator("h1", new() { HasText = "Your rights and who can help" }).WaitForAsync();
        await Visit(page, "family-08-your-rights");
        (await page.Locator("main").InnerTextAsync()).Should().Contain("SENDIASS").And.Contain("Mediation").And.Contain("SEND Tribunal");
    }

    [Test]
    public async Task An_auditor_finds_a_decision_reads_the_case_history_exports_it_and_checks_the_trail()
    {
        var page = await NewPage();
        await SignIn(page, Personas.Auditor);
        await page.GetByRole(AriaRole.Link, new() { Name = "Decisions and audit" }).ClickAsync();
        await Visit(page, "auditor-01-find-decisions");

        await page.GetByRole(AriaRole.Button, new() { Name = "Find decisions" }).ClickAsync();
        await page.Locator("table.app-decisions").WaitForAsync();
        await Visit(page, "auditor-02-decisions");

        await page.Locator("table.app-decisions tbody tr").First.GetByRole(AriaRole.Link).First.ClickAsync();
        await page.Locator("h1", new() { HasText = "Case history" }).WaitForAsync();
        await Visit(page, "auditor-03-case-history");
        (await page.Locator("table.app-audit-events tbody tr").CountAsync()).Should().BeGreaterThan(0);

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "CSV" }).ClickAsync());
        download.SuggestedFilename.Should().Be("audit-events.csv");

        await page.GotoAsync("/audit/export");
        await Visit(page, "auditor-04-export");

        await page.GotoAsync("/audit/verify");
        await page.GetByRole(AriaRole.Button, new() { Name = "Check the audit trail" }).ClickAsync();
        await page.Locator(".app-verdict").WaitForAsync();
        await Visit(page, "auditor-05-verified");
        (await page.Locator(".govuk-panel__title").InnerTextAsync()).Should().Be("The audit trail is intact", await page.Locator(".app-verdict").InnerTextAsync());
        (await page.Locator(".app-verdict-notes").InnerTextAsync()).Should().Contain("vouched for outside the database");

        var statement = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Sign where the trail ends and download the statement" }).ClickAsync());
        statement.SuggestedFilename.Should().StartWith("audit-trail-statement-event-").And.EndWith(".json");
        var checkpoints = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Download every checkpoint (JSON lines)" }).ClickAsync());
        checkpoints.SuggestedFilename.Should().Be("audit-checkpoints.jsonl");
    }
}
