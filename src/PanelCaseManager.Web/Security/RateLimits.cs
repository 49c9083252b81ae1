using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using PanelCaseManager.Web.Identity;

namespace PanelCaseManager.Web.Security;

/// <summary>"RateLimits" in configuration: how often one client may try to sign in, and one user upload.</summary>
internal sealed class RateLimitOptions
{
    public const string Section = "RateLimits";

    public int SignInPerMinute { get; set; } = 10;

    public int UploadsPerMinute { get; set; } = 30;
}

internal static class RateLimits
{
    public const string SignIn = "sign-in";
    public const string Uploads = "uploads";

    public static IServiceCollection AddPanelRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var limits = configuration.GetSection(RateLimitOptions.Section).Get<RateLimitOptions>() ?? new RateLimitOptions();
        return services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = async (context, ct) =>
            {
                context.HttpContext.Response.Headers.RetryAfter = "60";
                await context.HttpContext.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = context.HttpContext,
                    ProblemDetails =
                    {
                        Status = StatusCodes.Status429TooManyRequests,
                        Title = "Too many attempts.",
                        Detail = "Wait a minute and try again.",
                    },
                });
            };

            // Per client address: guessing at sign-in is slowed down whoever the attacker claims to be.
            options.AddPolicy(SignIn, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = limits.SignInPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));

            // Per signed-in user, falling back to the address. Only the upload counts: showing the browser's upload form does not.
            options.AddPolicy(Uploads, context => HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method)
                ? RateLimitPartition.GetNoLimiter("reading")
                : RateLimitPartition.GetFixedWindowLimiter(
                    context.User.FindFirst("sub")?.Value ?? context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = limits.UploadsPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
        });
    }

    /// <summary>
    /// Sign-in attempts from the browser — the form posts of the sign-in page and the identity provider's answers
    /// at each OpenID Connect callback — share the per-address budget of <see cref="SignIn"/>. The callbacks are
    /// handled by the authentication middleware, before any endpoint, so this runs ahead of it.
    /// </summary>
    public static WebApplication UseSignInRateLimits(this WebApplication app)
    {
        var limits = app.Configuration.GetSection(RateLimitOptions.Section).Get<RateLimitOptions>() ?? new RateLimitOptions();
        var oidc = app.Services.GetRequiredService<IOptionsMonitor<OpenIdConnectOptions>>();
        var callbacks = new[] { EntraSignIn.StaffScheme, EntraSignIn.FamiliesScheme }
            .Where(scheme => EntraSignIn.IsConfigured(app.Configuration, scheme == EntraSignIn.StaffScheme ? Application.Security.SignInDoor.Staff : Application.Security.SignInDoor.Families))
            .SelectMany(scheme => new[] { oidc.Get(scheme).CallbackPath, oidc.Get(scheme).SignedOutCallbackPath })
            .ToArray();
        var limiter = PartitionedRateLimiter.Create<HttpContext, string>(context => RateLimitPartition.GetFixedWindowLimiter(
            context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
            _ => new FixedWindowRateLimiterOptions { PermitLimit = limits.SignInPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));

        bool IsSignInAttempt(HttpContext context) =>
            (HttpMethods.IsPost(context.Request.Method) && context.Request.Path.Equals(BrowserSession.SignInPath, StringComparison.OrdinalIgnoreCase))
            || callbacks.Any(path => context.Request.Path.Equals(path, StringComparison.OrdinalIgnoreCase));

        // No body: the error pages show the browser "Too many attempts to sign in".
        app.UseWhen(IsSignInAttempt, branch => branch.UseRateLimiter(new RateLimiterOptions
        {
            GlobalLimiter = limiter,
            RejectionStatusCode = StatusCodes.Status429TooManyRequests,
            OnRejected = (context, _) =>
            {
                context.HttpContext.Response.Headers.RetryAfter = "60";
                return ValueTask.CompletedTask;
            },
        }));
        return app;
    }
}
