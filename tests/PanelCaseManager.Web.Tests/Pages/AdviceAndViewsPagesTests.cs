using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PanelCaseManager.Infrastructure.DemoData;
using PanelCaseManager.Testing;
using PanelCaseManager.Testing.Builders;

namespace PanelCaseManager.Web.Tests.Pages;

public class AdviceAndViewsPagesTests
{
    private PanelWebApplicationFactory _factory = null!;
    private HtmlClient _officer = null!;

    [OneTimeSetUp]
    public async Task SetUp()
    {
        _factory = new PanelWebApplicationFactory();
        _officer = await _factory.HtmlClientFor(Personas.SendOfficer);
    }

    [OneTimeTearDown]
    public async Task TearDown()
    {
        _officer.Dispose();
        await _factory.DisposeAsync();
    }

    private static string Display(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"));

    private static Dictionary<string, string?> Date(string name, DateOnly date) => new()
    {
        [$"{name}.day"] = date.Day.ToString(CultureInfo.InvariantCulture),
        [$"{name}.month"] = date.Month.ToString(CultureInfo.InvariantCulture),
        [$"{name}.year"] = date.Year.ToString(CultureInfo.InvariantCulture),
    };

    private static Dictionary<string, string?> AdviceRequest(DateOnly requestedOn) => new(Date("requestedOn", requestedOn))
    {
        ["agency"] = "Health",
        ["addressedTo"] = "Community paediatrics, Lister Hospital",
    };

    private async Task<Guid> CreateCase(int receivedDaysAgo = 10)
    {
        using var api = await _factory.ClientFor(Personas.SendOfficer);
        var response = await api.PostAsJsonAsync("/api/v1/placement-requests", A.PlacementRequest() with { ReceivedDate = TestClock.Today.AddDays(-receivedDaysAgo) });
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    [Test]
    public async Task An_officer_asks_for_advice_and_sees_it_outstanding_with_its_statutory_due_date()
    {
        var id = await CreateCase();
        var tab = await _officer.GetPage($"/cases/{id}/advice");
        tab.Text(".app-advice-empty").Should().Be("No advice has been asked for on this case.");
        var requestedOn = TestClock.Today.AddDays(-3);

        var page = await _officer.SubmitAndFollow(tab, AdviceRequest(requestedOn), formSelector: "form.app-request-advice");

        _officer.Location!.AbsolutePath.Should().Be($"/cases/{id}/advice");
        page.Text(".govuk-notification-banner--success").Should().Contain($"due by {Display(requestedOn.AddDays(42))}");
        var row = page.QuerySelectorAll("table.app-advice tbody tr").Should().ContainSingle().Subject;
        row.TextContent.Should().Contain("Health").And.Contain("Community paediatrics, Lister Hospital").And.Contain(Display(requestedOn)).And.Contain(Display(requestedOn.AddDays(42))).And.Contain("Not yet");
        row.Text(".govuk-tag").Should().Be("Outstanding");
        page.Text(".app-advice-counts").Should().Contain("1 outstanding");
    }

    [Test]
    public async Task Advice_asked_for_long_ago_and_not_received_is_shown_overdue()
    {
        var id = await CreateCase(receivedDaysAgo: 80);
        var tab = await _officer.GetPage($"/cases/{id}/advice");

        var page = await _officer.SubmitAndFollow(tab, AdviceRequest(TestClock.Today.AddDays(-60)), formSelector: "form.app-request-advice");

        page.QuerySelector("table.app-advice tbody tr")!.Text(".govuk-tag").Should().Be("Overdue");
        page.Text(".app-advice-counts").Should().Contain("1 overdue");
    }

    [Test]
    public async Task Asking_for_advice_without_answers_shows_each_error_linked_to_its_field()
    {
        var id = await CreateCase();
        var tab = await _officer.GetPage($"/cases/{id}/advice");

        var again = await _officer.SubmitAndFollow(tab, formSelector: "form.app-request-advice");
        again.ShouldShowErrorFor("agency", "Choose the agency");
        again.ShouldShowErrorFor("addressedTo", "Say who the advice was requested from");
        again.ShouldShowErrorFor("requestedOn", "Enter the date the advice was requested.");

        var other = await _officer.SubmitAndFollow(again, new Dictionary<string, string?>(AdviceRequest(TestClock.Today.AddDays(3))) { ["agency"] = "Other" }, formSelector: "form.app-request-advice");
        other.ShouldShowErrorFor("agencyName", "Name the agency.");
        other.ShouldShowErrorFor("requestedOn", "cannot be in the future");
        other.QuerySelector("#addressedTo")!.GetAttribute("value").Should().Be("Community paediatrics, Lister Hospital", "what was typed is kept");
    }

    [Test]
    public async Task Pressing_the_button_twice_asks_for_the_advice_once()
    {
        var id = await CreateCase();
        var tab = await _officer.GetPage($"/cases/{id}/advice");

        var first = await _officer.Submit(tab, AdviceRequest(TestClock.Today), "form.app-request-advice");
        var second = await _officer.Submit(tab, AdviceRequest(TestClock.Today), "form.app-request-advice");

        first.StatusCode.Should().Be(HttpStatusCode.Redirect);
        second.StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await _officer.GetPage($"/cases/{id}/advice")).QuerySelectorAll("table.app-advice tbody tr").Should().ContainSingle();
    }

    [Test]
    public async Task An_officer_records_the_advice_received_linked_to_its_document_and_a_second_press_changes_nothing()
    {
        var id = await CreateCase();
        var tab = await _officer.GetPage($"/cases/{id}/advice");
        var asked = await _officer.SubmitAndFollow(tab, AdviceRequest(TestClock.Today.AddDays(-10)), formSelector: "form.app-request-advice");
        var upload = await _officer.GetPage($"/cases/{id}/evidence/add");
        await _officer.Follow(await _officer.SubmitWithFile(upload, new Dictionary<string, string?>(Date("receivedOn", TestClock.Today))
        {
            ["kind"] = "AgencyAdvice",
            ["agency"] = "Health",
            ["author"] = "Dr A Patel",
            ["summary"] = "Health advice.",
        }, "health-advice.pdf", Files.PdfBytes()));
        var recordLink = asked.QuerySelector("table.app-advice a[href$='/received']")!.GetAttribute("href")!;
        var form = await _officer.GetPage(recordLink);
        form.Text("h1").Should().Contain("Record advice received");

        var missing = await _officer.SubmitAndFollow(form);
        missing.ShouldShowErrorFor("receivedOn", "Enter the date the advice was received.");
        missing.ShouldShowErrorFor("summary", "Summarise the advice received.");

        var documentId = form.QuerySelectorAll("#evidenceItemId option").Single(o => o.TextContent.Contains("health-advice.pdf")).GetAttribute("value");
        var answers = new Dictionary<string, string?>(Date("receivedOn", TestClock.Today.AddDays(-1)))
        {
            ["summary"] = "Needs daily speech and language therapy.",
            ["recommendation"] = "A specialist setting with on-site therapy.",
            ["evidenceItemId"] = documentId,
        };
        var recorded = await _officer.SubmitAndFollow(missing, answers);

        _officer.Location!.AbsolutePath.Should().Be($"/cases/{id}/advice");
        recorded.Text(".govuk-notification-banner--success").Should().Contain("is recorded as received on");
        var row = recorded.QuerySelector("table.app-advice tbody tr")!;
        row.Text(".govuk-tag").Should().Be("Received");
        row.TextContent.Should().Contain(Display(TestClock.Today.AddDays(-1))).And.Contain("Needs daily speech and language therapy.").And.Contain("A specialist setting");
        row.QuerySelector($"a[href='/cases/{id}/evidence/{documentId}']").Should().NotBeNull();
        row.QuerySelector("a[href$='/received']").Should().BeNull();

        var second = await _officer.Submit(missing, answers);
        second.StatusCode.Should().Be(HttpStatusCode.OK);
        (await HtmlClient.ParseAsync(second)).ErrorSummary().Should().ContainSingle().Which.Message.Should().Contain("your change was already made");
    }

    [Test]
    public async Task Another_teams_officer_cannot_see_the_advice_or_record_it_and_an_unknown_request_is_not_found()
    {
        var id = await CreateCase();
        var asked = await _officer.SubmitAndFollow(await _officer.GetPage($"/cases/{id}/advice"), AdviceRequest(TestClock.Today), formSelector: "form.app-request-advice");
        var recordLink = asked.QuerySelector("table.app-advice a[href$='/received']")!.GetAttribute("href")!;
        using var other = await _factory.HtmlClientFor(Personas.SecondSendOfficer);

        foreach (var path in new[] { $"/cases/{id}/advice", recordLink, $"/cases/{id}/views" })
        {
            (await other.GetPage(path, HttpStatusCode.NotFound)).Text("h1").Should().Be("Page not found");
        }

        (await _officer.GetPage($"/cases/{id}/advice/{Guid.NewGuid()}/received", HttpStatusCode.NotFound)).Text("h1").Should().Be("Page not found");
        using var auditor = await _factory.HtmlClientFor(Personas.Auditor);
        var read = await auditor.GetPage($"/cases/{id}/advice");
        read.QuerySelector("form.app-request-advice").Should().BeNull();
        read.QuerySelector("a[href$='/received']").Should().BeNull();
    }

    [Test]
    public async Task An_officer_records_the_childs_own_views_and_they_are_listed()
    {
        var id = await CreateCase();
        var tab = await _officer.GetPage($"/cases/{id}/views");
        tab.Text(".app-views-empty").Should().Be("No views have been recorded on this case.");

        var page = await _officer.SubmitAndFollow(tab, new Dictionary<string, string?>(Date("gatheredOn", TestClock.Today.AddDays(-2)))
        {
            ["voice"] = "Child",
            ["givenBy"] = "Ffion",
            ["howGathered"] = "Talking with her teaching assistant, using pictures",
            ["whatMatters"] = "My friends and the quiet room.",
            ["hopesAndAspirations"] = "To be a vet.",
        });

        _officer.Location!.AbsolutePath.Should().Be($"/cases/{id}/views");
        page.Text(".govuk-notification-banner--success").Should().Contain("The child's own views are recorded.");
        var record = page.QuerySelectorAll(".app-case-view").Should().ContainSingle().Subject;
        record.Text("h2").Should().Contain("The child's own views").And.Contain("Child's voice");
        record.TextContent.Should().Contain("Ffion").And.Contain(Display(TestClock.Today.AddDays(-2))).And.Contain("using pictures").And.Contain("My friends and the quiet room.").And.Contain("To be a vet.");
    }

    [Test]
    public async Task Views_without_answers_show_each_error_and_a_second_press_records_them_once()
    {
        var id = await CreateCase();
        var tab = await _officer.GetPage($"/cases/{id}/views");

        var again = await _officer.SubmitAndFollow(tab);
        again.ShouldShowErrorFor("voice", "Say whether these are the family's views or the child's own.");
        again.ShouldShowErrorFor("givenBy", "Say who gave the views.");
        again.ShouldShowErrorFor("gatheredOn", "Enter the date the views were gathered.");
        again.ShouldShowErrorFor("howGathered", "Say how the views were gathered");
        again.ShouldShowErrorFor("whatMatters", "Record what matters to them.");

        var answers = new Dictionary<string, string?>(Date("gatheredOn", TestClock.Today))
        {
            ["voice"] = "Family",
            ["givenBy"] = "Sarah Bennett, mother",
            ["howGathered"] = "Home visit",
            ["whatMatters"] = "A school close to home.",
        };
        var first = await _officer.Submit(again, answers);
        var second = await _officer.Submit(again, answers);

        first.StatusCode.Should().Be(HttpStatusCode.Redirect);
        second.StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await _officer.GetPage($"/cases/{id}/views")).QuerySelectorAll(".app-case-view").Should().ContainSingle();
    }

