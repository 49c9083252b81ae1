using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace PanelCaseManager.Web.Hosting;

/// <summary>
/// Running behind a reverse proxy ("ReverseProxy" in configuration): trust X-Forwarded-For, -Proto, -Host and
/// -Prefix from the proxies named, and serve under a path base (for example "/panel") so that the links the app
/// writes, the jobs dashboard's included, point back through the proxy.
/// </summary>
internal sealed class ReverseProxyOptions
{
    public const string Section = "ReverseProxy";

    /// <summary>Read forwarded headers. Off unless the app sits behind a proxy.</summary>
    public bool Enabled { get; set; }

    /// <summary>A path the app is served under, when the proxy passes it on rather than stripping it.</summary>
    public string? PathBase { get; set; }

    /// <summary>Addresses of the proxies whose forwarded headers are trusted (loopback is always trusted).</summary>
    public IList<string>? KnownProxies { get; set; }

    /// <summary>Networks of trusted proxies, as CIDR ("10.0.0.0/8").</summary>
    public IList<string>? KnownNetworks { get; set; }
}

internal static class ReverseProxy
{
    public static IServiceCollection AddPanelReverseProxy(this IServiceCollection services, IConfiguration configuration)
    {
        var proxy = configuration.GetSection(ReverseProxyOptions.Section).Get<ReverseProxyOptions>() ?? new ReverseProxyOptions();
        if (!string.IsNullOrEmpty(proxy.PathBase) && (!proxy.PathBase.StartsWith('/') || proxy.PathBase.EndsWith('/')))
        {
            throw new InvalidOperationException("ReverseProxy:PathBase starts with '/' and does not end with one, like /panel.");
        }

        services.AddOptions<ReverseProxyOptions>().Bind(configuration.GetSection(ReverseProxyOptions.Section));
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost | ForwardedHeaders.XForwardedPrefix;
            foreach (var address in proxy.KnownProxies ?? [])
            {
                options.KnownProxies.Add(IPAddress.Parse(address));
            }

            foreach (var network in proxy.KnownNetworks ?? [])
            {
                options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }
        });
        return services;
    }

    /// <summary>First in the pipeline, so that everything after it sees the client's scheme, host and path.</summary>
    public static IApplicationBuilder UsePanelReverseProxy(this WebApplication app)
    {
        var proxy = app.Configuration.GetSection(ReverseProxyOptions.Section).Get<ReverseProxyOptions>() ?? new ReverseProxyOptions();
        if (proxy.Enabled)
        {
            app.UseForwardedHeaders();
        }

        if (!string.IsNullOrEmpty(proxy.PathBase))
        {
            app.UsePathBase(proxy.PathBase);
        }

        // Routing after the path base, or it would match on the path the proxy sent.
        app.UseRouting();
        return app;
    }
}
