using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using PanelCaseManager.Infrastructure.DemoData;
using PanelCaseManager.Web.Tests.Pages;

namespace PanelCaseManager.Web.Tests.Plans;

/// <summary>
/// Annual reviews over HTTP (docs/adr/0260): the officer records the meeting, Brookside's SENCO returns the paperwork
/// through the partner pages, the officer records the decision; and the refusals — the same review twice (409), paperwork
/// before the meeting (409), another team's officer and another setting's SENCO "not found", a family forbidden. Today is
/// Friday 20 November 2026.
/// </summary>
public class AnnualReviewWebTests
{
    private const string Header = "upn,given_name,family_name,date_of_birth,year_group,setting_urn,plan_date,last_review_date,officer_email";

    private PanelWebApplicationFactory _factory = null!;
    private HttpClient _officer = null!;
    private HttpClient _senco = null!;
    private Guid _brooksidePlan;
    private Guid _larkspurPlan;
    private Guid _apiPlan;

    [OneTimeSetUp]
    public async Task SetUp()
    {
        _factory = new PanelWebApplicationFactory();
        using var admin = await _factory.ClientFor(Personas.Administrator);
        _officer = await _factory.ClientFor(Personas.SendOfficer);
        _senco = await _factory.ClientFor(Personas.SettingSendco);
        var csv = string.Join("\n",
            Header,
            ",Rowan,Ashby,2016-02-11,Year 6,117660,2025-10-01,,amira.khan@example.gov.uk",
            ",Isla,Penrose,2016-03-12,Year 6,117701,2025-10-02,,amira.khan@example.gov.uk",
            ",Cai,Morley,2016-04-13,Year 6,117660,2025-10-03,,amira.khan@example.gov.uk") + "\n";
        var imported = await admin.PostAsync("/api/v1/plans/import", new StringContent(csv, Encoding.UTF8, "text/csv"));
        imported.StatusCode.Should().Be(HttpStatusCode.OK, await imported.Content.ReadAsStringAsync());
        _brooksidePlan = await PlanOf("Ashby");
        _larkspurPlan = await PlanOf("Penrose");
        _apiPlan = await PlanOf("Morley");
    }

    [OneTimeTearDown]
    public async Task TearDown()
    {
        _officer.Dispose();
        _senco.Dispose();
        await _factory.DisposeAsync();
    }

    private async Task<Guid> PlanOf(string familyName) =>
        (await _officer.GetFromJsonAsync<JsonElement>($"/api/v1/plans?search={familyName}")).GetProperty("items")[0].GetProperty("planId").GetGuid();

    private static Dictionary<string, string?> DateFields(string name, DateOnly date) => new()
    {
        [$"{name}.day"] = date.Day.ToString(CultureInfo.InvariantCulture),
        [$"{name}.month"] = date.Month.ToString(CultureInfo.InvariantCulture),
        [$"{name}.year"] = date.Year.ToString(CultureInfo.InvariantCulture),
    };

