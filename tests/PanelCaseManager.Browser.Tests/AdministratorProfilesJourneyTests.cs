using Microsoft.Playwright;
using PanelCaseManager.Infrastructure.DemoData;

namespace PanelCaseManager.Browser.Tests;

/// <summary>The administrator's journey through sector profiles and letter templates, each page checked with axe and kept as a screenshot.</summary>
public class AdministratorProfilesJourneyTests : JourneyTest
{
    [Test]
    public async Task An_administrator_redrafts_and_publishes_a_sector_profile_then_changes_and_previews_a_letter()
    {
        var page = await NewPage();
        await SignIn(page, Personas.Administrator);

        await page.GetByRole(AriaRole.Link, new() { Name = "Sector profiles" }).First.ClickAsync();
        await page.Locator("table.app-sector-profiles").WaitForAsync();
        await Visit(page, "admin-profiles-01-sector-profiles");

        var withoutDraft = page.Locator("table.app-sector-profiles tbody tr").Filter(new() { Has = page.Locator("td:nth-child(4)", new() { HasTextString = "None" }) }).First;
        var name = (await withoutDraft.Locator("a").InnerTextAsync()).Trim();
        await withoutDraft.Locator("a").ClickAsync();
        await page.Locator("h1", new() { HasTextString = name }).WaitForAsync();
        await Visit(page, "admin-profiles-02-profile");

        await page.GetByRole(AriaRole.Button, new() { Name = "Start a new draft" }).ClickAsync();
        await page.Locator("h1", new() { HasTextString = "Start a new draft" }).WaitForAsync();
        await Visit(page, "admin-profiles-03-new-draft");
        await page.GetByLabel("Name").FillAsync($"{name} (2027)");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save as a draft" }).ClickAsync();
        await page.Locator(".govuk-notification-banner--success").WaitForAsync();
        await Visit(page, "admin-profiles-04-draft-started");
        var draftNumber = (await page.Locator(".app-profile-version h2").First.InnerTextAsync()).Split(' ')[1];

        await page.GetByRole(AriaRole.Button, new() { Name = $"Edit the draft (version {draftNumber})" }).ClickAsync();
        await page.Locator("#content-areas-0-minimum").WaitForAsync();
        await Visit(page, "admin-profiles-05-edit-draft");
        (await page.Locator("input[name='content.servedNeeds']:checked").CountAsync()).Should().BeGreaterThan(0, "the draft keeps the primary needs the published version serves");
        await page.Locator("#content-areas-0-minimum").SelectOptionAsync("4");
        await page.Locator("#content-areas-0-maximum").SelectOptionAsync("1");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the draft" }).ClickAsync();
        await page.Locator(".govuk-error-summary").WaitForAsync();
        await Visit(page, "admin-profiles-06-edit-draft-error");
        (await page.Locator(".govuk-error-summary").InnerTextAsync()).Should().Contain("The range 4–1 is the wrong way round");

        await page.Locator("#content-areas-0-minimum").SelectOptionAsync("1");
        await page.Locator("#content-areas-0-maximum").SelectOptionAsync("4");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the draft" }).ClickAsync();
        await page.Locator(".govuk-notification-banner--success").WaitForAsync();
        await Visit(page, "admin-profiles-07-draft-saved");
        (await page.Locator(".app-profile-version").First.InnerTextAsync()).Should().Contain("Communication and interaction: 1 to 4");

        await page.GetByRole(AriaRole.Button, new() { Name = $"Publish version {draftNumber}" }).ClickAsync();
        await page.Locator("h1", new() { HasTextString = $"Publish version {draftNumber}?" }).WaitForAsync();
        await Visit(page, "admin-profiles-08-publish");
        await page.GetByRole(AriaRole.Button, new() { Name = $"Publish version {draftNumber}" }).ClickAsync();
        await page.Locator(".govuk-notification-banner--success").WaitForAsync();
        await Visit(page, "admin-profiles-09-published");
        (await page.Locator(".govuk-notification-banner--success").InnerTextAsync()).Should().Contain($"Version {draftNumber} is published and version");
        (await page.Locator("h1").InnerTextAsync()).Should().Be($"{name} (2027)");

        await page.GetByRole(AriaRole.Link, new() { Name = "Letter templates" }).First.ClickAsync();
        await page.Locator("table.app-letter-templates").WaitForAsync();
        await Visit(page, "admin-profiles-10-letter-templates");

        await page.GetByRole(AriaRole.Link, new() { Name = "Decline the request" }).ClickAsync();
        await page.Locator("#body").WaitForAsync();
        await Visit(page, "admin-profiles-11-letter-template");
        var wording = await page.Locator("#body").InputValueAsync();
        await page.Locator("#body").FillAsync(wording + "\n{{ child.shoe_size }}");
        await page.GetByLabel("What did you change? (optional)").FillAsync("A closing line");
        await page.Locator("button", new() { HasTextString = "Save as version" }).ClickAsync();
        await page.Locator(".govuk-error-summary").WaitForAsync();
        await Visit(page, "admin-profiles-12-letter-template-error");
        (await page.Locator(".govuk-error-summary").InnerTextAsync()).Should().MatchRegex(@"Line \d+:");
        (await page.Locator("#body").InputValueAsync()).Should().EndWith("{{ child.shoe_size }}", "the wording is kept as typed");

        await page.Locator("#body").FillAsync(wording + "\nWe will write to you again if anything changes.");
        await page.Locator("button", new() { HasTextString = "Save as version" }).ClickAsync();
        await page.Locator(".govuk-notification-banner--success").WaitForAsync();
        await Visit(page, "admin-profiles-13-letter-template-saved");
        (await page.Locator("table.app-template-versions tbody tr").First.InnerTextAsync()).Should().Contain("A closing line").And.Contain(Personas.Administrator.DisplayName);

        var preview = page.GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Preview version \\d+ as a PDF") });
        var download = await page.RunAndWaitForDownloadAsync(() => preview.ClickAsync());
        download.SuggestedFilename.Should().StartWith("preview-Decline-v").And.EndWith(".pdf");
        var typedPreview = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Preview this wording as a PDF" }).ClickAsync());
        typedPreview.SuggestedFilename.Should().Be("preview-Decline-unsaved.pdf");
    }
}
