using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using PanelCaseManager.Application.Features.Letters;
using PanelCaseManager.Application.Persistence;
using PanelCaseManager.Infrastructure.DemoData;
using PanelCaseManager.Infrastructure.Persistence;

namespace PanelCaseManager.Testing;

/// <summary>
/// A real database per test or fixture, created from a template that was migrated (not EnsureCreated), given the shipped letter wording and the
/// personas once per test run, so every test starts from the same known state fast. SQLite by default (a file copied
/// from the template); PostgreSQL when the test run says so (<c>PCM_TEST_PROVIDER=PostgreSql</c>, with the server in
/// <c>PCM_TEST_POSTGRES</c>, as scripts/test.sh sets them): a database made with <c>CREATE DATABASE … TEMPLATE</c>.
/// </summary>
public sealed class TestDatabase : IDisposable
{
    public const string ProviderVariable = "PCM_TEST_PROVIDER";
    public const string PostgresServerVariable = "PCM_TEST_POSTGRES";

    private static readonly Lazy<string> SqliteTemplate = new(CreateSqliteTemplate);
    private static readonly Lazy<string> PostgresTemplate = new(CreatePostgresTemplate);

    private readonly string? _postgresName;

    private TestDatabase(string? filePath, string connectionString, string? postgresName)
    {
        FilePath = filePath;
        ConnectionString = connectionString;
        _postgresName = postgresName;
    }

    /// <summary>The provider this test run proves the application on.</summary>
    public static DatabaseProvider Provider { get; } = ProviderOfThisRun();

    public static bool IsPostgreSql => Provider == DatabaseProvider.PostgreSql;

    /// <summary>The SQLite file (null on PostgreSQL).</summary>
    public string? FilePath { get; }

    public string ConnectionString { get; }

    /// <summary>The embedded default's audit key for this database, outside it (docs/adr/0196).</summary>
    public string AuditKeyFile => SidePath + ".audit-keys.json";

    /// <summary>Where checkpoints of this database's audit trail are kept.</summary>
    public string AuditCheckpointFolder => SidePath + ".audit-checkpoints";

    /// <summary>Where files that belong with this database are kept: beside the SQLite file, or in the temp folder under the PostgreSQL database's name.</summary>
    private string SidePath => FilePath ?? Path.Combine(Path.GetTempPath(), "panelcasemanager-tests", _postgresName!);