    [Test]
    public async Task Meeting_paperwork_and_decision_by_api_with_every_refusal()
    {
        var held = await _officer.PostAsJsonAsync($"/api/v1/plans/{_apiPlan}/reviews", new { meetingDate = "2026-11-16" });
        held.StatusCode.Should().Be(HttpStatusCode.Created, await held.Content.ReadAsStringAsync());
        var review = await held.Content.ReadFromJsonAsync<JsonElement>();
        var reviewId = review.GetProperty("reviewId").GetGuid();
        // 16 November 2026 + 14 days = 30 November; + 28 days = 14 December.
        review.GetProperty("paperworkDue").GetString().Should().Be("2026-11-30");
        review.GetProperty("decisionDue").GetString().Should().Be("2026-12-14");

        await (await _officer.PostAsJsonAsync($"/api/v1/plans/{_apiPlan}/reviews", new { meetingDate = "2026-11-16" })).ShouldBeProblem(HttpStatusCode.Conflict);
        await (await _officer.PostAsJsonAsync($"/api/v1/plans/{_apiPlan}/reviews", new { meetingDate = "2026-11-27" })).ShouldBeValidationProblemNaming("meetingDate");

        using (var south = await _factory.ClientFor(Personas.SecondSendOfficer))
        {
            await (await south.GetAsync($"/api/v1/reviews/{reviewId}")).ShouldBeProblem(HttpStatusCode.NotFound);
            await (await south.PostAsJsonAsync($"/api/v1/plans/{_apiPlan}/reviews", new { meetingDate = "2026-11-17" })).ShouldBeProblem(HttpStatusCode.NotFound);
            (await south.GetFromJsonAsync<JsonElement>("/api/v1/reviews")).GetProperty("items").EnumerateArray()
                .Should().NotContain(i => i.GetProperty("planId").GetGuid() == _apiPlan);
        }

        using (var family = await _factory.ClientFor(Personas.Family))
        {
            (await family.GetAsync("/api/v1/reviews")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
            (await family.GetAsync($"/api/v1/reviews/{reviewId}")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
            (await family.GetAsync($"/api/v1/partner/reviews/{reviewId}")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        }

        (await _senco.GetFromJsonAsync<JsonElement>("/api/v1/partner/reviews")).EnumerateArray().Should().Contain(r => r.GetProperty("reviewId").GetGuid() == reviewId);
        var early = await _senco.PostAsJsonAsync($"/api/v1/partner/reviews/{reviewId}/paperwork",
            new { expectedVersion = 0, reportDate = "2026-11-13", attendees = "Parent, SENCO", childViews = "I like maths.", recommendation = "Amend", reasons = "New targets." });
        await early.ShouldBeProblem(HttpStatusCode.Conflict);
        var returned = await _senco.PostAsJsonAsync($"/api/v1/partner/reviews/{reviewId}/paperwork",
            new { expectedVersion = 0, reportDate = "2026-11-16", attendees = "Parent, SENCO", childViews = "I like maths.", familyViews = "We agree.", recommendation = "Amend", reasons = "New targets." });
        returned.StatusCode.Should().Be(HttpStatusCode.OK, await returned.Content.ReadAsStringAsync());

        var decided = await _officer.PostAsJsonAsync($"/api/v1/reviews/{reviewId}/decision", new { expectedVersion = 1, outcome = "Amend", notifiedOn = "2026-11-20", reasons = "Section F changes." });
        decided.StatusCode.Should().Be(HttpStatusCode.OK, await decided.Content.ReadAsStringAsync());
        // Proposed on 20 November 2026: + 56 days = 15 January 2027.
        (await decided.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("amendedPlanDue").GetString().Should().Be("2027-01-15");
        await (await _officer.PostAsJsonAsync($"/api/v1/reviews/{reviewId}/decision", new { expectedVersion = 2, outcome = "Cease", notifiedOn = "2026-11-20", reasons = "No." }))
            .ShouldBeProblem(HttpStatusCode.Conflict);
    }

    [Test]
    public async Task Another_settings_senco_finds_nothing_of_a_review_not_asked_of_them()
    {
        var held = await _officer.PostAsJsonAsync($"/api/v1/plans/{_larkspurPlan}/reviews", new { meetingDate = "2026-11-18" });
        held.StatusCode.Should().Be(HttpStatusCode.Created, await held.Content.ReadAsStringAsync());
        var reviewId = (await held.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("reviewId").GetGuid();

        var real = await _senco.GetAsync($"/api/v1/partner/reviews/{reviewId}");
        var unknown = await _senco.GetAsync($"/api/v1/partner/reviews/{Guid.NewGuid()}");
        await real.ShouldBeProblem(HttpStatusCode.NotFound);
        await unknown.ShouldBeProblem(HttpStatusCode.NotFound);
        (await real.Content.ReadAsStringAsync()).Should().NotContain("Penrose");
        await (await _senco.PostAsJsonAsync($"/api/v1/partner/reviews/{reviewId}/paperwork",
            new { expectedVersion = 0, reportDate = "2026-11-18", attendees = "Parent", childViews = "Fine.", recommendation = "Maintain", reasons = "Good." })).ShouldBeProblem(HttpStatusCode.NotFound);
        (await _senco.GetFromJsonAsync<JsonElement>("/api/v1/partner/reviews")).EnumerateArray().Should().NotContain(r => r.GetProperty("reviewId").GetGuid() == reviewId);
        using var browser = await _factory.HtmlClientFor(Personas.SettingSendco);
        (await browser.Get($"/partner/reviews/{reviewId}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task The_officer_and_the_senco_do_the_review_through_the_pages()
    {
        using var officer = await _factory.HtmlClientFor(Personas.SendOfficer);
        var list = await officer.GetPage("/reviews?standing=Overdue");
        // Rowan's plan of 1 October 2025: review due by 30 September 2026, overdue on 20 November 2026.
        list.QuerySelector(".app-reviews")!.TextContent.Should().Contain("Rowan Ashby").And.Contain("Review overdue");

        var plan = await officer.GetPage($"/plans/{_brooksidePlan}/reviews");
        var future = await officer.SubmitAndFollow(plan, DateFields("meetingDate", new DateOnly(2026, 11, 27)));
        future.ShouldShowErrorFor("meetingDate", "cannot be in the future");
        var held = await officer.SubmitAndFollow(future, DateFields("meetingDate", new DateOnly(2026, 11, 19)));
        held.QuerySelector(".govuk-error-summary").Should().BeNull();
        var reviewPath = officer.Location!.AbsolutePath;
        held.Body!.TextContent.Should().Contain("Held, awaiting paperwork").And.Contain("3 December 2026");

        using var senco = await _factory.HtmlClientFor(Personas.SettingSendco);
        var waiting = await senco.GetPage("/partner/reviews");
        var form = await senco.GetPage(waiting.QuerySelector($".app-partner-reviews a[href='/partner{reviewPath}']")!.GetAttribute("href")!);
        var missing = await senco.SubmitAndFollow(form, new Dictionary<string, string?> { ["attendees"] = "", ["reasons"] = "" });
        missing.ShouldShowErrorFor("attendees", "who came");
        var sent = await senco.SubmitAndFollow(missing, new Dictionary<string, string?>(DateFields("reportDate", new DateOnly(2026, 11, 19)))
        {
            ["attendees"] = "Mother, SENCO, teacher",
            ["childViews"] = "I want to stay with my friends.",
            ["familyViews"] = "We want more speech therapy.",
            ["recommendation"] = "ChangeOfPlacement",
            ["reasons"] = "Needs a specialist speech and language base.",
        });
        sent.QuerySelector(".app-partner-review-sent")!.TextContent.Should().Contain("Change of placement");

        var review = await officer.GetPage(reviewPath);
        review.QuerySelector(".app-review-paperwork")!.TextContent.Should().Contain("Mother, SENCO, teacher");
        review.Body!.TextContent.Should().Contain("Log a placement request");
        var decided = await officer.SubmitAndFollow(review, new Dictionary<string, string?>(DateFields("notifiedOn", new DateOnly(2026, 11, 20)))
        {
            ["outcome"] = "Amend",
            ["reasons"] = "Name a setting with a speech and language base.",
        }, formSelector: "form.app-review-decide");
        decided.QuerySelector(".govuk-error-summary").Should().BeNull();
        decided.Body!.TextContent.Should().Contain("Amended plan due").And.Contain("15 January 2027");
        decided.QuerySelector("form.app-review-amended").Should().NotBeNull();
    }
}
