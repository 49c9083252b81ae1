using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PanelCaseManager.Application.Persistence;
using PanelCaseManager.Infrastructure.DemoData;
using PanelCaseManager.Testing;

namespace PanelCaseManager.Web.Tests.Pages;

/// <summary>
/// Consultations on the demonstration panel's decided cases: Maya Okafor's preference agreed (Larkspur Communication
/// and Autism School), Theo Campbell's naming Beechwood SEMH School instead, Aisha Hussain's deferred for more evidence.
/// </summary>
public class ConsultationPagesTests
{
    private PanelWebApplicationFactory _factory = null!;
    private HtmlClient _officer = null!;

    [OneTimeSetUp]
    public async Task SetUp()
    {
        _factory = new PanelWebApplicationFactory(new Dictionary<string, string?> { ["DemoData:Cases"] = "1" });
        _officer = await _factory.HtmlClientFor(Personas.SendOfficer);
    }

    [OneTimeTearDown]
    public async Task TearDown()
    {
        _officer.Dispose();
        await _factory.DisposeAsync();
    }

    private async Task<Guid> CaseOf(string givenName, string familyName)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PanelDbContext>();
        var child = await db.Children.AsNoTracking().SingleAsync(c => c.GivenName == givenName && c.FamilyName == familyName);
        return (await db.PlacementRequests.AsNoTracking().Where(p => p.ChildId == child.Id).Select(p => p.Id).SingleAsync()).Value;
    }

    private static Dictionary<string, string?> Date(string field, DateOnly? date) => new()
    {
        [$"{field}.day"] = date?.Day.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
        [$"{field}.month"] = date?.Month.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
        [$"{field}.year"] = date?.Year.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
    };

    private static string Plain(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"));

    private static string OptionFor(AngleSharp.Dom.IDocument page, string settingName) =>
        page.QuerySelectorAll("#settingId option").First(o => o.TextContent.StartsWith(settingName, StringComparison.Ordinal)).GetAttribute("value")!;

    [Test]
    public async Task Starting_a_consultation_offers_the_catalogue_with_the_familys_preference_first_and_shows_each_error_in_the_page()
    {
        var id = await CaseOf("Maya", "Okafor");
        var list = await _officer.GetPage($"/cases/{id}/consultations");
        list.QuerySelector(".moj-sub-navigation__link[aria-current=page]")!.TextContent.Should().Be("Consultations");
        list.Text(".app-no-consultations").Should().Be("No settings have been consulted about this case.");
        list.QuerySelector("a[href$='/consultations/start']")!.TextContent.Should().Be("Consult a setting");

        var form = await _officer.GetPage($"/cases/{id}/consultations/start");
        var options = form.QuerySelectorAll("#settingId option").Select(o => o.TextContent).ToList();
        options[0].Should().Be("Choose a setting");
        options[1].Should().StartWith("Larkspur Communication and Autism School").And.EndWith("the family's preference 1");
        options.Should().HaveCountGreaterThan(10, "the rest of the catalogue follows");

        var empty = await _officer.SubmitAndFollow(form, Date("sentOn", null));
        empty.ShouldShowErrorFor("settingId", "Choose the setting consulted");

        var values = Date("sentOn", TestClock.Today.AddDays(3));
        values["settingId"] = OptionFor(form, "Larkspur Communication and Autism School");
        var future = await _officer.SubmitAndFollow(empty, values);
        future.ShouldShowErrorFor("sentOn", "cannot be in the future");
        future.QuerySelector("#settingId option[selected]")!.TextContent.Should().StartWith("Larkspur Communication and Autism School", "the choice is kept");

        values = Date("sentOn", TestClock.Today.AddDays(-30));
        values["settingId"] = OptionFor(form, "Larkspur Communication and Autism School");
        var beforeDecision = await _officer.SubmitAndFollow(future, values);
        beforeDecision.ErrorSummary().Should().ContainSingle().Which.Message.Should().Contain("cannot have been sent before the decision");
        (await _officer.GetPage($"/cases/{id}/consultations")).QuerySelector(".app-consultations").Should().BeNull("nothing was recorded");
    }

    [Test]
    public async Task A_consultation_pressed_twice_starts_once_then_its_response_and_outcome_are_recorded_once()
    {
        var id = await CaseOf("Theo", "Campbell");
        var form = await _officer.GetPage($"/cases/{id}/consultations/start");
        var values = Date("sentOn", TestClock.Today.AddDays(-2));
        values["settingId"] = OptionFor(form, "Beechwood SEMH School");

        (await _officer.Submit(form, values)).StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await _officer.Submit(form, values)).StatusCode.Should().Be(HttpStatusCode.Redirect, "the second press replays the first");

        var list = await _officer.GetPage($"/cases/{id}/consultations");
        // The demo's own consultation of Brookside on this case is listed too; this one is Beechwood's, once.
        var row = Beechwood(list);
        row.Text("th[scope=row]").Should().Contain("Beechwood SEMH School").And.Contain("URN 117690");
        row.TextContent.Should().Contain(Plain(TestClock.Today.AddDays(-2))).And.Contain("Awaiting reply");

        var again = await _officer.SubmitAndFollow(await _officer.GetPage($"/cases/{id}/consultations/start"), values);
        again.ErrorSummary().Should().ContainSingle().Which.Message.Should().Contain("Beechwood SEMH School is already being consulted");

        var respond = await _officer.GetPage(row.QuerySelector("a[href$='/response']")!.GetAttribute("href")!);
        var empty = await _officer.SubmitAndFollow(respond, Date("respondedOn", null));
        empty.ShouldShowErrorFor("respondedOn", "Enter the date of the setting's response");
        empty.ShouldShowErrorFor("response", "Choose the response");
        empty.ShouldShowErrorFor("summary", "Summarise the setting's response");

        var answer = Date("respondedOn", TestClock.Today.AddDays(-1));
        answer["response"] = "CanMeetNeedsWithConditions";
        answer["summary"] = "A place from January, with a phased start.";
        (await _officer.Submit(empty, answer)).StatusCode.Should().Be(HttpStatusCode.Redirect);
        var twice = await HtmlClient.ParseAsync(await _officer.Submit(empty, answer));
        twice.ErrorSummary().Should().ContainSingle().Which.Message.Should().Contain("your change was already made");

        list = await _officer.GetPage($"/cases/{id}/consultations");
        var beechwood = Beechwood(list);
        beechwood.Text(".app-consultation-response").Should().Contain("Can meet the child's needs, with conditions").And.Contain("A place from January, with a phased start.");

        var decide = await _officer.GetPage(beechwood.QuerySelector(".app-consultation-outcome a")!.GetAttribute("href")!);
        var noOutcome = await _officer.SubmitAndFollow(decide, new Dictionary<string, string?> { ["reason"] = null });
        noOutcome.ShouldShowErrorFor("outcome", "Choose the outcome");
        var named = await _officer.SubmitAndFollow(noOutcome, new Dictionary<string, string?> { ["outcome"] = "SettingToBeNamed", ["reason"] = "It can meet Theo's needs locally." });
        named.Text(".govuk-notification-banner--success").Should().Contain("The outcome of consulting Beechwood SEMH School is recorded.");
        Beechwood(named).Text(".app-consultation-outcome").Should().Contain("To be named in the plan").And.Contain("It can meet Theo's needs locally.");

        var deadlines = await _officer.GetPage($"/cases/{id}/deadlines");
        deadlines.Text(".app-clock-events").Should().Contain("Setting consulted").And.Contain("Setting replied").And.Contain("From the consultations");
    }

    /// <summary>Beechwood's row of the Consultations tab, beside the demo's own consultation of Brookside on the same case.</summary>
    private static AngleSharp.Dom.IElement Beechwood(AngleSharp.Dom.IDocument page) =>
        page.QuerySelectorAll(".app-consultations tbody tr").Single(r => r.TextContent.Contains("Beechwood SEMH School", StringComparison.Ordinal));

    [Test]
    public async Task A_decision_that_names_no_setting_is_explained_in_the_page_when_a_consultation_is_started()
    {
        var id = await CaseOf("Aisha", "Hussain");
        var form = await _officer.GetPage($"/cases/{id}/consultations/start");
        var values = Date("sentOn", TestClock.Today.AddDays(-1));
        values["settingId"] = OptionFor(form, "Larkspur Communication and Autism School");

        var refused = await _officer.SubmitAndFollow(form, values);

        refused.ErrorSummary().Should().ContainSingle().Which.Message.Should().Contain("does not name a setting");
        refused.Title.Should().StartWith("Error: ");
    }

    [Test]
    public async Task Auditors_read_the_consultations_without_the_forms_and_a_panel_member_or_a_family_gets_page_not_found()
    {
        var id = await CaseOf("Maya", "Okafor");
        using var auditor = await _factory.HtmlClientFor(Personas.Auditor);
        using var member = await _factory.HtmlClientFor(Personas.PanelEducation);
        using var family = await _factory.HtmlClientFor(Personas.Family);

        var page = await auditor.GetPage($"/cases/{id}/consultations");
        page.Text("h1").Should().Contain("Consultations with settings");
        page.QuerySelector("a[href$='/consultations/start']").Should().BeNull();
        (await auditor.GetPage($"/cases/{id}/consultations/start", HttpStatusCode.NotFound)).Text("h1").Should().Be("Page not found");

        // Panel members read a case only through the papers of their meeting, never the live case.
        (await member.GetPage($"/cases/{id}/consultations", HttpStatusCode.NotFound)).Text("h1").Should().Be("Page not found");
        (await family.GetPage($"/cases/{id}/consultations", HttpStatusCode.NotFound)).Text("h1").Should().Be("Page not found");
        (await _officer.GetPage($"/cases/{id}/consultations/{Guid.NewGuid()}/response", HttpStatusCode.NotFound)).Text("h1").Should().Be("Page not found");
    }
}