    [Test]
    public async Task An_officer_records_the_familys_preferences_afresh_and_a_second_press_changes_nothing()
    {
        var id = await CreateCase();
        var views = await _officer.GetPage($"/cases/{id}/views");
        var form = await _officer.GetPage(views.QuerySelector($"a[href='/cases/{id}/preferences']")!.GetAttribute("href")!);
        form.QuerySelector("#preferences-0-settingName")!.GetAttribute("value").Should().Be("Brookside Special School", "the form starts from the preferences as they stand");
        var answers = new Dictionary<string, string?>
        {
            ["preferences[0].settingName"] = "Oakfield Academy",
            ["preferences[0].settingUrn"] = string.Empty,
            ["preferences[0].reasons"] = "They have moved; it is close to their new home.",
            ["preferences[1].kind"] = null,
            ["preferences[1].provisionKind"] = string.Empty,
            ["preferences[1].reasons"] = string.Empty,
        };

        var page = await _officer.SubmitAndFollow(form, answers);

        _officer.Location!.AbsolutePath.Should().Be($"/cases/{id}/needs-and-preferences");
        page.Text(".govuk-notification-banner--success").Should().Contain("1 preference(s) are recorded afresh");
        page.Text("main").Should().Contain("Oakfield Academy").And.Contain("close to their new home").And.NotContain("Brookside Special School").And.NotContain("Time in mainstream lessons.");

        var second = await _officer.Submit(form, answers);
        second.StatusCode.Should().Be(HttpStatusCode.OK);
        (await HtmlClient.ParseAsync(second)).ErrorSummary().Should().ContainSingle().Which.Message.Should().Contain("your change was already made");
    }

    [Test]
    public async Task A_preference_without_its_reasons_is_refused_beside_its_block_and_nothing_changes()
    {
        var id = await CreateCase();
        var form = await _officer.GetPage($"/cases/{id}/preferences");

        var again = await _officer.SubmitAndFollow(form, new Dictionary<string, string?> { ["preferences[1].reasons"] = " " });

        again.ShouldShowErrorFor("preferences-1-reasons", "Record the family's reasons for this preference.");
        (await _officer.GetPage($"/cases/{id}/needs-and-preferences")).Text("main").Should().Contain("Time in mainstream lessons.");
        using var auditor = await _factory.HtmlClientFor(Personas.Auditor);
        (await auditor.GetPage($"/cases/{id}/preferences", HttpStatusCode.NotFound)).Text("h1").Should().Be("Page not found");
    }
}
