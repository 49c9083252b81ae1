using System.Globalization;
using Microsoft.Playwright;
using PanelCaseManager.Domain.Common;
using PanelCaseManager.Infrastructure.DemoData;

namespace PanelCaseManager.Browser.Tests;

/// <summary>
/// The SEND officer's deadlines and consultations, on the demonstration case whose panel named a setting other than
/// the family's preference (Theo Campbell's: Beechwood SEMH School).
/// </summary>
public class OfficerDeadlinesJourneyTests : JourneyTest
{
    private static string Day(DateOnly date) => date.Day.ToString(CultureInfo.InvariantCulture);

    private static string Month(DateOnly date) => date.Month.ToString(CultureInfo.InvariantCulture);

    private static string Year(DateOnly date) => date.Year.ToString(CultureInfo.InvariantCulture);

    private static async Task FillDate(IPage page, string field, DateOnly date)
    {
        await page.Locator($"#{field}").FillAsync(Day(date));
        await page.Locator($"#{field}-month").FillAsync(Month(date));
        await page.Locator($"#{field}-year").FillAsync(Year(date));
    }

    [Test]
    public async Task An_officer_records_an_exception_on_the_deadlines_then_consults_a_setting_and_records_its_response()
    {
        var today = UkCalendar.Today(TimeProvider.System);
        var page = await NewPage();
        await SignIn(page, Personas.SendOfficer, "/cases");
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/cases");

        await page.GetByLabel("Search").FillAsync("Campbell");
        await page.GetByLabel("Stage").SelectOptionAsync("Decided");
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply filters" }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("stage=Decided", StringComparison.Ordinal));
        await page.Locator("table.app-caseload tbody tr").Filter(new() { HasText = "Theo" }).First.GetByRole(AriaRole.Link).First.ClickAsync();
        await page.Locator(".moj-identity-bar").WaitForAsync();
        (await page.Locator(".moj-identity-bar").InnerTextAsync()).Should().Contain("Theo");

        await page.GetByRole(AriaRole.Link, new() { Name = "Deadlines", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(url => url.EndsWith("/deadlines", StringComparison.Ordinal));
        await Visit(page, "deadlines-01-deadlines");
        (await page.Locator("table.app-deadlines tbody tr").CountAsync()).Should().BeGreaterThan(0);
        (await page.Locator("table.app-deadlines .govuk-tag").AllInnerTextsAsync()).Should().NotBeEmpty();

        await page.GetByRole(AriaRole.Link, new() { Name = "Record an exception" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Record the exception" }).ClickAsync();
        await page.Locator(".govuk-error-summary").WaitForAsync();
        await Visit(page, "deadlines-02-exception-errors");
        (await page.Locator(".govuk-error-summary").InnerTextAsync()).Should().Contain("Choose the reason for the exception");

        await page.GetByLabel("Exceptional personal circumstances affecting the child or young person or their family.").CheckAsync();
        await FillDate(page, "startDate", today.AddDays(-20));
        await FillDate(page, "endDate", today.AddDays(-10));
        await page.GetByLabel("Note (optional)").FillAsync("A family bereavement; the family asked for the assessment to pause.");
        await Screenshot(page, "deadlines-03-exception-filled");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record the exception" }).ClickAsync();
        await page.WaitForURLAsync(url => url.EndsWith("/deadlines", StringComparison.Ordinal));
        (await page.Locator(".govuk-notification-banner--success").InnerTextAsync()).Should().Contain("The exception is recorded, from");
        (await page.Locator("table.app-exceptions").InnerTextAsync()).Should().Contain("A family bereavement").And.Contain("Not told yet");
        await Visit(page, "deadlines-04-exception-recorded");

        // CoP 9.42: the family is told, and the officer records when.
        await page.GetByRole(AriaRole.Link, new() { Name = "Record when the family was told" }).ClickAsync();
        await page.Locator("#toldOn").WaitForAsync();
        await Visit(page, "deadlines-04a-family-told");
        await FillDate(page, "toldOn", today.AddDays(-9));
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the date" }).ClickAsync();
        await page.WaitForURLAsync(url => url.EndsWith("/deadlines", StringComparison.Ordinal));
        (await page.Locator("table.app-exceptions").InnerTextAsync()).Should().NotContain("Not told yet");

        await page.GetByRole(AriaRole.Link, new() { Name = "Consultations", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(url => url.EndsWith("/consultations", StringComparison.Ordinal));
        await Visit(page, "deadlines-05-consultations");

        await page.GetByRole(AriaRole.Button, new() { Name = "Consult a setting" }).Or(page.GetByRole(AriaRole.Link, new() { Name = "Consult a setting" })).ClickAsync();
        await page.Locator("#settingId").WaitForAsync();
        (await page.Locator("#settingId option").Nth(1).InnerTextAsync()).Should().Contain("the family's preference 1");
        await Visit(page, "deadlines-06-consult-a-setting");
        await page.GetByLabel("Which setting was consulted?").SelectOptionAsync(new SelectOptionValue { Label = "Beechwood SEMH School (URN 117690)" });
        await FillDate(page, "sentOn", today);
        await page.GetByRole(AriaRole.Button, new() { Name = "Record the consultation" }).ClickAsync();
        await page.WaitForURLAsync(url => url.EndsWith("/consultations", StringComparison.Ordinal));
        (await page.Locator(".govuk-notification-banner--success").InnerTextAsync()).Should().Contain("Beechwood SEMH School is consulted");
        await Visit(page, "deadlines-07-consulted");

        await page.Locator("table.app-consultations tbody tr").Filter(new() { HasText = "Beechwood SEMH School" }).GetByRole(AriaRole.Link, new() { Name = "Record the response" }).ClickAsync();
        await page.Locator("#respondedOn").WaitForAsync();
        await Visit(page, "deadlines-08-response-form");
        await FillDate(page, "respondedOn", today);
        await page.GetByLabel("Can meet the child's needs, with conditions").CheckAsync();
        await page.GetByLabel("Summary of the response").FillAsync("A place from the start of next term, with a phased start.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record the response" }).ClickAsync();
        await page.WaitForURLAsync(url => url.EndsWith("/consultations", StringComparison.Ordinal));
        (await page.Locator("table.app-consultations").InnerTextAsync()).Should().Contain("Can meet the child's needs, with conditions");
        await Visit(page, "deadlines-09-response-recorded");
    }
}
