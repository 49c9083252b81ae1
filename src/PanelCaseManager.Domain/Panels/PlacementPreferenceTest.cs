using System.Text.Json.Serialization;
using PanelCaseManager.Domain.PlacementRequests;
using PanelCaseManager.Domain.Provision;

namespace PanelCaseManager.Domain.Panels;

/// <summary>Which duty governs a family's request for a particular setting.</summary>
public enum NamingDuty
{
    /// <summary>Children and Families Act 2014 s.39(4): the LA must name the setting unless one of three grounds applies.</summary>
    Section39,

    /// <summary>Education Act 1996 s.9: an independent setting not approved under s.41 — regard to the family's wishes.</summary>
    Section9,
}

public static class NamingDuties
{
    /// <summary>
    /// The duty a setting's status decides: s.39 for every kind of institution in CFA 2014 s.38(3) (maintained
    /// schools and nurseries, academies, further education colleges, non-maintained special schools, s.41 approved
    /// institutions); Education Act 1996 s.9 for any other independent setting. Never the panel's choice.
    /// </summary>
    public static NamingDuty DutyFor(this SettingStatus status) => status.IsSection38Institution() ? NamingDuty.Section39 : NamingDuty.Section9;

    public static string Describe(this NamingDuty duty) => duty switch
    {
        NamingDuty.Section39 => "section 39 of the Children and Families Act 2014",
        NamingDuty.Section9 => "section 9 of the Education Act 1996",
        _ => duty.ToString(),
    };
}

/// <summary>The three grounds of CFA 2014 s.39(4) (SEND Code of Practice 9.79) on which the LA may decline to name a requested setting.</summary>
public enum Section39Ground
{
    /// <summary>Unsuitable for the child's age, ability, aptitude or special educational needs.</summary>
    Unsuitable,

    /// <summary>Incompatible with the efficient education of the others the child would be in regular contact with.</summary>
    IncompatibleWithEfficientEducationOfOthers,

    /// <summary>Incompatible with the efficient use of resources.</summary>
    IncompatibleWithEfficientUseOfResources,
}

/// <summary>
/// The two stages of the resources ground (Crane v Lancashire 1997): does the requested placement cost more than
/// the LA's alternative, and if so is the extra cost disproportionate. Money in whole pence. Where a setting is in
/// the provision catalogue its annual cost there is recorded beside the figure the panel used, which may differ.
/// </summary>
public sealed record CostComparison(
    long RequestedPlacementCostPence,
    long AlternativeCostPence,
    string AlternativeDescription,
    string? ProportionalityReasoning,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] long? CatalogueRequestedCostPence = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] long? CatalogueAlternativeCostPence = null)
{
    public long ExtraCostPence => RequestedPlacementCostPence - AlternativeCostPence;
}

/// <summary>One ground considered for one preference: whether it applies, why, and the evidence relied on.</summary>
public sealed record GroundFinding(Section39Ground Ground, bool Applies, string Reasons, IReadOnlyList<Guid> EvidenceReliedOn, CostComparison? Costs);

/// <summary>
/// The Education Act 1996 s.9 test for an independent setting not approved under s.41: the family's wishes are
/// followed so far as that is compatible with efficient instruction and avoids unreasonable public expenditure.
/// </summary>
public sealed record Section9Test(
    bool CompatibleWithEfficientInstruction,
    bool AvoidsUnreasonablePublicExpenditure,
    long RequestedPlacementCostPence,
    long AlternativeCostPence,
    string Reasons,
    IReadOnlyList<Guid> EvidenceReliedOn)
{
    public bool Refuses => !CompatibleWithEfficientInstruction || !AvoidsUnreasonablePublicExpenditure;
}

/// <summary>A rule a decision breaks, with the field of the request it is about.</summary>
public sealed record RuleBreach(string Field, string Code, string Message);

