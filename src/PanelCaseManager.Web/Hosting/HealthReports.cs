using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Persistence;
using PanelCaseManager.Infrastructure.Documents;

namespace PanelCaseManager.Web.Hosting;

/// <summary>
/// "/health/live" says the process answers (a load balancer restarts it when not); "/health/ready" checks each
/// dependency a request needs — the database and the document store — and says which one is down, so that an
/// instance that cannot serve is taken out of the load balancer without being restarted. It also says how the malware
/// scanner is ("not configured", its version, or "unreachable"): an unreachable scanner makes the report Degraded
/// (still 200), as the service goes on and only uploads are refused until it answers (docs/adr/0201).
/// </summary>
internal static class HealthReports
{
    public const string Database = "database";
    public const string DocumentStore = "document-store";
    private const string Ready = "ready";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static IServiceCollection AddPanelHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddDbContextCheck<PanelDbContext>(Database, tags: [Ready])
            .AddCheck<DocumentStoreHealthCheck>(DocumentStore, tags: [Ready], timeout: TimeSpan.FromSeconds(10))
            .AddCheck<MalwareScannerHealthCheck>(IMalwareScanner.Dependency, tags: [Ready]);
        return services;
    }

    public static IEndpointRouteBuilder MapPanelHealthChecks(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains(Ready), ResponseWriter = WriteAsync }).AllowAnonymous();
        return app;
    }

    /// <summary>{"status":"Unhealthy","entries":{"database":{"status":"Healthy","description":"Answering."},"document-store":{"status":"Unhealthy","description":"…"},"malware-scanner":{…}}}</summary>
    private static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        var body = new
        {
            status = report.Status.ToString(),
            entries = report.Entries.ToDictionary(
                e => e.Key,
                e => new { status = e.Value.Status.ToString(), description = e.Value.Description ?? Describe(e.Value.Status) }),
        };
        return context.Response.WriteAsync(JsonSerializer.Serialize(body, Json));
    }

    private static string Describe(HealthStatus status) => status switch
    {
        HealthStatus.Healthy => "Answering.",
        HealthStatus.Degraded => "Answering, but not fully.",
        _ => "Not answering.",
    };

    /// <summary>The document store takes and gives files now; the reason it does not is reported without secrets.</summary>
    private sealed class DocumentStoreHealthCheck(IDocumentStoreProbe store) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
        {
            try
            {
                await store.ProbeAsync(cancellationToken);
                return HealthCheckResult.Healthy();
            }
            catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                return new HealthCheckResult(context.Registration.FailureStatus, "The document store cannot be reached or written to.", exception);
            }
        }
    }

    /// <summary>Whether uploads can be scanned: "not configured", the scanner's version, or "unreachable".</summary>
    private sealed class MalwareScannerHealthCheck(IMalwareScanner scanner) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
        {
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
}
