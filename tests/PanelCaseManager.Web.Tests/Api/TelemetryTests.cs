using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Hangfire;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using PanelCaseManager.Infrastructure.DemoData;
using PanelCaseManager.Infrastructure.Jobs;

namespace PanelCaseManager.Web.Tests.Api;

/// <summary>Traces and metrics for the council's collector: off by default, and when on, requests, queries and jobs.</summary>
public class TelemetryTests
{
    [Test]
    public async Task Nothing_is_traced_or_measured_for_export_unless_a_collector_is_configured()
    {
        await using var factory = new PanelWebApplicationFactory(new Dictionary<string, string?> { ["Jobs:ServerEnabled"] = "false" });
        using var client = factory.CreateClient();

        factory.Services.GetService<TracerProvider>().Should().BeNull();
        factory.Services.GetService<MeterProvider>().Should().BeNull();
    }

    [Test]
    public async Task With_a_collector_configured_requests_queries_and_jobs_are_traced_and_measured()
    {
        var spans = new List<Activity>();
        var metrics = new List<Metric>();
        await using var app = new PanelWebApplicationFactory(new Dictionary<string, string?>
        {
            // A port nothing listens on: the exporter's failures are its own business, the in-memory copies are the test's.
            ["Telemetry:Otlp:Endpoint"] = $"http://127.0.0.1:{UnusedPort()}",
            ["Telemetry:ServiceName"] = "panelcasemanager-tests",
        });
        await using var factory = app.WithWebHostBuilder(builder => builder.ConfigureServices(services =>
        {
            services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddInMemoryExporter(spans));
            services.ConfigureOpenTelemetryMeterProvider(meters => meters.AddInMemoryExporter(metrics));
        }));
        using var officer = factory.CreateClient();
        var token = await (await officer.PostAsJsonAsync("/dev/token", new { persona = Personas.SendOfficer.Id })).Content.ReadFromJsonAsync<Token>();
        officer.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token!.AccessToken);

        (await officer.GetAsync("/api/v1/placement-requests?text=Ffion%20Llewelyn-Jones")).StatusCode.Should().Be(HttpStatusCode.OK);
        factory.Services.GetRequiredService<IRecurringJobManager>().Trigger(ReminderSweepJob.RecurringJobId);
        var tracer = factory.Services.GetRequiredService<TracerProvider>();
        for (var waited = 0; waited < 60 && !Snapshot(spans).Any(s => s.DisplayName == "job ReminderSweepJob.RunAsync"); waited++)
        {
            await Task.Delay(500);
            tracer.ForceFlush();
        }

        factory.Services.GetRequiredService<MeterProvider>().ForceFlush();
        var exported = Snapshot(spans);
        exported.Should().Contain(s => s.Kind == ActivityKind.Server && Equals(s.GetTagItem("http.route"), "/api/v1/placement-requests/"));
        var request = exported.First(s => s.Kind == ActivityKind.Server && Equals(s.GetTagItem("http.route"), "/api/v1/placement-requests/"));
        exported.Should().Contain(s => s.Source.Name.Contains("EntityFrameworkCore", StringComparison.Ordinal) && s.TraceId == request.TraceId,
            "the request's queries are spans of its trace");
        var job = exported.Should().ContainSingle(s => s.DisplayName == "job ReminderSweepJob.RunAsync").Subject;
        job.Source.Name.Should().Be("PanelCaseManager.Jobs");
        job.Status.Should().NotBe(ActivityStatusCode.Error);
        exported.Should().Contain(s => s.Source.Name.Contains("EntityFrameworkCore", StringComparison.Ordinal) && s.ParentSpanId == job.SpanId,
            "the job's queries are spans under the job");
        exported.SelectMany(s => s.TagObjects).Select(t => t.Value?.ToString() ?? string.Empty)
            .Should().NotContain(v => v.Contains("Ffion", StringComparison.Ordinal) || v.Contains("Llewelyn", StringComparison.Ordinal), "a search's words are personal data");
        lock (metrics)
        {
            metrics.Select(m => m.Name).Should().Contain(["http.server.request.duration", "panelcasemanager.job.duration"]);
        }
    }

    private static List<Activity> Snapshot(List<Activity> spans)
    {
        lock (spans)
        {
            return [.. spans];
        }
    }

    private static int UnusedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private sealed record Token(string AccessToken);
}
