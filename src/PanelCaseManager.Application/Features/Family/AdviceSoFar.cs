using Microsoft.EntityFrameworkCore;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Persistence;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Domain.PlacementRequests;

namespace PanelCaseManager.Application.Features.Family;

/// <summary>
/// The advice asked for on a case so far (SEND Regulations 2014 reg 6–8): how many requests, and how many have been
/// answered. What the family is told about advice comes from these counts, never from the stage alone.
/// </summary>
public readonly record struct AdviceSoFar(int Asked, int Received)
{
    public bool AllIn => Asked > 0 && Received >= Asked;

    public int Awaited => Math.Max(0, Asked - Received);

    /// <summary>The counts of every case in <paramref name="caseIds"/>; a case with no advice request has none.</summary>
    public static async Task<IReadOnlyDictionary<PlacementRequestId, AdviceSoFar>> ForAsync(
        PanelDbContext db, IReadOnlyCollection<PlacementRequestId> caseIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var rows = await db.AdviceRequests.AsNoTracking()
            .Where(a => caseIds.Contains(a.PlacementRequestId))
            .GroupBy(a => a.PlacementRequestId)
            .Select(g => new { Id = g.Key, Asked = g.Count(), Received = g.Count(a => a.ReceivedOn != null) })
            .ToListAsync(cancellationToken);
        return rows.ToDictionary(r => r.Id, r => new AdviceSoFar(r.Asked, r.Received));
    }
}
