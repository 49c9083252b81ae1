using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Tokens;
using PanelCaseManager.Application.Persistence;
using PanelCaseManager.Domain.Users;

namespace PanelCaseManager.Web.Tests.Identity;

/// <summary>
/// API clients call with bearer tokens from the council's Entra ID tenant, validated by Microsoft.Identity.Web:
/// a token that is not genuine, not for this API, not from this tenant or out of date is a 401; a genuine token whose
/// holder may not use the service is a 403 that says why.
/// </summary>
public class BearerTokenTests
{
    private EntraWebApplicationFactory _factory = null!;
    private string _officer = null!;

    [OneTimeSetUp]
    public async Task SetUp()
    {
        _factory = new EntraWebApplicationFactory();
        _factory.CreateClient().Dispose();
        _officer = await _factory.AddAccountAsync(Role.SendOfficer);
    }

    [OneTimeTearDown]
    public async Task TearDown() => await _factory.DisposeAsync();

    [Test]
    public async Task A_token_from_the_councils_tenant_lets_its_holder_in_as_their_account()
    {
        using var client = _factory.ClientWithToken(_factory.Entra.Token(_officer, roles: ["SendOfficer"]));

        var me = await client.GetFromJsonAsync<JsonElement>("/api/v1/me");

        me.GetProperty("id").GetString().Should().Be(_officer);
        me.GetProperty("role").GetString().Should().Be("SendOfficer");
        me.GetProperty("team").GetString().Should().Be("North", "the team comes from the account, not the token");
        (await client.GetAsync("/api/v1/placement-requests")).StatusCode.Should().Be(HttpStatusCode.OK);
        _factory.Entra.Requests.Select(r => r.ToString()).Should().Contain($"https://login.microsoftonline.com/{FakeEntra.StaffTenant}/v2.0/.well-known/openid-configuration");
    }

