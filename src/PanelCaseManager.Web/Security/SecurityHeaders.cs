using System.Security.Cryptography;

namespace PanelCaseManager.Web.Security;

/// <summary>
/// Headers that keep browsers from framing, sniffing or leaking pages, and a content security policy allowing only
/// the app's own scripts and styles, plus any inline script that carries this response's nonce.
/// </summary>
internal static class SecurityHeaders
{
    public const string NonceKey = "csp-nonce";

    /// <summary>The nonce a page puts on its inline script tags (the GOV.UK "js-enabled" one-liner).</summary>
    public static string CspNonce(this HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return (string)context.Items[NonceKey]!;
    }

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            var nonce = Convert.ToBase64String(RandomNumberGenerator.GetBytes(16));
            context.Items[NonceKey] = nonce;
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.XContentTypeOptions = "nosniff";
                headers.XFrameOptions = "DENY";
                headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
                headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=()";
                headers["Cross-Origin-Opener-Policy"] = "same-origin";
                headers.ContentSecurityPolicy = context.Request.Path.StartsWithSegments("/api-docs")
                    // The browsable API page configures itself with inline script; it shows no personal data.
                    ? "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'"
                    : $"default-src 'self'; script-src 'self' 'nonce-{nonce}'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'";
                if (!context.Request.Path.StartsWithSegments("/api-docs") && !context.Request.Path.StartsWithSegments("/lib") && !context.Request.Path.StartsWithSegments("/assets"))
                {
                    // Pages and API answers about children are never kept by shared caches or the browser's back-forward cache on disk.
                    headers.CacheControl = "no-store";
                }

                return Task.CompletedTask;
            });
            return next(context);
        });
}
