using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;
using PanelCaseManager.Testing;

namespace PanelCaseManager.Benchmarks;

/// <summary>
/// Twenty clients submitting placement requests over HTTP to one instance of the built app, first on SQLite, then on
/// PostgreSQL (the server of scripts/test-services/postgres.sh, PCM_TEST_POSTGRES), for the same time each after a
/// warm-up; prints the throughput and latencies of each and their ratios.
///   dotnet build -c Release PanelCaseManager.sln
///   dotnet run -c Release --project tests/PanelCaseManager.Benchmarks -- http-load [seconds]
/// </summary>
internal static class HttpLoad
{
    private const int Clients = 20;

    public static async Task<int> RunAsync(string[] args)
    {
        var seconds = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 30;
        var server = Environment.GetEnvironmentVariable(TestDatabase.PostgresServerVariable)
                     ?? throw new InvalidOperationException($"{TestDatabase.PostgresServerVariable} is not set: start a server with scripts/test-services/postgres.sh start DIR and source DIR/postgres.env.");
        var work = Path.Combine(Path.GetTempPath(), "panelcasemanager-bench", $"http-{Guid.NewGuid():N}");
        Directory.CreateDirectory(work);
        var database = $"pcm_http_{Guid.NewGuid():N}";
        await ExecuteAsync(server, $"CREATE DATABASE \"{database}\"");
        try
        {
            var sqlite = await MeasureAsync("Sqlite", $"Data Source={Path.Combine(work, "load.db")}", work, seconds);
            var postgres = await MeasureAsync("PostgreSql", new NpgsqlConnectionStringBuilder(server) { Database = database }.ConnectionString, work, seconds);
            Console.WriteLine();
            Console.WriteLine($"| database | requests/s | p50 ms | p95 ms | p99 ms | non-201 |");
            Console.WriteLine($"|---|---|---|---|---|---|");
            foreach (var r in new[] { sqlite, postgres })
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {r.Provider} | {r.PerSecond:F1} | {r.P50:F1} | {r.P95:F1} | {r.P99:F1} | {r.Failures} |"));
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"PostgreSQL / SQLite: throughput {postgres.PerSecond / sqlite.PerSecond:F2}×, p50 latency {postgres.P50 / sqlite.P50:F2}×, p95 latency {postgres.P95 / sqlite.P95:F2}×"));
            return sqlite.Failures + postgres.Failures == 0 ? 0 : 1;
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await ExecuteAsync(server, $"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)");
            Directory.Delete(work, recursive: true);
        }
    }

    private sealed record Result(string Provider, double PerSecond, double P50, double P95, double P99, int Failures);

    private static async Task<Result> MeasureAsync(string provider, string connectionString, string work, int seconds)
    {
        using var app = new AppInstance($"load-{provider}", new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["Database__Provider"] = provider,
            ["ConnectionStrings__PanelCaseManager"] = connectionString,
            ["DemoData__Enabled"] = "true",
            ["DemoData__Cases"] = "0",
            ["DocumentStore__RootPath"] = Path.Combine(work, $"documents-{provider}"),
            ["AuditTrail__KeyFile"] = Path.Combine(work, $"audit-keys-{provider}.json"),
            ["AuditTrail__CheckpointFolder"] = Path.Combine(work, $"audit-checkpoints-{provider}"),
            ["RateLimits__SignInPerMinute"] = "100000",
            ["Logging__LogLevel__Default"] = "Warning",
            ["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Information",
        });
        app.Start();
        await app.WaitUntilListeningAsync(TimeSpan.FromMinutes(2));
        using var http = new HttpClient { BaseAddress = app.BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
        var token = (await (await http.PostAsJsonAsync("/dev/token", new { persona = "send-officer" })).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

        await RunClientsAsync(http, TimeSpan.FromSeconds(5), provider + "-warm");
        var (latencies, failures, elapsed) = await RunClientsAsync(http, TimeSpan.FromSeconds(seconds), provider);
        latencies.Sort();
        double At(double q) => latencies[Math.Min(latencies.Count - 1, (int)(q * latencies.Count))];
        var result = new Result(provider, latencies.Count / elapsed.TotalSeconds, At(0.50), At(0.95), At(0.99), failures);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{provider}: {latencies.Count} submissions in {elapsed.TotalSeconds:F1} s by {Clients} clients"));
        return result;
    }

    private static async Task<(List<double> Latencies, int Failures, TimeSpan Elapsed)> RunClientsAsync(HttpClient http, TimeSpan duration, string prefix)
    {
        var latencies = new List<double>();
        var failures = 0;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, Clients).Select(client => Task.Run(async () =>
        {
            for (var n = 0; clock.Elapsed < duration; n++)
            {
                var started = Stopwatch.GetTimestamp();
                using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/placement-requests") { Content = JsonContent.Create(Body()) };
                request.Headers.Add("Idempotency-Key", $"{prefix}-{client}-{n}");
                using var response = await http.SendAsync(request);
                var ms = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                lock (latencies)
                {
                    if (response.StatusCode == HttpStatusCode.Created)
                    {
                        latencies.Add(ms);
                    }
                    else
                    {
                        failures++;
                    }
                }
            }
        })));
        return (latencies, failures, clock.Elapsed);
    }

    private static object Body() => new
    {
        child = new { givenName = "Ffion", familyName = "Llewelyn-Jones", dateOfBirth = "2016-03-14", postcode = "SG1 2AB" },
        type = "NewPlan",
        receivedDate = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-3).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        primaryNeed = "ASD",
        secondaryNeed = "SLCN",
        needLevels = new { communicationAndInteraction = 3, cognitionAndLearning = 2, socialEmotionalAndMentalHealth = 1, sensoryAndPhysical = 0 },
        preferences = new[] { new { rank = 1, kind = "NamedSetting", settingName = "Brookside Special School", settingUrn = "117660", reasons = "Small classes, close to home." } },
        assignedOfficerId = "send-officer",
    };

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}
