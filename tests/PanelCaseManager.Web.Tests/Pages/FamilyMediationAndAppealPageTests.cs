using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using PanelCaseManager.Infrastructure.DemoData;
using PanelCaseManager.Testing;
using PanelCaseManager.Testing.Builders;
using PanelCaseManager.Web.Ui;

namespace PanelCaseManager.Web.Tests.Pages;

/// <summary>
/// The family's own page about their mediation and tribunal appeal (/your-requests/{id}/mediation-and-appeal): where each
/// stands, in plain words, and what the council must do by when for each order; linked from their request only when
/// there is something to show; nobody else's.
/// </summary>
public class FamilyMediationAndAppealPageTests
{
    private static readonly Dictionary<string, string?> Contacts = new()
    {
        ["Letters:Authority:Name"] = "Example County Council",
        ["Letters:Mediation:Name"] = "Example Mediation Service",
    };

    private PanelWebApplicationFactory _factory = null!;
    private HtmlClient _family = null!;
    private HttpClient _officer = null!;

    [OneTimeSetUp]
    public async Task SetUp()
    {
        _factory = new PanelWebApplicationFactory(Contacts);
        _family = await _factory.HtmlClientFor(Personas.Family);
        _officer = await _factory.ClientFor(Personas.SendOfficer);
    }

    [OneTimeTearDown]
    public async Task TearDown()
    {
        _family.Dispose();
        _officer.Dispose();
        await _factory.DisposeAsync();
    }

    private static DateOnly Today => TestClock.Today;