    /// <summary>What an application instance is configured with to use this database.</summary>
    public IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Database:Provider"] = DatabaseProvider.ToString(),
        ["ConnectionStrings:PanelCaseManager"] = ConnectionString,
    };

    public static TestDatabase Create() => Create(Provider);

    /// <summary>A database of the given provider whatever this run proves, for benchmarks that set providers side by side.</summary>
    public static TestDatabase Create(DatabaseProvider provider)
    {
        if (provider == DatabaseProvider.PostgreSql)
        {
            return CreatePostgres(PostgresTemplate.Value);
        }

        var path = NewSqlitePath();
        File.Copy(SqliteTemplate.Value, path);
        return new TestDatabase(path, SqliteConnectionString(path), null);
    }

    /// <summary>A SQLite database file that already exists, such as one a benchmark built; whoever made it removes it.</summary>
    public static TestDatabase Open(string path) => new(path, SqliteConnectionString(path), null);

    /// <summary>An empty database, for tests of migrating from nothing and for hosts that migrate at start-up.</summary>
    public static TestDatabase CreateEmpty()
    {
        if (IsPostgreSql)
        {
            return CreatePostgres(template: null);
        }

        var path = NewSqlitePath();
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return new TestDatabase(path, SqliteConnectionString(path), null);
    }

    /// <summary>An empty SQLite database whatever the run's provider: for tests that arrange rows in SQLite's own terms.</summary>
    public static TestDatabase CreateEmptySqlite()
    {
        var path = NewSqlitePath();
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return new TestDatabase(path, SqliteConnectionString(path), null);
    }

    /// <summary>This database's provider.</summary>
    public DatabaseProvider DatabaseProvider => _postgresName is null ? DatabaseProvider.Sqlite : DatabaseProvider.PostgreSql;

    public PanelDbContext OpenContext() => new(Options(DatabaseProvider, ConnectionString));

    /// <summary>A plain connection of the provider's own, for tests that go under the application (to tamper with a row).</summary>
    public DbConnection OpenConnection()
    {
        DbConnection connection = _postgresName is not null ? new NpgsqlConnection(ConnectionString) : new SqliteConnection(ConnectionString);
        connection.Open();
        return connection;
    }

    public static DbContextOptions<PanelDbContext> Options(DatabaseProvider provider, string connectionString)
    {
        var builder = new DbContextOptionsBuilder<PanelDbContext>();
        DatabaseConfiguration.Use(builder, provider, connectionString, new DatabaseOptions());
        return builder.Options;
    }

    public void Dispose()
    {
        File.Delete(AuditKeyFile);
        if (Directory.Exists(AuditCheckpointFolder))
        {
            Directory.Delete(AuditCheckpointFolder, recursive: true);
        }

        if (_postgresName is not null)
        {
            NpgsqlConnection.ClearPool(new NpgsqlConnection(ConnectionString));
            PostgresDrops.Enqueue(_postgresName);
            return;
        }

        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { FilePath!, FilePath + "-wal", FilePath + "-shm" })
        {
            File.Delete(file);
        }
    }

    private static DatabaseProvider ProviderOfThisRun()
    {
        var configured = Environment.GetEnvironmentVariable(ProviderVariable);
        if (string.IsNullOrWhiteSpace(configured))
        {
            return DatabaseProvider.Sqlite;
        }

        var provider = Enum.Parse<DatabaseProvider>(configured, ignoreCase: true);
        if (provider == DatabaseProvider.PostgreSql && string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(PostgresServerVariable)))
        {
            throw new InvalidOperationException($"{ProviderVariable} is PostgreSql but {PostgresServerVariable} does not name a server: start one with scripts/test-services/postgres.sh.");
        }

        return provider is DatabaseProvider.Sqlite or DatabaseProvider.PostgreSql
            ? provider
            : throw new InvalidOperationException($"{ProviderVariable} is {provider}; the tests run on Sqlite or PostgreSql.");
    }

    private static string NewSqlitePath() => Path.Combine(Path.GetTempPath(), "panelcasemanager-tests", $"{Guid.NewGuid():N}.db");

    private static string SqliteConnectionString(string path) => $"Data Source={path}";

    private static string CreateSqliteTemplate()
    {
        var directory = Path.Combine(Path.GetTempPath(), "panelcasemanager-tests");
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, $"template-{Guid.NewGuid():N}.db");
        var template = new TestDatabase(path, SqliteConnectionString(path), null);
        using (var db = template.OpenContext())
        {
            db.Database.Migrate();
            // As the service does at start-up once migrated: the letter wording shipped with this version.
            ShippedLetterWording.EnsureAsync(db, CancellationToken.None).GetAwaiter().GetResult();
            db.Users.AddRange(Personas.All.Select(p => p.ToAccount()));
            db.SaveChanges();
        }

        // Pooled connections keep the file open; release them so the copy holds everything.
        SqliteConnection.ClearAllPools();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => File.Delete(path);
        return path;
    }

    /// <summary>The server from the environment, as an administrator's connection string to another database.</summary>
    private static string PostgresConnectionString(string database) => new NpgsqlConnectionStringBuilder(Environment.GetEnvironmentVariable(PostgresServerVariable))
    {
        Database = database,
        IncludeErrorDetail = true,
    }.ConnectionString;

    private static TestDatabase CreatePostgres(string? template)
    {
        var name = $"pcm_test_{Guid.NewGuid():N}";
        ExecuteOnServer(template is null ? $"CREATE DATABASE \"{name}\"" : $"CREATE DATABASE \"{name}\" TEMPLATE \"{template}\"");
        return new TestDatabase(null, PostgresConnectionString(name), name);
    }

    private static string CreatePostgresTemplate()
    {
        var template = CreatePostgres(template: null);
        using (var db = template.OpenContext())
        {
            db.Database.Migrate();
            ShippedLetterWording.EnsureAsync(db, CancellationToken.None).GetAwaiter().GetResult();
            db.Users.AddRange(Personas.All.Select(p => p.ToAccount()));
            db.SaveChanges();
        }

        // A database is copied only while nobody is connected to it.
        NpgsqlConnection.ClearPool(new NpgsqlConnection(template.ConnectionString));
        return template._postgresName!;
    }

    /// <summary>Drops the databases tests are done with one after another, off the tests' path (a drop waits for a checkpoint).</summary>
    private static class PostgresDrops
    {
        private static readonly System.Threading.Channels.Channel<string> Queue = System.Threading.Channels.Channel.CreateUnbounded<string>();
        private static readonly Task Dropping = Task.Run(DropAllAsync);

        static PostgresDrops() => AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            Queue.Writer.TryComplete();
            Dropping.Wait(TimeSpan.FromSeconds(30));
        };

        public static void Enqueue(string database) => Queue.Writer.TryWrite(database);

        private static async Task DropAllAsync()
        {
            await foreach (var database in Queue.Reader.ReadAllAsync())
            {
                try
                {
                    ExecuteOnServer($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)");
                }
                catch (NpgsqlException)
                {
                    // The throwaway server is removed with everything on it when the test run ends.
                }
            }
        }
    }

    private static void ExecuteOnServer(string sql)
    {
        using var connection = new NpgsqlConnection(PostgresConnectionString("postgres"));
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
