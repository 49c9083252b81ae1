using PanelCaseManager.Domain.Common;
using PanelCaseManager.Domain.Users;

namespace PanelCaseManager.Domain.Panels;

/// <summary>
/// The panel's terms of reference, versioned: each version says from which date it is in force, the panel's
/// purpose, how it decides, its quorum and its evidence cut-off. Never edited; a change is a new version, so that
/// the terms in force on any past date can be given to anyone who asks.
/// </summary>
public sealed class TermsOfReference
{
    public const int TextMaxLength = 4000;
    public const int MaximumCutOffWorkingDays = 20;

    private TermsOfReference()
    {
        Purpose = string.Empty;
        DecisionMaking = string.Empty;
        QuorumAgencies = [];
    }

    public int Number { get; private set; }
    public DateOnly EffectiveFrom { get; private set; }
    public string Purpose { get; private set; }
    public string DecisionMaking { get; private set; }
    public IReadOnlyList<Agency> QuorumAgencies { get; private set; }
    public int QuorumMinimumMembers { get; private set; }
    public int EvidenceCutOffWorkingDays { get; private set; }
    public TimeOnly EvidenceCutOffTime { get; private set; }

    /// <summary>True for the first version, taken from the service's configuration because none had been adopted.</summary>
    public bool FromConfiguration { get; private set; }

    public UserId AdoptedBy { get; private set; }
    public DateTimeOffset AdoptedAt { get; private set; }

    public QuorumRule Quorum => new(QuorumAgencies, QuorumMinimumMembers);

    /// <summary>Adopts the next version. Terms cannot be back-dated: a past meeting keeps the terms it was held under.</summary>
    public static TermsOfReference Adopt(
        TermsOfReference? current,
        DateOnly effectiveFrom,
        string purpose,
        string decisionMaking,
        QuorumRule quorum,
        int evidenceCutOffWorkingDays,
        TimeOnly evidenceCutOffTime,
        bool fromConfiguration,
        UserId by,
        DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(quorum);
        var today = UkCalendar.DateOf(now);
        if (effectiveFrom < today)
        {
            throw new DomainRuleException("terms-back-dated", "New terms of reference cannot come into force on a date already past.");
        }

        if (current is not null && effectiveFrom < current.EffectiveFrom)
        {
            throw new DomainRuleException(
                "terms-out-of-order",
                $"Version {current.Number} comes into force on {DateText.Plain(current.EffectiveFrom)}; a new version cannot come into force before that.");
        }

        if (string.IsNullOrWhiteSpace(purpose) || string.IsNullOrWhiteSpace(decisionMaking))
        {
            throw new DomainRuleException("terms-text-required", "Terms of reference state the panel's purpose and how it makes decisions.");
        }

        if (evidenceCutOffWorkingDays is < 0 or > MaximumCutOffWorkingDays)
        {
            throw new DomainRuleException("terms-cut-off", $"The evidence cut-off is 0 to {MaximumCutOffWorkingDays} working days before the meeting.");
        }

        return new TermsOfReference
        {
            Number = (current?.Number ?? 0) + 1,
            EffectiveFrom = effectiveFrom,
            Purpose = purpose.Trim(),
            DecisionMaking = decisionMaking.Trim(),
            QuorumAgencies = quorum.RequiredAgencies,
            QuorumMinimumMembers = quorum.MinimumMembers,
            EvidenceCutOffWorkingDays = evidenceCutOffWorkingDays,
            EvidenceCutOffTime = evidenceCutOffTime,
            FromConfiguration = fromConfiguration,
            AdoptedBy = by,
            AdoptedAt = now,
        };
    }
}
