using Microsoft.Playwright;
using PanelCaseManager.Infrastructure.DemoData;

namespace PanelCaseManager.Browser.Tests;

/// <summary>
/// Issue 21's phase transfer pages on the demonstration cohort: the officer's cohort, the manager's picture for the year,
/// the family's "moving to a new school" page and the SENCO's transfers. Every page is checked with axe and at 320 px.
/// </summary>
public class PhaseTransferJourneyTests : JourneyTest
{
    [Test]
    public async Task The_cohort_the_picture_the_familys_page_and_the_schools_page_read_well_at_any_width()
    {
        var officer = await NewPage();
        await SignIn(officer, Personas.SendOfficer, "/plans/phase-transfers");
        await officer.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/plans/phase-transfers");
        await officer.Locator("table.app-cohort").First.WaitForAsync();
        (await officer.Locator("h1").InnerTextAsync()).Should().Contain("Moving in September");
        await Visit(officer, "transfers-01-cohort");

        var manager = await NewPage();
        await SignIn(manager, Personas.TeamManager, "/plans/phase-transfers/picture");
        await manager.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/plans/phase-transfers/picture");
        await manager.Locator("table.app-transfer-standing").WaitForAsync();
        (await manager.Locator("table.app-transfer-standing tr[data-phase='Total']").CountAsync()).Should().Be(1);
        await Visit(manager, "transfers-02-picture");

        var family = await NewPage();
        await SignIn(family, Personas.Family, "/your-transfers");
        await family.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/your-transfers");
        (await family.Locator("main").InnerTextAsync()).Should().Contain("Maya");
        await Visit(family, "transfers-03-family");

        var senco = await NewPage();
        await SignIn(senco, Personas.SettingSendco, "/partner/transfers");
        await senco.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/partner/transfers");
        await senco.Locator("table.app-setting-transfers").First.WaitForAsync();
        await Visit(senco, "transfers-04-school");
    }
}
