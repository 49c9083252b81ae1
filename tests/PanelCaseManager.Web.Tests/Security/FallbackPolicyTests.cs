using System.Net;
using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Infrastructure.DemoData;

namespace PanelCaseManager.Web.Tests.Security;

/// <summary>
/// Default-deny (docs/adr/0136): the app's fallback policy refuses an endpoint that names no policy, to everyone, even
/// an administrator; a request that matches no endpoint is left to be "not found".
/// </summary>
public class FallbackPolicyTests
{
    private PanelWebApplicationFactory _factory = null!;

    [OneTimeSetUp]
    public void SetUp()
    {
        _factory = new PanelWebApplicationFactory();
        _factory.CreateClient().Dispose();
    }

    [OneTimeTearDown]
    public async Task TearDown() => await _factory.DisposeAsync();

    private async Task<bool> FallbackLetsIn(ClaimsPrincipal user, Endpoint? endpoint)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        var fallback = await scope.ServiceProvider.GetRequiredService<IAuthorizationPolicyProvider>().GetFallbackPolicyAsync();
        fallback.Should().NotBeNull("the app must have a fallback policy");
        var http = new DefaultHttpContext { RequestServices = scope.ServiceProvider, User = user };
        http.SetEndpoint(endpoint);
        return (await scope.ServiceProvider.GetRequiredService<IAuthorizationService>().AuthorizeAsync(user, http, fallback!)).Succeeded;
    }

    [Test]
    public async Task An_endpoint_that_names_no_policy_is_refused_to_everyone()
    {
        var undeclared = new RouteEndpoint(
            _ => Task.CompletedTask, RoutePatternFactory.Parse("/undeclared"), 0,
            new EndpointMetadataCollection(new HttpMethodMetadata(["GET"])), "an endpoint someone forgot to protect");
        var administrator = new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(PanelClaimTypes.Subject, Personas.Administrator.Id), new Claim(PanelClaimTypes.Role, "Administrator")], "Test", PanelClaimTypes.Name, PanelClaimTypes.Role));

        (await FallbackLetsIn(administrator, undeclared)).Should().BeFalse();
        (await FallbackLetsIn(new ClaimsPrincipal(new ClaimsIdentity()), undeclared)).Should().BeFalse();
    }

    [Test]
    public async Task An_endpoint_of_ours_without_a_policy_is_refused_even_with_no_metadata_at_all()
    {
        var route = new RouteEndpoint(
            _ => Task.CompletedTask, RoutePatternFactory.Parse("/forgotten"), 0, EndpointMetadataCollection.Empty, "forgotten");
        var administrator = new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(PanelClaimTypes.Subject, Personas.Administrator.Id), new Claim(PanelClaimTypes.Role, "Administrator")], "Test", PanelClaimTypes.Name, PanelClaimTypes.Role));

        (await FallbackLetsIn(administrator, route)).Should().BeFalse();
    }

    [Test]
    public async Task The_frameworks_own_415_and_405_answers_are_still_given()
    {
        using var officer = await _factory.ClientFor(Personas.SendOfficer);

        (await officer.PostAsync($"/api/v1/placement-requests/{Guid.NewGuid()}/evidence", new StringContent("{}", System.Text.Encoding.UTF8, "application/json")))
            .StatusCode.Should().Be(HttpStatusCode.UnsupportedMediaType);
        (await officer.DeleteAsync("/api/v1/worklist")).StatusCode.Should().Be(HttpStatusCode.MethodNotAllowed);
    }

    [Test]
    public async Task A_request_that_matches_no_endpoint_is_left_to_be_not_found()
    {
        (await FallbackLetsIn(new ClaimsPrincipal(new ClaimsIdentity()), endpoint: null)).Should().BeTrue();

        using var officer = await _factory.HtmlClientFor(Personas.SendOfficer);
        (await officer.Get("/no-such-page")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        using var api = await _factory.ClientFor(Personas.SendOfficer);
        (await api.GetAsync("/api/v1/no-such-thing")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }
}
