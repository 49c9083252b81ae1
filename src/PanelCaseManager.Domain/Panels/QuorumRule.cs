using PanelCaseManager.Domain.Common;
using PanelCaseManager.Domain.Users;

namespace PanelCaseManager.Domain.Panels;

/// <summary>
/// When a panel may decide: every required agency represented by a member who is present and free of any
/// conflict on the case, and at least a minimum number of such members. Set by the terms of reference, with a
/// default from configuration (education, health, social care and an educational psychologist).
/// </summary>
public sealed record QuorumRule
{
    public QuorumRule(IEnumerable<Agency> requiredAgencies, int minimumMembers)
    {
        ArgumentNullException.ThrowIfNull(requiredAgencies);
        RequiredAgencies = requiredAgencies.Distinct().Order().ToList();
        if (RequiredAgencies.Count == 0)
        {
            throw new DomainRuleException("quorum-agencies-required", "A quorum rule names at least one agency that must be represented.");
        }

        if (minimumMembers < 1)
        {
            throw new DomainRuleException("quorum-minimum-members", "A quorum needs at least one member.");
        }

        MinimumMembers = minimumMembers;
    }

    public IReadOnlyList<Agency> RequiredAgencies { get; }
    public int MinimumMembers { get; }

    public QuorumCheck Check(IEnumerable<Agency> agenciesOfCountedMembers)
    {
        ArgumentNullException.ThrowIfNull(agenciesOfCountedMembers);
        var counted = agenciesOfCountedMembers.ToList();
        var missing = RequiredAgencies.Where(a => !counted.Contains(a)).ToList();
        return new QuorumCheck(missing.Count == 0 && counted.Count >= MinimumMembers, missing, counted.Count, MinimumMembers);
    }

    public string Describe() =>
        $"{string.Join(", ", RequiredAgencies.Select(a => a.Describe()))} each represented, and at least {MinimumMembers} members present without a conflict of interest";

    public bool Equals(QuorumRule? other) =>
        other is not null && MinimumMembers == other.MinimumMembers && RequiredAgencies.SequenceEqual(other.RequiredAgencies);

    public override int GetHashCode() => HashCode.Combine(MinimumMembers, string.Join(',', RequiredAgencies));
}

/// <summary>Whether the members who count for a case make a quorum, and if not, what is missing.</summary>
public sealed record QuorumCheck(bool IsQuorate, IReadOnlyList<Agency> MissingAgencies, int MembersCounted, int MinimumMembers)
{
    public string Explain()
    {
        if (IsQuorate)
        {
            return $"Quorate: {MembersCounted} members present without a conflict of interest.";
        }

        var reasons = new List<string>();
        if (MissingAgencies.Count > 0)
        {
            reasons.Add($"no {string.Join(", no ", MissingAgencies.Select(a => a.Describe()))} member present without a conflict of interest");
        }

        if (MembersCounted < MinimumMembers)
        {
            reasons.Add($"{MembersCounted} members count where at least {MinimumMembers} are needed");
        }

        return $"Not quorate: {string.Join("; ", reasons)}.";
    }
}
