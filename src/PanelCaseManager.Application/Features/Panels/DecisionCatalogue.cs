using Microsoft.EntityFrameworkCore;
using PanelCaseManager.Application.Persistence;
using PanelCaseManager.Domain.Panels;
using PanelCaseManager.Domain.PlacementRequests;
using PanelCaseManager.Domain.Provision;

namespace PanelCaseManager.Application.Features.Panels;

/// <summary>
/// Ties a decision to the provision catalogue where the catalogue holds the settings it is about: a setting named by
/// its catalogue id takes the catalogue's name, URN and kind; each preference tested and the setting named carry
/// their catalogue id; a cost left out of the resources ground is the catalogue's annual cost of the setting
/// concerned, and the catalogue's figure is recorded beside the one the panel used. Settings the catalogue does not
/// hold keep the names the panel gave. Each preferred setting's status — the catalogue's, or the one the panel
/// records for a setting the catalogue does not hold — decides the test it takes (CFA s.38(3), s.39; EA 1996 s.9).
/// </summary>
public sealed class DecisionCatalogue(PanelDbContext db)
{
    private (RecordDecision.Command Command, Facts Facts)? _completed;

    /// <summary>
    /// The command with what the catalogue supplies filled in, the catalogue settings it is about, the case as the
    /// decision's rules need it (null when there is no such case), and problems with the preferred settings' statuses.
    /// </summary>
    public sealed record Facts(
        RecordDecision.Command Completed,
        IReadOnlyDictionary<int, Setting> PreferenceSettings,
        Setting? NamedSetting,
        Setting? Alternative,
        bool NamedSettingIdUnknown,
        bool NamedSettingUrnDiffers,
        DecisionCase? Case = null,
        IReadOnlyList<(string Field, string Message)>? StatusProblems = null)
    {
        public IReadOnlyList<(string Field, string Message)> StatusProblems { get; init; } = StatusProblems ?? [];
    }

    /// <summary>Each of the family's preferences for a named setting, with its status where the catalogue knows it.</summary>
    public sealed record PreferredSetting(int Rank, string Name, Guid? SettingId, SettingStatus? CatalogueStatus);

    /// <summary>The family's preferences for named settings on a case, in rank order, each with what the catalogue says of its status.</summary>
    public async Task<IReadOnlyList<PreferredSetting>> PreferredSettingsAsync(PlacementRequestId caseId, CancellationToken cancellationToken)
    {
        var request = await db.PlacementRequests.AsNoTracking().SingleOrDefaultAsync(p => p.Id == caseId, cancellationToken);
        var preferences = request?.Preferences.Where(p => p.Kind == PreferenceKind.NamedSetting).OrderBy(p => p.Rank).ToList() ?? [];
        var settings = await SettingsAsync(preferences, null, cancellationToken);
        return preferences
            .Select(p => (Preference: p, Setting: SectorMatch.FindSetting(p.SettingUrn, p.SettingName, settings)))
            .Select(x => new PreferredSetting(x.Preference.Rank, x.Preference.Describe(), x.Setting?.Id.Value, x.Setting?.Status))
            .ToList();
    }

    public async Task<Facts> CompleteAsync(RecordDecision.Command command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);

        // The validator completes the command first, then the handler needs the same facts in the same request
        // (one scope, one command): the catalogue is read once per command, not once for each (issue 18).
        if (_completed is { } done && ReferenceEquals(done.Command, command))
        {
            return done.Facts;
        }

