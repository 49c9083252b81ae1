using System.Data.Common;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace PanelCaseManager.Infrastructure.Persistence;

/// <summary>
/// One instance at a time brings the database up to date at start-up (migrations, the default catalogue, the
/// demonstration data): every instance of a deployment may start at once, and only the first through the lock
/// finds an empty database. A lock of the database server's own (PostgreSQL's advisory lock, SQL Server's
/// application lock) is held on a connection of its own and dies with it, so a killed instance never leaves it held.
/// </summary>
public static class DatabaseStartupLock
{
    /// <summary>The advisory lock's key: any number the deployment's other users of the database do not use.</summary>
    private const long PostgresKey = 0x50434D5F53544152; // "PCM_STAR"
    private const string SqlServerResource = "PanelCaseManager start-up";

    public static async Task<IAsyncDisposable> AcquireAsync(DatabaseProvider provider, string connectionString, CancellationToken cancellationToken) => provider switch
    {
        DatabaseProvider.PostgreSql => await ServerLock.AcquireAsync(
            new NpgsqlConnection(connectionString),
            $"SELECT pg_advisory_lock({PostgresKey})",
            $"SELECT pg_advisory_unlock({PostgresKey})",
            cancellationToken),
        DatabaseProvider.SqlServer => await ServerLock.AcquireAsync(
            new SqlConnection(connectionString),
            $"EXEC sp_getapplock @Resource = N'{SqlServerResource}', @LockMode = 'Exclusive', @LockOwner = 'Session', @LockTimeout = -1",
            $"EXEC sp_releaseapplock @Resource = N'{SqlServerResource}', @LockOwner = 'Session'",
            cancellationToken),
        DatabaseProvider.Sqlite => await FileLock.AcquireAsync(connectionString, cancellationToken),
        _ => throw new InvalidOperationException($"Database:Provider '{provider}' is not supported."),
    };

    private sealed class ServerLock(DbConnection connection, string release) : IAsyncDisposable
    {
        public static async Task<ServerLock> AcquireAsync(DbConnection connection, string acquire, string release, CancellationToken cancellationToken)
        {
            try
            {
                await connection.OpenAsync(cancellationToken);
                await using var command = connection.CreateCommand();
                command.CommandText = acquire;
                command.CommandTimeout = 0;
                await command.ExecuteNonQueryAsync(cancellationToken);
                return new ServerLock(connection, release);
            }
            catch
            {
                await connection.DisposeAsync();
                throw;
            }
        }

        public async ValueTask DisposeAsync()
        {
            try
            {
                await using var command = connection.CreateCommand();
                command.CommandText = release;
                await command.ExecuteNonQueryAsync();
            }
            finally
            {
                await connection.DisposeAsync();
            }
        }
    }

    /// <summary>SQLite: a file beside the database, opened for this process alone while it starts (and left there, so that nobody locks a deleted one).</summary>
    private sealed class FileLock(FileStream? file) : IAsyncDisposable
    {
        public static async Task<FileLock> AcquireAsync(string connectionString, CancellationToken cancellationToken)
        {
            var builder = new SqliteConnectionStringBuilder(connectionString);
            if (builder.Mode == SqliteOpenMode.Memory || builder.DataSource == ":memory:")
            {
                // A database in memory belongs to this process alone.
                return new FileLock(null);
            }

            var path = builder.DataSource + ".startup-lock";
            while (true)
            {
                try
                {
                    return new FileLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
                }
                catch (IOException)
                {
                    await Task.Delay(TimeSpan.FromMilliseconds(200), cancellationToken);
                }
            }
        }

        public ValueTask DisposeAsync()
        {
            file?.Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
