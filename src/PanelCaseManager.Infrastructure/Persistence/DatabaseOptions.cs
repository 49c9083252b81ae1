namespace PanelCaseManager.Infrastructure.Persistence;

public enum DatabaseProvider
{
    Sqlite,
    SqlServer,
    PostgreSql,
}

/// <summary>Which database the service uses ("Database" in configuration) and whether it migrates it on start.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";
    public const string ConnectionStringName = "PanelCaseManager";
    public const string SqliteMigrationsAssembly = "PanelCaseManager.Migrations.Sqlite";
    public const string SqlServerMigrationsAssembly = "PanelCaseManager.Migrations.SqlServer";
    public const string PostgreSqlMigrationsAssembly = "PanelCaseManager.Migrations.PostgreSql";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Apply pending migrations at start-up. On for the embedded default; a DBA may prefer the SQL script, and replicas leave it to one job.</summary>
    public bool MigrateOnStartup { get; set; } = true;

    /// <summary>
    /// How often a command is tried again after a transient failure of a database server (a fail-over, a dropped
    /// connection) before the request is answered 503. Not used with SQLite, whose file cannot fail over.
    /// </summary>
    public int MaxRetryCount { get; set; } = 3;

    /// <summary>The longest wait between two of those tries.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(2);
}
