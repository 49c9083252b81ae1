using System.Net;
using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PanelCaseManager.Application.Persistence;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Domain.Users;
using PanelCaseManager.Infrastructure.DemoData;
using PanelCaseManager.Web.Identity;

namespace PanelCaseManager.Web.Tests.Security;

/// <summary>
/// Every route of the app, read from its own endpoint metadata, called by nobody and by each role: the status must
/// be what the policy table below says. A new endpoint without a policy, or with a policy this table does not
/// know, fails here. The app runs with the full demo data, and afterwards the whole log is searched for the names of
/// the seeded children. Every route about a case is then tried with real ids by those who may not see it
/// (AuthorisationMatrixTests.Intruders.cs).
/// </summary>
public partial class AuthorisationMatrixTests
{
    /// <summary>Who each policy lets in — written out independently of Policies.Configure, as the specification.</summary>
    private static readonly Dictionary<string, Role[]> AllowedRoles = new()
    {
        [Policies.ReadCases] = [Role.SendOfficer, Role.TeamManager, Role.PanelMember, Role.PanelChair, Role.Auditor],
        [Policies.ManageCases] = [Role.SendOfficer, Role.TeamManager],
        [Policies.Audit] = [Role.Auditor],
        [Policies.ReadCatalogue] = [Role.SendOfficer, Role.TeamManager, Role.PanelMember, Role.PanelChair, Role.Auditor, Role.Administrator],
        [Policies.Administer] = [Role.Administrator],
        [Policies.Family] = [Role.Family],
        [Policies.ReadLetters] = [Role.SendOfficer, Role.TeamManager, Role.PanelMember, Role.PanelChair, Role.Auditor, Role.Family],
        [Policies.RecordPanelViews] = [Role.PanelMember, Role.PanelChair],
        [Policies.ChairPanels] = [Role.PanelChair],
        [Policies.ReadReports] = [Role.TeamManager, Role.PanelChair, Role.Auditor, Role.Administrator],
        [Policies.ViewTimeliness] = [Role.TeamManager, Role.Auditor],
        [Policies.Partner] = [Role.AgencyProfessional, Role.SettingContact],
        [Policies.InvitePartners] = [Role.SendOfficer, Role.TeamManager, Role.Administrator],
        [Policies.SignedIn] = Enum.GetValues<Role>(),
    };

    private static readonly Persona[] OnePerRole =
        [Personas.SendOfficer, Personas.TeamManager, Personas.PanelEducation, Personas.PanelChair, Personas.Family, Personas.Auditor, Personas.Administrator,
         Personas.PartnerHealth, Personas.SettingSendco];

    /// <summary>Pages anyone may reach: signing in and out, and the pages that explain an error.</summary>
    private static readonly string[] SignInAndErrorPages = ["sign-in", "sign-in/refused", "sign-out", "signed-out", "error", "status/{code:int}"];

    /// <summary>The footer's pages about the service, which anyone must be able to read before signing in.</summary>
    private static readonly string[] ServiceInformationPages = ["accessibility", "privacy", "contact"];

    /// <summary>The administrator's pages, each of which the matrix must reach as administrators only: one dropped or opened up is noticed.</summary>
    private static readonly string[] AdministratorPages =
    [
        "admin/users",
        "admin/users/new",
        "admin/users/{id}",
        "admin/sector-profiles",
        "admin/sector-profiles/new",
        "admin/sector-profiles/{id:guid}",
        "admin/sector-profiles/{id:guid}/new-draft",
        "admin/sector-profiles/{id:guid}/versions/{number:int}/edit",
        "admin/sector-profiles/{id:guid}/versions/{number:int}/{change:regex(^(publish|retire)$)}",
        "admin/letter-templates",
        "admin/letter-templates/{outcome}",
        "admin/letter-templates/{outcome}/versions/{version:int}",
    ];

    private PanelWebApplicationFactory _factory = null!;
    private List<(string Method, string Route, RouteEndpoint Endpoint)> _routes = null!;
    private IntrusionScenario _north = null!;

