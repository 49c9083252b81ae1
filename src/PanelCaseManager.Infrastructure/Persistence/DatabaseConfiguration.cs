using System.Data.Common;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Npgsql;

namespace PanelCaseManager.Infrastructure.Persistence;

/// <summary>
/// Reads "Database:Provider" and the connection string together and refuses, at start-up and in words an
/// operator can act on, a provider it does not know or a connection string written for another provider.
/// </summary>
public static class DatabaseConfiguration
{
    private const string DefaultSqliteConnectionString = "Data Source=App_Data/panelcasemanager.db";

    public static DatabaseProvider ProviderFrom(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var configured = configuration[$"{DatabaseOptions.Section}:{nameof(DatabaseOptions.Provider)}"];
        if (string.IsNullOrWhiteSpace(configured))
        {
            return DatabaseProvider.Sqlite;
        }

        return Enum.TryParse<DatabaseProvider>(configured.Trim(), ignoreCase: true, out var provider) && Enum.IsDefined(provider)
            ? provider
            : throw new InvalidOperationException(
                $"Database:Provider is '{configured}', which this service does not support. Use one of {string.Join(", ", Enum.GetNames<DatabaseProvider>())}.");
    }

    /// <summary>The connection string, checked against the provider that is to use it.</summary>
    /// <param name="contentRoot">Where a relative SQLite file path is resolved from.</param>
    public static string ConnectionStringFor(DatabaseProvider provider, IConfiguration configuration, string contentRoot)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var configured = configuration.GetConnectionString(DatabaseOptions.ConnectionStringName);
        if (provider == DatabaseProvider.Sqlite)
        {
            return DependencyInjection.SqliteConnectionString(Checked(provider, configured ?? DefaultSqliteConnectionString, s => new SqliteConnectionStringBuilder(s), _ => true), contentRoot);
        }

        if (string.IsNullOrWhiteSpace(configured))
        {
            throw new InvalidOperationException(
                $"Database:Provider is {provider} but ConnectionStrings:{DatabaseOptions.ConnectionStringName} is not set. Give the {provider} server's connection string, or leave Database:Provider unset for the embedded SQLite database.");
        }

        return provider switch
        {
            DatabaseProvider.PostgreSql => Checked(provider, configured, s => new NpgsqlConnectionStringBuilder(s), b => !string.IsNullOrWhiteSpace(((NpgsqlConnectionStringBuilder)b).Host)),
            DatabaseProvider.SqlServer => Checked(provider, configured, s => new SqlConnectionStringBuilder(s), b => !string.IsNullOrWhiteSpace(((SqlConnectionStringBuilder)b).DataSource)),
            _ => throw new InvalidOperationException($"Database:Provider '{provider}' is not supported."),
        };
    }

    /// <summary>Applies the provider to EF Core's options: its migrations assembly, single queries, and tries again on transient failures of a server.</summary>
    public static void Use(DbContextOptionsBuilder options, DatabaseProvider provider, string connectionString, DatabaseOptions settings)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(settings);
        switch (provider)
        {
            case DatabaseProvider.SqlServer:
                options.UseSqlServer(connectionString, sql => sql.MigrationsAssembly(DatabaseOptions.SqlServerMigrationsAssembly)
                    .EnableRetryOnFailure(settings.MaxRetryCount, settings.MaxRetryDelay, errorNumbersToAdd: null)
                    .UseQuerySplittingBehavior(QuerySplittingBehavior.SingleQuery));
                break;
            case DatabaseProvider.PostgreSql:
                options.UseNpgsql(connectionString, npgsql => npgsql.MigrationsAssembly(DatabaseOptions.PostgreSqlMigrationsAssembly)
                    .EnableRetryOnFailure(settings.MaxRetryCount, settings.MaxRetryDelay, errorCodesToAdd: null)
                    .UseQuerySplittingBehavior(QuerySplittingBehavior.SingleQuery));
                break;
            case DatabaseProvider.Sqlite:
                options.UseSqlite(connectionString, sqlite => sqlite.MigrationsAssembly(DatabaseOptions.SqliteMigrationsAssembly)
                    .UseQuerySplittingBehavior(QuerySplittingBehavior.SingleQuery));
                break;
            default:
                throw new InvalidOperationException($"Database:Provider '{provider}' is not supported.");
        }
    }

    private static string Checked(DatabaseProvider provider, string connectionString, Func<string, DbConnectionStringBuilder> parse, Func<DbConnectionStringBuilder, bool> namesTheDatabase)
    {
        DbConnectionStringBuilder builder;
        try
        {
            builder = parse(connectionString);
        }
        catch (Exception exception) when (exception is ArgumentException or FormatException or KeyNotFoundException)
        {
            throw new InvalidOperationException(
                $"ConnectionStrings:{DatabaseOptions.ConnectionStringName} is not a {provider} connection string ({exception.Message}). " +
                $"Database:Provider is {provider}: set it to the provider the connection string is written for ({string.Join(", ", Enum.GetNames<DatabaseProvider>())}), or give a {provider} connection string.",
                exception);
        }

        return namesTheDatabase(builder)
            ? connectionString
            : throw new InvalidOperationException(
                $"ConnectionStrings:{DatabaseOptions.ConnectionStringName} names no {provider} server. Database:Provider is {provider}: set it to the provider the connection string is written for, or give a {provider} connection string.");
    }
}
