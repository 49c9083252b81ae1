using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using PanelCaseManager.Domain.Users;
using PanelCaseManager.Infrastructure.DemoData;
using PanelCaseManager.Web.Identity;
using PanelCaseManager.Web.Tests.Pages;

namespace PanelCaseManager.Web.Tests.Identity;

/// <summary>
/// Sessions that can be ended (docs/adr/0135), through the development sign-in: signing out, closing an account or
/// changing someone's role or team ends their browser sessions and their tokens. A cookie replayed afterwards is sent to
/// sign in (pages) or refused with 401 (API); a token of a closed account gets 401, never data.
/// </summary>
public class SessionEndingTests
{
    private static readonly WebApplicationFactoryClientOptions NoCookieJar = new() { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false, HandleCookies = false };

    private PanelWebApplicationFactory _factory = null!;
    private HttpClient _admin = null!;

    [OneTimeSetUp]
    public async Task SetUp()
    {
        _factory = new PanelWebApplicationFactory();
        _admin = await _factory.ClientFor(Personas.Administrator);
    }

    [OneTimeTearDown]
    public async Task TearDown()
    {
        _admin.Dispose();
        await _factory.DisposeAsync();
    }

    /// <summary>A new SEND officer of the North team, added by the administrator, so each test has its own account to end.</summary>
    private async Task<Persona> NewOfficerAsync()
    {
        var id = $"officer-{Guid.NewGuid():N}"[..20];
        var created = await _admin.PostAsJsonAsync("/api/v1/users", new { id, displayName = "Jo Officer", email = $"{id}@example.gov.uk", role = "SendOfficer", team = "North" });
        created.StatusCode.Should().Be(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        return new Persona(id, "Jo Officer", $"{id}@example.gov.uk", Role.SendOfficer, "North", null);
    }

    private async Task ChangeAsync(Persona persona, string role, string? team, bool active, string? displayName = null)
    {
        var user = (await _admin.GetFromJsonAsync<JsonElement>("/api/v1/users")).EnumerateArray().Single(u => u.GetProperty("id").GetString() == persona.Id);
        var response = await _admin.PutAsJsonAsync($"/api/v1/users/{persona.Id}", new
        {
            displayName = displayName ?? persona.DisplayName,
            email = persona.Email,
            role,
            team,
            isActive = active,
            expectedVersion = user.GetProperty("version").GetInt32(),
        });
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }

    /// <summary>Signs in through the sign-in page; returns the browser and the session cookie as it could be copied from it.</summary>
    private async Task<(HtmlClient Browser, string Cookie)> SignInAsync(Persona persona)
    {
        var browser = _factory.HtmlClient();
        var page = await browser.GetPage("/sign-in");
        using var response = await browser.Submit(page, new Dictionary<string, string?> { ["persona"] = persona.Id });
        response.StatusCode.Should().Be(HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(BrowserSession.CookieName + "=", StringComparison.Ordinal)).Split(';')[0];
        return (browser, cookie);
    }

    /// <summary>A request carrying only the copied cookie, as an attacker replaying it would send it.</summary>
    private async Task<HttpResponseMessage> ReplayAsync(string cookie, string path)
    {
        using var client = _factory.CreateClient(NoCookieJar);
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("Cookie", cookie);
        return await client.SendAsync(request);
    }

    private static void ShouldBeSentToSignIn(HttpResponseMessage response)
    {
        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.Headers.Location!.AbsolutePath.Should().Be("/sign-in");
    }

    [Test]
    public async Task A_cookie_replayed_after_signing_out_is_sent_to_sign_in_and_never_shows_the_page()
    {
        var officer = await NewOfficerAsync();
        var (browser, cookie) = await SignInAsync(officer);
        using var _ = browser;
        (await ReplayAsync(cookie, "/worklist")).StatusCode.Should().Be(HttpStatusCode.OK, "the copied cookie works while the session lasts");

        var page = await browser.GetPage("/worklist");
        using (var signedOut = await browser.Submit(page, formSelector: "form[action='/sign-out']"))
        {
            signedOut.Headers.Location!.ToString().Should().Be("/signed-out");
        }

        ShouldBeSentToSignIn(await ReplayAsync(cookie, "/worklist"));
        ShouldBeSentToSignIn(await ReplayAsync(cookie, "/cases"));
        (await ReplayAsync(cookie, "/api/v1/worklist")).StatusCode.Should().Be(HttpStatusCode.Unauthorized, "the API never takes the cookie");
    }

    [Test]
    public async Task Signing_out_in_the_browser_ends_the_tokens_of_the_account_too()
    {
        var officer = await NewOfficerAsync();
        using var token = await _factory.ClientFor(officer);
        var (browser, _) = await SignInAsync(officer);
        using var __ = browser;
        (await token.GetAsync("/api/v1/me")).StatusCode.Should().Be(HttpStatusCode.OK);

        var page = await browser.GetPage("/worklist");
        (await browser.Submit(page, formSelector: "form[action='/sign-out']")).Dispose();

        var refused = await token.GetAsync("/api/v1/worklist");
        refused.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await refused.Content.ReadAsStringAsync()).Should().NotContain("placementRequestId");
        using var again = await _factory.ClientFor(officer);
        (await again.GetAsync("/api/v1/me")).StatusCode.Should().Be(HttpStatusCode.OK, "signing in again begins a new session");
    }

