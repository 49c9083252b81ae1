using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Persistence;
using PanelCaseManager.Infrastructure.DemoData;

namespace PanelCaseManager.Web.Tests.Api.Fuzzing;

/// <summary>
/// Generated bad input (docs/adr/0241): walks the OpenAPI document and sends every operation, as each role and
/// signed out, thousands of plausible requests broken in one way each — wrong types, nulls in lists, huge strings,
/// bidirectional and control characters, impossible dates, numbers at their limits, unknown enum values, malformed
/// JSON, wrong media types, odd roots, odd query values, made-up and other teams' ids, odd idempotency keys. None may
/// be answered with a 5xx; every refusal is problem details, a 400 names its fields, and its status is one the
/// document declares for the operation; a request refused with 4xx writes nothing but the audit trail's own events;
/// and the log holds no error, no stack trace and no child's name.
/// The seed is fixed, and a second comes from PANELCASEMANAGER_FUZZ_SEED when it is set; a failure says how to
/// send the same requests again.
/// </summary>
[Category("Fuzz")]
public class BadInputFuzzTests
{
    public const string SeedVariable = "PANELCASEMANAGER_FUZZ_SEED";
    private const int FixedSeed = 20261207;
    private const int RequestsPerSeed = 10_240;
    private const int Parallel = 8;
    private const string AuditTablePrefix = "Audit";

    private static readonly (string Role, Persona? Persona)[] Roles =
    [
        ("officer", Personas.SendOfficer), ("manager", Personas.TeamManager), ("chair", Personas.PanelChair), ("member", Personas.PanelEducation),
        ("family", Personas.Family), ("auditor", Personas.Auditor), ("administrator", Personas.Administrator), ("signed out", null),
    ];

    public static IEnumerable<TestCaseData> Seeds()
    {
        yield return new TestCaseData(FixedSeed).SetName("Generated_bad_input_is_refused_cleanly_with_the_fixed_seed");
        if (int.TryParse(Environment.GetEnvironmentVariable(SeedVariable), NumberStyles.Integer, CultureInfo.InvariantCulture, out var seed) && seed != FixedSeed)
        {
            yield return new TestCaseData(seed).SetName($"Generated_bad_input_is_refused_cleanly_with_the_seed_from_{SeedVariable}_{seed}");
        }
    }

