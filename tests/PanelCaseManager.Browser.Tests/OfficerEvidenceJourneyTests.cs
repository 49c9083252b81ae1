using System.Text;
using Microsoft.Playwright;
using PanelCaseManager.Infrastructure.DemoData;

namespace PanelCaseManager.Browser.Tests;

/// <summary>The SEND officer's worklist, and gathering a case's evidence, advice and views in the browser.</summary>
public class OfficerEvidenceJourneyTests : JourneyTest
{
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    private static DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, London).DateTime);

    private static async Task FillDate(ILocator group, DateOnly date)
    {
        await group.GetByLabel("Day").FillAsync(date.Day.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await group.GetByLabel("Month").FillAsync(date.Month.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await group.GetByLabel("Year").FillAsync(date.Year.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Test]
    public async Task An_officer_works_from_the_worklist_uploads_and_downloads_evidence_asks_for_and_records_advice_and_records_the_childs_views()
    {
        var page = await NewPage();
        await SignIn(page, Personas.SendOfficer);
        await page.GetByRole(AriaRole.Link, new() { Name = "Worklist", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/worklist");
        await Visit(page, "evidence-01-worklist");
        (await page.Locator("h1").InnerTextAsync()).Should().Contain("Your worklist");
        var badges = await page.Locator("table.app-worklist .moj-badge").AllInnerTextsAsync();
        badges.Should().NotBeEmpty("the demonstration cases have statutory deadlines open");

        // A case still gathering its evidence: advice can be asked for on it.
        var hrefs = (await page.Locator("table.app-worklist tbody tr td:first-child a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))")).Distinct().ToList();
        string? chosen = null;
        foreach (var href in hrefs)
        {
            await page.GotoAsync("/worklist");
            await page.Locator($"table.app-worklist a[href='{href}']").First.ClickAsync();
            await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == href);
            var bar = await page.Locator(".moj-identity-bar").InnerTextAsync();
            if (bar.Contains("Gathering evidence", StringComparison.Ordinal) || bar.Contains("Request received", StringComparison.Ordinal))
            {
                chosen = href;
                break;
            }
        }

        chosen.Should().NotBeNull("the worklist should hold a case that is still gathering evidence");
        await Visit(page, "evidence-02-case-from-worklist");

        await page.Locator(".moj-sub-navigation").GetByRole(AriaRole.Link, new() { Name = "Evidence" }).ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == $"{chosen}/evidence");
        await Visit(page, "evidence-03-evidence-tab");

        await page.GetByRole(AriaRole.Button, new() { Name = "Add evidence" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Add the evidence" }).ClickAsync();
        await page.Locator(".govuk-error-summary").WaitForAsync();
        await Visit(page, "evidence-04-add-evidence-errors");
        (await page.Locator(".govuk-error-summary").InnerTextAsync()).Should().Contain("Choose a file to upload.").And.Contain("Say who wrote the document.");

        var fileName = $"ep-report-{Guid.NewGuid():N}.pdf";
        var content = Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n% Educational psychology report\ntrailer << /Root 1 0 R >>\n%%EOF\n");
        var upload = Path.Combine(Path.GetTempPath(), fileName);
        await File.WriteAllBytesAsync(upload, content);
        await page.Locator("#file").SetInputFilesAsync(upload);
        await page.GetByLabel("Kind of evidence").SelectOptionAsync("Assessment");
        await page.GetByLabel("Written by").FillAsync("Dr Helen Morgan, educational psychologist");
        await FillDate(page.GetByRole(AriaRole.Group, new() { Name = "Date it was received" }), Today);
        await page.GetByLabel("Summary for the panel").FillAsync("Needs a small, calm setting with a consistent adult.");
        await Visit(page, "evidence-05-add-evidence");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add the evidence" }).ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == $"{chosen}/evidence");
        (await page.Locator(".govuk-notification-banner--success").InnerTextAsync()).Should().Contain($"{fileName} is added to the evidence");
        await Visit(page, "evidence-06-evidence-added");

        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("table.app-evidence a", new() { HasText = fileName }).ClickAsync());
        download.SuggestedFilename.Should().Be(fileName);
        (await File.ReadAllBytesAsync((await download.PathAsync())!)).Should().Equal(content, "the document downloads exactly as it was uploaded");

        await page.Locator(".moj-sub-navigation").GetByRole(AriaRole.Link, new() { Name = "Advice" }).ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == $"{chosen}/advice");
        var form = page.Locator("form.app-request-advice");
        await form.GetByLabel("Health", new() { Exact = true }).CheckAsync();
        await form.GetByLabel("Asked of").FillAsync("Community paediatrics, Lister Hospital");
        await FillDate(form.GetByRole(AriaRole.Group, new() { Name = "Date it was asked for" }), Today);
        await Visit(page, "evidence-07-advice-tab");
        await form.GetByRole(AriaRole.Button, new() { Name = "Record the request for advice" }).ClickAsync();
        await page.Locator(".govuk-notification-banner--success").WaitForAsync();
        await Visit(page, "evidence-08-advice-requested");
        var row = page.Locator("table.app-advice tbody tr", new() { HasText = "Community paediatrics, Lister Hospital" }).Last;
        (await row.Locator(".govuk-tag").InnerTextAsync()).Should().Be("Outstanding");

        await row.GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Record it received") }).ClickAsync();
        await page.Locator("h1", new() { HasText = "Record advice received" }).WaitForAsync();
        await FillDate(page.GetByRole(AriaRole.Group, new() { Name = "Date the advice was received" }), Today);
        await page.GetByLabel("Summary of the advice").FillAsync("Needs daily speech and language therapy.");
        await page.GetByLabel("What the agency recommends (optional)").FillAsync("A setting with on-site therapy.");
        await Visit(page, "evidence-09-record-advice-received");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record the advice" }).ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == $"{chosen}/advice");
        (await page.Locator(".govuk-notification-banner--success").InnerTextAsync()).Should().Contain("is recorded as received");
        await Visit(page, "evidence-10-advice-received");

        await page.Locator(".moj-sub-navigation").GetByRole(AriaRole.Link, new() { Name = "Views" }).ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == $"{chosen}/views");
        await page.GetByLabel("The child's own views").CheckAsync();
        await page.GetByLabel("Given by").FillAsync("The child, with their teaching assistant");
        await FillDate(page.GetByRole(AriaRole.Group, new() { Name = "Date they were gathered" }), Today);
        await page.GetByLabel("How they were gathered").FillAsync("Talking together, using pictures");
        await page.GetByLabel("What matters to them").FillAsync("My friends, and a quiet room when it gets loud.");
        await Visit(page, "evidence-11-views-form");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record the views" }).ClickAsync();
        await page.Locator(".govuk-notification-banner--success").WaitForAsync();
        await Visit(page, "evidence-12-views-recorded");
        (await page.Locator(".app-case-view").First.InnerTextAsync()).Should().Contain("a quiet room when it gets loud");
        File.Delete(upload);
    }
}
