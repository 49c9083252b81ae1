using Microsoft.EntityFrameworkCore;
using PanelCaseManager.Application.Persistence;
using PanelCaseManager.Domain.Letters;
using PanelCaseManager.Domain.Users;

namespace PanelCaseManager.Application.Features.Letters;

/// <summary>
/// Brings the shipped wording into the database: for each letter and notice whose current shipped wording
/// (<see cref="DefaultLetterTemplates.Read"/>) is not yet one of its built-in versions, it is saved as the next
/// version, which every letter uses from then on; earlier versions, and the letters written from them, stay as they
/// were. Run at start-up once the database is migrated, so that every provider and every fresh database gets it
/// without hand-written SQL. Wording an administrator saved stays in the history; new shipped wording becomes current
/// because it follows the law (docs/adr/0124).
/// </summary>
public static class ShippedLetterWording
{
    /// <summary>When the wording now shipped was written: fixed, so that every instance records the same version.</summary>
    public static readonly DateTimeOffset WrittenAt = new(2026, 12, 7, 0, 0, 0, TimeSpan.Zero);

    public const string Note = "Wording shipped with the service (December 2026): decision letters say when the right of appeal arises; notices carry it.";

    /// <summary>Adds what is missing and saves it; returns the versions added. Another instance adding them at the same moment is not an error.</summary>
    public static async Task<int> EnsureAsync(PanelDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var added = await MissingAsync(db, cancellationToken);
        if (added.Count == 0)
        {
            return 0;
        }

        db.LetterTemplates.AddRange(added);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return added.Count;
        }
        catch (DbUpdateException)
        {
            // Another instance may have saved the same versions first (an outcome's versions are unique): then theirs
            // stand; anything else is a real failure.
            db.ChangeTracker.Clear();
            if ((await MissingAsync(db, cancellationToken)).Count > 0)
            {
                throw;
            }

            return 0;
        }
    }

    /// <summary>The next version of each letter whose shipped wording is not yet among its built-in versions.</summary>
    private static async Task<List<LetterTemplate>> MissingAsync(PanelDbContext db, CancellationToken cancellationToken)
    {
        var templates = await db.LetterTemplates.AsNoTracking().ToListAsync(cancellationToken);
        var missing = new List<LetterTemplate>();
        foreach (var outcome in Enum.GetValues<LetterOutcome>())
        {
            var shipped = DefaultLetterTemplates.Read(outcome);
            var versions = templates.Where(t => t.Outcome == outcome).ToList();
            if (versions.Any(t => t.SavedBy.Value == LetterTemplate.BuiltInAuthor && t.Body == shipped))
            {
                continue;
            }

            missing.Add(LetterTemplate.NextVersion(versions.MaxBy(t => t.Version), outcome, shipped, Note, new UserId(LetterTemplate.BuiltInAuthor), WrittenAt));
        }

        return missing;
    }
}