    [Test]
    public async Task A_token_from_another_tenant_is_refused_with_401()
    {
        var token = _factory.Entra.Token(_officer, roles: ["SendOfficer"], tenant: FakeEntra.OtherTenant);

        using var client = _factory.ClientWithToken(token);

        (await client.GetAsync("/api/v1/me")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task A_token_naming_another_tenant_under_the_councils_issuer_is_refused_naming_the_tenant()
    {
        var token = _factory.Entra.Token(_officer, roles: ["SendOfficer"], tenant: FakeEntra.OtherTenant, issuer: FakeEntra.StaffIssuer);

        using var client = _factory.ClientWithToken(token);

        var problem = await (await client.GetAsync("/api/v1/me")).ShouldBeProblem(HttpStatusCode.Forbidden);
        problem.GetProperty("code").GetString().Should().Be("wrong-tenant");
    }

    [Test]
    public async Task A_token_for_another_audience_is_refused_with_401()
    {
        using var client = _factory.ClientWithToken(_factory.Entra.Token(_officer, roles: ["SendOfficer"], audience: "api://another-service"));

        (await client.GetAsync("/api/v1/me")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task An_expired_token_is_refused_with_401_saying_so()
    {
        using var client = _factory.ClientWithToken(_factory.Entra.Token(_officer, roles: ["SendOfficer"], expiresIn: TimeSpan.FromMinutes(-10)));

        var response = await client.GetAsync("/api/v1/me");

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        response.Headers.WwwAuthenticate.ToString().Should().Contain("expired");
    }

    [Test]
    public async Task A_token_signed_with_someone_elses_key_is_refused_with_401()
    {
        using var rsa = RSA.Create(2048);
        var forged = _factory.Entra.Token(_officer, roles: ["SendOfficer"], signingKey: new RsaSecurityKey(rsa) { KeyId = _factory.Entra.Key.KeyId });

        using var client = _factory.ClientWithToken(forged);

        (await client.GetAsync("/api/v1/me")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task A_role_claim_the_service_does_not_know_is_refused_with_403_saying_so()
    {
        using var client = _factory.ClientWithToken(_factory.Entra.Token(_officer, roles: ["Gardener"]));

        var problem = await (await client.GetAsync("/api/v1/placement-requests")).ShouldBeProblem(HttpStatusCode.Forbidden);

        problem.GetProperty("code").GetString().Should().Be("no-known-role");
        problem.GetProperty("detail").GetString().Should().Contain("not been given a role");
    }

    [Test]
    public async Task The_family_role_cannot_come_from_the_staff_tenant()
    {
        var family = await _factory.AddAccountAsync(Role.Family);

        using var client = _factory.ClientWithToken(_factory.Entra.Token(family, roles: ["Family"]));

        var problem = await (await client.GetAsync("/api/v1/family/cases")).ShouldBeProblem(HttpStatusCode.Forbidden);
        problem.GetProperty("code").GetString().Should().Be("no-known-role");
    }

    [Test]
    public async Task A_directory_role_other_than_the_accounts_is_refused()
    {
        using var client = _factory.ClientWithToken(_factory.Entra.Token(_officer, roles: ["Auditor"]));

        var problem = await (await client.GetAsync("/api/v1/audit/verify")).ShouldBeProblem(HttpStatusCode.Forbidden);

        problem.GetProperty("code").GetString().Should().Be("role-not-granted");
    }

    [Test]
    public async Task Someone_with_no_account_is_refused_and_a_closed_account_too()
    {
        var closed = await _factory.AddAccountAsync(Role.SendOfficer, active: false);

        foreach (var (objectId, code) in new[] { (Guid.NewGuid().ToString(), "no-account"), (closed, "account-closed") })
        {
            using var client = _factory.ClientWithToken(_factory.Entra.Token(objectId, roles: ["SendOfficer"]));
            var problem = await (await client.GetAsync("/api/v1/me")).ShouldBeProblem(HttpStatusCode.Forbidden);
            problem.GetProperty("code").GetString().Should().Be(code);
        }
    }

    [Test]
    public async Task Signing_out_everywhere_refuses_the_tokens_issued_before_it_and_takes_new_ones()
    {
        var officer = await _factory.AddAccountAsync(Role.SendOfficer);
        using var before = _factory.ClientWithToken(_factory.Entra.Token(officer, roles: ["SendOfficer"], issuedAt: _factory.Clock.GetUtcNow().UtcDateTime.AddMinutes(-5)));
        (await before.GetAsync("/api/v1/me")).StatusCode.Should().Be(HttpStatusCode.OK);

        (await before.PostAsync("/api/v1/me/sign-out", null)).StatusCode.Should().Be(HttpStatusCode.NoContent);

        var refused = await before.GetAsync("/api/v1/placement-requests");
        refused.StatusCode.Should().Be(HttpStatusCode.Unauthorized, "a token issued before the sessions ended is refused like an expired one");
        using var after = _factory.ClientWithToken(_factory.Entra.Token(officer, roles: ["SendOfficer"], issuedAt: _factory.Clock.GetUtcNow().UtcDateTime.AddSeconds(1)));
        (await after.GetAsync("/api/v1/me")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Test]
    public async Task A_token_of_an_account_closed_after_it_was_issued_gets_403_and_no_data()
    {
        var officer = await _factory.AddAccountAsync(Role.SendOfficer);
        using var client = _factory.ClientWithToken(_factory.Entra.Token(officer, roles: ["SendOfficer"]));
        (await client.GetAsync("/api/v1/placement-requests")).StatusCode.Should().Be(HttpStatusCode.OK);

        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PanelDbContext>();
            var account = await db.Users.SingleAsync(u => u.Id == new UserId(officer));
            account.Update(account.DisplayName, account.Email, account.Role, account.Team, account.Agency, isActive: false);
            await db.SaveChangesAsync();
        }

        var problem = await (await client.GetAsync("/api/v1/placement-requests")).ShouldBeProblem(HttpStatusCode.Forbidden);
        problem.GetProperty("code").GetString().Should().Be("account-closed");
        problem.TryGetProperty("items", out _).Should().BeFalse();
    }

    [Test]
    public async Task Without_the_development_sign_in_there_is_no_token_to_be_had_from_the_app()
    {
        using var client = _factory.CreateClient();

        (await client.PostAsJsonAsync("/dev/token", new { persona = "send-officer" })).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }
}
