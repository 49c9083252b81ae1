using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Persistence;

namespace PanelCaseManager.Web.Hosting;

/// <summary>
/// The health endpoints: /health/live (the process answers) and /health/ready, which checks each dependency and says
/// how each is, as JSON: the database, and the malware scanner ("not configured", its version, or "unreachable").
/// An unreachable scanner makes the report Degraded (still 200): the service goes on, and only uploads are refused
/// until it answers (docs/adr/0201).
/// </summary>
internal static class HealthReport
{
    public const string ReadyTag = "ready";

    public static IServiceCollection AddPanelHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddDbContextCheck<PanelDbContext>("database", tags: [ReadyTag])
            .AddCheck<MalwareScannerHealthCheck>(IMalwareScanner.Dependency, tags: [ReadyTag]);
        return services;
    }

    public static WebApplication MapPanelHealthChecks(this WebApplication app)
    {
        app.MapHealthChecks("/health/live", new() { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new() { Predicate = check => check.Tags.Contains(ReadyTag), ResponseWriter = WriteAsync }).AllowAnonymous();
        return app;
    }

    private static Task WriteAsync(HttpContext context, Microsoft.Extensions.Diagnostics.HealthChecks.HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        return JsonSerializer.SerializeAsync(context.Response.Body, new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(
                entry => entry.Key,
                entry => new { status = entry.Value.Status.ToString(), description = entry.Value.Description ?? Describe(entry.Value.Status) }),
        }, JsonSerializerOptions.Web, context.RequestAborted);
    }

    private static string Describe(HealthStatus status) => status switch
    {
        HealthStatus.Healthy => "Answering.",
        HealthStatus.Degraded => "Answering, but not fully.",
        _ => "Not answering.",
    };
}

/// <summary>Whether uploads can be scanned: "not configured", the scanner's version, or "unreachable".</summary>
internal sealed class MalwareScannerHealthCheck(IMalwareScanner scanner) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!scanner.IsConfigured)
        {
            return HealthCheckResult.Healthy(await scanner.DescribeAsync(cancellationToken));
        }

        try
        {
            return HealthCheckResult.Healthy(await scanner.DescribeAsync(cancellationToken));
        }
        catch (DependencyUnavailableException)
        {
            return HealthCheckResult.Degraded("Unreachable: uploads are refused until the scanner answers.");
        }
    }
}