/// <summary>
/// How the panel tested one of the family's preferences for a named setting (SEND Code of Practice 9.79). Under
/// s.39 each of the three grounds is considered, in the order recorded, suitability before the use of resources;
/// under s.9 its own test is recorded instead. The preference is refused only where a ground applies.
/// <see cref="Setting"/> is the preferred setting in the provision catalogue, when it is there; <see cref="Status"/>
/// is the setting's status (from the catalogue, or as the panel recorded it for a setting the catalogue does not
/// hold), which decides <see cref="Duty"/>. Decisions recorded before the status was kept have none.
/// </summary>
public sealed record PlacementPreferenceTest(
    int PreferenceRank,
    NamingDuty Duty,
    IReadOnlyList<GroundFinding> Grounds,
    Section9Test? Section9,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] CatalogueSetting? Setting = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] SettingStatus? Status = null)
{
    /// <summary>The test for a preferred setting of this status: the duty follows from the status, never from a choice.</summary>
    public static PlacementPreferenceTest For(int rank, SettingStatus status, IReadOnlyList<GroundFinding> grounds, Section9Test? section9, CatalogueSetting? setting = null) =>
        new(rank, status.DutyFor(), grounds, section9, setting, status);

    /// <summary>True when the test gives a lawful reason not to name the preferred setting.</summary>
    public bool Refuses => Duty == NamingDuty.Section39
        ? Grounds.Any(g => g.Applies)
        : Section9 is { Refuses: true };

    public IEnumerable<Section39Ground> GroundsApplied => Grounds.Where(g => g.Applies).Select(g => g.Ground);

    /// <summary>The rules of the test itself; <paramref name="field"/> is where the test sits in the request.</summary>
    public IEnumerable<RuleBreach> Breaches(string field)
    {
        if (Status is { } status && status.DutyFor() != Duty)
        {
            return [new RuleBreach($"{field}.settingStatus", "duty-does-not-follow-status", $"The setting is {status.Describe()}, so {status.DutyFor().Describe()} applies, not {Duty.Describe()}.")];
        }

        return Duty == NamingDuty.Section39 ? Section39Breaches(field) : Section9Breaches(field);
    }

    /// <summary>What the setting is, as a breach message begins ("The setting is a maintained school").</summary>
    private string WhatTheSettingIs(string otherwise) => Status is { } status ? $"The setting is {status.Describe()}" : otherwise;

    private IEnumerable<RuleBreach> Section39Breaches(string field)
    {
        if (Section9 is not null)
        {
            yield return new RuleBreach(
                $"{field}.section9",
                "wrong-test",
                $"{WhatTheSettingIs("The setting is covered by s.39")}, so it is tested against the three grounds of s.39(4), not the s.9 test.");
        }

        var grounds = Grounds ?? [];
        var missing = Enum.GetValues<Section39Ground>().Where(g => grounds.All(f => f.Ground != g)).ToList();
        if (missing.Count > 0 || grounds.Count != Enum.GetValues<Section39Ground>().Length)
        {
            yield return new RuleBreach(
                $"{field}.grounds",
                "grounds-incomplete",
                "Consider each of the three grounds once, each with whether it applies and why"
                + (missing.Count > 0 ? $"; not yet considered: {string.Join(", ", missing.Select(Describe))}." : "."));
            yield break;
        }

        var suitability = IndexOf(grounds, Section39Ground.Unsuitable);
        var resources = IndexOf(grounds, Section39Ground.IncompatibleWithEfficientUseOfResources);
        if (resources < suitability)
        {
            yield return new RuleBreach(
                $"{field}.grounds",
                "resources-before-suitability",
                "Suitability is assessed before the efficient use of resources: cost may not be weighed before the panel has decided whether the setting is suitable.");
        }

        for (var i = 0; i < grounds.Count; i++)
        {
            var finding = grounds[i];
            var at = $"{field}.grounds[{i}]";
            if (string.IsNullOrWhiteSpace(finding.Reasons))
            {
                yield return new RuleBreach($"{at}.reasons", "reasons-required", $"Give the reasons why the ground '{Describe(finding.Ground)}' does or does not apply.");
            }

            if (finding.Applies && (finding.EvidenceReliedOn ?? []).Count == 0)
            {
                yield return new RuleBreach($"{at}.evidenceReliedOn", "evidence-required", $"Name the evidence relied on to find that '{Describe(finding.Ground)}' applies.");
            }

            if (finding.Ground != Section39Ground.IncompatibleWithEfficientUseOfResources)
            {
                if (finding.Costs is not null)
                {
                    yield return new RuleBreach($"{at}.costs", "costs-misplaced", "Costs are compared only under the efficient-use-of-resources ground.");
                }

                continue;
            }

            foreach (var breach in CostBreaches(finding, at))
            {
                yield return breach;
            }
        }
    }

    private static IEnumerable<RuleBreach> CostBreaches(GroundFinding finding, string at)
    {
        if (finding.Costs is not { } costs)
        {
            yield return new RuleBreach($"{at}.costs", "costs-required", "Record the cost of the requested placement and of the LA's alternative compared under this ground.");
            yield break;
        }

        if (costs.RequestedPlacementCostPence < 0 || costs.AlternativeCostPence < 0)
        {
            yield return new RuleBreach($"{at}.costs", "costs-negative", "A cost cannot be negative.");
        }

        if (string.IsNullOrWhiteSpace(costs.AlternativeDescription))
        {
            yield return new RuleBreach($"{at}.costs.alternativeDescription", "alternative-required", "Describe the LA's alternative whose cost is compared.");
        }

        if (!finding.Applies)
        {
            yield break;
        }

        if (costs.ExtraCostPence <= 0)
        {
            yield return new RuleBreach(
                $"{at}.applies",
                "resources-no-extra-cost",
                "The requested placement costs no more than the alternative, so naming it cannot be incompatible with the efficient use of resources.");
        }

        if (string.IsNullOrWhiteSpace(costs.ProportionalityReasoning))
        {
            yield return new RuleBreach(
                $"{at}.costs.proportionalityReasoning",
                "proportionality-required",
                "Explain why the extra cost is disproportionate when weighed against the family's preference; a difference in cost alone is not enough.");
        }
    }

    private IEnumerable<RuleBreach> Section9Breaches(string field)
    {
        if ((Grounds ?? []).Count > 0)
        {
            yield return new RuleBreach(
                $"{field}.grounds",
                "wrong-test",
                $"{WhatTheSettingIs("The setting is an independent setting not approved under s.41")}, so it is outside s.39: record the s.9 test (efficient instruction, unreasonable public expenditure) instead of the three grounds.");
        }

        if (Section9 is not { } test)
        {
            yield return new RuleBreach($"{field}.section9", "section9-required", "Record the s.9 test: efficient instruction and unreasonable public expenditure.");
            yield break;
        }

        if (string.IsNullOrWhiteSpace(test.Reasons))
        {
            yield return new RuleBreach($"{field}.section9.reasons", "reasons-required", "Give the reasons for the s.9 test's findings.");
        }

        if (test.RequestedPlacementCostPence < 0 || test.AlternativeCostPence < 0)
        {
            yield return new RuleBreach($"{field}.section9", "costs-negative", "A cost cannot be negative.");
        }

        if (test.Refuses && (test.EvidenceReliedOn ?? []).Count == 0)
        {
            yield return new RuleBreach($"{field}.section9.evidenceReliedOn", "evidence-required", "Name the evidence relied on to decline the family's wishes.");
        }

        if (!test.AvoidsUnreasonablePublicExpenditure && test.RequestedPlacementCostPence <= test.AlternativeCostPence)
        {
            yield return new RuleBreach(
                $"{field}.section9.avoidsUnreasonablePublicExpenditure",
                "resources-no-extra-cost",
                "The requested placement costs no more than the alternative, so it cannot be unreasonable public expenditure.");
        }
    }

    private static int IndexOf(IReadOnlyList<GroundFinding> grounds, Section39Ground ground)
    {
        for (var i = 0; i < grounds.Count; i++)
        {
            if (grounds[i].Ground == ground)
            {
                return i;
            }
        }

        return -1;
    }

    public static string Describe(Section39Ground ground) => ground switch
    {
        Section39Ground.Unsuitable => "unsuitable for the child's age, ability, aptitude or SEN",
        Section39Ground.IncompatibleWithEfficientEducationOfOthers => "incompatible with the efficient education of others",
        Section39Ground.IncompatibleWithEfficientUseOfResources => "incompatible with the efficient use of resources",
        _ => ground.ToString(),
    };
}

