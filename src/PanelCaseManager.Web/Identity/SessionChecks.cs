using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.JsonWebTokens;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Domain.Users;

namespace PanelCaseManager.Web.Identity;

/// <summary>
/// Every request's session is checked against its account (docs/adr/0135): a browser session or development token
/// whose account was closed, or whose stamp is no longer the account's (signed out, role, team or agency changed), is
/// refused — the browser is sent to sign in, the API answers 401 — and so is a browser session older than its
/// absolute lifetime, however busy. Tokens from the council's tenant are refused when issued before the account's
/// sessions were last ended.
/// </summary>
internal static partial class SessionChecks
{
    /// <summary>A browser session begins: note when, for its absolute lifetime.</summary>
    public static Task BeginAsync(CookieSigningInContext context)
    {
        var identity = (ClaimsIdentity)context.Principal!.Identity!;
        if (!identity.HasClaim(c => c.Type == AccountSessions.StartedClaim))
        {
            var now = context.HttpContext.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow();
            identity.AddClaim(new Claim(AccountSessions.StartedClaim, now.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)));
        }

        return Task.CompletedTask;
    }

    /// <summary>Each request with the session cookie: refused, and the cookie removed, once the session has ended.</summary>
    public static async Task ValidateAsync(CookieValidatePrincipalContext context, TimeSpan absoluteLifetime)
    {
        var services = context.HttpContext.RequestServices;
        var end = await services.GetRequiredService<AccountSessions>().CheckAsync(context.Principal!, context.HttpContext.RequestAborted);
        var reason = end != SessionEnd.NotEnded
            ? end.ToString()
            : Outlived(context.Principal!, services.GetRequiredService<TimeProvider>().GetUtcNow(), absoluteLifetime) ? "AbsoluteLifetime" : null;
        if (reason is null)
        {
            return;
        }

        var logger = Logger(context.HttpContext);
        LogEnded(logger, "browser", reason);
        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
    }

    /// <summary>A development token: refused with 401 once its account's sessions have ended.</summary>
    public static async Task ValidateDevelopmentTokenAsync(TokenValidatedContext context)
    {
        var end = await context.HttpContext.RequestServices.GetRequiredService<AccountSessions>().CheckAsync(context.Principal!, context.HttpContext.RequestAborted);
        if (end != SessionEnd.NotEnded)
        {
            var logger = Logger(context.HttpContext);
            var reason = end.ToString();
            LogEnded(logger, "token", reason);
            context.Fail(new SessionEndedException());
        }
    }

    /// <summary>
    /// A token from the council's tenant, whose holder's account has just been read afresh: refused with 401 when it was
    /// issued before the account's sessions were last ended (the person signed out, or their access changed).
    /// </summary>
    public static async Task<bool> IssuedBeforeSessionsEndedAsync(TokenValidatedContext context, ClaimsPrincipal principal)
    {
        // A token without an issue time counts as issued before any end.
        var issuedAt = context.SecurityToken is JsonWebToken { IssuedAt: var at } && at != DateTime.MinValue
            ? new DateTimeOffset(DateTime.SpecifyKind(at, DateTimeKind.Utc))
            : DateTimeOffset.MinValue;
        var subject = principal.FindFirst(PanelClaimTypes.Subject)!.Value;
        if (!await context.HttpContext.RequestServices.GetRequiredService<AccountSessions>()
                .IssuedBeforeSessionsEndedAsync(new UserId(subject), issuedAt, context.HttpContext.RequestAborted))
        {
            return false;
        }

        var logger = Logger(context.HttpContext);
        LogEnded(logger, "token", "IssuedBeforeSessionsEnded");
        context.Fail(new SessionEndedException());
        return true;
    }

    private static bool Outlived(ClaimsPrincipal principal, DateTimeOffset now, TimeSpan absoluteLifetime) =>
        !long.TryParse(principal.FindFirst(AccountSessions.StartedClaim)?.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var started)
        || now - DateTimeOffset.FromUnixTimeSeconds(started) >= absoluteLifetime;

    private static ILogger Logger(HttpContext http) => http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(SessionChecks).FullName!);

    [LoggerMessage(Level = LogLevel.Information, Message = "A {Kind} session was refused because it has ended: {Reason}")]
    private static partial void LogEnded(ILogger logger, string kind, string reason);
}

/// <summary>The session a token or cookie belongs to has ended: sign in again.</summary>
internal sealed class SessionEndedException() : Exception("This session has ended: the account signed out, was closed or had its access changed. Sign in again.");
