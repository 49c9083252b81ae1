using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

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

            // Per signed-in user, falling back to the address.
            options.AddPolicy(Uploads, context => RateLimitPartition.GetFixedWindowLimiter(
                context.User.FindFirst("sub")?.Value ?? context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = limits.UploadsPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
        });
    }
}
