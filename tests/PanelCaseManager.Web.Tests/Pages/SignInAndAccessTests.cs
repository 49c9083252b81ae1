using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using System.Reflection;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Testing;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Infrastructure.DemoData;
using PanelCaseManager.Testing.Builders;

namespace PanelCaseManager.Web.Tests.Pages;

public class SignInAndAccessTests
{
    private PanelWebApplicationFactory _factory = null!;

    [OneTimeSetUp]
    public void SetUp() => _factory = new PanelWebApplicationFactory();

    [OneTimeTearDown]
    public async Task TearDown() => await _factory.DisposeAsync();

    [Test]
    public async Task A_page_asked_for_without_signing_in_sends_you_to_sign_in_and_back()
    {
        using var browser = _factory.HtmlClient();

        var response = await browser.Get("/cases?stage=Evidence");

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().Should().Be("https://localhost/sign-in?returnUrl=%2Fcases%3Fstage%3DEvidence");

        var signIn = await browser.GetPage(response.Headers.Location.PathAndQuery);
        signIn.Text("main").Should().Contain("Sign in to carry on where you left off");
        var signedIn = await browser.Submit(signIn, new Dictionary<string, string?> { ["persona"] = Personas.SendOfficer.Id });
        signedIn.Headers.Location!.ToString().Should().Be("/cases?stage=Evidence");
    }

