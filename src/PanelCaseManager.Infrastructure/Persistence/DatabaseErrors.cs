using System.Data.Common;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using PanelCaseManager.Application.Common;

namespace PanelCaseManager.Infrastructure.Persistence;

internal sealed class DatabaseErrors : IDatabaseErrors
{
    private const int SqliteConstraint = 19;
    private const int SqlServerDuplicateKey = 2627;
    private const int SqlServerDuplicateIndexKey = 2601;

    public bool IsUniqueViolation(DbUpdateException exception) => exception?.InnerException switch
    {
        SqliteException sqlite => sqlite.SqliteErrorCode == SqliteConstraint && sqlite.Message.Contains("UNIQUE", StringComparison.Ordinal),
        SqlException sqlServer => sqlServer.Number is SqlServerDuplicateKey or SqlServerDuplicateIndexKey,
        PostgresException postgres => postgres.SqlState == PostgresErrorCodes.UniqueViolation,
        _ => false,
    };

    public bool IsUnavailable(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            switch (current)
            {
                // EF Core tried again as configured (Database:MaxRetryCount) and gave up.
                case RetryLimitExceededException:
                // The server is shutting down, starting up or out of connections; a connection failed or timed out.
                case PostgresException postgres when postgres.SqlState.StartsWith("57P", StringComparison.Ordinal) || postgres.SqlState.StartsWith("08", StringComparison.Ordinal) || postgres.SqlState == PostgresErrorCodes.TooManyConnections:
                case NpgsqlException { IsTransient: true } and not PostgresException:
                case SqlException { IsTransient: true }:
                    return true;
                case DbException:
                    return false;
            }
        }

        return false;
    }
}
