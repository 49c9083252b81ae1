using System.Text;
using Microsoft.Playwright;
using PanelCaseManager.Infrastructure.DemoData;

namespace PanelCaseManager.Browser.Tests;

/// <summary>The administrator's catalogue and bank holidays, each page checked with axe and kept as a screenshot.</summary>
public class AdministratorCatalogueJourneyTests : JourneyTest
{
    private const string Header = "urn,name,phase,lowest_age,highest_age,kind,sector,status,in_authority_area,postcode,latitude,longitude,commissioned_places,places_filled,annual_cost";

    private static FilePayload Csv(params string[] rows) => new()
    {
        Name = "catalogue.csv",
        MimeType = "text/csv",
        Buffer = Encoding.UTF8.GetBytes(string.Join("\n", [Header, .. rows]) + "\n"),
    };

    private static string Row(string urn, string name, string places = "40", string filled = "31") =>
        $"{urn},{name},Secondary,11,16,SpecialSchool,social-emotional-and-mental-health,MaintainedSchool,true,AL1 5JQ,51.75,-0.33,{places},{filled},31000.50";

    [Test]
    public async Task An_administrator_filters_adds_changes_imports_and_exports_settings_then_imports_bank_holidays()
    {
        var page = await NewPage();
        await SignIn(page, Personas.Administrator);

        await page.GetByRole(AriaRole.Link, new() { Name = "Settings catalogue" }).First.ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/admin/settings");
        await Visit(page, "admin-catalogue-01-settings");

        await page.GetByLabel("Sector").SelectOptionAsync("complex-cognition-and-learning");
        await page.GetByLabel("In the authority's area").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply filters" }).ClickAsync();
        await page.Locator(".moj-filter__selected").WaitForAsync();
        await Visit(page, "admin-catalogue-02-filtered");
        (await page.Locator("table.app-settings").InnerTextAsync()).Should().Contain("Brookside Special School");

        await page.GetByRole(AriaRole.Button, new() { Name = "Add a setting" }).ClickAsync();
        await page.Locator("h1", new() { HasText = "Add a setting" }).WaitForAsync();
        await Visit(page, "admin-catalogue-03-add");
        await page.GetByLabel("URN").FillAsync("99");
        await page.GetByLabel("Name", new() { Exact = true }).FillAsync("Thornbury Hall School");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add the setting" }).ClickAsync();
        await page.Locator(".govuk-error-summary").WaitForAsync();
        await Visit(page, "admin-catalogue-04-add-errors");
        (await page.Locator(".govuk-error-summary").InnerTextAsync()).Should().Contain("A URN is 6 or 7 digits.").And.Contain("Choose the phase");

        await page.GetByLabel("URN").FillAsync("991001");
        await page.GetByLabel("Secondary", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Youngest age taken").FillAsync("11");
        await page.GetByLabel("Age by which pupils have left").FillAsync("16");
        await page.GetByLabel("Kind of provision").SelectOptionAsync("SpecialSchool");
        await page.GetByLabel("Sector").SelectOptionAsync("social-emotional-and-mental-health");
        await page.GetByLabel("Maintained school (mainstream or special)", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("In the authority's area").CheckAsync();
        await page.GetByLabel("Postcode").FillAsync("AL3 4PB");
        await page.GetByLabel("Latitude").FillAsync("51.76");
        await page.GetByLabel("Longitude").FillAsync("-0.35");
        await page.GetByLabel("Places commissioned").FillAsync("60");
        await page.GetByLabel("Places filled").FillAsync("52");
        await page.GetByLabel("Annual cost of a place, in pounds").FillAsync("41250.00");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add the setting" }).ClickAsync();
        await page.Locator(".govuk-notification-banner--success").WaitForAsync();
        await Visit(page, "admin-catalogue-05-added");
        (await page.Locator("h1").InnerTextAsync()).Should().Be("Thornbury Hall School");

        await page.GetByRole(AriaRole.Button, new() { Name = "Change this setting" }).ClickAsync();
        await page.Locator("h1", new() { HasText = "Change Thornbury Hall School" }).WaitForAsync();
        await Visit(page, "admin-catalogue-06-change");
        await page.GetByLabel("Places filled").FillAsync("55");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the changes" }).ClickAsync();
        await page.Locator(".govuk-notification-banner--success").WaitForAsync();
        (await page.Locator(".app-setting").InnerTextAsync()).Should().Contain("55");

        await page.GotoAsync("/admin/settings");
        await page.GetByRole(AriaRole.Button, new() { Name = "Import a CSV file" }).ClickAsync();
        await page.Locator("h1", new() { HasText = "Import settings from a CSV file" }).WaitForAsync();
        await Visit(page, "admin-catalogue-07-import");
        await page.GetByLabel("Upload the CSV file").SetInputFilesAsync(Csv(Row("991101", "Redwood Imported School"), Row("991102", "Overfull Imported School", places: "5", filled: "9")));
        await page.GetByRole(AriaRole.Button, new() { Name = "Import the file" }).ClickAsync();
        await page.Locator("table.app-import-errors").WaitForAsync();
        await Visit(page, "admin-catalogue-08-import-errors");
        (await page.Locator("table.app-import-errors tbody").InnerTextAsync()).Should().Contain("places_filled").And.Contain("9 places filled is more than the 5 commissioned");

        await page.GetByLabel("Upload the CSV file").SetInputFilesAsync(Csv(Row("991101", "Redwood Imported School"), Row("991102", "Alder Imported School")));
        await page.GetByRole(AriaRole.Button, new() { Name = "Import the file" }).ClickAsync();
        await page.Locator(".govuk-notification-banner--success").WaitForAsync();
        await Visit(page, "admin-catalogue-09-imported");
        (await page.Locator(".govuk-notification-banner--success").InnerTextAsync()).Should().Contain("2 rows, 2 added");

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Download the catalogue (CSV)" }).ClickAsync());
        download.SuggestedFilename.Should().MatchRegex(@"^settings-\d{4}-\d{2}-\d{2}\.csv$");
        var exported = await File.ReadAllTextAsync(await download.PathAsync());
        exported.Should().Contain("991001,Thornbury Hall School").And.Contain("991102,Alder Imported School");

        await page.GetByRole(AriaRole.Link, new() { Name = "Bank holidays" }).First.ClickAsync();
        await page.Locator("h1", new() { HasText = "Bank holidays" }).WaitForAsync();
        await Visit(page, "admin-catalogue-10-bank-holidays");
        await page.GetByLabel("Type or paste the bank holidays, one a line").FillAsync("2035-12-25, Christmas Day\n2035-12-26 Boxing Day");
        await page.GetByRole(AriaRole.Button, new() { Name = "Import these bank holidays" }).ClickAsync();
        await page.Locator("table.app-import-errors").WaitForAsync();
        await Visit(page, "admin-catalogue-11-bank-holiday-errors");
        await page.GetByLabel("Type or paste the bank holidays, one a line").FillAsync("2035-12-25, Christmas Day\n2035-12-26, Boxing Day");
        await page.GetByRole(AriaRole.Button, new() { Name = "Import these bank holidays" }).ClickAsync();
        await page.Locator(".govuk-notification-banner--success").WaitForAsync();
        await Visit(page, "admin-catalogue-12-bank-holidays-imported");
        (await page.Locator("table.app-bank-holidays").InnerTextAsync()).Should().Contain("25 December 2035").And.Contain("Boxing Day");
    }
}