    [OneTimeSetUp]
    public async Task SetUp()
    {
        _factory = new PanelWebApplicationFactory(IntrusionScenario.Settings(new Dictionary<string, string?> { ["DemoData:Cases"] = "60" }));
        _factory.CreateClient().Dispose();
        _routes = _factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Select(m => (m, e.RoutePattern.RawText ?? string.Empty, e)))
            .ToList();
        _north = await IntrusionScenario.CreateAsync(_factory);
    }

    [OneTimeTearDown]
    public async Task TearDown() => await _factory.DisposeAsync();

    [Test]
    public void Every_endpoint_declares_who_may_call_it()
    {
        _routes.Should().NotBeEmpty();
        var undeclared = _routes
            .Where(r => r.Endpoint.Metadata.GetMetadata<IAllowAnonymous>() is null && !PoliciesOf(r.Endpoint).Any())
            .Select(r => $"{r.Method} {r.Route}");
        undeclared.Should().BeEmpty("every endpoint needs RequireAuthorization(policy) or an explicit AllowAnonymous");

        var unknown = _routes.SelectMany(r => PoliciesOf(r.Endpoint)).Distinct().Where(p => !AllowedRoles.ContainsKey(p));
        unknown.Should().BeEmpty("a new policy needs its row in this test's table");
    }

    [Test]
    public void The_administrators_pages_are_in_the_matrix_for_administrators_only()
    {
        foreach (var page in AdministratorPages)
        {
            var endpoints = _routes.Where(r => r.Route.TrimStart('/') == page).ToList();
            endpoints.Should().NotBeEmpty($"{page} should be one of the app's pages");
            endpoints.Should().OnlyContain(r => PoliciesOf(r.Endpoint).Contains(Policies.Administer), $"{page} is for administrators only");
        }
    }

    [Test]
    public void Only_health_documentation_and_development_sign_in_are_open_to_anyone()
    {
        _routes.Where(r => r.Endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null)
            .Select(r => r.Route)
            .Should().OnlyContain(route => route.StartsWith("/health/", StringComparison.Ordinal)
                                          || route.StartsWith("/openapi/", StringComparison.Ordinal)
                                          || route.StartsWith("/api-docs", StringComparison.Ordinal)
                                          || route.StartsWith("/dev/", StringComparison.Ordinal)
                                          || SignInAndErrorPages.Contains(route)
                                          || ServiceInformationPages.Contains(route));
    }

    [Test]
    public async Task Every_route_answers_each_role_as_its_policy_says()
    {
        // The API is called with bearer tokens; pages with the browser's session cookie, as people use them.
        var apiClients = new Dictionary<Role, HttpClient>();
        var browsers = new Dictionary<Role, HttpClient>();
        foreach (var persona in OnePerRole)
        {
            apiClients[persona.Role] = await _factory.ClientFor(persona);
            browsers[persona.Role] = (await _factory.HtmlClientFor(persona)).Http;
        }

        using var anonymous = _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var mismatches = new List<string>();
        // Signing out ends every session of the account (docs/adr/0135), so that route is tried last.
        foreach (var (method, route, endpoint) in _routes.Where(r => r.Endpoint.Metadata.GetMetadata<IAllowAnonymous>() is null)
                     .OrderBy(r => r.Route.EndsWith("/sign-out", StringComparison.Ordinal)))
        {
            var isApi = BrowserSession.IsApiPath("/" + route.TrimStart('/'));
            var allowed = PoliciesOf(endpoint).Select(p => AllowedRoles[p]).Aggregate((a, b) => a.Intersect(b).ToArray());
            using (var anonymousResponse = await Call(anonymous, method, route, endpoint))
            {
                var sentToSignIn = anonymousResponse.StatusCode == HttpStatusCode.Redirect
                                   && anonymousResponse.Headers.Location?.ToString().Contains("/sign-in", StringComparison.Ordinal) == true;
                if (isApi ? anonymousResponse.StatusCode != HttpStatusCode.Unauthorized : !sentToSignIn)
                {
                    mismatches.Add($"{method} {route} anonymous: {anonymousResponse.StatusCode}, expected {(isApi ? "401" : "a redirect to sign in")}");
                }
            }

            foreach (var persona in OnePerRole)
            {
                using var response = await Call(isApi ? apiClients[persona.Role] : browsers[persona.Role], method, route, endpoint);
                var status = response.StatusCode;
                var refused = status is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden;
                // A page about one case hides it from whoever may not see it: "not found" is a refusal there too.
                var hidden = !isApi && status == HttpStatusCode.NotFound && route.Contains("{id", StringComparison.Ordinal);
                if (allowed.Contains(persona.Role) ? refused : !(refused || hidden))
                {
                    mismatches.Add($"{method} {route} as {persona.Role}: {status}, expected {(allowed.Contains(persona.Role) ? "to be let in" : "403")}");
                }

                if (status == HttpStatusCode.InternalServerError)
                {
                    mismatches.Add($"{method} {route} as {persona.Role}: 500");
                }
            }
        }

        foreach (var client in apiClients.Values.Concat(browsers.Values))
        {
            client.Dispose();
        }

        mismatches.Should().BeEmpty();
    }

    [Test]
    public async Task The_log_of_the_whole_run_never_names_a_seeded_child()
    {
        await Every_route_answers_each_role_as_its_policy_says();
        await using var scope = _factory.Services.CreateAsyncScope();
        var names = await scope.ServiceProvider.GetRequiredService<PanelDbContext>().Children
            .Select(c => new { c.GivenName, c.FamilyName }).ToListAsync();
        names.Should().HaveCountGreaterThan(30);

        var lines = _factory.Logs.Lines.ToList();
        lines.Should().NotBeEmpty();
        var leaks = lines.Where(line => names.Any(n => line.Contains($"{n.GivenName} {n.FamilyName}", StringComparison.OrdinalIgnoreCase)
                                                      || line.Contains(n.FamilyName, StringComparison.Ordinal))).ToList();
        leaks.Should().BeEmpty();
    }

    [System.Text.RegularExpressions.GeneratedRegex(@":regex\(\^\((?<first>[^|)]+)")]
    private static partial System.Text.RegularExpressions.Regex RegexChoices();

    private static IEnumerable<string> PoliciesOf(Endpoint endpoint) =>
        endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy).OfType<string>();

    private static Task<HttpResponseMessage> Call(HttpClient client, string method, string route, Endpoint endpoint) =>
        Send(client, method, PathOf(route, _ => null), endpoint);

    /// <summary>The route's address, each parameter given by <paramref name="valueOf"/> or, where it gives none, made up.</summary>
    private static string PathOf(string route, Func<string, string?> valueOf) =>
        "/" + string.Join('/', route.TrimStart('/').Split('/').Select(segment =>
        {
            if (!segment.StartsWith('{'))
            {
                return segment;
            }

            return valueOf(ParameterName(segment)) ?? segment switch
            {
                _ when segment.Contains(":guid", StringComparison.Ordinal) => Guid.NewGuid().ToString(),
                _ when segment.Contains(":int", StringComparison.Ordinal) => "1",
                _ when RegexChoices().Match(segment) is { Success: true } choice => choice.Groups["first"].Value,
                _ => "unknown",
            };
        }));

    private static string ParameterName(string segment) => segment.Trim('{', '}').Split(':')[0];

    private static async Task<HttpResponseMessage> Send(HttpClient client, string method, string path, Endpoint endpoint, string? json = null)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        var accepted = endpoint.Metadata.GetMetadata<IAcceptsMetadata>()?.ContentTypes;
        // An API operation that reads no body is sent none: every body the tests send is checked against the document.
        var readsNoBody = accepted is null && path.StartsWith("/api/", StringComparison.Ordinal);
        if (method is "POST" or "PUT" or "PATCH" && !readsNoBody)
        {
            // A body of the kind the endpoint accepts, so that the answer is about who is calling, not the content type.
            var contentType = accepted is { Count: > 0 } ? accepted[0] : "application/json";
            request.Content = contentType.Contains("json", StringComparison.Ordinal)
                ? new StringContent(json ?? "{}", Encoding.UTF8, "application/json")
                : contentType.StartsWith("multipart/", StringComparison.Ordinal)
                    ? new MultipartFormDataContent()
                    : new StringContent(string.Empty, Encoding.UTF8, contentType);
        }

        return await client.SendAsync(request);
    }
}
