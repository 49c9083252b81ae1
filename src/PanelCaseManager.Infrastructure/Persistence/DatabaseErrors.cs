using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
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
        _ => false,
    };
}
