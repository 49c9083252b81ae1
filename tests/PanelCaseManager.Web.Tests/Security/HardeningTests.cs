using System.Net;
using System.Net.Http.Json;
using PanelCaseManager.Infrastructure.DemoData;

namespace PanelCaseManager.Web.Tests.Security;

public class HardeningTests
{
    [Test]
    public async Task Responses_carry_security_headers_and_are_not_cached()
    {
        await using var factory = new PanelWebApplicationFactory();
        using var client = factory.CreateClient();

        var response = await client.GetAsync("/api/v1/placement-requests");

        response.Headers.GetValues("X-Content-Type-Options").Should().Equal("nosniff");
        response.Headers.GetValues("X-Frame-Options").Should().Equal("DENY");
        response.Headers.GetValues("Referrer-Policy").Should().Equal("strict-origin-when-cross-origin");
        response.Headers.GetValues("Content-Security-Policy").Single().Should().Contain("default-src 'self'").And.Contain("frame-ancestors 'none'").And.NotContain("unsafe-inline");
        response.Headers.CacheControl!.NoStore.Should().BeTrue();
    }

    [Test]
    public async Task Repeated_sign_in_attempts_are_slowed_down_with_429()
    {
        await using var factory = new PanelWebApplicationFactory(new Dictionary<string, string?> { ["RateLimits:SignInPerMinute"] = "3" });
        using var client = factory.CreateClient();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            statuses.Add((await client.PostAsJsonAsync("/dev/token", new { persona = "send-officer" })).StatusCode);
        }

        statuses.Take(3).Should().AllBeEquivalentTo(HttpStatusCode.OK);
        statuses.Skip(3).Should().AllBeEquivalentTo(HttpStatusCode.TooManyRequests);
        var refused = await client.PostAsJsonAsync("/dev/token", new { persona = "send-officer" });
        await refused.ShouldBeProblem(HttpStatusCode.TooManyRequests);
        refused.Headers.RetryAfter.Should().NotBeNull();
    }

    [Test]
    public async Task Uploads_beyond_the_limit_per_user_are_refused_with_429()
    {
        await using var factory = new PanelWebApplicationFactory(new Dictionary<string, string?> { ["RateLimits:UploadsPerMinute"] = "2" });
        using var officer = await factory.ClientFor(Personas.SendOfficer);
        var caseId = Guid.NewGuid();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            using var form = new MultipartFormDataContent { { new ByteArrayContent("%PDF-1.4"u8.ToArray()), "file", "report.pdf" } };
            statuses.Add((await officer.PostAsync($"/api/v1/placement-requests/{caseId}/evidence", form)).StatusCode);
        }

        statuses.Take(2).Should().NotContain(HttpStatusCode.TooManyRequests);
        statuses[2].Should().Be(HttpStatusCode.TooManyRequests);
    }
}
