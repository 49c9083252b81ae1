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

    [Test]
    public void The_sqlite_migrations_match_the_model()
    {
        using var database = TestDatabase.CreateEmpty();
        using var db = database.OpenContext();

        db.Database.HasPendingModelChanges().Should().BeFalse("run db-migrations/add-migration.sh after changing the model");
    }

    [Test]
    public void The_sql_server_migrations_match_the_model()
    {
        using var db = SqlServerContext();

        db.Database.HasPendingModelChanges().Should().BeFalse("run db-migrations/add-migration.sh after changing the model");
    }

    [Test]
    public void The_sql_server_script_for_dbas_is_regenerated_from_the_migrations()
    {
        using var db = SqlServerContext();
        var expected = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);
        var scriptPath = Path.Combine(RepositoryRoot(), "db-migrations", "sqlserver", "PanelCaseManager.sql");

        Normalise(File.ReadAllText(scriptPath)).Should().Be(Normalise(expected), "run db-migrations/script-sqlserver.sh after adding a migration");
    }

    [Test]
    public async Task Migrating_an_empty_database_builds_the_schema_and_turns_on_write_ahead_logging()
    {
        using var database = TestDatabase.CreateEmpty();
        await using var db = database.OpenContext();
        var initialiser = new DatabaseInitialiser(db, Options.Create(new DatabaseOptions()), NullLogger<DatabaseInitialiser>.Instance);

        await initialiser.InitialiseAsync(CancellationToken.None);

        (await db.Database.GetPendingMigrationsAsync()).Should().BeEmpty();
        await using var connection = new SqliteConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode;";
        (await command.ExecuteScalarAsync()).Should().Be("wal");
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
