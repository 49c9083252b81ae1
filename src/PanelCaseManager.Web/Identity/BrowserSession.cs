using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace PanelCaseManager.Web.Identity;

/// <summary>"BrowserSession" in configuration: how long a signed-in browser may sit idle, and how long it may last at all.</summary>
internal sealed class BrowserSessionOptions
{
    public const string Section = "BrowserSession";

    /// <summary>The session ends after this long without a request; each request starts the time again.</summary>
    public int IdleTimeoutMinutes { get; set; } = 30;

    /// <summary>
    /// The session ends this long after signing in, however busy it has been (12 hours: a long working day, never
    /// overnight), so a session taken from someone's computer cannot be kept alive for ever.
    /// </summary>
    public int AbsoluteTimeoutMinutes { get; set; } = 12 * 60;

    /// <summary>
    /// Development only: let the cookies travel over plain HTTP (http://localhost), where browsers and the
    /// antiforgery system refuse Secure cookies. Everywhere else they are Secure, and the app refuses to start otherwise.
    /// </summary>
    public bool AllowHttp { get; set; }
}

/// <summary>
/// The browser's session: an HttpOnly, Secure, SameSite=Lax cookie with a sliding expiry, used by the pages. The
/// JSON API keeps its bearer tokens: a call to /api, or any call carrying an Authorization header, is
/// authenticated by the bearer scheme and answered 401, never redirected to the sign-in page.
/// </summary>
internal static partial class BrowserSession
{
    /// <summary>The session cookie's name; with the __Host- prefix the browser keeps it Secure, on this host and path "/".</summary>
    public const string CookieName = "__Host-PanelCaseManager";
    public const string AntiforgeryCookieName = "__Host-PanelCaseManager-Antiforgery";

    /// <summary>The prefix is only accepted on Secure cookies, so plain HTTP in Development does without it.</summary>
    private const string HostPrefix = "__Host-";
    public const string SignInPath = "/sign-in";
    public const string ReturnUrlParameter = "returnUrl";

    /// <summary>
    /// The API answers bearer tokens only. The API reference (/openapi) also accepts the browser's session when it
    /// comes without a token, so that a signed-in person can read it where it requires signing in.
    /// </summary>
    public static bool UsesBearer(HttpRequest request) =>
        request.Headers.Authorization.Count > 0 || (IsApiRequest(request) && !request.Path.StartsWithSegments(Hosting.ApiReference.DocumentPathPrefix));

    /// <summary>Requests answered with JSON and problem details rather than pages.</summary>
    public static bool IsApiRequest(HttpRequest request) => IsApiPath(request?.Path ?? PathString.Empty);

    public static bool IsApiPath(PathString path) =>
        path.StartsWithSegments("/api") || path.StartsWithSegments("/dev") || path.StartsWithSegments("/openapi") || path.StartsWithSegments("/health");

    /// <summary>
    /// In Development the sign-in page lets you choose a persona. Elsewhere the council's identity provider
    /// (Microsoft Entra ID, over OpenID Connect) is to become the cookie's challenge scheme here; until it is
    /// configured the sign-in page says that signing in is not available.
    /// </summary>
    public static void AddBrowserSession(IServiceCollection services, AuthenticationBuilder authentication, IConfiguration configuration, IWebHostEnvironment environment, bool developmentSignIn)
    {
        var settings = configuration.GetSection(BrowserSessionOptions.Section).Get<BrowserSessionOptions>() ?? new BrowserSessionOptions();
        if (settings.AllowHttp && !environment.IsDevelopment())
        {
            throw new InvalidOperationException(
                $"BrowserSession:AllowHttp is true but the environment is '{environment.EnvironmentName}'. Session cookies travel over HTTPS only, except in Development.");
        }

        var securePolicy = settings.AllowHttp ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;

        string Named(string name) => settings.AllowHttp ? name[HostPrefix.Length..] : name;

        services.AddOptions<BrowserSessionOptions>()
            .Bind(configuration.GetSection(BrowserSessionOptions.Section))
            .Validate(o => o.IdleTimeoutMinutes is >= 1 and <= 24 * 60, "BrowserSession:IdleTimeoutMinutes must be 1 to 1440.")
            .Validate(o => o.AbsoluteTimeoutMinutes >= o.IdleTimeoutMinutes && o.AbsoluteTimeoutMinutes <= 24 * 60,
                "BrowserSession:AbsoluteTimeoutMinutes must be at least IdleTimeoutMinutes and at most 1440.")
            .ValidateOnStart();
        if (developmentSignIn)
        {
            services.AddScoped<DevelopmentPersonas>();
        }

        authentication.AddCookie(CookieAuthenticationDefaults.AuthenticationScheme, options =>
        {
            options.Cookie.Name = Named(CookieName);
            options.Cookie.HttpOnly = true;
            options.Cookie.SecurePolicy = securePolicy;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.Path = "/";
            options.ExpireTimeSpan = TimeSpan.FromMinutes(settings.IdleTimeoutMinutes);
            options.SlidingExpiration = true;
            options.LoginPath = SignInPath;
            options.ReturnUrlParameter = ReturnUrlParameter;
            options.Events.OnSigningIn = SessionChecks.BeginAsync;
            options.Events.OnValidatePrincipal = context => SessionChecks.ValidateAsync(context, TimeSpan.FromMinutes(settings.AbsoluteTimeoutMinutes));
            options.Events.OnRedirectToLogin = context =>
            {
                // The API reference's JSON is read with the session when signing in is required for it: a 401, not a page.
                if (IsApiRequest(context.Request))
                {
                    context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                    return Task.CompletedTask;
                }

                context.Response.Redirect(context.RedirectUri);
                return Task.CompletedTask;
            };
            options.Events.OnRedirectToAccessDenied = context =>
            {
                // A case the user may not see is answered as if it did not exist, so that its URL tells them nothing.
                context.Response.StatusCode = CasePath().IsMatch(context.Request.Path.Value ?? string.Empty)
                    ? StatusCodes.Status404NotFound
                    : StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
        });

        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = Named(AntiforgeryCookieName);
            options.Cookie.SecurePolicy = securePolicy;
            options.Cookie.SameSite = SameSiteMode.Strict;
        });
    }

    [GeneratedRegex("^/cases/[0-9a-fA-F-]{36}(/|$)")]
    private static partial Regex CasePath();
}
