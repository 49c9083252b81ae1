using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PanelCaseManager.Application.Audit;
using PanelCaseManager.Application.Persistence;
using PanelCaseManager.Domain.Users;
using PanelCaseManager.Web.Identity;
using PanelCaseManager.Web.Tests.Pages;

namespace PanelCaseManager.Web.Tests.Identity;

/// <summary>
/// Signing in from the browser outside Development: the sign-in page offers the two doors, each sends the browser to
/// its own tenant with the parameters OpenID Connect needs, and the answer that comes back is let in to a session
/// cookie only when the person's account allows it.
/// </summary>
public class BrowserSignInTests
{
    private EntraWebApplicationFactory _factory = null!;

    [OneTimeSetUp]
    public void SetUp()
    {
        _factory = new EntraWebApplicationFactory();
        _factory.CreateClient().Dispose();
    }

    [OneTimeTearDown]
    public async Task TearDown() => await _factory.DisposeAsync();

    [Test]
    public async Task The_sign_in_page_offers_council_staff_and_families_and_no_personas()
    {
        using var browser = _factory.HtmlClient();

        var page = await browser.GetPage("/sign-in");

        page.QuerySelectorAll("h2.govuk-heading-m").Select(h => h.TextContent.Trim()).Should().Equal("Council staff", "Parents, carers and young people");
        page.QuerySelector("input[name=persona]").Should().BeNull("the development sign-in is for Development only");
    }

    [Test]
    public async Task Council_staff_are_sent_to_the_councils_entra_id_with_the_right_parameters()
    {
        using var browser = _factory.HtmlClient();

        var redirect = await ChallengeAsync(browser, "staff", "/cases");

        redirect.GetLeftPart(UriPartial.Path).Should().Be($"https://login.microsoftonline.com/{FakeEntra.StaffTenant}/oauth2/v2.0/authorize");
        var query = HttpUtility.ParseQueryString(redirect.Query);
        query["client_id"].Should().Be(FakeEntra.StaffClientId);
        query["redirect_uri"].Should().Be("https://localhost/signin-oidc/staff");
        query["response_type"].Should().Be("id_token", "sign-in only: the app calls no other API on the person's behalf");
        query["response_mode"].Should().Be("form_post");
        query["scope"]!.Split(' ').Should().Contain("openid").And.Contain("profile");
        query["nonce"].Should().NotBeNullOrEmpty();
        query["state"].Should().NotBeNullOrEmpty();
    }

    [Test]
    public async Task Families_are_sent_to_the_councils_external_id_tenant()
    {
        using var browser = _factory.HtmlClient();

        var redirect = await ChallengeAsync(browser, "families", "/");

        redirect.GetLeftPart(UriPartial.Path).Should().Be($"https://examplecounty.ciamlogin.com/{FakeEntra.FamiliesTenant}/oauth2/v2.0/authorize");
        var query = HttpUtility.ParseQueryString(redirect.Query);
        query["client_id"].Should().Be(FakeEntra.FamiliesClientId);
        query["redirect_uri"].Should().Be("https://localhost/signin-oidc/families");
    }

    [Test]
    public async Task The_sign_in_state_cookies_are_secure_http_only_and_ride_on_the_cross_site_form_post()
    {
        using var browser = _factory.HtmlClient();
        var page = await browser.GetPage("/sign-in");

        using var response = await browser.Submit(page, formSelector: "form[action*=staff]");

        var cookies = response.Headers.GetValues("Set-Cookie").Where(c => c.StartsWith(".AspNetCore.", StringComparison.Ordinal)).ToList();
        cookies.Should().HaveCountGreaterThanOrEqualTo(2, "a correlation cookie and a nonce cookie");
        cookies.Should().AllSatisfy(c => c.ToLowerInvariant().Should().Contain("secure").And.Contain("httponly").And.Contain("samesite=none"));
    }

