using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Primitives;
using PanelCaseManager.Application.Features.Panels;
using PanelCaseManager.Domain.Panels;
using PanelCaseManager.Domain.PlacementRequests;
using PanelCaseManager.Domain.Provision;
using PanelCaseManager.Web.Ui;

namespace PanelCaseManager.Web.Pages.Panels;

/// <summary>
/// The decision form's fields, named as <see cref="RecordDecision"/> names them in its errors
/// ("preferenceTests[0].grounds[2].costs.alternativeCostPence"), so that each error links to its field. Money is
/// typed in pounds and sent in pence. The three s.39 grounds are always asked in the order the law takes them:
/// suitability first, resources last. Which test a preference takes follows from its setting's status: the
/// catalogue's, or the status the chair records for a setting the catalogue does not hold; never a choice of duty.
/// </summary>
public sealed class DecisionForm
{
    public static readonly Section39Ground[] GroundOrder =
        [Section39Ground.Unsuitable, Section39Ground.IncompatibleWithEfficientEducationOfOthers, Section39Ground.IncompatibleWithEfficientUseOfResources];

    private readonly Dictionary<string, StringValues> _values;

    private DecisionForm(Dictionary<string, StringValues> values) => _values = values;

    public static DecisionForm Empty() => new(new Dictionary<string, StringValues>(StringComparer.Ordinal));

