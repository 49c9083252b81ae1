using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Persistence;

namespace PanelCaseManager.Web.Identity;

/// <summary>"DevelopmentSignIn" in configuration: sign in as any seeded persona. Development only.</summary>
internal sealed class DevelopmentSignInOptions
{
    public const string Section = "DevelopmentSignIn";

    public bool Enabled { get; set; }

    public int TokenLifetimeMinutes { get; set; } = 480;
}

/// <summary>A signing key made afresh each time the app starts, so a development token is worthless anywhere else.</summary>
internal sealed class DevelopmentSigningKey
{
    public const string Issuer = "panelcasemanager-development";
    public const string Audience = "panelcasemanager-api";

    public SymmetricSecurityKey Key { get; } = new(RandomNumberGenerator.GetBytes(32));
}

internal static class DevelopmentSignIn
{
    public sealed record TokenRequest(string? Persona);

    public sealed record TokenResponse(string AccessToken, string TokenType, int ExpiresIn, string UserId, string Name, string Role);

    public sealed record PersonaView(string Id, string Name, string Role, string? Team, string? Agency);

    public static IEndpointRouteBuilder MapDevelopmentSignIn(this IEndpointRouteBuilder app)
    {
        if (app.ServiceProvider.GetService<DevelopmentSigningKey>() is null)
        {
            return app;
        }

        var dev = app.MapGroup("/dev").WithTags("Development sign-in").AllowAnonymous();

        dev.MapGet("/personas", async (PanelDbContext db, CancellationToken ct) =>
                TypedResults.Ok(await db.Users.AsNoTracking().OrderBy(u => u.Role).ThenBy(u => u.DisplayName)
                    .Select(u => new PersonaView(u.Id.Value, u.DisplayName, u.Role.ToString(), u.Team, u.Agency.ToString()))
                    .ToListAsync(ct)))
            .WithName("ListDevelopmentPersonas")
            .WithSummary("The personas you can sign in as (Development only)");

        dev.MapPost("/token", async Task<Results<Ok<TokenResponse>, ValidationProblem>> (TokenRequest request, DevelopmentPersonas personas, PanelDbContext db, DevelopmentSigningKey key, IConfiguration configuration, CancellationToken ct) =>
            {
                if (string.IsNullOrWhiteSpace(request.Persona))
                {
                    return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["persona"] = ["Name a persona, for example send-officer. GET /dev/personas lists them."] });
                }

                var principal = await personas.PrincipalForAsync(request.Persona, "Development", ct);
                if (principal is null)
                {
                    var closed = await db.Users.AsNoTracking().AnyAsync(u => u.Id == new Domain.Users.UserId(request.Persona), ct);
                    return TypedResults.ValidationProblem(new Dictionary<string, string[]>
                    {
                        ["persona"] = [closed ? $"The account '{request.Persona}' is closed, so it cannot sign in." : $"There is no persona '{request.Persona}'. GET /dev/personas lists them."],
                    });
                }

                var lifetime = TimeSpan.FromMinutes(configuration.GetValue(DevelopmentSignInOptions.Section + ":TokenLifetimeMinutes", 480));
                // The bearer handler checks lifetimes against the system clock, not the app's TimeProvider.
                var now = DateTime.UtcNow;
                var token = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
                {
                    Issuer = DevelopmentSigningKey.Issuer,
                    Audience = DevelopmentSigningKey.Audience,
                    Subject = (ClaimsIdentity)principal.Identity!,
                    IssuedAt = now,
                    NotBefore = now,
                    Expires = now.Add(lifetime),
                    SigningCredentials = new SigningCredentials(key.Key, SecurityAlgorithms.HmacSha256),
                });
                return TypedResults.Ok(new TokenResponse(
                    token,
                    "Bearer",
                    (int)lifetime.TotalSeconds,
                    principal.FindFirst(PanelClaimTypes.Subject)!.Value,
                    principal.FindFirst(PanelClaimTypes.Name)!.Value,
                    principal.FindFirst(PanelClaimTypes.Role)!.Value));
            })
            .WithName("IssueDevelopmentToken")
            .WithSummary("A bearer token for a persona (Development only)")
            .RequireRateLimiting(Security.RateLimits.SignIn);

        return app;
    }
}
