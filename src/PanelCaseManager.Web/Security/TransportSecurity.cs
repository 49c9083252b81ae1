using Microsoft.AspNetCore.HttpsPolicy;

namespace PanelCaseManager.Web.Security;

/// <summary>"Https" in configuration: redirecting plain HTTP to HTTPS and the Strict-Transport-Security header.</summary>
internal sealed class HttpsOptions
{
    public const string Section = "Https";

    /// <summary>Send a plain-HTTP request to the same address over HTTPS (except the health checks, which probes call over HTTP).</summary>
    public bool RedirectToHttps { get; set; } = true;

    /// <summary>The port HTTPS is served on as the browser sees it (443 behind a proxy or load balancer).</summary>
    public int HttpsPort { get; set; } = 443;

    /// <summary>Send Strict-Transport-Security on HTTPS answers, so browsers never try plain HTTP again.</summary>
    public bool Hsts { get; set; } = true;

    /// <summary>How long browsers remember to use HTTPS only (365 days; the HSTS preload list asks for at least a year).</summary>
    public int HstsMaxAgeDays { get; set; } = 365;

    /// <summary>Every subdomain of the host too; only when every one of them is served over HTTPS.</summary>
    public bool HstsIncludeSubDomains { get; set; } = true;

    /// <summary>Ask to be in browsers' built-in HSTS list: hard to undo, so off unless the council has decided on it.</summary>
    public bool HstsPreload { get; set; }
}

/// <summary>
/// HTTPS outside Development (docs/adr/0136): plain HTTP is redirected, HTTPS answers carry Strict-Transport-Security.
/// Behind a reverse proxy that ends TLS, the forwarded headers (ReverseProxy:Enabled) come first in the pipeline, so
/// X-Forwarded-Proto: https from a trusted proxy counts as HTTPS. Development, on http://localhost, has neither.
/// </summary>
internal static class TransportSecurity
{
    public static IServiceCollection AddPanelTransportSecurity(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = configuration.GetSection(HttpsOptions.Section).Get<HttpsOptions>() ?? new HttpsOptions();
        services.AddOptions<HttpsOptions>()
            .Bind(configuration.GetSection(HttpsOptions.Section))
            .Validate(o => o.HttpsPort is >= 1 and <= 65535, "Https:HttpsPort must be a port number, 1 to 65535.")
            .Validate(o => o.HstsMaxAgeDays is >= 0 and <= 2 * 365, "Https:HstsMaxAgeDays must be 0 to 730.")
            .Validate(o => !o.HstsPreload || (o.HstsIncludeSubDomains && o.HstsMaxAgeDays >= 365),
                "Https:HstsPreload needs HstsIncludeSubDomains and HstsMaxAgeDays of at least 365, as the preload list requires.")
            .ValidateOnStart();
        services.AddHsts(options =>
        {
            options.MaxAge = TimeSpan.FromDays(settings.HstsMaxAgeDays);
            options.IncludeSubDomains = settings.HstsIncludeSubDomains;
            options.Preload = settings.HstsPreload;
        });
        services.AddHttpsRedirection(options =>
        {
            options.HttpsPort = settings.HttpsPort;
            options.RedirectStatusCode = StatusCodes.Status307TemporaryRedirect;
        });
        return services;
    }

    public static WebApplication UsePanelTransportSecurity(this WebApplication app)
    {
        if (app.Environment.IsDevelopment())
        {
            return app;
        }

        var settings = app.Configuration.GetSection(HttpsOptions.Section).Get<HttpsOptions>() ?? new HttpsOptions();
        if (settings.RedirectToHttps)
        {
            app.UseWhen(context => !context.Request.Path.StartsWithSegments("/health"), https => https.UseHttpsRedirection());
        }

        if (settings.Hsts)
        {
            app.UseHsts();
        }

        return app;
    }
}
