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

/// <summary>The case a decision is about, as its rules need it: the type of request and the family's ranked preferences.</summary>
public sealed record DecisionCase(RequestType Type, IReadOnlyList<Preference> Preferences);

/// <summary>
/// What the panel decided for a case and why: the outcome, its reasons, each family preference tested against the
/// law, the mainstream presumption where the LA names the setting, and for a deferral the evidence missing.
/// <see cref="RefusesToIssuePlan"/> marks a decline on a new plan that refuses to issue a plan at all (its notice then
/// carries the right of appeal); <see cref="DecidedAtReview"/> says whether a change of placement was decided at a
/// review of the plan (only then does a decision to amend, with its right of appeal, follow). Both are left out of
/// the record when unset, so that decisions signed off before keep their hash.
/// </summary>
public sealed record DecisionContent(
    DecisionOutcome Outcome,
    string Reasons,
    int? AgreedPreferenceRank,
    NamedSetting? NamedSetting,
    ProvisionKind? NamedProvisionKind,
    IReadOnlyList<string> MissingEvidence,
    IReadOnlyList<PlacementPreferenceTest> PreferenceTests,
    MainstreamPresumption? MainstreamPresumption,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] bool RefusesToIssuePlan = false,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] bool? DecidedAtReview = null)
{
    public bool IsDeferral => Outcome == DecisionOutcome.DeferForEvidence;

    /// <summary>The kind of provision the LA itself names, where it names one in place of the family's preference.</summary>
    public ProvisionKind? ProvisionNamedByAuthority => Outcome switch
    {
        DecisionOutcome.NameAnotherSetting => NamedSetting?.ProvisionKind,
        DecisionOutcome.NameTypeAndConsult => NamedProvisionKind,
        DecisionOutcome.Decline => NamedSetting?.ProvisionKind ?? NamedProvisionKind,
        _ => null,
    };

    /// <summary>Whether the outcome declines every preference the family made for a named setting.</summary>
    public bool RefusesEveryPreference => Outcome is DecisionOutcome.NameAnotherSetting or DecisionOutcome.NameTypeAndConsult or DecisionOutcome.Decline;

    /// <summary>Whether the decision says where the child is to be educated: a preference agreed, a setting or a type named.</summary>
    public bool PlacesTheChild => Outcome switch
    {
        DecisionOutcome.AgreeFamilyPreference or DecisionOutcome.NameAnotherSetting or DecisionOutcome.NameTypeAndConsult => true,
        DecisionOutcome.Decline => NamedSetting is not null || NamedProvisionKind is not null,
        _ => false,
    };

    /// <summary>The preferences the decision does not agree, by rank: each needs its ground and reasons.</summary>
    public IEnumerable<PlacementPreferenceTest> RefusedPreferences => (PreferenceTests ?? []).Where(t => t.Refuses).OrderBy(t => t.PreferenceRank);

    /// <summary>
    /// Every rule the decision keeps: what each outcome needs and each test's own rules, and, given the case, that
    /// each of the family's preferences for a named setting is tested and what the type of request allows.
    /// </summary>
    public IEnumerable<RuleBreach> Breaches(DecisionCase? decisionCase = null)
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

        if (decisionCase is not null)
        {
            foreach (var breach in CaseBreaches(decisionCase))
            {
                yield return breach;
            }
        }
    }

    private IEnumerable<RuleBreach> CaseBreaches(DecisionCase decisionCase)
    {
        var named = (decisionCase.Preferences ?? []).Where(p => p.Kind == PreferenceKind.NamedSetting).ToList();
        var tests = PreferenceTests ?? [];
        foreach (var test in tests.Where(t => named.All(p => p.Rank != t.PreferenceRank)))
        {
            yield return new RuleBreach("preferenceTests", "preference-not-found", $"The family has no preference {test.PreferenceRank} for a named setting.");
        }

        if (!IsDeferral)
        {
            foreach (var preference in named.Where(p => tests.All(t => t.PreferenceRank != p.Rank)))
            {
                yield return new RuleBreach(
                    "preferenceTests",
                    "preference-not-tested",
                    $"The family's preference {preference.Rank} ({preference.Describe()}) has not been tested against the law: record the test, with a ground and reasons if it is not agreed.");
            }
        }

        if (Outcome == DecisionOutcome.AgreeFamilyPreference && AgreedPreferenceRank is { } agreed && named.All(p => p.Rank != agreed))
        {
            yield return new RuleBreach("agreedPreferenceRank", "preference-not-found", $"The family has no preference {agreed} for a named setting to agree.");
        }

        var newPlan = decisionCase.Type == RequestType.NewPlan;
        if (Outcome == DecisionOutcome.Decline && newPlan && !RefusesToIssuePlan && NamedSetting is null && NamedProvisionKind is null)
        {
            yield return new RuleBreach(
                "refusesToIssuePlan",
                "decline-names-nothing",
                "A plan must name a school or type of provision (s.39(5), s.40): declining the family's preference on a new plan either refuses to issue a plan, or names the school or type the plan will name instead.");
        }

        if (RefusesToIssuePlan && !(Outcome == DecisionOutcome.Decline && newPlan))
        {
            yield return new RuleBreach("refusesToIssuePlan", "refusal-to-issue-misplaced", "Only a decline on a request for a new plan can refuse to issue a plan.");
        }

        if (RefusesToIssuePlan && (NamedSetting is not null || NamedProvisionKind is not null))
        {
            yield return new RuleBreach("refusesToIssuePlan", "refusal-to-issue-names-a-setting", "A refusal to issue a plan names no school or type of provision: there will be no plan to name it in.");
        }

        if (decisionCase.Type == RequestType.ChangeOfPlacement && !IsDeferral && DecidedAtReview is null)
        {
            yield return new RuleBreach(
                "decidedAtReview",
                "at-review-required",
                "Say whether this change of placement is decided at a review of the plan (an annual or early review): that decides when the family's right of appeal arises.");
        }

        if (decisionCase.Type != RequestType.ChangeOfPlacement && DecidedAtReview is not null)
        {
            yield return new RuleBreach("decidedAtReview", "at-review-misplaced", "Only a change of placement is asked whether it was decided at a review.");
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

        if (Outcome is not (DecisionOutcome.NameAnotherSetting or DecisionOutcome.Decline) && NamedSetting is not null)
        {
            yield return new RuleBreach("namedSetting", "not-naming-a-setting", "Only a decision naming another setting, or a decline that names one, names a setting.");
        }

        if (Outcome is not (DecisionOutcome.NameTypeAndConsult or DecisionOutcome.Decline) && NamedProvisionKind is not null)
        {
            yield return new RuleBreach("namedProvisionKind", "not-naming-a-type", "Only a decision naming a type of provision, or a decline that names one, names a type.");
        }

        if (Outcome == DecisionOutcome.Decline && NamedSetting is not null && NamedProvisionKind is not null)
        {
            yield return new RuleBreach("namedProvisionKind", "decline-names-twice", "A decline names either a setting or a type of provision, not both.");
        }

        if (Outcome == DecisionOutcome.Decline && NamedSetting is not null && string.IsNullOrWhiteSpace(NamedSetting.Name))
        {
            yield return new RuleBreach("namedSetting", "named-setting-required", "Name the setting the plan will name, with its type of provision.");
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