    [Test]
    public async Task The_session_cookie_is_secure_http_only_and_same_site_lax()
    {
        using var browser = _factory.HtmlClient();
        var page = await browser.GetPage("/sign-in");

        var response = await browser.Submit(page, new Dictionary<string, string?> { ["persona"] = Personas.SendOfficer.Id });

        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("__Host-PanelCaseManager=", StringComparison.Ordinal));
        cookie.Should().Contain("secure").And.Contain("httponly").And.Contain("samesite=lax").And.Contain("path=/");
        cookie.Should().NotContain("expires", "the session ends with the browser or after its idle time, whichever is first");
    }

    [Test]
    public async Task Signing_in_never_sends_you_to_another_site()
    {
        using var browser = _factory.HtmlClient();
        var page = await browser.GetPage("/sign-in?returnUrl=https%3A%2F%2Fevil.example%2F");

        var response = await browser.Submit(page, new Dictionary<string, string?> { ["persona"] = Personas.SendOfficer.Id });

        response.Headers.Location!.ToString().Should().Be("/");
    }

    [Test]
    public async Task Signing_in_without_choosing_anyone_shows_the_error_in_the_page()
    {
        using var browser = _factory.HtmlClient();
        var page = await browser.GetPage("/sign-in");

        var again = await browser.SubmitAndFollow(page, new Dictionary<string, string?> { ["persona"] = null });

        again.ShouldShowErrorFor("persona", "Choose who to sign in as");
    }

    [Test]
    public async Task A_form_posted_without_its_antiforgery_token_is_refused_and_changes_nothing()
    {
        using var browser = _factory.HtmlClient();
        var page = await browser.GetPage("/sign-in");

        var response = await browser.Submit(page, new Dictionary<string, string?> { ["persona"] = Personas.SendOfficer.Id, ["__RequestVerificationToken"] = null });

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await HtmlClient.ParseAsync(response)).Text("h1").Should().Be("Sorry, there is a problem with your request");
        (await browser.Get("/cases")).StatusCode.Should().Be(HttpStatusCode.Redirect, "nobody was signed in");
    }

    [Test]
    public async Task When_the_session_has_been_idle_too_long_you_sign_in_again_and_carry_on()
    {
        using var browser = await _factory.HtmlClientFor(Personas.SendOfficer);
        (await browser.Get("/cases")).StatusCode.Should().Be(HttpStatusCode.OK);

        _factory.Clock.Advance(TimeSpan.FromMinutes(31));

        var response = await browser.Get("/cases");
        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.Headers.Location!.PathAndQuery.Should().Be("/sign-in?returnUrl=%2Fcases");
    }

    [Test]
    public async Task Signing_out_ends_the_session()
    {
        using var browser = await _factory.HtmlClientFor(Personas.SendOfficer);
        var home = await browser.GetPage("/");

        var signedOut = await browser.SubmitAndFollow(home, formSelector: "header form[action='/sign-out']");

        signedOut.Text("h1").Should().Be("You have signed out");
        (await browser.Get("/")).StatusCode.Should().Be(HttpStatusCode.Redirect);
    }

    [Test]
    public async Task The_api_still_answers_401_problem_details_to_a_browser_never_a_redirect()
    {
        using var browser = _factory.HtmlClient();
        browser.Http.DefaultRequestHeaders.Accept.ParseAdd("text/html");

        var response = await browser.Get("/api/v1/placement-requests");

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        response.Headers.Location.Should().BeNull();
    }

    [Test]
    public async Task The_api_does_not_accept_the_browser_session_cookie()
    {
        using var browser = await _factory.HtmlClientFor(Personas.SendOfficer);

        var response = await browser.Get("/api/v1/placement-requests");

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized, "a cookie riding along with a cross-site call must not act for its owner");
    }

    [Test]
    public async Task The_home_page_sends_each_role_to_its_work()
    {
        using var officer = await _factory.HtmlClientFor(Personas.SendOfficer);
        var officerHome = await officer.GetPage("/");
        officerHome.QuerySelectorAll("main a").Select(a => a.GetAttribute("href")).Should().Contain(["/cases?officer=me", "/cases/new"]);
        officerHome.QuerySelectorAll(".govuk-service-navigation__link").Select(a => a.TextContent.Trim()).Should().Contain(["Caseload", "Log a request"]);

        using var auditor = await _factory.HtmlClientFor(Personas.Auditor);
        var auditorHome = await auditor.GetPage("/");
        auditorHome.QuerySelectorAll("main a").Select(a => a.GetAttribute("href")).Should().Contain("/cases").And.NotContain("/cases/new");

        using var family = await _factory.HtmlClientFor(Personas.Family);
        var familyHome = await family.GetPage("/");
        familyHome.QuerySelectorAll("main a[href^='/cases']").Should().BeEmpty();
        familyHome.Text(".moj-header").Should().Contain("Sarah Bennett");
    }

    [Test]
    public async Task A_family_member_typing_a_case_address_gets_page_not_found_and_none_of_its_data()
    {
        using var api = await _factory.ClientFor(Personas.SendOfficer);
        var created = await (await api.PostAsJsonAsync("/api/v1/placement-requests", A.PlacementRequest())).Content.ReadFromJsonAsync<CreatedCase>();
        using var family = await _factory.HtmlClientFor(Personas.Family);

        foreach (var path in new[] { $"/cases/{created!.Id}", $"/cases/{created.Id}/history", $"/cases/{created.Id}/withdraw" })
        {
            var page = await family.GetPage(path, HttpStatusCode.NotFound);
            page.Text("h1").Should().Be("Page not found");
            page.Body!.TextContent.Should().NotContain("Llewelyn-Jones").And.NotContain(created.Reference);
        }

        var caseload = await family.GetPage("/cases", HttpStatusCode.Forbidden);
        caseload.Text("h1").Should().Be("You do not have access to this page");
    }

    [Test]
    public async Task An_unknown_case_or_page_gets_a_helpful_page_not_found()
    {
        using var officer = await _factory.HtmlClientFor(Personas.SendOfficer);

        foreach (var path in new[] { $"/cases/{Guid.NewGuid()}", "/cases/not-a-case", "/no-such-page" })
        {
            var page = await officer.GetPage(path, HttpStatusCode.NotFound);
            page.Text("h1").Should().Be("Page not found");
            page.Title.Should().StartWith("Page not found – ");
            page.QuerySelector("a[href='/']").Should().NotBeNull();
        }
    }

    [Test]
    public async Task The_service_name_and_authority_come_from_configuration()
    {
        await using var factory = new PanelWebApplicationFactory(new Dictionary<string, string?> { ["Service:Name"] = "Specialist places", ["Service:Authority"] = "Borsetshire Council" });
        using var browser = factory.HtmlClient();

        var page = await browser.GetPage("/sign-in");

        page.Text(".govuk-service-navigation__service-name").Should().Be("Specialist places");
        page.Text(".moj-header__link--organisation-name").Should().Be("Borsetshire Council");
        page.Title.Should().Be("Sign in – Specialist places – Borsetshire Council");
    }

    [Test]
    public void Every_page_names_its_authorisation_policy_or_is_deliberately_open()
    {
        var open = new[] { "SignInModel", "SignInRefusedModel", "SignOutModel", "SignedOutModel", "ErrorModel", "StatusModel", "AccessibilityModel", "PrivacyModel", "ContactModel" };
        var pages = typeof(Program).Assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false } && typeof(PageModel).IsAssignableFrom(t)).ToList();
        pages.Should().NotBeEmpty();

        var options = new AuthorizationOptions();
        Policies.Configure(options);
        foreach (var page in pages)
        {
            var authorize = page.GetCustomAttribute<AuthorizeAttribute>();
            if (page.GetCustomAttribute<AllowAnonymousAttribute>() is not null)
            {
                open.Should().Contain(page.Name, "only the sign-in and error pages, and the footer's pages about the service, are open to anyone");
                continue;
            }

            authorize.Should().NotBeNull($"{page.Name} must name its policy");
            options.GetPolicy(authorize!.Policy!).Should().NotBeNull($"{page.Name} names '{authorize.Policy}'");
        }
    }

    [Test]
    public void Outside_development_the_cookies_must_travel_over_https()
    {
        using var production = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment("Production");
            foreach (var (key, value) in Identity.FakeEntra.Settings().Concat(Identity.TestCertificates.ProductionTrustSettings()))
            {
                builder.UseSetting(key, value);
            }

            builder.UseSetting("BrowserSession:AllowHttp", "true");
        });

        var act = () => production.CreateClient();

        act.Should().Throw<InvalidOperationException>().WithMessage("*BrowserSession:AllowHttp*");
    }

    private sealed record CreatedCase(Guid Id, string Reference);
}