/// <summary>
/// The mainstream presumption (CFA 2014 s.33), recorded where the LA names the setting or type: the plan provides
/// for mainstream unless the family does not want it, or it is incompatible with the efficient education of
/// others and no reasonable steps (CoP 9.91) could prevent that.
/// </summary>
public sealed record MainstreamPresumption(
    bool FamilyDoesNotWantMainstream,
    bool IncompatibleWithEfficientEducationOfOthers,
    string? ReasonableStepsConsidered,
    bool NoReasonableStepsCouldPrevent,
    string Reasons)
{
    /// <summary>True when the record shows a lawful reason not to provide for mainstream education.</summary>
    public bool IsDisplaced => FamilyDoesNotWantMainstream || (IncompatibleWithEfficientEducationOfOthers && NoReasonableStepsCouldPrevent);

    public IEnumerable<RuleBreach> Breaches(string field, ProvisionKind named)
    {
        if (string.IsNullOrWhiteSpace(Reasons))
        {
            yield return new RuleBreach($"{field}.reasons", "reasons-required", "Give the reasons for the panel's view on mainstream education.");
        }

        if (IncompatibleWithEfficientEducationOfOthers && string.IsNullOrWhiteSpace(ReasonableStepsConsidered))
        {
            yield return new RuleBreach(
                $"{field}.reasonableStepsConsidered",
                "reasonable-steps-required",
                "Record the reasonable steps considered to prevent the incompatibility: whether they would work, are practical, were tried, their cost and the disruption.");
        }

        if (NoReasonableStepsCouldPrevent && !IncompatibleWithEfficientEducationOfOthers)
        {
            yield return new RuleBreach(
                $"{field}.noReasonableStepsCouldPrevent",
                "reasonable-steps-without-incompatibility",
                "Reasonable steps are about preventing an incompatibility with the efficient education of others; none is recorded.");
        }

        if (!named.IsMainstream() && !IsDisplaced)
        {
            yield return new RuleBreach(
                field,
                "mainstream-presumption-not-displaced",
                "Naming a place outside mainstream departs from the mainstream presumption (s.33): record that the family does not want mainstream, "
                + "or that mainstream is incompatible with the efficient education of others and no reasonable steps could prevent it.");
        }
    }
}

public static class ProvisionKinds
{
    /// <summary>
    /// Whether s.33 counts the provision as mainstream: resourced provision and units sit inside mainstream schools,
    /// and further education colleges are mainstream post-16 institutions.
    /// </summary>
    public static bool IsMainstream(this ProvisionKind kind) =>
        kind is ProvisionKind.Mainstream or ProvisionKind.SpecialistResourceProvision or ProvisionKind.SendUnit or ProvisionKind.FurtherEducationCollege;
}
