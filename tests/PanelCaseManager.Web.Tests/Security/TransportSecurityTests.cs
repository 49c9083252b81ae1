using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using PanelCaseManager.Web.Tests.Identity;

namespace PanelCaseManager.Web.Tests.Security;

/// <summary>
/// Outside Development, plain HTTP is sent to HTTPS and HTTPS answers carry Strict-Transport-Security, as configured;
/// behind a trusted proxy that ends TLS, X-Forwarded-Proto says the request was HTTPS (docs/adr/0136).
/// </summary>
public class TransportSecurityTests
{
    private const string Host = "panel.example.gov.uk";

    private static HttpClient Client(WebApplicationFactory<Program> factory, string scheme) =>
        factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri($"{scheme}://{Host}"), AllowAutoRedirect = false, HandleCookies = false });

    [Test]
    public async Task Plain_http_is_redirected_to_https_keeping_the_address()
    {
        await using var factory = new EntraWebApplicationFactory();
        using var http = Client(factory, "http");

        var response = await http.GetAsync("/sign-in?returnUrl=%2Fcases");

        response.StatusCode.Should().Be(HttpStatusCode.TemporaryRedirect);
        response.Headers.Location.Should().Be(new Uri($"https://{Host}/sign-in?returnUrl=%2Fcases"));
    }

    [Test]
    public async Task Https_answers_carry_strict_transport_security_for_a_year_with_subdomains_by_default()
    {
        await using var factory = new EntraWebApplicationFactory();
        using var https = Client(factory, "https");

        var response = await https.GetAsync("/sign-in");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Headers.GetValues("Strict-Transport-Security").Should().Equal("max-age=31536000; includeSubDomains");
    }

    [Test]
    public async Task The_header_follows_configuration_preload_included()
    {
        await using var factory = new EntraWebApplicationFactory(new Dictionary<string, string?>
        {
            ["Https:HstsMaxAgeDays"] = "730",
            ["Https:HstsPreload"] = "true",
        });
        using var https = Client(factory, "https");

        (await https.GetAsync("/sign-in")).Headers.GetValues("Strict-Transport-Security").Should().Equal("max-age=63072000; includeSubDomains; preload");
    }

    [Test]
    public void Preload_without_subdomains_is_refused_at_start()
    {
        using var factory = new EntraWebApplicationFactory(new Dictionary<string, string?>
        {
            ["Https:HstsPreload"] = "true",
            ["Https:HstsIncludeSubDomains"] = "false",
        });

        var act = () => factory.CreateClient();

        act.Should().Throw<Microsoft.Extensions.Options.OptionsValidationException>().WithMessage("*HstsPreload*");
    }

    [Test]
    public async Task Behind_a_trusted_proxy_that_ends_tls_the_forwarded_scheme_counts()
    {
        await using var factory = new EntraWebApplicationFactory(new Dictionary<string, string?> { ["ReverseProxy:Enabled"] = "true" });
        using var http = Client(factory, "http");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/sign-in");
        request.Headers.Add("X-Forwarded-Proto", "https");

        var response = await http.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.OK, "the proxy says the browser used HTTPS");
        response.Headers.GetValues("Strict-Transport-Security").Should().ContainSingle();
        (await http.GetAsync("/sign-in")).StatusCode.Should().Be(HttpStatusCode.TemporaryRedirect, "without the header it was plain HTTP");
    }

    [Test]
    public async Task Health_probes_over_plain_http_are_answered_not_redirected()
    {
        await using var factory = new EntraWebApplicationFactory();
        using var http = Client(factory, "http");

        (await http.GetAsync("/health/live")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await http.GetAsync("/health/ready")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Test]
    public async Task Redirection_and_the_header_can_be_turned_off()
    {
        await using var factory = new EntraWebApplicationFactory(new Dictionary<string, string?> { ["Https:RedirectToHttps"] = "false", ["Https:Hsts"] = "false" });

        using var http = Client(factory, "http");
        (await http.GetAsync("/api/v1/me")).StatusCode.Should().Be(HttpStatusCode.Unauthorized, "answered over plain HTTP, not redirected");
        using var https = Client(factory, "https");
        (await https.GetAsync("/sign-in")).Headers.Contains("Strict-Transport-Security").Should().BeFalse();
    }

    [Test]
    public async Task Development_on_http_localhost_has_neither()
    {
        await using var factory = new PanelWebApplicationFactory(new Dictionary<string, string?> { ["BrowserSession:AllowHttp"] = "true" });
        using var http = factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri($"http://{Host}"), AllowAutoRedirect = false });

        var response = await http.GetAsync("/sign-in");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Headers.Contains("Strict-Transport-Security").Should().BeFalse();
    }
}
