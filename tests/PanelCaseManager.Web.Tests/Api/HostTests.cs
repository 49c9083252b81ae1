using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using PanelCaseManager.Infrastructure.DemoData;

namespace PanelCaseManager.Web.Tests.Api;

public class HostTests
{
    private PanelWebApplicationFactory _factory = null!;

    [OneTimeSetUp]
    public void SetUp() => _factory = new PanelWebApplicationFactory();

    [OneTimeTearDown]
    public async Task TearDown() => await _factory.DisposeAsync();

    [TestCase("/health/live")]
    [TestCase("/health/ready")]
    public async Task Health_endpoints_answer_without_signing_in(string path)
    {
        using var client = _factory.CreateClient();

        var response = await client.GetAsync(path);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).Should().Be("Healthy");
    }

    [Test]
    public async Task The_openapi_document_describes_the_placement_request_endpoints()
    {
        using var client = _factory.CreateClient();

        var document = await client.GetFromJsonAsync<JsonElement>("/openapi/v1.json");

        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        paths.Should().Contain(["/api/v1/placement-requests", "/api/v1/placement-requests/{id}", "/api/v1/placement-requests/{id}/withdraw"]);
        document.GetProperty("components").GetProperty("securitySchemes").TryGetProperty("Bearer", out _).Should().BeTrue();
    }

    [Test]
    public async Task The_browsable_api_page_is_served()
    {
        using var client = _factory.CreateClient();

        var response = await client.GetAsync("/api-docs");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/html");
    }

    [Test]
    public async Task Development_sign_in_lists_the_personas_and_refuses_an_unknown_one()
    {
        using var client = _factory.CreateClient();

        var personas = await client.GetFromJsonAsync<JsonElement>("/dev/personas");
        personas.EnumerateArray().Select(p => p.GetProperty("id").GetString()).Should().BeEquivalentTo(Personas.All.Select(p => p.Id));

        var response = await client.PostAsJsonAsync("/dev/token", new { persona = "nobody" });
        await response.ShouldBeValidationProblemNaming("persona");
    }

    [Test]
    public async Task Who_am_i_tells_a_family_member_which_child_they_are_linked_to()
    {
        using var family = await _factory.ClientFor(Personas.Family);

        var me = await family.GetFromJsonAsync<JsonElement>("/api/v1/me");

        me.GetProperty("role").GetString().Should().Be("Family");
        me.GetProperty("displayName").GetString().Should().Be("Sarah Bennett");
    }

    [Test]
    public void The_app_refuses_to_start_with_development_sign_in_outside_development()
    {
        using var production = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment("Production");
            builder.UseSetting("DevelopmentSignIn:Enabled", "true");
        });

        var act = () => production.CreateClient();

        act.Should().Throw<InvalidOperationException>().WithMessage("*DevelopmentSignIn*only in Development*");
    }

    [Test]
    public void Outside_development_the_dev_sign_in_is_not_registered_and_an_identity_provider_is_required()
    {
        using var production = new WebApplicationFactory<Program>().WithWebHostBuilder(builder => builder.UseEnvironment("Production"));

        var act = () => production.CreateClient();

        act.Should().Throw<InvalidOperationException>().WithMessage("*Authentication:Staff*");
    }
}
