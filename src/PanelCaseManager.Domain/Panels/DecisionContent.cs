using System.Text.Json.Serialization;
using PanelCaseManager.Domain.PlacementRequests;

namespace PanelCaseManager.Domain.Panels;

/// <summary>The outcomes open to the panel for a case (domain.md, "A case's path", step 4).</summary>
public enum DecisionOutcome
{
    AgreeFamilyPreference,
    NameAnotherSetting,
    NameTypeAndConsult,
    DeferForEvidence,
    Decline,
}

public enum DecisionStatus
{
    Draft,
    SignedOff,
}

/// <summary>
/// A setting the LA names in place of the family's preference, by name and optional URN, and by its id in the
/// provision catalogue when it is there (left out of the record when it is not, as in decisions made before).
/// </summary>
public sealed record NamedSetting(
    string Name,
    string? Urn,
    ProvisionKind ProvisionKind,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] Guid? SettingId = null);

/// <summary>A setting of the provision catalogue, as a decision refers to it.</summary>
public sealed record CatalogueSetting(Guid SettingId, string Urn, string Name);

/// <summary>
/// What the panel decided for a case and why: the outcome, its reasons, each family preference tested against the
/// law, the mainstream presumption where the LA names the setting, and for a deferral the evidence missing.
/// </summary>
public sealed record DecisionContent(
    DecisionOutcome Outcome,
    string Reasons,
    int? AgreedPreferenceRank,
    NamedSetting? NamedSetting,
    ProvisionKind? NamedProvisionKind,
    IReadOnlyList<string> MissingEvidence,
    IReadOnlyList<PlacementPreferenceTest> PreferenceTests,
    MainstreamPresumption? MainstreamPresumption)
{
    public bool IsDeferral => Outcome == DecisionOutcome.DeferForEvidence;

    /// <summary>The kind of provision the LA itself names, where it names one in place of the family's preference.</summary>
    public ProvisionKind? ProvisionNamedByAuthority => Outcome switch
    {
        DecisionOutcome.NameAnotherSetting => NamedSetting?.ProvisionKind,
        DecisionOutcome.NameTypeAndConsult => NamedProvisionKind,
        _ => null,
    };

    /// <summary>Whether the outcome declines every preference the family made for a named setting.</summary>
    public bool RefusesEveryPreference => Outcome is DecisionOutcome.NameAnotherSetting or DecisionOutcome.NameTypeAndConsult or DecisionOutcome.Decline;

    /// <summary>The rules the decision keeps whatever the case: what each outcome needs, and each test's own rules.</summary>
    public IEnumerable<RuleBreach> Breaches()
    {
        if (string.IsNullOrWhiteSpace(Reasons))
        {
            yield return new RuleBreach("reasons", "reasons-required", "Give the reasons for the decision.");
        }

        foreach (var breach in OutcomeBreaches())
        {
            yield return breach;
        }

        var tests = PreferenceTests ?? [];
        if (tests.GroupBy(t => t.PreferenceRank).Any(g => g.Count() > 1))
        {
            yield return new RuleBreach("preferenceTests", "preference-tested-twice", "Test each of the family's preferences once.");
        }

        for (var i = 0; i < tests.Count; i++)
        {
            var field = $"preferenceTests[{i}]";
            foreach (var breach in tests[i].Breaches(field))
            {
                yield return breach;
            }

            foreach (var breach in ConsistencyBreaches(tests[i], field))
            {
                yield return breach;
            }
        }
    }

    private IEnumerable<RuleBreach> OutcomeBreaches()
    {
        var missing = MissingEvidence ?? [];
        switch (Outcome)
        {
            case DecisionOutcome.AgreeFamilyPreference when AgreedPreferenceRank is null:
                yield return new RuleBreach("agreedPreferenceRank", "agreed-preference-required", "Say which of the family's preferences the panel agrees to name.");
                break;
            case DecisionOutcome.NameAnotherSetting when NamedSetting is null || string.IsNullOrWhiteSpace(NamedSetting.Name):
                yield return new RuleBreach("namedSetting", "named-setting-required", "Name the setting the panel names instead, with its type of provision.");
                break;
            case DecisionOutcome.NameTypeAndConsult when NamedProvisionKind is null:
                yield return new RuleBreach("namedProvisionKind", "named-type-required", "Name the type of provision whose settings will be consulted.");
                break;
            case DecisionOutcome.DeferForEvidence when missing.Count == 0 || missing.Any(string.IsNullOrWhiteSpace):
                yield return new RuleBreach("missingEvidence", "missing-evidence-required", "Name each piece of evidence the panel needs before it can decide.");
                break;
        }

        if (Outcome != DecisionOutcome.AgreeFamilyPreference && AgreedPreferenceRank is not null)
        {
            yield return new RuleBreach("agreedPreferenceRank", "not-an-agreement", "Only a decision agreeing the family's preference names the preference agreed.");
        }

        if (Outcome != DecisionOutcome.NameAnotherSetting && NamedSetting is not null)
        {
            yield return new RuleBreach("namedSetting", "not-naming-a-setting", "Only a decision naming another setting names a setting.");
        }

        if (Outcome != DecisionOutcome.NameTypeAndConsult && NamedProvisionKind is not null)
        {
            yield return new RuleBreach("namedProvisionKind", "not-naming-a-type", "Only a decision naming a type of provision names one.");
        }

        if (Outcome != DecisionOutcome.DeferForEvidence && missing.Count > 0)
        {
            yield return new RuleBreach("missingEvidence", "not-a-deferral", "Only a deferral names missing evidence.");
        }

        if (ProvisionNamedByAuthority is { } named)
        {
            if (MainstreamPresumption is null)
            {
                yield return new RuleBreach(
                    "mainstreamPresumption",
                    "mainstream-presumption-required",
                    "Where the LA names the setting or type, record the mainstream presumption (s.33) and the reasonable steps considered.");
            }
            else
            {
                foreach (var breach in MainstreamPresumption.Breaches("mainstreamPresumption", named))
                {
                    yield return breach;
                }
            }
        }
    }

    private IEnumerable<RuleBreach> ConsistencyBreaches(PlacementPreferenceTest test, string field)
    {
        var groundsField = test.Duty == NamingDuty.Section39 ? $"{field}.grounds" : $"{field}.section9";
        if (RefusesEveryPreference && !test.Refuses)
        {
            yield return new RuleBreach(
                groundsField,
                "refusal-without-ground",
                $"Preference {test.PreferenceRank} must be named unless a ground applies: record the ground that applies, or agree the preference.");
        }

        if (Outcome == DecisionOutcome.AgreeFamilyPreference && AgreedPreferenceRank is { } agreed)
        {
            if (test.PreferenceRank < agreed && !test.Refuses)
            {
                yield return new RuleBreach(
                    groundsField,
                    "refusal-without-ground",
                    $"The family preferred preference {test.PreferenceRank} to the one agreed: it must be named unless a ground applies.");
            }

            if (test.PreferenceRank == agreed && test.Refuses)
            {
                yield return new RuleBreach(groundsField, "agreed-preference-refused", "The tests find a ground against the very preference the panel agrees.");
            }
        }
    }
}
