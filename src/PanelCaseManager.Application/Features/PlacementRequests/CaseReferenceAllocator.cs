using Microsoft.EntityFrameworkCore;
using PanelCaseManager.Application.Persistence;
using PanelCaseManager.Domain.PlacementRequests;

namespace PanelCaseManager.Application.Features.PlacementRequests;

/// <summary>
/// Issues the next case reference of a year. The counter row is updated inside the command's transaction, so
/// concurrent submissions (on any number of app instances) queue on that row and never share a number, and a
/// rolled-back submission gives its number back.
/// </summary>
public sealed class CaseReferenceAllocator(PanelDbContext db)
{
    public async Task<CaseReference> NextAsync(int year, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("Case references are allocated inside the submitting command's transaction.");
        }

        // Creates the year's counter the first time it is needed. On PostgreSQL two first submissions of a year would
        // both find no row and one would fail on the key: ON CONFLICT makes the second wait for the first and skip.
        if (db.Database.ProviderName == "Npgsql.EntityFrameworkCore.PostgreSQL")
        {
            await db.Database.ExecuteSqlAsync(
                $"""INSERT INTO "ReferenceCounters" ("Year", "LastNumber") VALUES ({year}, 0) ON CONFLICT ("Year") DO NOTHING""",
                cancellationToken);
        }
        else
        {
            await db.Database.ExecuteSqlAsync(
                $"""INSERT INTO "ReferenceCounters" ("Year", "LastNumber") SELECT {year}, 0 WHERE NOT EXISTS (SELECT 1 FROM "ReferenceCounters" WHERE "Year" = {year})""",
                cancellationToken);
        }
        await db.ReferenceCounters.Where(c => c.Year == year)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.LastNumber, c => c.LastNumber + 1), cancellationToken);
        var number = await db.ReferenceCounters.Where(c => c.Year == year).Select(c => c.LastNumber).SingleAsync(cancellationToken);
        return CaseReference.Create(year, number);
    }
}