    [TestCaseSource(nameof(Seeds))]
    public async Task Generated_bad_input(int seed)
    {
        TestContext.Progress.WriteLine($"Fuzzing the API with seed {seed}: {RequestsPerSeed} requests.");
        await using var factory = new PanelWebApplicationFactory(new Dictionary<string, string?>
        {
            ["DemoData:Cases"] = "24",
            // Nothing but the requests may change the database while it is watched.
            ["Jobs:ServerEnabled"] = "false",
            // As an operator looking into a problem would have it: ASP.NET Core's own information too.
            ["Logging:LogLevel:Microsoft.AspNetCore"] = "Information",
            // Checked in the captured log; the console (the test's output, kept in the TRX file) shows only errors.
            ["Logging:Console:LogLevel:Default"] = "Error",
        });
        var clients = new Dictionary<string, HttpClient>();
        foreach (var (role, persona) in Roles)
        {
            clients[role] = persona is null
                ? factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false })
                : await factory.ClientFor(persona);
        }

        using var documentClient = factory.CreateClient();
        var document = JsonDocument.Parse(await documentClient.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative))).RootElement.Clone();
        var world = await FuzzWorld.ReadAsync(factory.Services);
        var position = world.Cases.Select((id, i) => (id, i)).ToDictionary(c => c.id, c => c.i);
        world = world with
        {
            // In the world's order, not the list's, so that the same seed names the same cases again.
            VisibleCases = (await VisibleCasesAsync(clients)).ToDictionary(
                v => v.Key, v => (IReadOnlyList<Guid>)v.Value.OrderBy(id => position.GetValueOrDefault(id, int.MaxValue)).ToList()),
            FuzzAccounts = Roles.Select(r => r.Persona?.Id).OfType<string>().ToList(),
        };
        world.Cases.Should().NotBeEmpty();
        world.ChildNames.Should().NotBeEmpty();
        var allowed = await AllowedRolesAsync(factory.Services);
        var generator = new BadInputGenerator(document, world, Roles.Select(r => r.Role).ToList(), (operation, role) => allowed.Contains((operation, role)), seed);
        var tables = await TablesAsync(factory.Services);

        var failures = new ConcurrentQueue<string>();
        var statuses = new ConcurrentDictionary<int, int>();
        var clock = Stopwatch.StartNew();
        var processor = Process.GetCurrentProcess().TotalProcessorTime;
        var watchedBatches = 0;
        var counts = await CountRowsAsync(factory.Services, tables);
        for (var start = 0; start < RequestsPerSeed; start += Parallel)
        {
            var batch = Enumerable.Range(start, Math.Min(Parallel, RequestsPerSeed - start)).Select(generator.Next).ToList();
            var answers = await Task.WhenAll(batch.Select(request => SendAsync(clients[request.Role], request)));
            foreach (var (request, status, problem) in answers)
            {
                statuses.AddOrUpdate(status, 1, (_, n) => n + 1);
                if (problem is not null)
                {
                    failures.Enqueue($"{problem}: {request.Describe()}");
                }
                else if (request.RouteMatches && !Declares(document, request, status))
                {
                    failures.Enqueue($"answered {status}, which the document does not declare for {request.OperationId}: {request.Describe()}");
                }
            }

            var after = await CountRowsAsync(factory.Services, tables);
            if (answers.All(a => a.Status >= 400 || a.Request.Method == "GET"))
            {
                watchedBatches++;
                var changed = tables.Where(t => after[t] != counts[t]).Select(t => $"{t} {counts[t]}→{after[t]}").ToList();
                if (changed.Count > 0)
                {
                    failures.Enqueue($"a batch answered only with refusals or reads changed rows ({string.Join(", ", changed)}): "
                                     + string.Join(Environment.NewLine + "    ", answers.Select(a => $"{a.Status} {a.Request.Describe()}")));
                }
            }

            counts = after;
        }

        TestContext.Progress.WriteLine(
            $"Seed {seed}: {RequestsPerSeed} requests in {clock.Elapsed.TotalSeconds:0} s ({(Process.GetCurrentProcess().TotalProcessorTime - processor).TotalSeconds:0} s of processor time); {watchedBatches} batches of refusals watched for writes; statuses "
            + string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}×{s.Value}")));

        var lines = factory.Logs.Lines.ToList();
        foreach (var line in lines.Where(l => l.StartsWith("Error ", StringComparison.Ordinal) || l.StartsWith("Critical ", StringComparison.Ordinal)).Take(10))
        {
            failures.Enqueue($"logged as an error although every answer was right: {Shorten(line)}");
        }

        foreach (var line in lines.Where(l => !l.StartsWith("Error ", StringComparison.Ordinal) && l.Contains("\n   at ", StringComparison.Ordinal)).Take(10))
        {
            failures.Enqueue($"logged a stack trace for a client's mistake: {Shorten(line)}");
        }

        foreach (var line in lines.Where(l => world.ChildNames.Any(n => l.Contains(n, StringComparison.OrdinalIgnoreCase)
                                                                      || l.Contains(n.Split(' ')[^1], StringComparison.Ordinal))).Take(10))
        {
            failures.Enqueue($"logged a child's name: {Shorten(line)}");
        }

        if (!failures.IsEmpty)
        {
            var report = Path.Combine(TestContext.CurrentContext.WorkDirectory, $"fuzz-failures-{seed}.txt");
            await File.WriteAllLinesAsync(report, failures);
            TestContext.AddTestAttachment(report);
            Assert.Fail($"{failures.Count} problems (all of them in {report}), the first:{Environment.NewLine}"
                        + string.Join(Environment.NewLine, failures.Take(30)) + Environment.NewLine + Reproduce(seed));
        }

        statuses.Keys.Should().NotContain(s => s >= 500, Reproduce(seed));
        statuses.Values.Sum().Should().Be(RequestsPerSeed);
        statuses.Keys.Should().Contain(s => s >= 200 && s < 300, "plausible requests reach the use cases too");

        foreach (var client in clients.Values)
        {
            client.Dispose();
        }
    }

    private static string Reproduce(int seed) =>
        $"the seed was {seed}: send the same requests again with {SeedVariable}={seed} dotnet test tests/PanelCaseManager.Web.Tests --filter \"FullyQualifiedName~BadInputFuzzTests\"";

    private static async Task<(FuzzRequest Request, int Status, string? Problem)> SendAsync(HttpClient client, FuzzRequest request)
    {
        using var message = new HttpRequestMessage(new HttpMethod(request.Method), request.Path);
        if (request.Body is not null)
        {
            message.Content = new ByteArrayContent(request.Body);
            message.Content.Headers.ContentType = null;
            if (request.ContentType is not null)
            {
                message.Content.Headers.TryAddWithoutValidation("Content-Type", request.ContentType);
            }
        }

        foreach (var (name, value) in request.Headers)
        {
            message.Headers.TryAddWithoutValidation(name, value);
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        HttpResponseMessage response;
        try
        {
            response = await client.SendAsync(message, timeout.Token);
        }
        catch (Exception exception) when (exception is HttpRequestException or OperationCanceledException or InvalidOperationException)
        {
            return (request, 599, $"no answer ({exception.GetType().Name}: {exception.Message})");
        }

        using (response)
        {
            var status = (int)response.StatusCode;
            if (status >= 500)
            {
                return (request, status, $"answered {status} {Shorten(await response.Content.ReadAsStringAsync())}");
            }

            if (status < 400)
            {
                return (request, status, null);
            }

            var body = await response.Content.ReadAsStringAsync();
            if (response.Content.Headers.ContentType?.MediaType != "application/problem+json")
            {
                return (request, status, $"answered {status} as {response.Content.Headers.ContentType?.MediaType ?? "nothing"}, not problem details");
            }

            try
            {
                var problem = JsonDocument.Parse(body).RootElement;
                if (!problem.TryGetProperty("status", out var s) || s.GetInt32() != status)
                {
                    return (request, status, $"answered {status} with problem details of another status: {Shorten(body)}");
                }

                if (status == 400 && !(problem.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Object && errors.EnumerateObject().Any()))
                {
                    return (request, status, $"answered 400 without naming a field in errors: {Shorten(body)}");
                }

                if (!problem.TryGetProperty("traceId", out _))
                {
                    return (request, status, $"answered {status} without a traceId: {Shorten(body)}");
                }
            }
            catch (JsonException)
            {
                return (request, status, $"answered {status} with problem details that are not JSON: {Shorten(body)}");
            }

            return (request, status, null);
        }
    }

    /// <summary>Which roles each operation's policies let in, from the app's own endpoints and policies.</summary>
    private static async Task<HashSet<(string Operation, string Role)>> AllowedRolesAsync(IServiceProvider services)
    {
        var authorization = services.GetRequiredService<IAuthorizationService>();
        var allowed = new HashSet<(string, string)>();
        foreach (var endpoint in services.GetRequiredService<EndpointDataSource>().Endpoints)
        {
            if (endpoint.Metadata.GetMetadata<IEndpointNameMetadata>() is not { } name)
            {
                continue;
            }

            var policies = endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy).OfType<string>().ToList();
            foreach (var (role, persona) in Roles)
            {
                if (persona is null)
                {
                    continue;
                }

                var principal = PanelClaimTypes.PrincipalFor(persona.ToAccount(), "Fuzz");
                var results = await Task.WhenAll(policies.Select(p => authorization.AuthorizeAsync(principal, null, p)));
                if (results.All(r => r.Succeeded))
                {
                    allowed.Add((name.EndpointName, role));
                }
            }
        }

        return allowed;
    }

    /// <summary>The cases each role finds in its own list: the staff's list of requests, a family's own requests.</summary>
    private static async Task<Dictionary<string, IReadOnlyList<Guid>>> VisibleCasesAsync(Dictionary<string, HttpClient> clients)
    {
        var visible = new Dictionary<string, IReadOnlyList<Guid>>();
        foreach (var (role, client) in clients)
        {
            using var response = await client.GetAsync(new Uri(role == "family" ? "/api/v1/family/cases" : "/api/v1/placement-requests?pageSize=100", UriKind.Relative));
            if (!response.IsSuccessStatusCode)
            {
                continue;
            }

            var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
            var items = json.ValueKind == JsonValueKind.Array ? json : json.GetProperty("items");
            visible[role] = items.EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).ToList();
        }

        return visible;
    }

    private static bool Declares(JsonElement document, FuzzRequest request, int status) =>
        document.GetProperty("paths").GetProperty(request.PathTemplate).GetProperty(request.Method.ToLowerInvariant())
            .GetProperty("responses").TryGetProperty(status.ToString(CultureInfo.InvariantCulture), out _);

    /// <summary>Every table of the model but the audit trail's, which records refusals too.</summary>
    private static async Task<IReadOnlyList<string>> TablesAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PanelDbContext>();
        return db.Model.GetEntityTypes().Select(t => t.GetTableName()).OfType<string>().Distinct()
            .Where(t => !t.StartsWith(AuditTablePrefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
    }

    private static async Task<Dictionary<string, long>> CountRowsAsync(IServiceProvider services, IReadOnlyList<string> tables)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PanelDbContext>();
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        try
        {
            await using var command = connection.CreateCommand();
#pragma warning disable CA2100 // The table names come from the EF Core model, not from input.
            command.CommandText = "SELECT " + string.Join(", ", tables.Select(t => $"(SELECT COUNT(*) FROM \"{t}\")"));
#pragma warning restore CA2100
            await using var reader = await command.ExecuteReaderAsync();
            await reader.ReadAsync();
            return tables.Select((t, i) => (t, reader.GetInt64(i))).ToDictionary(x => x.t, x => x.Item2);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static string Shorten(string text) => text.Length <= 600 ? text : text[..600] + "…";
}
