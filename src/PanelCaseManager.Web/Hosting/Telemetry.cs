using System.Diagnostics;
using System.Diagnostics.Metrics;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace PanelCaseManager.Web.Hosting;

/// <summary>
/// "Telemetry" in configuration: traces and metrics sent over OTLP to the collector the council's hosting already
/// runs. Off until <see cref="OtlpOptions.Endpoint"/> is set (docs/adr/0242).
/// </summary>
internal sealed class TelemetryOptions
{
    public const string Section = "Telemetry";

    /// <summary>The service.name the traces and metrics carry.</summary>
    public string ServiceName { get; set; } = "panelcasemanager";

    public OtlpOptions Otlp { get; set; } = new();
}

internal sealed class OtlpOptions
{
    /// <summary>The collector, for example http://otel-collector:4317 (gRPC) or http://otel-collector:4318 (HTTP). Empty: nothing is sent.</summary>
    public string? Endpoint { get; set; }

    /// <summary>Grpc or HttpProtobuf.</summary>
    public OtlpExportProtocol Protocol { get; set; } = OtlpExportProtocol.Grpc;

    /// <summary>Headers the collector asks for, as "name=value,name2=value2" (an API key, for instance).</summary>
    public string? Headers { get; set; }
}

/// <summary>What the service itself reports besides ASP.NET Core, EF Core and HttpClient: its background jobs.</summary>
internal static class PanelTelemetry
{
    public const string Name = "PanelCaseManager";

    public static readonly ActivitySource Jobs = new(Name + ".Jobs");

    private static readonly Meter Meter = new(Name);

    /// <summary>How long each background job took, by job and outcome (succeeded or the exception's type).</summary>
    public static readonly Histogram<double> JobDuration = Meter.CreateHistogram<double>("panelcasemanager.job.duration", unit: "s", description: "How long a background job ran.");

    public static IServiceCollection AddPanelTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(TelemetryOptions.Section);
        var options = section.Get<TelemetryOptions>() ?? new TelemetryOptions();
        services.AddOptions<TelemetryOptions>().Bind(section)
            .Validate(o => string.IsNullOrEmpty(o.Otlp.Endpoint) || (Uri.TryCreate(o.Otlp.Endpoint, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"),
                "Telemetry:Otlp:Endpoint is the collector's http or https address, like http://otel-collector:4317.")
            .Validate(o => !string.IsNullOrWhiteSpace(o.ServiceName), "Telemetry:ServiceName names the service in traces and metrics.")
            .ValidateOnStart();
        if (string.IsNullOrEmpty(options.Otlp.Endpoint))
        {
            return services;
        }

        void Exporter(OtlpExporterOptions exporter)
        {
            exporter.Endpoint = new Uri(options.Otlp.Endpoint);
            exporter.Protocol = options.Otlp.Protocol;
            exporter.Headers = options.Otlp.Headers;
        }

        services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(options.ServiceName, serviceVersion: typeof(PanelTelemetry).Assembly.GetName().Version?.ToString()))
            .WithTracing(tracing => tracing
                // Query strings are redacted by the instrumentation; paths hold ids, never names.
                .AddAspNetCoreInstrumentation(aspNet => aspNet.Filter = context => !context.Request.Path.StartsWithSegments("/health"))
                .AddHttpClientInstrumentation()
                .AddEntityFrameworkCoreInstrumentation()
                .AddSource(Jobs.Name)
                .AddOtlpExporter(Exporter))
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation()
                .AddMeter(Meter.Name)
                .AddOtlpExporter(Exporter));
        return services;
    }
}
