using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using PanelCaseManager.Infrastructure.DemoData;
using PanelCaseManager.Testing;
using PanelCaseManager.Testing.Builders;

namespace PanelCaseManager.Web.Tests.Pages;

public class DeadlinesPagesTests
{
    private static readonly DateOnly Received = TestClock.Today.AddDays(-60);
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

    private static string Plain(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"));

    private static Dictionary<string, string?> Date(string field, DateOnly? date) => new()
    {
        [$"{field}.day"] = date?.Day.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
        [$"{field}.month"] = date?.Month.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
        [$"{field}.year"] = date?.Year.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
    };

    private static Dictionary<string, string?> Exception(string? reason, DateOnly? start, DateOnly? end, string? note = null)
    {
        var values = new Dictionary<string, string?> { ["reason"] = reason, ["note"] = note };
        foreach (var (key, value) in Date("startDate", start).Concat(Date("endDate", end)))
        {
            values[key] = value;
        }

        return values;
    }

    private async Task<Guid> CreateCase()
    {
        using var api = await _factory.ClientFor(Personas.SendOfficer);
        var response = await api.PostAsJsonAsync("/api/v1/placement-requests", A.PlacementRequest() with { ReceivedDate = Received });
        response.StatusCode.Should().Be(HttpStatusCode.Created);
        return (await response.Content.ReadFromJsonAsync<Created>())!.Id;
    }

    private async Task<MilestonesView> Milestones(Guid id)
    {
        using var api = await _factory.ClientFor(Personas.Auditor);
        return (await api.GetFromJsonAsync<MilestonesView>($"/api/v1/placement-requests/{id}/milestones"))!;
    }

    [Test]
    public async Task The_deadlines_tab_shows_each_statutory_deadline_with_its_date_and_its_status_in_words()
    {
        var id = await CreateCase();

        var page = await _officer.GetPage($"/cases/{id}/deadlines");

        page.QuerySelector(".moj-sub-navigation__link[aria-current=page]")!.TextContent.Should().Be("Deadlines");
        page.Text(".app-deadlines caption").Should().Be("Statutory deadlines");
        page.QuerySelectorAll(".app-deadlines thead th[scope=col]").Should().HaveCount(5);
        var decision = page.QuerySelectorAll(".app-deadlines tbody tr").Single(r => r.Text("th[scope=row]").StartsWith("Decision whether to assess", StringComparison.Ordinal));
        decision.TextContent.Should().Contain(Plain(Received.AddDays(42)), "the statutory date is six weeks after the request, in plain English");
        decision.Text(".govuk-tag").Should().Be("Overdue", "60 days have passed and the limit is 42, said in words and not by colour alone");
        page.QuerySelectorAll(".app-deadlines tbody tr").Should().Contain(r => r.Text(".govuk-tag") == "Not started");
        page.Text("main").Should().Contain("No exception to the statutory limits has been recorded.");
        page.QuerySelector("a[href$='/deadlines/record-exception']")!.TextContent.Should().Be("Record an exception");
    }

    [Test]
    public async Task An_exception_without_its_answers_shows_each_error_beside_its_field_and_keeps_what_was_typed()
    {
        var id = await CreateCase();
        var form = await _officer.GetPage($"/cases/{id}/deadlines/record-exception");
        form.QuerySelectorAll("input[name=reason]").Should().HaveCount(6, "the reasons come from the configured list");

        var empty = await _officer.SubmitAndFollow(form, Exception(null, null, null));
        empty.ShouldShowErrorFor("reason", "Choose the reason for the exception.");
        empty.ErrorSummary().Should().NotContain(e => e.Message.Contains("school-closure", StringComparison.Ordinal), "the page shows the reasons, not their codes");

        var noDates = await _officer.SubmitAndFollow(empty, Exception("absent-from-area", null, null));
        noDates.ShouldShowErrorFor("startDate", "Enter the date the exception started");
        noDates.ShouldShowErrorFor("endDate", "Enter the date the exception ended");

        var values = Exception("absent-from-area", Received.AddDays(10), null, "Staying with family abroad.");
        values["endDate.day"] = "31";
        values["endDate.month"] = "2";
        values["endDate.year"] = "2026";
        var notADate = await _officer.SubmitAndFollow(noDates, values);
        notADate.ShouldShowErrorFor("endDate", "must be a real date");
        notADate.QuerySelector<IHtmlInputElement>("input[name=reason][value=absent-from-area]")!.IsChecked.Should().BeTrue("the answers are kept");
        notADate.QuerySelector("#note")!.TextContent.Should().Be("Staying with family abroad.");

        var backwards = await _officer.SubmitAndFollow(notADate, Exception("absent-from-area", Received.AddDays(10), Received.AddDays(5)));
        backwards.ShouldShowErrorFor("endDate", "The exception cannot end before it starts");
        (await Milestones(id)).Exceptions.Should().BeEmpty();
    }

    [Test]
    public async Task An_exception_the_case_refuses_is_explained_in_the_page_not_as_an_error_page()
    {
        var id = await CreateCase();
        var form = await _officer.GetPage($"/cases/{id}/deadlines/record-exception");

        var refused = await _officer.SubmitAndFollow(form, Exception("absent-from-area", Received.AddDays(-3), Received.AddDays(40)));

        refused.ShouldShowErrorFor("startDate", "cannot start before the request was received");
        (await Milestones(id)).Exceptions.Should().BeEmpty();
    }

    [Test]
    public async Task An_exception_pressed_twice_is_recorded_once_and_shown_against_the_deadlines_it_reaches()
    {
        var id = await CreateCase();
        var form = await _officer.GetPage($"/cases/{id}/deadlines/record-exception");
        var values = Exception("absent-from-area", Received.AddDays(5), Received.AddDays(40), "The family was abroad for five weeks.");

        var first = await _officer.Submit(form, values);
        var second = await _officer.Submit(form, values);

        first.StatusCode.Should().Be(HttpStatusCode.Redirect);
        second.StatusCode.Should().Be(HttpStatusCode.Redirect, "the second press replays the first");
        (await Milestones(id)).Exceptions.Should().ContainSingle();
        var deadlines = await _officer.GetPage($"/cases/{id}/deadlines");
        deadlines.QuerySelectorAll(".app-exceptions tbody tr").Should().ContainSingle()
            .Which.TextContent.Should().Contain("away from the local authority's area").And.Contain(Plain(Received.AddDays(5))).And.Contain("The family was abroad for five weeks.");
        deadlines.QuerySelector(".app-exception-applies").Should().NotBeNull();
        var rows = deadlines.QuerySelectorAll(".app-deadlines tbody tr").ToList();
        rows.Single(r => r.Text("th[scope=row]").StartsWith("Final EHC plan issued", StringComparison.Ordinal)).Text("td:last-child")
            .Should().Contain("Exception applies").And.Contain("away from the local authority's area");
        rows.Single(r => r.Text("th[scope=row]").StartsWith("Decision whether to assess", StringComparison.Ordinal)).Text("td:last-child")
            .Should().Contain("Exception applies", "reg 5(4)(c): an absence of 4 weeks or more lifts the six-week limit on the decision to assess too");
        rows.Single(r => r.Text("th[scope=row]").StartsWith("Consulted setting's reply", StringComparison.Ordinal)).Text("td:last-child")
            .Should().Be("None", "no exception reaches a setting's reply");
    }

    [Test]
    public async Task Recording_an_exception_confirms_it_in_a_banner_after_the_redirect()
    {
        var id = await CreateCase();
        var form = await _officer.GetPage($"/cases/{id}/deadlines/record-exception");

        var page = await _officer.SubmitAndFollow(form, Exception("exceptional-personal-circumstances", Received.AddDays(5), Received.AddDays(12)));

        _officer.Location!.AbsolutePath.Should().Be($"/cases/{id}/deadlines");
        page.Text(".govuk-notification-banner--success").Should().Contain($"The exception is recorded, from {Plain(Received.AddDays(5))} to {Plain(Received.AddDays(12))}.")
            .And.Contain("Record when the family is told.");
    }

    [Test]
    public async Task Reg_10_4_d_three_weeks_away_is_refused_beside_the_end_date()
    {
        var id = await CreateCase();
        var form = await _officer.GetPage($"/cases/{id}/deadlines/record-exception");

        // Day 10 to day 30, counting both: 21 days.
        var refused = await _officer.SubmitAndFollow(form, Exception("absent-from-area", Received.AddDays(10), Received.AddDays(30)));

        refused.ShouldShowErrorFor("endDate", "at least 4 weeks in a row");
        refused.ErrorSummary().Should().Contain(e => e.Message.Contains("is 3 weeks (21 days)", StringComparison.Ordinal));
        (await Milestones(id)).Exceptions.Should().BeEmpty();
    }

    [Test]
    public async Task Reg_10_4_a_a_closure_is_given_by_its_dates_and_recorded_as_its_window()
    {
        var id = await CreateCase();
        using var api = await _factory.ClientFor(Personas.SendOfficer);
        (await api.PostAsJsonAsync($"/api/v1/placement-requests/{id}/clock-events", new { @event = "DecidedToAssess", date = Received.AddDays(5) })).EnsureSuccessStatusCode();
        (await api.PostAsJsonAsync($"/api/v1/placement-requests/{id}/clock-events", new { @event = "AdviceRequested", date = Received.AddDays(8), agency = "Education" })).EnsureSuccessStatusCode();
        var form = await _officer.GetPage($"/cases/{id}/deadlines/record-exception");

        // Start and end dates are not for a closure.
        var wrongDates = await _officer.SubmitAndFollow(form, Exception("school-closure", Received.AddDays(12), Received.AddDays(54)));
        wrongDates.ShouldShowErrorFor("startDate", "For a closure, give the day it closed and the day it reopened");
        wrongDates.ShouldShowErrorFor("closedOn", "Enter the first day");

        // Closed on day 12, reopened on day 54: the window runs from day 5 to day 47.
        var values = Exception("school-closure", null, null);
        foreach (var (key, value) in Date("closedOn", Received.AddDays(12)).Concat(Date("reopenedOn", Received.AddDays(54))))
        {
            values[key] = value;
        }

        var recorded = await _officer.SubmitAndFollow(wrongDates, values);

        recorded.Text(".govuk-notification-banner--success").Should().Contain($"from {Plain(Received.AddDays(5))} to {Plain(Received.AddDays(47))}");
        recorded.QuerySelector(".app-exceptions tbody tr")!.TextContent.Should()
            .Contain($"Closed on {Plain(Received.AddDays(12))}, reopened on {Plain(Received.AddDays(54))}").And.Contain("Not told yet");
    }

    [Test]
    public async Task CoP_9_42_the_deadlines_tab_shows_when_the_family_was_told_and_an_officer_records_it()
    {
        var id = await CreateCase();
        var form = await _officer.GetPage($"/cases/{id}/deadlines/record-exception");
        var deadlines = await _officer.SubmitAndFollow(form, Exception("exceptional-personal-circumstances", Received.AddDays(5), Received.AddDays(12)));
        deadlines.Text(".app-family-told").Should().Contain("Not told yet");
        var link = deadlines.QuerySelector<IHtmlAnchorElement>(".app-family-told a")!;
        link.TextContent.Should().Contain("Record when the family was told");

        var page = await _officer.GetPage(link.PathName);
        page.Text("h1").Should().Be("When was the family told of the exception?");
        var future = await _officer.SubmitAndFollow(page, Date("toldOn", TestClock.Today.AddDays(1)));
        future.ShouldShowErrorFor("toldOn", "cannot be in the future");
        var notADate = await _officer.SubmitAndFollow(future, new Dictionary<string, string?> { ["toldOn.day"] = "30", ["toldOn.month"] = "2", ["toldOn.year"] = "2026" });
        notADate.ShouldShowErrorFor("toldOn", "must be a real date");

        var told = await _officer.SubmitAndFollow(notADate, Date("toldOn", Received.AddDays(14)));

        _officer.Location!.AbsolutePath.Should().Be($"/cases/{id}/deadlines");
        told.Text(".govuk-notification-banner--success").Should().Contain($"the family was told on {Plain(Received.AddDays(14))}");
        told.Text(".app-family-told").Should().Contain(Plain(Received.AddDays(14))).And.NotContain("Not told yet");
        (await _officer.GetPage($"/cases/{id}/deadlines/exceptions/9/family-told", HttpStatusCode.NotFound)).Text("h1").Should().Be("Page not found");
        using var auditor = await _factory.HtmlClientFor(Personas.Auditor);
        await auditor.GetPage(link.PathName, HttpStatusCode.NotFound);
    }

    [Test]
    public async Task Auditors_and_team_managers_read_the_deadlines_only_officers_and_managers_record_exceptions()
    {
        var id = await CreateCase();
        using var auditor = await _factory.HtmlClientFor(Personas.Auditor);
        using var manager = await _factory.HtmlClientFor(Personas.TeamManager);

        var read = await auditor.GetPage($"/cases/{id}/deadlines");

        read.QuerySelectorAll(".app-deadlines tbody tr").Should().NotBeEmpty();
        read.QuerySelector("a[href$='/deadlines/record-exception']").Should().BeNull();
        (await auditor.GetPage($"/cases/{id}/deadlines/record-exception", HttpStatusCode.NotFound)).Text("h1").Should().Be("Page not found");
        (await manager.GetPage($"/cases/{id}/deadlines/record-exception")).QuerySelectorAll("input[name=reason]").Should().NotBeEmpty();
    }

    [Test]
    public async Task A_family_member_or_a_panel_member_not_on_the_case_gets_page_not_found()
    {
        var id = await CreateCase();
        using var family = await _factory.HtmlClientFor(Personas.Family);
        using var member = await _factory.HtmlClientFor(Personas.PanelEducation);

        (await family.GetPage($"/cases/{id}/deadlines", HttpStatusCode.NotFound)).Text("h1").Should().Be("Page not found");
        (await family.GetPage($"/cases/{id}/deadlines/record-exception", HttpStatusCode.NotFound)).Text("h1").Should().Be("Page not found");
        (await member.GetPage($"/cases/{id}/deadlines", HttpStatusCode.NotFound)).Text("main").Should().NotContain("Decision whether to assess");
        (await _officer.GetPage($"/cases/{Guid.NewGuid()}/deadlines", HttpStatusCode.NotFound)).Text("h1").Should().Be("Page not found");
    }

    private sealed record Created(Guid Id);

    private sealed record MilestonesView(IReadOnlyList<ExceptionView> Exceptions);

    private sealed record ExceptionView(string Reason);
}
