using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PanelCaseManager.Application.Features.Letters;
using PanelCaseManager.Application.Persistence;

namespace PanelCaseManager.Infrastructure.Persistence;

/// <summary>
/// Brings the database to the current schema at start-up, when configured to, and sets SQLite to write-ahead logging;
/// then, on an up-to-date database, adds the letter wording shipped with this version (<see cref="ShippedLetterWording"/>).
/// </summary>
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

        // An empty database has no history table: every migration is pending (asking the table would fail, and be logged as an error).
        var pending = await db.GetService<IHistoryRepository>().ExistsAsync(cancellationToken)
            ? (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList()
            : db.Database.GetMigrations().ToList();
        if (pending.Count > 0 && (options.Value.MigrateOnStartup || migrate))
        {
            var names = string.Join(", ", pending);
            LogMigrating(logger, pending.Count, names);
            await db.Database.MigrateAsync(cancellationToken);
        }
        else if (pending.Count > 0)
        {
            // A DBA runs the script; until then the schema is not this version's, so nothing is written to it.
            LogNotMigrated(logger, pending.Count);
            return;
        }

        var added = await ShippedLetterWording.EnsureAsync(db, cancellationToken);
        if (added > 0)
        {
            LogWordingAdded(logger, added);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Count} database migration(s) are not applied and migrating at start-up is off: the letter wording shipped with this version is added once they are")]
    private static partial void LogNotMigrated(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Information, Message = "Added the wording shipped with this version as the current version of {Count} letter template(s)")]
    private static partial void LogWordingAdded(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Information, Message = "Applying {Count} database migration(s): {Migrations}")]
    private static partial void LogMigrating(ILogger logger, int count, string migrations);
}
