using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using PanelCaseManager.Web.Identity;

namespace PanelCaseManager.Web.Security;

/// <summary>"RateLimits" in configuration: how often one client may try to sign in, and one user upload, render or export.</summary>
internal sealed class RateLimitOptions
{
    public const string Section = "RateLimits";

    public int SignInPerMinute { get; set; } = 10;

    public int UploadsPerMinute { get; set; } = 30;

    /// <summary>PDFs and previews rendered or sent for one user: letters, letter previews, template previews.</summary>
    public int DocumentsPerMinute { get; set; } = 30;

    /// <summary>Exports for one user: a decision's history (JSON, HTML or PDF) and the audit trail.</summary>
    public int ExportsPerMinute { get; set; } = 10;
}

/// <summary>
/// On a page whose endpoint carries a rate limit, the handlers that count against it (for example "pdf" and
/// "preview"); showing the page itself, or its other handlers, costs nothing. A rate limit in ASP.NET Core attaches to
/// a whole endpoint, and a Razor page is one endpoint whatever its handler.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
internal sealed class RateLimitedHandlersAttribute(params string[] handlers) : Attribute
{
    public IReadOnlyList<string> Handlers { get; } = handlers;
}

internal static class RateLimits
{
    public const string SignIn = "sign-in";
    public const string Uploads = "uploads";
    public const string Documents = "documents";
    public const string Exports = "exports";

    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    public static IServiceCollection AddPanelRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var limits = configuration.GetSection(RateLimitOptions.Section).Get<RateLimitOptions>() ?? new RateLimitOptions();
        services.AddOptions<RateLimitOptions>()
            .Bind(configuration.GetSection(RateLimitOptions.Section))
            .Validate(o => new[] { o.SignInPerMinute, o.UploadsPerMinute, o.DocumentsPerMinute, o.ExportsPerMinute }.All(n => n >= 1),
                "RateLimits: each limit must be at least 1 a minute.")
            .ValidateOnStart();
        return services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = async (context, ct) =>
            {
                var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : Window;
                var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
                context.HttpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                if (!BrowserSession.IsApiRequest(context.HttpContext.Request))
                {
                    // No body: the browser gets the error page "Too many requests" (or "… attempts to sign in").
                    return;
                }

                await context.HttpContext.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = context.HttpContext,
                    ProblemDetails =
                    {
                        Status = StatusCodes.Status429TooManyRequests,
                        Title = "Too many requests.",
                        Detail = $"Wait {seconds} seconds, then try again.",
                        Extensions = { ["code"] = "too-many-requests" },
                    },
                });
            };

            // Per client address: guessing at sign-in is slowed down whoever the attacker claims to be.
            options.AddPolicy(SignIn, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = limits.SignInPerMinute, Window = Window, QueueLimit = 0 }));

            // Per signed-in user, falling back to the address. Only the upload counts: showing the browser's upload form does not.
            options.AddPolicy(Uploads, context => HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method)
                ? RateLimitPartition.GetNoLimiter("reading")
                : PerUser(context, limits.UploadsPerMinute));

            // Rendering a PDF and exporting the audit trail are the dearest things a user can ask for: each has its own budget per user.
            options.AddPolicy(Documents, context => Counts(context) ? PerUser(context, limits.DocumentsPerMinute) : RateLimitPartition.GetNoLimiter("page"));
            options.AddPolicy(Exports, context => Counts(context) ? PerUser(context, limits.ExportsPerMinute) : RateLimitPartition.GetNoLimiter("page"));
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

    private static RateLimitPartition<string> PerUser(HttpContext context, int permitsPerMinute) => RateLimitPartition.GetFixedWindowLimiter(
        context.User.FindFirst("sub")?.Value ?? context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
        _ => new FixedWindowRateLimiterOptions { PermitLimit = permitsPerMinute, Window = Window, QueueLimit = 0 });

    /// <summary>An API endpoint always counts; a page only for the handlers it names in <see cref="RateLimitedHandlersAttribute"/>.</summary>
    private static bool Counts(HttpContext context)
    {
        if (context.GetEndpoint()?.Metadata.GetMetadata<RateLimitedHandlersAttribute>() is not { } page)
        {
            return true;
        }

        var handler = context.Request.RouteValues["handler"] as string ?? context.Request.Query["handler"].ToString();
        return page.Handlers.Contains(handler, StringComparer.OrdinalIgnoreCase);
    }
}
