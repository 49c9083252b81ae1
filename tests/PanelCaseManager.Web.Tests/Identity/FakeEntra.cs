using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace PanelCaseManager.Web.Tests.Identity;

/// <summary>
/// Stands in for Microsoft Entra on the network, which tests do not have: it answers the OpenID Connect discovery
/// and key requests of any authority with endpoints under that same authority, and signs tokens with a key of its
/// own. Every address asked for is kept, so a test can see which authority the app went to.
/// </summary>
public sealed class FakeEntra : HttpMessageHandler
{
    public const string StaffTenant = "11111111-1111-1111-1111-111111111111";
    public const string FamiliesTenant = "22222222-2222-2222-2222-222222222222";
    public const string OtherTenant = "99999999-9999-9999-9999-999999999999";
    public const string StaffClientId = "aaaaaaaa-0000-0000-0000-00000000000a";
    public const string FamiliesClientId = "bbbbbbbb-0000-0000-0000-00000000000b";
    public const string ApiClientId = "cccccccc-0000-0000-0000-00000000000c";
    public const string StaffInstance = "https://login.microsoftonline.com/";
    public const string FamiliesInstance = "https://examplecounty.ciamlogin.com/";

    private readonly RSA _rsa = RSA.Create(2048);
    private readonly ConcurrentQueue<Uri> _requests = new();

    public FakeEntra() => Key = new RsaSecurityKey(_rsa) { KeyId = "fake-entra-key" };

    public RsaSecurityKey Key { get; }

    public IReadOnlyCollection<Uri> Requests => _requests;

    public static string StaffIssuer => $"https://login.microsoftonline.com/{StaffTenant}/v2.0";

    public static string FamiliesIssuer => $"https://{FamiliesTenant}.ciamlogin.com/{FamiliesTenant}/v2.0";

    /// <summary>The settings that point the app's three doors at this fake's tenants.</summary>
    public static Dictionary<string, string?> Settings() => new()
    {
        ["Authentication:Staff:Instance"] = StaffInstance,
        ["Authentication:Staff:TenantId"] = StaffTenant,
        ["Authentication:Staff:ClientId"] = StaffClientId,
        ["Authentication:Staff:CallbackPath"] = "/signin-oidc/staff",
        ["Authentication:Staff:SignedOutCallbackPath"] = "/signout-callback-oidc/staff",
        ["Authentication:Families:Instance"] = FamiliesInstance,
        ["Authentication:Families:TenantId"] = FamiliesTenant,
        ["Authentication:Families:ClientId"] = FamiliesClientId,
        ["Authentication:Families:CallbackPath"] = "/signin-oidc/families",
        ["Authentication:Families:SignedOutCallbackPath"] = "/signout-callback-oidc/families",
        ["Authentication:Api:Instance"] = StaffInstance,
        ["Authentication:Api:TenantId"] = StaffTenant,
        ["Authentication:Api:ClientId"] = ApiClientId,
    };

    /// <summary>A signed token; the defaults make a valid v2.0 access token for the API from the council's tenant.</summary>
    public string Token(
        string objectId,
        IEnumerable<string>? roles = null,
        string tenant = StaffTenant,
        string? issuer = null,
        string audience = ApiClientId,
        TimeSpan? expiresIn = null,
        string? nonce = null,
        SecurityKey? signingKey = null,
        DateTime? issuedAt = null)
    {
        var now = issuedAt ?? DateTime.UtcNow;
        var expires = now + (expiresIn ?? TimeSpan.FromHours(1));
        var claims = new Dictionary<string, object>
        {
            ["oid"] = objectId,
            ["sub"] = "pairwise-" + objectId,
            ["tid"] = tenant,
            ["ver"] = "2.0",
            ["name"] = "Name from the directory",
        };
        if (roles is not null)
        {
            claims["roles"] = roles.ToArray();
        }

        if (nonce is not null)
        {
            claims["nonce"] = nonce;
        }

        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer ?? $"https://login.microsoftonline.com/{tenant}/v2.0",
            Audience = audience,
            Claims = claims,
            IssuedAt = expires < now ? expires.AddHours(-1) : now,
            NotBefore = expires < now ? expires.AddHours(-1) : now,
            Expires = expires,
            SigningCredentials = new SigningCredentials(signingKey ?? Key, SecurityAlgorithms.RsaSha256),
        });
    }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var uri = request.RequestUri!;
        _requests.Enqueue(uri);
        const string discovery = "/.well-known/openid-configuration";
        if (uri.AbsolutePath.EndsWith(discovery, StringComparison.Ordinal))
        {
            var authority = uri.GetLeftPart(UriPartial.Authority) + uri.AbsolutePath[..^discovery.Length];
            var tenant = authority.Split('/')[3];
            var issuer = uri.Host.EndsWith(".ciamlogin.com", StringComparison.Ordinal) ? $"https://{tenant}.ciamlogin.com/{tenant}/v2.0" : $"https://login.microsoftonline.com/{tenant}/v2.0";
            var root = authority[..^"/v2.0".Length];
            return Json(new Dictionary<string, object>
            {
                ["issuer"] = issuer,
                ["authorization_endpoint"] = $"{root}/oauth2/v2.0/authorize",
                ["token_endpoint"] = $"{root}/oauth2/v2.0/token",
                ["end_session_endpoint"] = $"{root}/oauth2/v2.0/logout",
                ["jwks_uri"] = $"{root}/discovery/v2.0/keys",
                ["response_modes_supported"] = new[] { "query", "fragment", "form_post" },
                ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
            });
        }

        if (uri.AbsolutePath.EndsWith("/discovery/v2.0/keys", StringComparison.Ordinal))
        {
            var jwk = JsonWebKeyConverter.ConvertFromRSASecurityKey(new RsaSecurityKey(_rsa.ExportParameters(false)) { KeyId = Key.KeyId });
            return Json(new { keys = new[] { new { kty = jwk.Kty, use = "sig", kid = jwk.Kid, n = jwk.N, e = jwk.E } } });
        }

        return Task.FromResult(new HttpResponseMessage(HttpStatusCode.NotFound));
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _rsa.Dispose();
        }

        base.Dispose(disposing);
    }

    private static Task<HttpResponseMessage> Json(object body) =>
        Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json") });
}
