using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PanelCaseManager.Application.Persistence;

namespace PanelCaseManager.Infrastructure.Persistence;

/// <summary>Brings the database to the current schema at start-up, when configured to, and sets SQLite to write-ahead logging.</summary>
public sealed partial class DatabaseInitialiser(PanelDbContext db, IOptions<DatabaseOptions> options, ILogger<DatabaseInitialiser> logger)
{
    /// <param name="migrate">Migrate whatever Database:MigrateOnStartup says (the migration job of a deployment whose replicas do not).</param>
    public async Task InitialiseAsync(CancellationToken cancellationToken, bool migrate = false)
    {
        if (options.Value.Provider == DatabaseProvider.Sqlite)
        {
            // WAL lets readers carry on while a command commits; the setting is stored in the database file.
            await db.Database.OpenConnectionAsync(cancellationToken);
            try
            {
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
            }
            finally
            {
                await db.Database.CloseConnectionAsync();
            }
        }

        if (!options.Value.MigrateOnStartup && !migrate)
        {
            return;
        }

        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        if (pending.Count > 0)
        {
            var names = string.Join(", ", pending);
            LogMigrating(logger, pending.Count, names);
            await db.Database.MigrateAsync(cancellationToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Applying {Count} database migration(s): {Migrations}")]
    private static partial void LogMigrating(ILogger logger, int count, string migrations);
}
