using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;

namespace PanelCaseManager.Cluster.Tests;

/// <summary>
/// Two instances of the built app behind no shared state but the services a council gives them: one PostgreSQL
/// database and one Azurite (Azure Blob Storage) container, both started by scripts/test.sh
/// (scripts/test-services). The instances run in Development only for its sign-in by persona, with no demonstration
/// cases; everything else is configured as in production (PostgreSQL, Hangfire's PostgreSQL storage, blob documents,
/// data-protection keys in the database, migrations at start-up by whichever instance gets the lock first).
/// </summary>
internal sealed class Cluster : IAsyncDisposable
{
    public const string ServicesVariable = "PCM_TEST_SERVICES";
    public const string PostgresVariable = "PCM_TEST_POSTGRES";
    public const string AzuriteVariable = "PCM_TEST_AZURITE";

    private Cluster(string databaseName, string container)
    {
        DatabaseName = databaseName;
        Container = container;
        ConnectionString = new NpgsqlConnectionStringBuilder(Required(PostgresVariable)) { Database = databaseName, Timeout = 5 }.ConnectionString;
        Files = Path.Combine(Path.GetTempPath(), "panelcasemanager-cluster", databaseName);
        A = new AppInstance("instance-a", Environment(ConnectionString, Files));
        B = new AppInstance("instance-b", Environment(ConnectionString, Files));
    }

    public AppInstance A { get; }

    public AppInstance B { get; }

    public IReadOnlyList<AppInstance> Instances => [A, B];

    public string DatabaseName { get; }

    public string Container { get; }

    public string ConnectionString { get; }

    /// <summary>What belongs with the database outside it and every instance shares: the audit key and its checkpoints.</summary>
    public string Files { get; }

    public static string AzuriteConnectionString => Required(AzuriteVariable);

    public static bool ServicesAreRunning =>
        new[] { ServicesVariable, PostgresVariable, AzuriteVariable }.All(v => !string.IsNullOrEmpty(System.Environment.GetEnvironmentVariable(v)));

    /// <summary>An empty database and a container nobody else uses, and both instances started at the same moment.</summary>
    public static async Task<Cluster> StartAsync()
    {
        var cluster = new Cluster($"pcm_cluster_{Guid.NewGuid():N}", $"cluster-{Guid.NewGuid():N}");
        await using (var server = new NpgsqlConnection(Required(PostgresVariable)))
        {
            await server.OpenAsync();
            await using var create = server.CreateCommand();
            create.CommandText = $"CREATE DATABASE \"{cluster.DatabaseName}\"";
            await create.ExecuteNonQueryAsync();
        }

        cluster.A.Start();
        cluster.B.Start();
        await Task.WhenAll(cluster.A.WaitUntilListeningAsync(TimeSpan.FromMinutes(3)), cluster.B.WaitUntilListeningAsync(TimeSpan.FromMinutes(3)));
        return cluster;
    }

    /// <summary>The settings of an instance on a database, with the files that go with that database; a test may start one of its own with some changed.</summary>
    public Dictionary<string, string> Environment(string connectionString, string files) => new()
    {
        ["AuditTrail__KeyFile"] = Path.Combine(files, "audit-trail-keys.json"),
        ["AuditTrail__CheckpointFolder"] = Path.Combine(files, "audit-checkpoints"),
        ["ASPNETCORE_ENVIRONMENT"] = "Development",
        ["DOTNET_ENVIRONMENT"] = "Development",
        ["Database__Provider"] = "PostgreSql",
        ["Database__MigrateOnStartup"] = "true",
        ["Database__MaxRetryCount"] = "2",
        ["Database__MaxRetryDelay"] = "00:00:01",
        ["ConnectionStrings__PanelCaseManager"] = connectionString,
        ["DemoData__Enabled"] = "true",
        ["DemoData__Cases"] = "0",
        ["DocumentStore__Kind"] = "AzureBlob",
        ["DocumentStore__AzureBlob__ConnectionString"] = AzuriteConnectionString,
        ["DocumentStore__AzureBlob__Container"] = Container,
        ["DocumentStore__AzureBlob__MaxRetries"] = "1",
        ["DocumentStore__AzureBlob__NetworkTimeout"] = "00:00:10",
        ["RateLimits__SignInPerMinute"] = "100000",
        ["RateLimits__UploadsPerMinute"] = "100000",
        ["Logging__LogLevel__Default"] = "Information",
        ["Logging__LogLevel__Microsoft.AspNetCore"] = "Warning",
        ["Logging__LogLevel__Microsoft.EntityFrameworkCore"] = "Warning",
    };

