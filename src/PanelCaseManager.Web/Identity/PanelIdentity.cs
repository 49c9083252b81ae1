using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Tokens;
using PanelCaseManager.Application.Common;

namespace PanelCaseManager.Web.Identity;

internal static class PanelIdentity
{
    /// <summary>Picks the bearer scheme for API calls and calls carrying a token, the cookie for the browser.</summary>
    public const string BrowserOrBearerScheme = "BrowserOrBearer";

    /// <summary>
    /// Bearer tokens for the API: from the council's identity provider (Authentication:Bearer), or in Development
    /// from the development sign-in, which the app refuses to run anywhere else. The browser's pages use a
    /// session cookie (see <see cref="BrowserSession"/>); one policy scheme forwards each request to the right one.
    /// </summary>
    public static IServiceCollection AddPanelIdentity(this IServiceCollection services, IConfiguration configuration, IWebHostEnvironment environment)
    {
        var development = configuration.GetSection(DevelopmentSignInOptions.Section).Get<DevelopmentSignInOptions>() ?? new DevelopmentSignInOptions();
        if (development.Enabled && !environment.IsDevelopment())
        {
            throw new InvalidOperationException(
                $"DevelopmentSignIn:Enabled is true but the environment is '{environment.EnvironmentName}'. The development sign-in lets anyone act as anyone; it runs only in Development.");
        }

        var authentication = services.AddAuthentication(BrowserOrBearerScheme)
            .AddPolicyScheme(BrowserOrBearerScheme, "Cookie for pages, bearer token for the API", options =>
                options.ForwardDefaultSelector = context => BrowserSession.UsesBearer(context.Request)
                    ? JwtBearerDefaults.AuthenticationScheme
                    : CookieAuthenticationDefaults.AuthenticationScheme);
        BrowserSession.AddBrowserSession(services, authentication, configuration, environment, development.Enabled);
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
            var bearer = configuration.GetSection("Authentication:Bearer");
            var authority = bearer["Authority"];
            var audience = bearer["Audience"];
            if (string.IsNullOrWhiteSpace(authority) || string.IsNullOrWhiteSpace(audience))
            {
                throw new InvalidOperationException(
                    "Set Authentication:Bearer:Authority and Authentication:Bearer:Audience to the council's identity provider, or run in Development with DevelopmentSignIn:Enabled.");
            }

            authentication.AddJwtBearer(options =>
            {
                options.Authority = authority;
                options.Audience = audience;
                options.MapInboundClaims = false;
                options.TokenValidationParameters.NameClaimType = PanelClaimTypes.Name;
                options.TokenValidationParameters.RoleClaimType = PanelClaimTypes.Role;
            });
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