    private static async Task<JsonElement> Ok(HttpResponseMessage response, HttpStatusCode status = HttpStatusCode.OK)
    {
        response.StatusCode.Should().Be(status, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private async Task<CreatedCase> CreateCase(string givenName, string familyName = "Bennett")
    {
        var command = A.PlacementRequest() with { Child = A.Child() with { GivenName = givenName, FamilyName = familyName } };
        var created = await Ok(await _officer.PostAsJsonAsync("/api/v1/placement-requests", command), HttpStatusCode.Created);
        return new CreatedCase(created.GetProperty("id").GetGuid(), created.GetProperty("reference").GetString()!);
    }

    /// <summary>A new case, with the family persona linked to its child by the administrator.</summary>
    private async Task<CreatedCase> CreateOwnCase(string givenName)
    {
        var created = await CreateCase(givenName);
        using var admin = await _factory.ClientFor(Personas.Administrator);
        var users = await admin.GetFromJsonAsync<List<UserRow>>("/api/v1/users?role=Family");
        var family = users!.Single(u => u.Id == Personas.Family.Id);
        await Ok(await admin.PostAsJsonAsync($"/api/v1/users/{Uri.EscapeDataString(family.Id)}/child-links",
            new { caseReference = created.Reference, relationship = "Mother", expectedVersion = family.Version }));
        return created;
    }

    /// <summary>
    /// A refusal to assess, sent today; the family told the adviser they do not want mediation and got their certificate;
    /// they appealed, the council does not oppose, and reg 45 gives it 2 weeks to tell them the assessment will be made.
    /// </summary>
    private async Task<CreatedCase> WithConcededAppeal(CreatedCase created)
    {
        var id = created.Id;
        await Ok(await _officer.PutAsJsonAsync($"/api/v1/placement-requests/{id}/family-contact",
            new { name = "Sam Bennett", role = "ParentOrCarer", addressLines = new[] { "4 Orchard Way", "Stevenage" }, postcode = "SG1 3QE" }));
        var notice = await Ok(await _officer.PostAsJsonAsync($"/api/v1/placement-requests/{id}/notices",
            new { notice = "RefusalToAssessNotice", reasons = "The school can meet the needs with the help it has now." }), HttpStatusCode.Created);
        var noticeId = notice.GetProperty("letterId").GetGuid();

        var mediation = await Ok(await _officer.PostAsJsonAsync($"/api/v1/placement-requests/{id}/mediations", new { noticeId, adviserContactedOn = Today }), HttpStatusCode.Created);
        await Ok(await _officer.PostAsJsonAsync($"/api/v1/placement-requests/{id}/mediations/{mediation.GetProperty("id").GetGuid()}",
            new { expectedVersion = mediation.GetProperty("version").GetInt32(), choice = "NoMediation", choiceMadeOn = Today, certificateIssuedOn = Today }));

        var appeal = await Ok(await _officer.PostAsJsonAsync($"/api/v1/placement-requests/{id}/appeals",
            new { noticeId, subject = "Refusal", registeredOn = Today, responseDueOn = Today.AddDays(30), hearingOn = Today.AddDays(90) }), HttpStatusCode.Created);
        var appealUrl = $"/api/v1/placement-requests/{id}/appeals/{appeal.GetProperty("id").GetGuid()}";
        var conceded = await Ok(await _officer.PostAsJsonAsync(appealUrl,
            new { expectedVersion = appeal.GetProperty("version").GetInt32(), responseDueOn = Today.AddDays(30), hearingOn = Today.AddDays(90), position = "Concedes", positionOn = Today }));
        await Ok(await _officer.PostAsJsonAsync($"{appealUrl}/orders",
            new { expectedVersion = conceded.GetProperty("version").GetInt32(), kind = "NotifyAssessment", madeOn = Today }), HttpStatusCode.Created);
        return created;
    }

    [Test]
    public async Task With_nothing_recorded_the_page_says_so_and_the_request_does_not_link_to_it()
    {
        var own = await CreateOwnCase("Nell");

        var page = await _family.GetPage($"/your-requests/{own.Id}/mediation-and-appeal");

        page.Text("h1").Should().Be("Your mediation and appeal");
        page.Text(".app-nothing-recorded").Should().Be("We have no mediation or appeal on record for this request.");
        page.QuerySelector(".app-appeal").Should().BeNull();
        (await _family.GetPage($"/your-requests/{own.Id}")).QuerySelector("a.app-mediation-and-appeal").Should().BeNull();
    }

    [Test]
    public async Task The_family_reads_where_their_mediation_and_appeal_stand_and_what_the_council_must_do_by_when()
    {
        var own = await WithConcededAppeal(await CreateOwnCase("Poppy"));

        var request = await _family.GetPage($"/your-requests/{own.Id}");
        request.QuerySelector("a.app-mediation-and-appeal")!.GetAttribute("href").Should().Be($"/your-requests/{own.Id}/mediation-and-appeal");

        var page = await _family.GetPage($"/your-requests/{own.Id}/mediation-and-appeal");
        page.Text(".app-mediation-choice").Should().Be($"You said on {Display.Date(Today)} that you do not want mediation.");
        page.Text(".app-mediation-certificate").Should().Contain($"Your certificate is dated {Display.Date(Today)}.");
        page.Text(".app-appeal-about").Should().Be("Our decision to say no.");
        page.Text(".app-appeal-response").Should().Be(Display.Date(Today.AddDays(30)));
        page.Text(".app-appeal-hearing").Should().Be(Display.Date(Today.AddDays(90)));
        page.Text(".app-appeal-answer").Should().Be($"On {Display.Date(Today)}, we told the tribunal we will not fight your appeal. So we must do what you asked.");

        // Reg 45(3): within 2 weeks of the day the council told the tribunal, Friday 20 November 2026: counting from the
        // day after, two weeks end on Friday 4 December 2026.
        var order = page.QuerySelectorAll(".app-appeal ~ table .app-council-duty").Single();
        order.TextContent.Should().Contain("We tell you we will assess your child's needs, as the tribunal said");
        order.Text(".app-duty-by").Should().Be("4 December 2026");
        order.Text(".app-duty-done").Should().Be("Not done yet.");
    }

    [Test]
    public async Task The_page_reads_at_grade_6_or_below()
    {
        var own = await WithConcededAppeal(await CreateOwnCase("Ava"));

        var page = await _family.GetPage($"/your-requests/{own.Id}/mediation-and-appeal");
        var score = Readability.Measure(PageText.Units(page.QuerySelector("main")!),
            ProperNames.With(Contacts.Values, [Personas.SendOfficer.DisplayName]));

        TestContext.Out.WriteLine(score);
        score.Words.Should().BeGreaterThan(100);
        score.Grade.Should().BeLessThanOrEqualTo(6.0, $"the page should be plain English: {score}");
    }

    [Test]
    public async Task Another_familys_appeal_is_not_found_and_shows_none_of_its_data()
    {
        await CreateOwnCase("Leo");
        var other = await WithConcededAppeal(await CreateCase("Osian", "Pryce"));

        var page = await _family.GetPage($"/your-requests/{other.Id}/mediation-and-appeal", HttpStatusCode.NotFound);

        page.Text("h1").Should().Be("Page not found");
        page.Body!.TextContent.Should().NotContain("Osian").And.NotContain("Pryce").And.NotContain(other.Reference).And.NotContain("tribunal");
        (await _family.GetPage($"/your-requests/{Guid.NewGuid()}/mediation-and-appeal", HttpStatusCode.NotFound)).Text("h1").Should().Be("Page not found");
    }

    [Test]
    public async Task Someone_signed_out_is_sent_to_sign_in_and_staff_are_refused()
    {
        var own = await CreateOwnCase("Kit");
        using var anonymous = _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await anonymous.GetAsync($"/your-requests/{own.Id}/mediation-and-appeal");

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.Headers.Location!.AbsolutePath.Should().Be("/sign-in");
        using var officer = await _factory.HtmlClientFor(Personas.SendOfficer);
        await officer.GetPage($"/your-requests/{own.Id}/mediation-and-appeal", HttpStatusCode.Forbidden);
    }

    private sealed record CreatedCase(Guid Id, string Reference);

    private sealed record UserRow(string Id, int Version);
}