    /// <summary>Stops, or starts again, a service of scripts/test-services ("postgres", "azurite") as a fault the test injects.</summary>
    public static async Task ServiceAsync(string service, string action)
    {
        var script = Path.Combine(Repository.Root, "scripts", "test-services", $"{service}.sh");
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(script);
        start.ArgumentList.Add(action);
        start.ArgumentList.Add(Required(ServicesVariable));
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{service}.sh {action} failed ({process.ExitCode}): {await output}{await errors}");
        }
    }

    /// <summary>The test's own look at the database, on a connection of its own each time (the server may have restarted since the last).</summary>
    private string UnpooledConnectionString => new NpgsqlConnectionStringBuilder(ConnectionString) { Pooling = false }.ConnectionString;

    public async Task<T> QueryAsync<T>(string sql)
    {
        await using var connection = new NpgsqlConnection(UnpooledConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.CommandTimeout = 120;
        return (T)Convert.ChangeType((await command.ExecuteScalarAsync())!, typeof(T), System.Globalization.CultureInfo.InvariantCulture);
    }

    public async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(UnpooledConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.CommandTimeout = 120;
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>A client of one instance signed in as a persona with a token from that instance's development sign-in.</summary>
    public static async Task<HttpClient> ClientAsync(AppInstance instance, string persona)
    {
        var client = new HttpClient { BaseAddress = instance.BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
        var response = await client.PostAsJsonAsync("/dev/token", new { persona });
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public static async Task WaitUntilReadyAsync(AppInstance instance, TimeSpan timeout)
    {
        using var client = new HttpClient { BaseAddress = instance.BaseAddress, Timeout = TimeSpan.FromSeconds(15) };
        var until = DateTime.UtcNow + timeout;
        while (true)
        {
            try
            {
                using var response = await client.GetAsync("/health/ready");
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException) when (DateTime.UtcNow < until)
            {
            }

            if (DateTime.UtcNow >= until)
            {
                throw new TimeoutException($"{instance.Name} was not ready within {timeout}.");
            }

            await Task.Delay(250);
        }
    }

    public async ValueTask DisposeAsync()
    {
        var logs = Path.Combine(TestContext.CurrentContext.WorkDirectory, "cluster-logs");
        Directory.CreateDirectory(logs);
        foreach (var instance in Instances)
        {
            instance.Dispose();
            await File.WriteAllLinesAsync(Path.Combine(logs, $"{instance.Name}.log"), instance.Log);
        }

        NpgsqlConnection.ClearAllPools();
        if (Directory.Exists(Files))
        {
            Directory.Delete(Files, recursive: true);
        }

        try
        {
            await using var server = new NpgsqlConnection(Required(PostgresVariable));
            await server.OpenAsync();
            await using var drop = server.CreateCommand();
            drop.CommandText = $"DROP DATABASE IF EXISTS \"{DatabaseName}\" WITH (FORCE)";
            await drop.ExecuteNonQueryAsync();
            await new Azure.Storage.Blobs.BlobContainerClient(AzuriteConnectionString, Container).DeleteIfExistsAsync();
        }
        catch (Exception exception) when (exception is NpgsqlException or Azure.RequestFailedException)
        {
            // The throwaway services are removed with everything in them when the test run ends.
        }
    }

    private static string Required(string variable) => System.Environment.GetEnvironmentVariable(variable) is { Length: > 0 } value
        ? value
        : throw new InvalidOperationException($"{variable} is not set: run the two-instance tests through scripts/test.sh, which starts the services.");
}