    [Test]
    public async Task The_antiforgery_cookie_of_the_sign_in_page_is_secure_http_only_and_same_site_strict()
    {
        using var browser = _factory.HtmlClient();

        using var response = await browser.Get("/sign-in");

        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(BrowserSession.AntiforgeryCookieName + "=", StringComparison.Ordinal)).ToLowerInvariant();
        cookie.Should().Contain("secure").And.Contain("httponly").And.Contain("samesite=strict").And.Contain("path=/");
    }

    [Test]
    public async Task A_member_of_staff_with_an_account_comes_back_signed_in()
    {
        var officer = await _factory.AddAccountAsync(Role.SendOfficer);
        using var browser = _factory.HtmlClient();

        var response = await CompleteSignInAsync(browser, "staff", nonce => _factory.Entra.Token(officer, ["SendOfficer"], audience: FakeEntra.StaffClientId, nonce: nonce));

        response.StatusCode.Should().Be(HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
        response.Headers.Location!.ToString().Should().Be("/cases");
        var session = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(BrowserSession.CookieName + "=", StringComparison.Ordinal)).ToLowerInvariant();
        session.Should().Contain("secure").And.Contain("httponly").And.Contain("samesite=lax").And.Contain("path=/");
        (await browser.Get("/cases")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await LastSignInAsync(officer)).Should().Be(AuditOutcomes.Succeeded);
    }

    [Test]
    public async Task A_member_of_staff_whose_role_an_administrator_changes_is_signed_out_and_signs_in_with_the_new_one()
    {
        var officer = await _factory.AddAccountAsync(Role.SendOfficer);
        var administrator = await _factory.AddAccountAsync(Role.Administrator);
        using var browser = _factory.HtmlClient();
        (await CompleteSignInAsync(browser, "staff", nonce => _factory.Entra.Token(officer, ["SendOfficer", "Auditor"], audience: FakeEntra.StaffClientId, nonce: nonce))).Dispose();
        (await browser.Get("/cases")).StatusCode.Should().Be(HttpStatusCode.OK);

        using var admin = _factory.ClientWithToken(_factory.Entra.Token(administrator, ["Administrator"]));
        var user = (await admin.GetFromJsonAsync<JsonElement>("/api/v1/users")).EnumerateArray().Single(u => u.GetProperty("id").GetString() == officer);
        var changed = await admin.PutAsJsonAsync($"/api/v1/users/{officer}", new
        {
            displayName = user.GetProperty("displayName").GetString(),
            email = user.GetProperty("email").GetString(),
            role = "Auditor",
            isActive = true,
            expectedVersion = user.GetProperty("version").GetInt32(),
        });
        changed.StatusCode.Should().Be(HttpStatusCode.OK, await changed.Content.ReadAsStringAsync());

        var sentBack = await browser.Get("/cases");
        sentBack.StatusCode.Should().Be(HttpStatusCode.Redirect);
        sentBack.Headers.Location!.AbsolutePath.Should().Be("/sign-in");
        (await CompleteSignInAsync(browser, "staff", nonce => _factory.Entra.Token(officer, ["SendOfficer", "Auditor"], audience: FakeEntra.StaffClientId, nonce: nonce), "/audit")).Dispose();
        (await browser.Get("/audit")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await browser.Get("/worklist")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task A_family_member_with_no_linked_child_is_refused_with_a_page_that_says_why()
    {
        var parent = await _factory.AddAccountAsync(Role.Family, linkedToAChild: false);
        using var browser = _factory.HtmlClient();

        var response = await CompleteSignInAsync(browser, "families", nonce => FamilyToken(parent, nonce));

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().Should().StartWith("/sign-in/refused?reason=no-linked-child");
        response.Headers.TryGetValues("Set-Cookie", out var cookies).Should().BeTrue();
        cookies!.Should().NotContain(c => c.StartsWith(BrowserSession.CookieName + "=", StringComparison.Ordinal), "no session is started");
        var refused = await HtmlClient.ParseAsync(await browser.Follow(response));
        refused.Text("#reason").Should().Contain("not linked to a child");
        refused.Text("#reference").Should().Be(parent);
        (await LastSignInAsync(parent)).Should().Be(AuditOutcomes.Forbidden);
    }

    [Test]
    public async Task A_family_member_with_a_linked_child_comes_back_signed_in()
    {
        var parent = await _factory.AddAccountAsync(Role.Family);
        using var browser = _factory.HtmlClient();

        var response = await CompleteSignInAsync(browser, "families", nonce => FamilyToken(parent, nonce), returnUrl: "/");

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().Should().Be("/");
        response.Headers.GetValues("Set-Cookie").Should().Contain(c => c.StartsWith(BrowserSession.CookieName + "=", StringComparison.Ordinal));
    }

    [Test]
    public async Task A_staff_account_cannot_come_in_through_the_families_door()
    {
        var officer = await _factory.AddAccountAsync(Role.SendOfficer);
        using var browser = _factory.HtmlClient();

        var response = await CompleteSignInAsync(browser, "families", nonce => FamilyToken(officer, nonce));

        response.Headers.Location!.ToString().Should().StartWith("/sign-in/refused?reason=staff-account-at-family-door");
    }

    [Test]
    public async Task An_id_token_from_another_tenant_or_for_another_application_ends_on_the_refusal_page()
    {
        var officer = await _factory.AddAccountAsync(Role.SendOfficer);
        foreach (var token in new Func<string, string>[]
                 {
                     nonce => _factory.Entra.Token(officer, ["SendOfficer"], tenant: FakeEntra.OtherTenant, audience: FakeEntra.StaffClientId, nonce: nonce),
                     nonce => _factory.Entra.Token(officer, ["SendOfficer"], audience: FakeEntra.FamiliesClientId, nonce: nonce),
                     nonce => _factory.Entra.Token(officer, ["SendOfficer"], audience: FakeEntra.StaffClientId, nonce: nonce, expiresIn: TimeSpan.FromMinutes(-10)),
                 })
        {
            using var browser = _factory.HtmlClient();

            var response = await CompleteSignInAsync(browser, "staff", token);

            response.StatusCode.Should().Be(HttpStatusCode.Redirect);
            response.Headers.Location!.ToString().Should().Be($"/sign-in/refused?reason={EntraSignIn.FailedCode}");
            response.Headers.TryGetValues("Set-Cookie", out var cookies);
            (cookies ?? []).Should().NotContain(c => c.StartsWith(BrowserSession.CookieName + "=", StringComparison.Ordinal));
        }
    }

    private string FamilyToken(string objectId, string nonce) =>
        _factory.Entra.Token(objectId, tenant: FakeEntra.FamiliesTenant, issuer: FakeEntra.FamiliesIssuer, audience: FakeEntra.FamiliesClientId, nonce: nonce);

    /// <summary>Presses the door's button on the sign-in page; returns where the browser is sent.</summary>
    private static async Task<Uri> ChallengeAsync(HtmlClient browser, string door, string returnUrl)
    {
        var page = await browser.GetPage($"/sign-in?returnUrl={Uri.EscapeDataString(returnUrl)}");
        using var response = await browser.Submit(page, formSelector: $"form[action*={door}]");
        response.StatusCode.Should().Be(HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
        return response.Headers.Location!;
    }

    /// <summary>
    /// What the browser does after the person signs in at Entra: the ID token (made by the test with the challenge's
    /// nonce) and the state come back to the door's callback as a cross-site form post.
    /// </summary>
    private static async Task<HttpResponseMessage> CompleteSignInAsync(HtmlClient browser, string door, Func<string, string> idToken, string returnUrl = "/cases")
    {
        var redirect = await ChallengeAsync(browser, door, returnUrl);
        var query = HttpUtility.ParseQueryString(redirect.Query);
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["id_token"] = idToken(query["nonce"]!), ["state"] = query["state"]! });
        return await browser.Http.PostAsync(new Uri(query["redirect_uri"]!), form);
    }

    private async Task<string?> LastSignInAsync(string objectId)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PanelDbContext>();
        return await db.AuditEvents.Where(e => e.UserId == objectId && e.Kind == AuditKinds.SignIn)
            .OrderByDescending(e => e.Sequence).Select(e => e.Outcome).FirstOrDefaultAsync();
    }
}
