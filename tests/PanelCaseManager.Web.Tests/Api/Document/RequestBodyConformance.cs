using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Json.Schema;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using NUnit.Framework.Interfaces;
using PanelCaseManager.Web.Tests.Api.Document;

[assembly: RequestBodiesMatchTheDocument]

namespace PanelCaseManager.Web.Tests.Api.Document;

/// <summary>
/// Every JSON body the web tests send to the API, checked against its operation's schema in the app's own OpenAPI
/// document: a body the app accepted (2xx) or judged on its merits (409, 422) must be valid by the document, or the
/// test that sent it fails naming the fields. So the document cannot drift from the types the endpoints read.
/// </summary>
[AttributeUsage(AttributeTargets.Assembly)]
public sealed class RequestBodiesMatchTheDocumentAttribute : Attribute, ITestAction
{
    public ActionTargets Targets => ActionTargets.Test;

    public void BeforeTest(ITest test)
    {
    }

    public void AfterTest(ITest test)
    {
        var drifts = RequestBodyConformance.Check();
        if (drifts.Count > 0)
        {
            Assert.Fail("Bodies the API accepted do not match the OpenAPI document:" + Environment.NewLine + string.Join(Environment.NewLine, drifts));
        }
    }
}

/// <summary>What the app's recorder saw, and the check of it.</summary>
public static partial class RequestBodyConformance
{
    private static readonly ConcurrentQueue<SentBody> Sent = new();
    private static readonly ConcurrentDictionary<(AppDocument Document, string Path, string Method), JsonSchema?> Schemas = new();
    private static readonly EvaluationOptions Evaluation = new() { OutputFormat = OutputFormat.List, RequireFormatValidation = true };

    /// <summary>How many bodies have been checked in this run: the tests of the check itself read it.</summary>
    public static int Checked { get; private set; }

    /// <summary>The drifts among the bodies sent since the last check, each with its operation and the fields.</summary>
    public static IReadOnlyList<string> Check()
    {
        var drifts = new List<string>();
        while (Sent.TryDequeue(out var sent))
        {
            if (Problems(sent) is { } problems)
            {
                drifts.Add($"{sent.Method} {sent.Route} answered {sent.Status}: {problems}{Environment.NewLine}    body: {Shorten(sent.Body)}");
            }
        }

        return drifts;
    }

    /// <summary>Why the body does not match its operation's schema, or null when it does.</summary>
    public static string? Problems(SentBody sent)
    {
        ArgumentNullException.ThrowIfNull(sent);
        Checked++;
        var path = ConstraintOrDefault().Replace(sent.Route, "{${name}}");
        var schema = Schemas.GetOrAdd((sent.Document, path, sent.Method.ToLowerInvariant()), key => SchemaFor(key.Document, key.Path, key.Method));
        if (schema is null)
        {
            return $"the document has no JSON body for {sent.Method} {path}";
        }

        JsonElement body;
        try
        {
            body = JsonDocument.Parse(sent.Body).RootElement.Clone();
        }
        catch (JsonException exception)
        {
            return $"the app accepted a body that is not JSON ({exception.Message})";
        }

        var result = schema.Evaluate(body, Evaluation);
        if (result.IsValid)
        {
            return null;
        }

        var errors = (result.Details ?? [])
            .Where(d => d.Errors is { Count: > 0 })
            .Select(d => $"{d.InstanceLocation}: {string.Join("; ", d.Errors!.Values)}")
            .Distinct();
        return string.Join(" | ", errors);
    }

    internal static void Record(SentBody sent) => Sent.Enqueue(sent);

    private static JsonSchema? SchemaFor(AppDocument document, string path, string method)
    {
        var root = document.Json;
        if (!root.GetProperty("paths").TryGetProperty(path, out var item) || !item.TryGetProperty(method, out var operation)
            || !operation.TryGetProperty("requestBody", out var requestBody) || !requestBody.GetProperty("content").TryGetProperty("application/json", out _))
        {
            return null;
        }

        var pointer = $"/paths/{Escape(path)}/{method}/requestBody/content/application~1json/schema";
        return JsonSchema.FromText($$"""{"$schema":"https://json-schema.org/draft/2020-12/schema","$ref":"{{document.BaseUri}}#{{pointer}}"}""", document.BuildOptions);
    }

    private static string Escape(string segment) => segment.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);

    private static string Shorten(string body) => body.Length <= 4000 ? body : body[..4000] + "…";

    [GeneratedRegex(@"\{(?<name>[A-Za-z0-9_]+)(:[^}]*)?\}")]
    private static partial Regex ConstraintOrDefault();
}

/// <summary>One JSON body sent to an API endpoint, with the route it reached and the status it was answered with.</summary>
public sealed record SentBody(AppDocument Document, string Method, string Route, string Body, int Status);

/// <summary>One app's OpenAPI document, read once, as a base document that schemas point into.</summary>
public sealed class AppDocument
{
    private static int _count;

    public AppDocument(string json)
    {
        Json = JsonDocument.Parse(json).RootElement.Clone();
        BaseUri = new Uri($"https://panelcasemanager.invalid/openapi/{Interlocked.Increment(ref _count)}/v1.json");
        BuildOptions = new BuildOptions { SchemaRegistry = new SchemaRegistry() };
        BuildOptions.SchemaRegistry.Register(new JsonElementBaseDocument(Json, BaseUri));
    }

    public JsonElement Json { get; }

    public Uri BaseUri { get; }

    public BuildOptions BuildOptions { get; }
}

/// <summary>
/// Put first in the test host's pipeline: keeps a copy of each JSON body sent to /api and, after the answer, the
/// route it reached and its status. The app's document is read once, in the app, the first time it is needed.
/// </summary>
internal sealed class RequestBodyRecorder : IStartupFilter
{
    private static readonly int[] JudgedOnItsMerits = [StatusCodes.Status409Conflict, StatusCodes.Status422UnprocessableEntity];

    private AppDocument? _document;

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use(async (context, nextMiddleware) =>
        {
            var request = context.Request;
            if (!request.Path.StartsWithSegments("/api") || request.ContentType?.Contains("json", StringComparison.OrdinalIgnoreCase) != true
                || request.ContentLength is null or 0 or > 1_000_000)
            {
                await nextMiddleware(context);
                return;
            }

            request.EnableBuffering();
            string body;
            using (var reader = new StreamReader(request.Body, Encoding.UTF8, detectEncodingFromByteOrderMarks: false, leaveOpen: true))
            {
                body = await reader.ReadToEndAsync(context.RequestAborted);
            }

            request.Body.Position = 0;
            await nextMiddleware(context);

            var status = context.Response.StatusCode;
            if ((status is >= 200 and < 300 || JudgedOnItsMerits.Contains(status)) 
                && (context.GetEndpoint() ?? context.Features.Get<IExceptionHandlerFeature>()?.Endpoint) is RouteEndpoint endpoint)
            {
                _document ??= new AppDocument(await ReadDocumentAsync(app.ApplicationServices));
                RequestBodyConformance.Record(new SentBody(_document, request.Method, "/" + endpoint.RoutePattern.RawText!.Trim('/'), body, status));
            }
        });
        next(app);
    };

    private static async Task<string> ReadDocumentAsync(IServiceProvider services)
    {
        var server = services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>() as Microsoft.AspNetCore.TestHost.TestServer
                     ?? throw new InvalidOperationException("The recorder runs in the test server.");
        using var client = server.CreateClient();
        return await client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative));
    }
}