    public static DecisionForm FromPost(IEnumerable<KeyValuePair<string, StringValues>> form) =>
        new(form.Where(f => !f.Key.StartsWith("__", StringComparison.Ordinal)).ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal));

    /// <summary>The value typed into a field, for showing it again.</summary>
    public string? Value(string name) => _values.TryGetValue(name, out var value) ? value.ToString() : null;

    public bool Has(string name, string value) => _values.TryGetValue(name, out var values) && values.Contains(value);

    public static string Question(Section39Ground ground) => ground switch
    {
        Section39Ground.Unsuitable => "Is the setting unsuitable for the child's age, ability, aptitude or special educational needs?",
        Section39Ground.IncompatibleWithEfficientEducationOfOthers => "Would the placement be incompatible with the efficient education of others?",
        Section39Ground.IncompatibleWithEfficientUseOfResources => "Would the placement be incompatible with the efficient use of resources?",
        _ => ground.ToString(),
    };

    /// <summary>The status recorded on the form for a preference the catalogue does not hold.</summary>
    public SettingStatus? StatusAt(int index) => Enum<SettingStatus>($"preferenceTests[{index}].settingStatus");

    /// <summary>The duty of the preference at <paramref name="index"/>: from the catalogue's status, else from the status recorded here.</summary>
    public NamingDuty? DutyAt(int index, GetPreferenceDuties.PreferenceDuty? known) => known?.Duty ?? StatusAt(index)?.DutyFor();

    /// <summary>
    /// The answers as the command carries them; money that is not an amount is an error against its field. Each
    /// preference at <paramref name="preferences"/>'s index takes the test its status calls for.
    /// </summary>
    public RecordDecision.Command ToCommand(
        Guid panelId, Guid caseId, int? expectedVersion, IReadOnlyList<GetPreferenceDuties.PreferenceDuty?> preferences, ModelStateDictionary errors)
    {
        ArgumentNullException.ThrowIfNull(preferences);
        ArgumentNullException.ThrowIfNull(errors);
        var tests = new List<RecordDecision.PreferenceTestInput>();
        for (var i = 0; i < preferences.Count; i++)
        {
            var at = $"preferenceTests[{i}]";
            if (!AnyUnder(at + ".", $"{at}.preferenceRank"))
            {
                continue;
            }

            // Without a known status, whatever was answered is sent, and the missing status is asked for.
            var duty = DutyAt(i, preferences[i]);
            var grounds = duty == NamingDuty.Section39 || (duty is null && AnyUnder($"{at}.grounds"))
                ? GroundOrder.Select((ground, j) => Ground($"{at}.grounds[{j}]", ground, errors)).ToList()
                : null;
            var section9 = duty == NamingDuty.Section9 || (duty is null && AnyUnder($"{at}.section9."))
                ? new RecordDecision.Section9Input(
                    Bool($"{at}.section9.compatibleWithEfficientInstruction"),
                    Bool($"{at}.section9.avoidsUnreasonablePublicExpenditure"),
                    Pence($"{at}.section9.requestedPlacementCostPence", errors),
                    Pence($"{at}.section9.alternativeCostPence", errors),
                    Text($"{at}.section9.reasons"),
                    Guids($"{at}.section9.evidenceReliedOn"))
                : null;
            tests.Add(new RecordDecision.PreferenceTestInput(Int($"{at}.preferenceRank") ?? i + 1, grounds, section9, preferences[i]?.InCatalogue == true ? null : StatusAt(i)));
        }

        var mainstream = AnyUnder("mainstreamPresumption.")
            ? new RecordDecision.MainstreamPresumptionInput(
                Bool("mainstreamPresumption.familyDoesNotWantMainstream"),
                Bool("mainstreamPresumption.incompatibleWithEfficientEducationOfOthers"),
                Text("mainstreamPresumption.reasonableStepsConsidered"),
                Bool("mainstreamPresumption.noReasonableStepsCouldPrevent"),
                Text("mainstreamPresumption.reasons"))
            : null;
        var named = AnyUnder("namedSetting.")
            ? new RecordDecision.NamedSettingInput(Text("namedSetting.name"), Text("namedSetting.urn"), Enum<ProvisionKind>("namedSetting.provisionKind"))
            : null;
        var missing = (Text("missingEvidence") ?? string.Empty)
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .ToList();
        var agreed = Int("agreedPreferenceRank");
        if (agreed is null && !string.IsNullOrWhiteSpace(Value("agreedPreferenceRank")))
        {
            errors.AddModelError("agreedPreferenceRank", "Choose the preference agreed.");
        }

        return new RecordDecision.Command(
            panelId,
            caseId,
            expectedVersion,
            Enum<DecisionOutcome>("outcome"),
            Text("reasons"),
            agreed,
            named,
            Enum<ProvisionKind>("namedProvisionKind"),
            missing.Count == 0 ? null : missing,
            tests,
            mainstream,
            null,
            null,
            Bool("refusesToIssuePlan"),
            Bool("decidedAtReview"));
    }

    /// <summary>The fields of kept answers, to show them again.</summary>
    public static DecisionForm FromCommand(RecordDecision.Command answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        var values = new Dictionary<string, StringValues>(StringComparer.Ordinal);
        void Set(string name, object? value)
        {
            var text = value switch
            {
                null => null,
                bool b => b ? "true" : "false",
                IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
                _ => value.ToString(),
            };
            if (text is not null)
            {
                values[name] = text;
            }
        }

        Set("outcome", answers.Outcome);
        Set("reasons", answers.Reasons);
        Set("agreedPreferenceRank", answers.AgreedPreferenceRank);
        Set("namedSetting.name", answers.NamedSetting?.Name);
        Set("namedSetting.urn", answers.NamedSetting?.Urn);
        Set("namedSetting.provisionKind", answers.NamedSetting?.ProvisionKind);
        Set("namedProvisionKind", answers.NamedProvisionKind);
        Set("refusesToIssuePlan", answers.RefusesToIssuePlan);
        Set("decidedAtReview", answers.DecidedAtReview);
        if (answers.MissingEvidence is { Count: > 0 } missing)
        {
            Set("missingEvidence", string.Join('\n', missing));
        }

        foreach (var (test, i) in (answers.PreferenceTests ?? []).Select((t, i) => (t, i)))
        {
            var at = $"preferenceTests[{(test.PreferenceRank ?? i + 1) - 1}]";
            Set($"{at}.preferenceRank", test.PreferenceRank);
            Set($"{at}.settingStatus", test.SettingStatus);
            foreach (var (ground, j) in (test.Grounds ?? []).Select((g, j) => (g, j)))
            {
                var g = $"{at}.grounds[{j}]";
                Set($"{g}.applies", ground.Applies);
                Set($"{g}.reasons", ground.Reasons);
                values[$"{g}.evidenceReliedOn"] = new StringValues((ground.EvidenceReliedOn ?? []).Select(e => e.ToString()).ToArray());
                Set($"{g}.costs.requestedPlacementCostPence", Pounds(ground.Costs?.RequestedPlacementCostPence));
                Set($"{g}.costs.alternativeCostPence", Pounds(ground.Costs?.AlternativeCostPence));
                Set($"{g}.costs.alternativeDescription", ground.Costs?.AlternativeDescription);
                Set($"{g}.costs.proportionalityReasoning", ground.Costs?.ProportionalityReasoning);
            }

            if (test.Section9 is { } s9)
            {
                Set($"{at}.section9.compatibleWithEfficientInstruction", s9.CompatibleWithEfficientInstruction);
                Set($"{at}.section9.avoidsUnreasonablePublicExpenditure", s9.AvoidsUnreasonablePublicExpenditure);
                Set($"{at}.section9.requestedPlacementCostPence", Pounds(s9.RequestedPlacementCostPence));
                Set($"{at}.section9.alternativeCostPence", Pounds(s9.AlternativeCostPence));
                Set($"{at}.section9.reasons", s9.Reasons);
                values[$"{at}.section9.evidenceReliedOn"] = new StringValues((s9.EvidenceReliedOn ?? []).Select(e => e.ToString()).ToArray());
            }
        }

        if (answers.MainstreamPresumption is { } m)
        {
            Set("mainstreamPresumption.familyDoesNotWantMainstream", m.FamilyDoesNotWantMainstream);
            Set("mainstreamPresumption.incompatibleWithEfficientEducationOfOthers", m.IncompatibleWithEfficientEducationOfOthers);
            Set("mainstreamPresumption.reasonableStepsConsidered", m.ReasonableStepsConsidered);
            Set("mainstreamPresumption.noReasonableStepsCouldPrevent", m.NoReasonableStepsCouldPrevent);
            Set("mainstreamPresumption.reasons", m.Reasons);
        }

        return new DecisionForm(values);
    }

    private static string? Pounds(long? pence) =>
        pence is { } p ? (p / 100m).ToString("0.00", CultureInfo.InvariantCulture) : null;

    private RecordDecision.GroundFindingInput Ground(string at, Section39Ground ground, ModelStateDictionary errors)
    {
        var costs = ground == Section39Ground.IncompatibleWithEfficientUseOfResources && AnyUnder(at + ".costs.")
            ? new RecordDecision.CostComparisonInput(
                Pence($"{at}.costs.requestedPlacementCostPence", errors),
                Pence($"{at}.costs.alternativeCostPence", errors),
                Text($"{at}.costs.alternativeDescription"),
                Text($"{at}.costs.proportionalityReasoning"))
            : null;
        return new RecordDecision.GroundFindingInput(ground, Bool($"{at}.applies"), Text($"{at}.reasons"), Guids($"{at}.evidenceReliedOn"), costs);
    }

    private bool AnyUnder(string prefix, params string[] except) =>
        _values.Any(v => v.Key.StartsWith(prefix, StringComparison.Ordinal) && !except.Contains(v.Key) && v.Value.Any(s => !string.IsNullOrWhiteSpace(s)));

    private string? Text(string name) => Value(name) is { } v && !string.IsNullOrWhiteSpace(v) ? v.Trim() : null;

    private bool? Bool(string name) => Text(name) switch
    {
        "true" => true,
        "false" => false,
        _ => null,
    };

    private int? Int(string name) => int.TryParse(Text(name), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;

    private TEnum? Enum<TEnum>(string name)
        where TEnum : struct, Enum =>
        FormEnum.Parse<TEnum>(Text(name));

    private List<Guid> Guids(string name) =>
        _values.TryGetValue(name, out var values) ? values.Select(v => Guid.TryParse(v, out var g) ? g : Guid.Empty).Where(g => g != Guid.Empty).ToList() : [];

    private long? Pence(string name, ModelStateDictionary errors)
    {
        var text = Text(name)?.Replace("£", string.Empty, StringComparison.Ordinal).Replace(",", string.Empty, StringComparison.Ordinal);
        if (text is null)
        {
            return null;
        }

        if (decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var pounds) && pounds <= long.MaxValue / 100m && decimal.Round(pounds, 2) == pounds)
        {
            return (long)(pounds * 100);
        }

        errors.AddModelError(name, "Enter an amount in pounds, like 23000 or 23000.50.");
        return null;
    }
}