        var facts = await ReadFactsAsync(command, cancellationToken);
        _completed = (command, facts);
        return facts;
    }

    private async Task<Facts> ReadFactsAsync(RecordDecision.Command command, CancellationToken cancellationToken)
    {
        var request = await db.PlacementRequests.AsNoTracking()
            .SingleOrDefaultAsync(p => p.Id == new PlacementRequestId(command.PlacementRequestId), cancellationToken);
        var preferences = request?.Preferences.Where(p => p.Kind == PreferenceKind.NamedSetting).ToList() ?? [];
        var named = command.NamedSetting;
        var settings = await SettingsAsync(preferences, named, cancellationToken);

        var preferenceSettings = new Dictionary<int, Setting>();
        foreach (var preference in preferences)
        {
            if (SectorMatch.FindSetting(preference.SettingUrn, preference.SettingName, settings) is { } found)
            {
                preferenceSettings[preference.Rank] = found;
            }
        }

        var namedSetting = named is null
            ? null
            : named.SettingId is { } id
                ? settings.SingleOrDefault(s => s.Id.Value == id)
                : SectorMatch.FindSetting(named.Urn, named.Name, settings);
        var idUnknown = named?.SettingId is not null && namedSetting is null;
        var urnDiffers = named?.SettingId is not null && namedSetting is not null
                         && !string.IsNullOrWhiteSpace(named.Urn) && named.Urn.Trim() != namedSetting.Urn.Value;
        if (named is not null && namedSetting is not null && named.SettingId is not null)
        {
            named = named with
            {
                Name = string.IsNullOrWhiteSpace(named.Name) ? namedSetting.Name : named.Name,
                Urn = namedSetting.Urn.Value,
                ProvisionKind = named.ProvisionKind ?? namedSetting.Kind,
            };
        }

        var alternative = command.Outcome switch
        {
            DecisionOutcome.NameAnotherSetting => namedSetting,
            DecisionOutcome.AgreeFamilyPreference when command.AgreedPreferenceRank is { } agreed => preferenceSettings.GetValueOrDefault(agreed),
            _ => null,
        };

        var statusProblems = new List<(string Field, string Message)>();
        var tests = command.PreferenceTests?.Select((t, i) => t is null ? null! : t with
        {
            Grounds = t.Grounds?.Select(g => g is not { Ground: Section39Ground.IncompatibleWithEfficientUseOfResources }
                    ? g
                    : g with { Costs = DefaultCosts(g.Costs, t.PreferenceRank is { } rank ? preferenceSettings.GetValueOrDefault(rank) : null, alternative) })
                .ToList(),
            SettingStatus = StatusOf(t, $"preferenceTests[{i}]", preferences, preferenceSettings, statusProblems),
        }).ToList();

        return new Facts(
            command with { NamedSetting = named, PreferenceTests = tests },
            preferenceSettings,
            namedSetting,
            alternative,
            idUnknown,
            urnDiffers,
            request is null ? null : new DecisionCase(request.Type, request.Preferences),
            statusProblems);
    }

    /// <summary>
    /// The status of the preferred setting a test is about: the catalogue's, which the panel may not contradict, or
    /// the one the panel gives for a setting the catalogue does not hold. Without either the test cannot be chosen.
    /// </summary>
    private static SettingStatus? StatusOf(
        RecordDecision.PreferenceTestInput test,
        string field,
        List<Preference> preferences,
        Dictionary<int, Setting> preferenceSettings,
        List<(string Field, string Message)> problems)
    {
        if (test.PreferenceRank is not { } rank || test.SettingStatus is { } given && !Enum.IsDefined(given))
        {
            return test.SettingStatus;
        }

        if (preferenceSettings.TryGetValue(rank, out var setting))
        {
            if (test.SettingStatus is { } stated && stated != setting.Status)
            {
                problems.Add(($"{field}.settingStatus",
                    $"{setting.Name} is {setting.Status.Describe()} in the provision catalogue: leave its status out, or ask an administrator to correct the catalogue."));
            }

            return setting.Status;
        }

        if (test.SettingStatus is null && preferences.SingleOrDefault(p => p.Rank == rank) is { } preference)
        {
            problems.Add(($"{field}.settingStatus",
                $"{preference.Describe()} is not in the provision catalogue: say what kind of setting it is (maintained school or nursery, academy, further education college, non-maintained special school, independent approved under section 41, or another independent setting). Its status decides whether section 39 or section 9 applies."));
        }

        return test.SettingStatus;
    }

    /// <summary>The catalogue settings the preferences and the setting named may be, found by id, URN or name.</summary>
    private async Task<List<Setting>> SettingsAsync(List<Preference> preferences, RecordDecision.NamedSettingInput? named, CancellationToken cancellationToken)
    {
        var urns = preferences.Select(p => p.SettingUrn).Append(named?.Urn)
            .Where(u => Urn.TryParse(u, out _)).Select(u => Urn.Parse(u!)).ToList();
        var names = preferences.Select(p => p.SettingName).Append(named?.Name)
            .Select(n => n?.Trim().ToUpperInvariant()).OfType<string>().Where(n => n.Length > 0).ToList();
        var ids = named?.SettingId is { } namedId ? [new SettingId(namedId)] : new List<SettingId>();
#pragma warning disable CA1304, CA1311 // ToUpper here is translated to SQL's UPPER, not run in .NET.
        return await db.Settings.AsNoTracking()
            .Where(s => ids.Contains(s.Id) || urns.Contains(s.Urn) || names.Contains(s.Name.ToUpper()))
            .ToListAsync(cancellationToken);
#pragma warning restore CA1304, CA1311
    }

    /// <summary>The content of a completed command, each setting and cost comparison carrying what the catalogue says of it.</summary>
    public static DecisionContent ContentOf(Facts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var content = RecordDecision.ToContent(facts.Completed);
        return content with
        {
            NamedSetting = content.NamedSetting is { } named && facts.NamedSetting is { } setting ? named with { SettingId = setting.Id.Value } : content.NamedSetting,
            PreferenceTests = content.PreferenceTests.Select(test =>
            {
                var preferred = facts.PreferenceSettings.GetValueOrDefault(test.PreferenceRank);
                return test with
                {
                    Setting = preferred is null ? null : new CatalogueSetting(preferred.Id.Value, preferred.Urn.Value, preferred.Name),
                    Grounds = test.Grounds.Select(g => g.Costs is null
                        ? g
                        : g with
                        {
                            Costs = g.Costs with
                            {
                                CatalogueRequestedCostPence = preferred?.AnnualCost.Pence,
                                CatalogueAlternativeCostPence = facts.Alternative?.AnnualCost.Pence,
                            },
                        }).ToList(),
                };
            }).ToList(),
        };
    }

    /// <summary>
    /// Where the decision places the child, as the catalogue and the frozen papers' match have it, and the profile
    /// versions of that match. A setting's sector and profile version are those the panel saw where the papers have them.
    /// </summary>
    public async Task<(IReadOnlyList<SectorProfileUsed> Profiles, DecisionPlacement? Placement)> PlacementAsync(
        DecisionContent content, Facts facts, CasePackDocument papers, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(papers);
        var match = papers.SectorMatch;
        var profiles = match?.Sectors.Select(s => new SectorProfileUsed(s.Code, s.Name, s.ProfileVersion, s.Fit)).ToList() ?? [];

        DecisionPlacement? placement;
        switch (content.Outcome)
        {
            case DecisionOutcome.AgreeFamilyPreference when content.AgreedPreferenceRank is { } rank:
                var preference = papers.Preferences.SingleOrDefault(p => p.Rank == rank);
                var seen = match?.Preferences.SingleOrDefault(p => p.Rank == rank);
                placement = await SettingPlacementAsync(facts.PreferenceSettings.GetValueOrDefault(rank), preference?.SettingName ?? preference?.SettingUrn, seen, match, cancellationToken);
                break;
            case DecisionOutcome.NameAnotherSetting when content.NamedSetting is { } named:
                placement = await SettingPlacementAsync(facts.NamedSetting, named.Name, null, match, cancellationToken);
                break;
            case DecisionOutcome.NameTypeAndConsult when content.NamedProvisionKind is { } kind:
                // A type names a sector only when the papers show exactly one sector of that kind that fits.
                var fitting = match?.Sectors.Where(s => s.Kind == kind && s.Fit != SectorFit.DoesNotFit).ToList() ?? [];
                placement = fitting.Count == 1
                    ? new DecisionPlacement(null, null, null, fitting[0].Code, fitting[0].Name, fitting[0].ProfileVersion, null)
                    : null;
                break;
            default:
                placement = null;
                break;
        }

        return (profiles, placement);
    }

    private async Task<DecisionPlacement?> SettingPlacementAsync(
        Setting? setting, string? nameGiven, CasePackDocument.PackPreferenceMatch? seen, CasePackDocument.PackSectorMatch? match, CancellationToken cancellationToken)
    {
        if (setting is null)
        {
            return nameGiven is null ? null : new DecisionPlacement(null, null, nameGiven, null, null, null, null);
        }

        var sector = await db.Sectors.AsNoTracking().Where(s => s.Id == setting.SectorId).Select(s => new { s.Code, s.Name }).SingleAsync(cancellationToken);
        var verdict = match?.Sectors.SingleOrDefault(s => s.Code == sector.Code);
        return new DecisionPlacement(
            setting.Id.Value,
            setting.Urn.Value,
            setting.Name,
            sector.Code,
            verdict?.Name ?? sector.Name,
            seen?.ProfileVersion ?? verdict?.ProfileVersion,
            seen?.InAuthorityArea ?? setting.InAuthorityArea);
    }

    private static RecordDecision.CostComparisonInput? DefaultCosts(RecordDecision.CostComparisonInput? given, Setting? requested, Setting? alternative)
    {
        if (given is null)
        {
            return requested is null || alternative is null
                ? null
                : new RecordDecision.CostComparisonInput(requested.AnnualCost.Pence, alternative.AnnualCost.Pence, $"A place at {alternative.Name}", null);
        }

        return given with
        {
            RequestedPlacementCostPence = given.RequestedPlacementCostPence ?? requested?.AnnualCost.Pence,
            AlternativeCostPence = given.AlternativeCostPence ?? alternative?.AnnualCost.Pence,
            AlternativeDescription = string.IsNullOrWhiteSpace(given.AlternativeDescription) && alternative is not null ? $"A place at {alternative.Name}" : given.AlternativeDescription,
        };
    }
}
