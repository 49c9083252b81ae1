using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using PanelCaseManager.Application.Persistence;
using PanelCaseManager.Infrastructure.Persistence;
using PanelCaseManager.Testing;

namespace PanelCaseManager.Application.Tests.Persistence;

public class MigrationTests
{
    private static PanelDbContext SqlServerContext() => new(new DbContextOptionsBuilder<PanelDbContext>()
        .UseSqlServer("Server=unused;Database=PanelCaseManager;Trusted_Connection=True", o => o.MigrationsAssembly(DatabaseOptions.SqlServerMigrationsAssembly))
        .Options);

    private static PanelDbContext PostgreSqlContext() => new(new DbContextOptionsBuilder<PanelDbContext>()
        .UseNpgsql("Host=unused;Database=panelcasemanager", o => o.MigrationsAssembly(DatabaseOptions.PostgreSqlMigrationsAssembly))
        .Options);

    [Test]
    public void The_sqlite_migrations_match_the_model()
    {
        using var db = new PanelDbContext(new DbContextOptionsBuilder<PanelDbContext>()
            .UseSqlite("Data Source=unused.db", o => o.MigrationsAssembly(DatabaseOptions.SqliteMigrationsAssembly))
            .Options);

        db.Database.HasPendingModelChanges().Should().BeFalse("run db-migrations/add-migration.sh after changing the model");
    }

    [Test]
    public void The_sql_server_migrations_match_the_model()
    {
        using var db = SqlServerContext();

        db.Database.HasPendingModelChanges().Should().BeFalse("run db-migrations/add-migration.sh after changing the model");
    }

    [Test]
    public void The_postgresql_migrations_match_the_model()
    {
        using var db = PostgreSqlContext();

        db.Database.HasPendingModelChanges().Should().BeFalse("run db-migrations/add-migration.sh after changing the model");
    }

    [Test]
    public void The_sql_server_script_for_dbas_is_regenerated_from_the_migrations()
    {
        using var db = SqlServerContext();
        var expected = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);
        var scriptPath = Path.Combine(RepositoryRoot(), "db-migrations", "sqlserver", "PanelCaseManager.sql");

        Normalise(File.ReadAllText(scriptPath)).Should().Be(Normalise(expected), "run db-migrations/script-sql.sh after adding a migration");
    }

    [Test]
    public void The_postgresql_script_for_dbas_is_regenerated_from_the_migrations()
    {
        using var db = PostgreSqlContext();
        var expected = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);
        var scriptPath = Path.Combine(RepositoryRoot(), "db-migrations", "postgresql", "PanelCaseManager.sql");

        Normalise(File.ReadAllText(scriptPath)).Should().Be(Normalise(expected), "run db-migrations/script-sql.sh after adding a migration");
    }

    [Test]
    public void Every_provider_has_the_same_migrations_by_name_after_the_postgresql_baseline()
    {
        // PostgreSQL joined with one migration holding the whole model; from then on every provider gets each migration.
        static IReadOnlyList<string> Names(PanelDbContext db) => db.Database.GetMigrations().Select(id => id[(id.IndexOf('_', StringComparison.Ordinal) + 1)..]).ToList();
        using var sqlite = new PanelDbContext(new DbContextOptionsBuilder<PanelDbContext>()
            .UseSqlite("Data Source=unused.db", o => o.MigrationsAssembly(DatabaseOptions.SqliteMigrationsAssembly)).Options);
        using var sqlServer = SqlServerContext();
        using var postgres = PostgreSqlContext();
        var postgresNames = Names(postgres);
        var afterBaseline = postgresNames.Skip(1).ToList();

        postgresNames[0].Should().Be("InitialCreate");
        Names(sqlServer).Should().Equal(Names(sqlite));
        Names(sqlite).TakeLast(afterBaseline.Count).Should().Equal(afterBaseline, "db-migrations/add-migration.sh adds each migration to every provider");
    }

    [Test]
    public async Task Migrating_an_empty_database_builds_the_schema_and_on_sqlite_turns_on_write_ahead_logging()
    {
        using var database = TestDatabase.CreateEmpty();
        await using var db = database.OpenContext();
        var initialiser = new DatabaseInitialiser(db, Options.Create(new DatabaseOptions { Provider = database.DatabaseProvider }), NullLogger<DatabaseInitialiser>.Instance);

        await initialiser.InitialiseAsync(CancellationToken.None);

        (await db.Database.GetPendingMigrationsAsync()).Should().BeEmpty();
        (await db.Database.GetAppliedMigrationsAsync()).Should().Equal(db.Database.GetMigrations());
        if (database.DatabaseProvider == DatabaseProvider.Sqlite)
        {
            await using var connection = new SqliteConnection(database.ConnectionString);
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA journal_mode;";
            (await command.ExecuteScalarAsync()).Should().Be("wal");
        }
    }

    private static string Normalise(string script) => script.Replace("\r\n", "\n", StringComparison.Ordinal).Trim();

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "PanelCaseManager.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("The tests run inside the repository.");
    }
}