    [Test]
    public async Task Signing_out_through_the_api_ends_that_token_and_the_browser_sessions()
    {
        var officer = await NewOfficerAsync();
        using var token = await _factory.ClientFor(officer);
        var (browser, cookie) = await SignInAsync(officer);
        using var _ = browser;

        (await token.PostAsync("/api/v1/me/sign-out", null)).StatusCode.Should().Be(HttpStatusCode.NoContent);

        (await token.GetAsync("/api/v1/me")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        ShouldBeSentToSignIn(await browser.Get("/worklist"));
        ShouldBeSentToSignIn(await ReplayAsync(cookie, "/worklist"));
    }

    [Test]
    public async Task Closing_an_account_ends_its_browser_sessions_and_its_tokens_get_401_never_data()
    {
        var officer = await NewOfficerAsync();
        using var token = await _factory.ClientFor(officer);
        var (browser, cookie) = await SignInAsync(officer);
        using var _ = browser;

        await ChangeAsync(officer, "SendOfficer", "North", active: false);

        foreach (var path in new[] { "/api/v1/me", "/api/v1/worklist", "/api/v1/placement-requests" })
        {
            var problem = await (await token.GetAsync(path)).ShouldBeProblem(HttpStatusCode.Unauthorized);
            problem.EnumerateObject().Select(p => p.Name).Should().BeSubsetOf(["type", "title", "status", "traceId", "code"], $"{path} answers nothing but the refusal");
        }

        ShouldBeSentToSignIn(await browser.Get("/worklist"));
        ShouldBeSentToSignIn(await ReplayAsync(cookie, "/cases"));
        var newToken = await _factory.CreateClient().PostAsJsonAsync("/dev/token", new { persona = officer.Id });
        (await newToken.ShouldBeValidationProblemNaming("persona")).GetProperty("errors").GetProperty("persona")[0].GetString().Should().Contain("is closed");
    }

    [Test]
    public async Task Changing_someones_role_ends_the_sessions_that_carry_the_old_one()
    {
        var officer = await NewOfficerAsync();
        using var token = await _factory.ClientFor(officer);
        var (browser, cookie) = await SignInAsync(officer);
        using var _ = browser;

        await ChangeAsync(officer, "Auditor", null, active: true);

        (await token.GetAsync("/api/v1/worklist")).StatusCode.Should().Be(HttpStatusCode.Unauthorized, "the token says SendOfficer, which the account no longer is");
        ShouldBeSentToSignIn(await browser.Get("/worklist"));
        ShouldBeSentToSignIn(await ReplayAsync(cookie, "/worklist"));

        using var auditor = await _factory.HtmlClientFor(officer with { Role = Role.Auditor, Team = null });
        (await auditor.Get("/audit")).StatusCode.Should().Be(HttpStatusCode.OK, "signed in again, the new role applies");
        (await auditor.Get("/worklist")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task Moving_someone_to_another_team_ends_their_sessions()
    {
        var officer = await NewOfficerAsync();
        using var token = await _factory.ClientFor(officer);
        var (browser, _) = await SignInAsync(officer);
        using var __ = browser;

        await ChangeAsync(officer, "SendOfficer", "South", active: true);

        (await token.GetAsync("/api/v1/me")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        ShouldBeSentToSignIn(await browser.Get("/worklist"));
    }

    [Test]
    public async Task Correcting_someones_name_leaves_them_signed_in()
    {
        var officer = await NewOfficerAsync();
        using var token = await _factory.ClientFor(officer);
        var (browser, _) = await SignInAsync(officer);
        using var __ = browser;

        await ChangeAsync(officer, "SendOfficer", "North", active: true, displayName: "Jo Officer-Smith");

        (await token.GetAsync("/api/v1/me")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await browser.Get("/worklist")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Test]
    public async Task A_browser_session_ends_after_its_absolute_lifetime_however_busy_it_is()
    {
        await using var factory = new PanelWebApplicationFactory(new Dictionary<string, string?>
        {
            ["BrowserSession:IdleTimeoutMinutes"] = "30",
            ["BrowserSession:AbsoluteTimeoutMinutes"] = "45",
        });
        using var browser = await factory.HtmlClientFor(Personas.SendOfficer);

        factory.Clock.Advance(TimeSpan.FromMinutes(25));
        (await browser.Get("/worklist")).StatusCode.Should().Be(HttpStatusCode.OK, "25 minutes in, the session is busy and young enough");
        factory.Clock.Advance(TimeSpan.FromMinutes(25));

        ShouldBeSentToSignIn(await browser.Get("/worklist"));
    }

    [Test]
    public void The_absolute_lifetime_cannot_be_shorter_than_the_idle_one()
    {
        using var factory = new PanelWebApplicationFactory(new Dictionary<string, string?>
        {
            ["BrowserSession:IdleTimeoutMinutes"] = "60",
            ["BrowserSession:AbsoluteTimeoutMinutes"] = "30",
        });

        var act = () => factory.CreateClient();

        act.Should().Throw<Microsoft.Extensions.Options.OptionsValidationException>().WithMessage("*AbsoluteTimeoutMinutes*");
    }
}
