using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Tokens;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Security;

namespace PanelCaseManager.Web.Identity;

internal static class PanelIdentity
{
    /// <summary>Picks the bearer scheme for API calls and calls carrying a token, the cookie for the browser.</summary>
    public const string BrowserOrBearerScheme = "BrowserOrBearer";

    /// <summary>
    /// Who is calling. Pages use a session cookie (see <see cref="BrowserSession"/>), started by signing in through
    /// Microsoft Entra ID (staff) or Entra External ID (families), or in Development as a seeded persona; the API takes
    /// bearer tokens from the council's tenant, or in Development from the development sign-in, which the app refuses
    /// to run anywhere else. One policy scheme forwards each request to the cookie or the bearer scheme.
    /// </summary>
    public static IServiceCollection AddPanelIdentity(this IServiceCollection services, IConfiguration configuration, IWebHostEnvironment environment)
    {
        var development = configuration.GetSection(DevelopmentSignInOptions.Section).Get<DevelopmentSignInOptions>() ?? new DevelopmentSignInOptions();
        if (development.Enabled && !environment.IsDevelopment())
        {
            throw new InvalidOperationException(
                $"DevelopmentSignIn:Enabled is true but the environment is '{environment.EnvironmentName}'. The development sign-in lets anyone act as anyone; it runs only in Development.");
        }

        if (!development.Enabled && !EntraSignIn.IsConfigured(configuration, SignInDoor.Staff))
        {
            throw new InvalidOperationException(
                "Set Authentication:Staff (Instance, TenantId, ClientId of the council's Microsoft Entra ID app registration) and Authentication:Api, or run in Development with DevelopmentSignIn:Enabled.");
        }

        var roles = EntraSignIn.RoleClaimsFrom(configuration);
        services.AddScoped<SignInAccounts>();
        SharedKeyRing.Add(services, configuration, environment);

        var authentication = services.AddAuthentication(BrowserOrBearerScheme)
            .AddPolicyScheme(BrowserOrBearerScheme, "Cookie for pages, bearer token for the API", options =>
                options.ForwardDefaultSelector = context => BrowserSession.UsesBearer(context.Request)
                    ? JwtBearerDefaults.AuthenticationScheme
                    : CookieAuthenticationDefaults.AuthenticationScheme);
        BrowserSession.AddBrowserSession(services, authentication, configuration, environment, development.Enabled);
        EntraSignIn.AddBrowserDoors(services, authentication, configuration, roles);
        if (development.Enabled)
        {
            var signingKey = new DevelopmentSigningKey();
            services.AddSingleton(signingKey);
            authentication.AddJwtBearer(options =>
            {
                options.MapInboundClaims = false;
                options.TokenValidationParameters = new TokenValidationParameters
                {
                    ValidIssuer = DevelopmentSigningKey.Issuer,
                    ValidAudience = DevelopmentSigningKey.Audience,
                    IssuerSigningKey = signingKey.Key,
                    NameClaimType = PanelClaimTypes.Name,
                    RoleClaimType = PanelClaimTypes.Role,
                };
            });
        }
        else
        {
            EntraSignIn.AddApiDoor(services, authentication, configuration, roles);
        }

        services.AddAuthorization();
        return services;
    }

    /// <summary>Hands the signed-in principal to the application layer for the rest of the request.</summary>
    public static IApplicationBuilder UseCurrentUser(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            context.RequestServices.GetRequiredService<CurrentUser>().Set(context.User ?? new ClaimsPrincipal(new ClaimsIdentity()));
            return next(context);
        });
}
