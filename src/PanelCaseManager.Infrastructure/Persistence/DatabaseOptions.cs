namespace PanelCaseManager.Infrastructure.Persistence;

public enum DatabaseProvider
{
    Sqlite,
    SqlServer,
}

/// <summary>Which database the service uses ("Database" in configuration) and whether it migrates it on start.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";
    public const string ConnectionStringName = "PanelCaseManager";
    public const string SqliteMigrationsAssembly = "PanelCaseManager.Migrations.Sqlite";
    public const string SqlServerMigrationsAssembly = "PanelCaseManager.Migrations.SqlServer";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Apply pending migrations at start-up. On for the embedded default; a DBA may prefer the SQL script.</summary>
    public bool MigrateOnStartup { get; set; } = true;
}
