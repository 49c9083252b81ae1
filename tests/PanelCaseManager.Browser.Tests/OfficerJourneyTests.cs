using System.Text.RegularExpressions;
using Microsoft.Playwright;
using PanelCaseManager.Infrastructure.DemoData;

namespace PanelCaseManager.Browser.Tests;

/// <summary>The SEND officer's journeys, from signing in to the outcome they came for.</summary>
public partial class OfficerJourneyTests : JourneyTest
{
    [Test]
    public async Task An_officer_filters_the_caseload_opens_a_case_and_withdraws_it_with_a_reason()
    {
        var page = await NewPage();
        await page.GotoAsync("/cases");
        await Visit(page, "officer-01-sign-in");
        await SignIn(page, Personas.SendOfficer, "/cases");

        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/cases");
        await Visit(page, "officer-02-caseload");

        await page.GetByLabel("Stage").SelectOptionAsync("Evidence");
        await page.GetByLabel("Officer").SelectOptionAsync("me");
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply filters" }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("stage=Evidence", StringComparison.Ordinal));
        await Visit(page, "officer-03-caseload-filtered");
        var stages = await page.Locator("table.app-caseload tbody tr td:last-child").AllInnerTextsAsync();
        stages.Should().NotBeEmpty().And.OnlyContain(s => s == "Gathering evidence");
        (await page.Locator(".moj-filter-tags").AllInnerTextsAsync()).Should().Contain(t => t.Contains("My cases"));

        var firstCase = page.Locator("table.app-caseload tbody tr").First.GetByRole(AriaRole.Link);
        var reference = await firstCase.InnerTextAsync();
        await firstCase.ClickAsync();
        await page.WaitForURLAsync(CasePage());
        await Visit(page, "officer-04-case-overview");
        (await page.Locator(".moj-identity-bar").InnerTextAsync()).Should().Contain(reference);

        await page.GetByRole(AriaRole.Link, new() { Name = "Needs and preferences" }).ClickAsync();
        await Visit(page, "officer-05-case-needs-and-preferences");
        await page.GetByRole(AriaRole.Link, new() { Name = "Overview" }).ClickAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Withdraw" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Withdraw the request" }).ClickAsync();
        await page.Locator(".govuk-error-summary").WaitForAsync();
        await Visit(page, "officer-06-withdraw-error");
        (await page.Locator(".govuk-error-summary").InnerTextAsync()).Should().Contain("Say why, to withdraw the case.");
        await page.Locator(".govuk-error-summary a").ClickAsync();
        (await page.EvaluateAsync<string>("document.activeElement.id")).Should().Be("reason", "the summary's link takes you to the field");

        await page.GetByLabel("Why?").FillAsync("The family has moved to another county, which will consider the request.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Withdraw the request" }).ClickAsync();
        await page.WaitForURLAsync(CasePage());
        (await page.Locator(".govuk-notification-banner--success").InnerTextAsync()).Should().Contain($"{reference} is now 'Withdrawn'");
        await Visit(page, "officer-07-withdrawn");

        await page.GetByRole(AriaRole.Link, new() { Name = "History" }).ClickAsync();
        await Visit(page, "officer-08-history");
        (await page.Locator(".moj-timeline__item").First.InnerTextAsync()).Should().Contain("Withdrawn").And.Contain("moved to another county").And.Contain("Amira Khan");
    }

    [Test]
    public async Task An_officer_logs_a_request_fixes_a_mistake_checks_the_answers_and_submits_it()
    {
        var page = await NewPage();
        await SignIn(page, Personas.SendOfficer);
        await page.GetByRole(AriaRole.Link, new() { Name = "Log a request" }).ClickAsync();
        await Visit(page, "request-01-start");
        await page.GetByRole(AriaRole.Button, new() { Name = "Start now" }).ClickAsync();

        // Received on the last 2 November before today (below), as a phase transfer: born in March ten years before, Kwame is in Year 6 (reg 18).
        var today = DateTime.UtcNow;
        var receivedYear = today.Month > 11 || (today.Month == 11 && today.Day > 2) ? today.Year : today.Year - 1;
        var bornYear = (receivedYear - 10).ToString(System.Globalization.CultureInfo.InvariantCulture);
        await page.GetByLabel("Family name").FillAsync("Mensah");
        await page.GetByLabel("Day").FillAsync("14");
        await page.GetByLabel("Month").FillAsync("13");
        await page.GetByLabel("Year").FillAsync(bornYear);
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await page.Locator(".govuk-error-summary").WaitForAsync();
        await Visit(page, "request-02-child-errors");
        var errors = await page.Locator(".govuk-error-summary__list li").AllInnerTextsAsync();
        errors.Should().Contain("Enter the child's given name.").And.Contain("The date of birth must be a real date, like 14 3 2016.");
        (await page.GetByLabel("Family name").InputValueAsync()).Should().Be("Mensah", "what was typed is kept");

        await page.GetByLabel("Given name").FillAsync("Kwame");
        await page.GetByLabel("Month").FillAsync("3");
        await page.GetByLabel("Home postcode (optional)").FillAsync("AL1 3AB");
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();

        await page.GetByLabel("Phase transfer").CheckAsync();
        await page.GetByLabel("Day").FillAsync("2");
        await page.GetByLabel("Month").FillAsync("11");
        await page.GetByLabel("Year").FillAsync(receivedYear.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await Visit(page, "request-03-request");
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();

        await page.GetByLabel("Primary need").SelectOptionAsync("SEMH");
        foreach (var (area, level) in new[] { ("Communication and interaction", "1 – low"), ("Cognition and learning", "1 – low"), ("Social, emotional and mental health", "3 – high"), ("Sensory and/or physical", "0 – none") })
        {
            await page.GetByRole(AriaRole.Group, new() { Name = area }).GetByLabel(level, new() { Exact = true }).CheckAsync();
        }

        await Visit(page, "request-04-needs");
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();

        var first = page.GetByRole(AriaRole.Group, new() { Name = "First choice" });
        (await first.GetByLabel("School or setting", new() { Exact = true }).IsVisibleAsync()).Should().BeFalse("a question is shown only once the answer it follows is chosen");
        await first.GetByLabel("A school or setting in the catalogue").CheckAsync();
        var setting = first.GetByRole(AriaRole.Combobox, new() { Name = "School or setting" });
        await setting.FillAsync("Beechwood");
        await page.GetByRole(AriaRole.Option, new() { Name = "Beechwood SEMH School (HP2 7DS, URN 117690)" }).ClickAsync();
        (await first.GetByLabel("Name of the school or setting", new() { Exact = true }).IsVisibleAsync()).Should().BeFalse("typing a name is for a setting not in the catalogue");
        await first.GetByLabel("The family's reasons").FillAsync("Small classes and staff who understand anxiety.");
        await Visit(page, "request-05-preferences");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add another preference" }).ClickAsync();
        var second = page.GetByRole(AriaRole.Group, new() { Name = "Second choice" });
        await second.GetByLabel("A type of provision").CheckAsync();
        await second.GetByLabel("Type of provision", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Special school" });
        await second.GetByLabel("The family's reasons").FillAsync("Any special school for SEMH near home.");
        await Visit(page, "request-05-preferences-two");
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();

        await Visit(page, "request-06-officer");
        (await page.GetByLabel("Amira Khan").IsCheckedAsync()).Should().BeTrue();
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();

        await page.WaitForURLAsync(url => url.EndsWith("/check-answers", StringComparison.Ordinal));
        await Visit(page, "request-07-check-answers");
        var summary = await page.Locator("main").InnerTextAsync();
        summary.Should().Contain("Kwame Mensah").And.Contain($"14 March {bornYear}").And.Contain("Phase transfer").And.Contain("Beechwood SEMH School (URN 117690)").And.Contain("Special school: Any special school");

        await page.GetByRole(AriaRole.Button, new() { Name = "Log the request" }).ClickAsync();
        await page.WaitForURLAsync(CasePage());
        (await page.Locator(".govuk-notification-banner--success").InnerTextAsync()).Should().MatchRegex(@"Placement request PR-\d{4}-\d{6} logged\.");
        (await page.Locator(".moj-identity-bar").InnerTextAsync()).Should().Contain("Kwame Mensah");
        await Visit(page, "request-08-logged");

        await page.GoBackAsync();
        await page.WaitForURLAsync(CasePage());
        (await page.Locator(".moj-identity-bar").InnerTextAsync()).Should().Contain("Kwame Mensah", "going back after logging it leads to the case, not to the form again");
    }

    [Test]
    public async Task Without_javascript_a_setting_is_chosen_from_the_plain_list_and_only_the_question_that_fits_is_shown()
    {
        var page = await NewPage(javaScript: false);
        await SignIn(page, Personas.SendOfficer, "/cases/new");
        await page.GetByRole(AriaRole.Button, new() { Name = "Start now" }).ClickAsync();
        await page.GetByLabel("Given name").FillAsync("Ama");
        await page.GetByLabel("Family name").FillAsync("Owusu");
        await page.GetByLabel("Day").FillAsync("4");
        await page.GetByLabel("Month").FillAsync("5");
        await page.GetByLabel("Year").FillAsync("2016");
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await page.GetByLabel("New EHC plan").CheckAsync();
        await page.GetByLabel("Day").FillAsync("2");
        await page.GetByLabel("Month").FillAsync("11");
        await page.GetByLabel("Year").FillAsync("2026");
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await page.GetByLabel("Primary need").SelectOptionAsync("ASD");
        foreach (var area in new[] { "Communication and interaction", "Cognition and learning", "Social, emotional and mental health", "Sensory and/or physical" })
        {
            await page.GetByRole(AriaRole.Group, new() { Name = area }).GetByLabel("2 – moderate", new() { Exact = true }).CheckAsync();
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();

        var first = page.GetByRole(AriaRole.Group, new() { Name = "First choice" });
        (await first.GetByLabel("Type of provision", new() { Exact = true }).IsVisibleAsync()).Should().BeFalse();
        await first.GetByLabel("A school or setting in the catalogue").CheckAsync();
        (await first.GetByRole(AriaRole.Combobox).CountAsync()).Should().Be(1, "without the script the list stays a plain select");
        await first.GetByLabel("School or setting", new() { Exact = true }).SelectOptionAsync("117701");
        await first.GetByLabel("The family's reasons").FillAsync("A school that knows autism.");
        await Screenshot(page, "request-05-preferences-without-javascript");
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();

        await page.WaitForURLAsync(url => url.EndsWith("/check-answers", StringComparison.Ordinal));
        (await page.Locator("main").InnerTextAsync()).Should().Contain("Larkspur Communication and Autism School (URN 117701): A school that knows autism.");
    }

    [Test]
    public async Task From_a_case_overview_the_first_task_is_three_key_presses_away()
    {
        var page = await NewPage();
        await SignIn(page, Personas.SendOfficer, "/cases");
        await page.Locator("table.app-caseload tbody td a").First.ClickAsync();
        await page.Locator("#case-tasks").WaitForAsync();

        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Tab");
        (await page.EvaluateAsync<string>("() => document.activeElement.textContent.trim()")).Should().Be("Skip to the case's tasks");
        await page.Keyboard.PressAsync("Enter");
        await page.Keyboard.PressAsync("Tab");

        (await page.EvaluateAsync<string>("() => document.activeElement.className")).Should().Contain("govuk-task-list__link", "the first task is the next thing Tab reaches");
    }

    [Test]
    public async Task An_unknown_case_address_shows_a_helpful_page_not_found()
    {
        var page = await NewPage();
        await SignIn(page, Personas.SendOfficer);

        var response = await page.GotoAsync($"/cases/{Guid.NewGuid()}");

        response!.Status.Should().Be(404);
        (await page.Locator("h1").InnerTextAsync()).Should().Be("Page not found");
        await Visit(page, "not-found");
        await page.GetByRole(AriaRole.Link, new() { Name = "Go to the start of the service" }).ClickAsync();
        (await page.Locator("h1").InnerTextAsync()).Should().Be("Hello, Amira Khan");
    }

    [Test]
    public async Task Without_javascript_the_caseload_filters_and_sorts_all_the_same()
    {
        var page = await NewPage(javaScript: false);
        await SignIn(page, Personas.TeamManager, "/cases");

        await page.GetByLabel("Primary or secondary need").SelectOptionAsync("ASD");
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply filters" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Child" }).ClickAsync();

        page.Url.Should().Contain("need=ASD").And.Contain("sort=child-name");
        (await page.Locator("th[aria-sort=ascending]").InnerTextAsync()).Should().Be("Child");
        (await page.Locator("table.app-caseload tbody tr td:nth-child(4)").AllInnerTextsAsync()).Should().NotBeEmpty();
        await Screenshot(page, "manager-caseload-without-javascript");
    }

    [Test]
    public async Task A_family_member_typing_a_case_address_sees_page_not_found_not_the_case()
    {
        var officer = await NewPage();
        await SignIn(officer, Personas.SendOfficer, "/cases");
        var href = await officer.Locator("table.app-caseload tbody tr a").First.GetAttributeAsync("href");

        var family = await NewPage();
        await SignIn(family, Personas.Family);
        await Visit(family, "family-home");
        var response = await family.GotoAsync(href!);

        response!.Status.Should().Be(404);
        (await family.Locator("h1").InnerTextAsync()).Should().Be("Page not found");
        (await family.Locator("main").InnerTextAsync()).Should().NotContain("PR-");
        await CheckAccessibility(family);
    }

    private static Regex CasePage() => CasePageRegex();

    [GeneratedRegex("/cases/[0-9a-f-]{36}$")]
    private static partial Regex CasePageRegex();
}
