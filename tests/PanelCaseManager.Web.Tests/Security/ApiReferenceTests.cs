using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using PanelCaseManager.Infrastructure.DemoData;
using PanelCaseManager.Web.Tests.Identity;

namespace PanelCaseManager.Web.Tests.Security;

/// <summary>
/// The API reference (/api-docs and /openapi/v1.json) is open in Development and behind sign-in elsewhere, unless
/// configured otherwise (docs/adr/0136); a signed-in browser reads both with its session.
/// </summary>
public class ApiReferenceTests
{
    private static readonly WebApplicationFactoryClientOptions Anonymous = new() { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false };

    [Test]
    public async Task Outside_development_the_reference_needs_signing_in()
    {
        await using var factory = new EntraWebApplicationFactory();
        using var anonymous = factory.CreateClient(Anonymous);

        var page = await anonymous.GetAsync("/api-docs/");
        page.StatusCode.Should().Be(HttpStatusCode.Redirect);
        page.Headers.Location!.AbsolutePath.Should().Be("/sign-in");
        (await anonymous.GetAsync("/openapi/v1.json")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);

        var officer = await factory.AddAccountAsync(Domain.Users.Role.SendOfficer);
        using var withToken = factory.ClientWithToken(factory.Entra.Token(officer, ["SendOfficer"]));
        (await withToken.GetAsync("/openapi/v1.json")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Test]
    public async Task When_configured_to_need_signing_in_a_browser_session_reads_the_page_and_its_document()
    {
        await using var factory = new PanelWebApplicationFactory(new Dictionary<string, string?> { ["ApiReference:RequireSignIn"] = "true" });
        using var anonymous = factory.CreateClient(Anonymous);
        (await anonymous.GetAsync("/api-docs/")).Headers.Location!.AbsolutePath.Should().Be("/sign-in");
        (await anonymous.GetAsync("/openapi/v1.json")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);

        using var browser = await factory.HtmlClientFor(Personas.Family);

        (await browser.Get("/api-docs/")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await browser.Get("/api-docs/scalar.js")).StatusCode.Should().Be(HttpStatusCode.OK, "the page's own script comes with it");
        var document = await browser.Get("/openapi/v1.json");
        document.StatusCode.Should().Be(HttpStatusCode.OK);
        (await document.Content.ReadAsStringAsync()).Should().Contain("/api/v1/placement-requests");
    }

    [Test]
    public async Task In_development_the_reference_is_open()
    {
        await using var factory = new PanelWebApplicationFactory();
        using var anonymous = factory.CreateClient(Anonymous);

        (await anonymous.GetAsync("/api-docs/")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await anonymous.GetAsync("/openapi/v1.json")).StatusCode.Should().Be(HttpStatusCode.OK);
    }
}
