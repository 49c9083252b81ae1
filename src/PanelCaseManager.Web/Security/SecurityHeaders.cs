namespace PanelCaseManager.Web.Security;

/// <summary>
/// Headers that keep browsers from framing, sniffing or leaking pages, and a content security policy allowing only
/// the app's own scripts and styles (the pages have no inline script).
/// </summary>
internal static class SecurityHeaders
{
    private const string Policy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; "
        + "frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'";

    // The browsable API page configures itself with inline script; it shows no personal data.
    private const string ApiDocsPolicy =
        "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; "
        + "connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

    private static readonly string[] StaticAssetFolders = ["/lib", "/assets", "/css", "/js", "/images"];

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                var path = context.Request.Path;
                headers.XContentTypeOptions = "nosniff";
                headers.XFrameOptions = "DENY";
                headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
                headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=()";
                headers["Cross-Origin-Opener-Policy"] = "same-origin";
                headers.ContentSecurityPolicy = path.StartsWithSegments("/api-docs") ? ApiDocsPolicy : Policy;
                if (!path.StartsWithSegments("/api-docs") && !StaticAssetFolders.Any(folder => path.StartsWithSegments(folder)))
                {
                    // Pages and API answers about children are kept by no shared cache and no browser history on disk.
                    headers.CacheControl = "no-store";
                }

                return Task.CompletedTask;
            });
            return next(context);
        });
}
