using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Persistence;
using PanelCaseManager.Domain.Common;
using PanelCaseManager.Domain.Panels;

namespace PanelCaseManager.Application.Features.Panels;

/// <summary>
/// Finds the terms of reference in force on a date. Until an administrator adopts any, the configured defaults are
/// recorded as version 1, in force from the day they are first needed, so that every meeting points at a record.
/// </summary>
public sealed class TermsOfReferenceRegister(PanelDbContext db, IOptions<PanelOptions> options, ICurrentUser currentUser, TimeProvider clock)
{
    public async Task<TermsOfReference> InForceOnAsync(DateOnly date, CancellationToken cancellationToken)
    {
        var latest = await LatestAsync(cancellationToken) ?? AdoptConfiguredDefaults();
        if (latest.EffectiveFrom <= date)
        {
            return latest;
        }

        return await db.TermsOfReference
                   .Where(t => t.EffectiveFrom <= date)
                   .OrderByDescending(t => t.EffectiveFrom).ThenByDescending(t => t.Number)
                   .FirstOrDefaultAsync(cancellationToken)
               ?? throw new DomainRuleException("no-terms-in-force", $"No terms of reference are in force on {DateText.Plain(date)}.");
    }

    public async Task<TermsOfReference?> LatestAsync(CancellationToken cancellationToken) =>
        db.TermsOfReference.Local.OrderByDescending(t => t.Number).FirstOrDefault()
        ?? await db.TermsOfReference.OrderByDescending(t => t.Number).FirstOrDefaultAsync(cancellationToken);

    /// <summary>Records the configured defaults as the first version, when no version exists yet.</summary>
    public TermsOfReference AdoptConfiguredDefaults()
    {
        var defaults = options.Value;
        var now = clock.GetUtcNow();
        var terms = TermsOfReference.Adopt(
            null,
            UkCalendar.DateOf(now),
            defaults.Purpose,
            defaults.DecisionMaking,
            defaults.Quorum(),
            defaults.EvidenceCutOffWorkingDays,
            defaults.EvidenceCutOffTime,
            fromConfiguration: true,
            currentUser.Id,
            now);
        db.TermsOfReference.Add(terms);
        return terms;
    }
}
