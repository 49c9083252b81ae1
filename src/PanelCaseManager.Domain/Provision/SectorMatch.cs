using System.Globalization;
using PanelCaseManager.Domain.Children;
using PanelCaseManager.Domain.Needs;
using PanelCaseManager.Domain.PlacementRequests;

namespace PanelCaseManager.Domain.Provision;

/// <summary>
/// Matches a child's needs against the published sector profiles, then lists the settings of the sectors that fit.
/// <para>
/// The rule. A sector whose profile does not serve the child's primary (SEN2) need <b>does not fit</b>, whatever the
/// levels. Otherwise, for each broad area of need the child's level (0–4) is compared with the range the profile
/// states for that area; an area the profile states no range for counts as 0–0. A sector <b>fits</b> when every
/// level is within its range. It <b>partly fits</b> when the level in the area of the child's primary need is within its
/// range, no level is below a range, and every level above a range is in an area where one of the child's
/// recorded SEN2 needs is a co-occurring need the profile supports. Otherwise it <b>does not fit</b>. Each area's
/// outcome is explained in words. Sectors without a published profile are not judged.
/// </para>
/// <para>
/// Candidates are the settings of sectors that fit or partly fit and that take pupils of the child's school year,
/// ordered by fit, then distance from home (unknown last), then name, then URN, so that the same input always
/// gives the same answer in the same order. Locality is estimated from the straight-line distance times a road
/// factor: a child of primary age or younger is local within a walking or wheeling distance, an older child within
/// a number of minutes' drive at an assumed average speed. Each of the family's preferences is always reported,
/// matched or not.
/// </para>
/// </summary>
public static class SectorMatch
{
    /// <summary>The rule in plain words, for the API description and the panel's screen.</summary>
    public const string Rule =
        "A sector whose published profile does not serve the child's primary need (SEN2) does not fit, whatever the levels. "
        + "Otherwise, for each broad area of need the child's level (0–4) is compared with the range the sector's published profile states "
        + "for that area (an area with no range stated counts as 0–0). A sector fits when every level is within its range. It "
        + "partly fits when the level in the area of the child's primary need is within its range, no level is below a range, and "
        + "every level above a range is in an area where one of the child's recorded needs (SEN2) is a co-occurring need the "
        + "profile supports. Otherwise it does not fit. Candidate settings are those of fitting and partly fitting sectors that "
        + "take pupils of the child's school year, ordered by fit, then distance from home, then name and URN. Locality is "
        + "estimated from the straight-line distance times a road factor: up to primary age, local means within a walking or "
        + "wheeling distance; older, within a number of minutes' drive at an assumed average speed. The family's preferences "
        + "are always shown, matched or not.";

    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>Judges every sector that has a published profile, in a stable order: fits first, then by name and code.</summary>
    public static IReadOnlyList<SectorVerdict> JudgeSectors(MatchChild child, IEnumerable<Sector> sectors, Sen2Catalogue sen2)
    {
        ArgumentNullException.ThrowIfNull(child);
        ArgumentNullException.ThrowIfNull(sectors);
        ArgumentNullException.ThrowIfNull(sen2);
        var primary = child.Needs.Where(n => n.Rank == RankedNeed.Primary && sen2.Contains(n.Code)).Select(n => sen2.Get(n.Code)).FirstOrDefault();
        return sectors
            .Where(s => s.Published is not null)
            .Select(s => Judge(child, s, s.Published!, primary, sen2))
            .OrderBy(v => v.Fit)
            .ThenBy(v => v.Name, StringComparer.OrdinalIgnoreCase)
            .ThenBy(v => v.Code, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>
    /// The whole match. <paramref name="settings"/> may be the whole catalogue or only the settings of the sectors
    /// that fit plus those the family names: the answer is the same.
    /// </summary>
    public static SectorMatchResult Evaluate(
        MatchChild child,
        IEnumerable<Sector> sectors,
        IEnumerable<Setting> settings,
        IReadOnlyList<Preference> preferences,
        Sen2Catalogue sen2,
        LocalityRules rules,
        int maximumCandidates)
    {
        ArgumentNullException.ThrowIfNull(child);
        ArgumentNullException.ThrowIfNull(sectors);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(preferences);
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentOutOfRangeException.ThrowIfLessThan(maximumCandidates, 1);

        var allSectors = sectors.ToList();
        var verdicts = JudgeSectors(child, allSectors, sen2);
        var verdictBySector = verdicts.ToDictionary(v => v.SectorId);
        var sectorNames = allSectors.ToDictionary(s => s.Id, s => s.Name);
        var settingList = settings as IReadOnlyCollection<Setting> ?? settings.ToList();

        // The scan keeps only what ordering needs; the words are written for the candidates that are listed.
        var home = child.Home?.Coordinates;
        var worstFirst = Comparer<Ranked>.Create((a, b) => Compare(b, a));
        var best = new PriorityQueue<Ranked, Ranked>(maximumCandidates + 1, worstFirst);
        var found = 0;
        foreach (var setting in settingList)
        {
            if (!verdictBySector.TryGetValue(setting.SectorId, out var verdict) || verdict.Fit == SectorFit.DoesNotFit || !setting.TakesPupilsIn(child.Year))
            {
                continue;
            }

            found++;
            var ranked = new Ranked(setting, verdict, home?.KilometresTo(setting.Location));
            if (best.Count < maximumCandidates)
            {
                best.Enqueue(ranked, ranked);
            }
            else if (Compare(ranked, best.Peek()) < 0)
            {
                best.EnqueueDequeue(ranked, ranked);
            }
        }

        var candidates = new List<CandidateSetting>(best.Count);
        while (best.Count > 0)
        {
            var ranked = best.Dequeue();
            candidates.Add(new CandidateSetting(ranked.Setting, ranked.Verdict, AssessLocality(child, ranked.Setting.Location, rules), FlagsFor(ranked.Setting)));
        }

        candidates.Reverse();

        var notes = new List<string>();
        if (verdicts.Count == 0)
        {
            notes.Add("No sector profile is published, so no sector can be matched and no setting suggested.");
        }

        if (child.Home?.Coordinates is null)
        {
            notes.Add(child.Home is null
                ? "The child's home address is not recorded, so settings are listed without distances and locality is unknown."
                : "The child's home postcode has no coordinates recorded, so settings are listed without distances and locality is unknown.");
        }

        if (found > candidates.Count)
        {
            notes.Add(string.Create(English, $"Showing the first {candidates.Count} of {found} settings in sectors that fit."));
        }

        var matches = preferences.OrderBy(p => p.Rank)
            .Select(p => MatchPreference(p, child, settingList, verdicts, verdictBySector, sectorNames, rules))
            .ToList();
        return new SectorMatchResult(verdicts, candidates, found, matches, notes);
    }

    /// <summary>How far the setting is from the child's home, and whether it is local for a child of their phase.</summary>
    public static LocalityAssessment AssessLocality(MatchChild child, GeoPoint settingLocation, LocalityRules rules)
    {
        ArgumentNullException.ThrowIfNull(child);
        ArgumentNullException.ThrowIfNull(settingLocation);
        ArgumentNullException.ThrowIfNull(rules);
        if (child.Home?.Coordinates is not { } home)
        {
            return new LocalityAssessment(Locality.Unknown, null, null, null,
                child.Home is null ? "Distance unknown: the child's home address is not recorded." : "Distance unknown: the child's home postcode has no coordinates recorded.");
        }

        var straight = home.KilometresTo(settingLocation);
        var route = straight * rules.RoadDistanceFactor;
        var minutes = (int)Math.Round(route / rules.AssumedDrivingSpeedKph * 60, MidpointRounding.AwayFromZero);
        if (child.Year.Phase is EducationPhase.EarlyYears or EducationPhase.Primary)
        {
            var local = route <= rules.PrimaryWalkOrWheelKilometres;
            return new LocalityAssessment(
                local ? Locality.Local : Locality.NotLocal,
                straight,
                route,
                minutes,
                string.Create(English, $"About {route:0.0} km by road ({straight:0.0} km in a straight line): {(local ? "within" : "beyond")} the {rules.PrimaryWalkOrWheelKilometres:0.0} km a primary-age child can walk or wheel."));
        }

        var near = minutes <= rules.SecondaryDriveMinutes;
        return new LocalityAssessment(
            near ? Locality.Local : Locality.NotLocal,
            straight,
            route,
            minutes,
            string.Create(English, $"About {minutes} minutes' drive ({route:0.0} km by road, {straight:0.0} km in a straight line): {(near ? "within" : "more than")} the {rules.SecondaryDriveMinutes} minutes that counts as local at this age."));
    }

    public static string Describe(this SectorFit fit) => fit switch
    {
        SectorFit.Fits => "fits",
        SectorFit.PartlyFits => "partly fits",
        SectorFit.DoesNotFit => "does not fit",
        _ => fit.ToString(),
    };

    /// <summary>Names of the areas as they read in a sentence ("SEMH level 3 is above …").</summary>
    public static string ShortName(this BroadAreaOfNeed area) => area switch
    {
        BroadAreaOfNeed.CommunicationAndInteraction => "Communication and interaction",
        BroadAreaOfNeed.CognitionAndLearning => "Cognition and learning",
        BroadAreaOfNeed.SocialEmotionalAndMentalHealth => "SEMH",
        BroadAreaOfNeed.SensoryAndPhysical => "Sensory and physical",
        _ => area.ToString(),
    };

    private static string InSentence(this BroadAreaOfNeed area) =>
        area == BroadAreaOfNeed.SocialEmotionalAndMentalHealth ? area.ShortName() : area.ShortName().ToLowerInvariant();

    private static SectorVerdict Judge(MatchChild child, Sector sector, SectorProfileVersion profile, Sen2Need? primary, Sen2Catalogue sen2)
    {
        var content = profile.Content;
        var primaryArea = primary?.Area;
        var areas = new List<AreaVerdict>(4);
        foreach (var area in Enum.GetValues<BroadAreaOfNeed>())
        {
            areas.Add(JudgeArea(area, child, content, area == primaryArea, sen2));
        }

        // Levels in the right broad area are not enough: the sector must be for the child's primary need itself.
        bool? servesPrimary = primary is null ? null : content.Serves(primary.Code);
        var fit = servesPrimary == false
            ? SectorFit.DoesNotFit
            : areas.All(a => a.Outcome == AreaOutcome.Within)
                ? SectorFit.Fits
                : areas.All(a => a.Outcome is AreaOutcome.Within or AreaOutcome.AboveButSupported)
                  && (primaryArea is null || areas.Single(a => a.Area == primaryArea).Outcome == AreaOutcome.Within)
                    ? SectorFit.PartlyFits
                    : SectorFit.DoesNotFit;

        var outOfRange = areas.Where(a => a.Outcome is AreaOutcome.Below or AreaOutcome.Above).Select(a => a.Reason).ToList();
        var summary = fit switch
        {
            SectorFit.Fits => "Fits: in every area the child's level of need is within the levels this sector is designed for.",
            SectorFit.PartlyFits => "Partly fits: it is designed for the child's level of need in the area of their primary need, and supports as co-occurring "
                                    + string.Join(" and ", areas.Where(a => a.Outcome == AreaOutcome.AboveButSupported).Select(a => a.Area.InSentence()))
                                    + " needs above the levels it states.",
            _ when servesPrimary == false => "Does not fit: " + string.Join(" ", [NotServed(primary!, content, sen2), .. outOfRange]),
            _ => "Does not fit: " + string.Join(" ", outOfRange),
        };
        return new SectorVerdict(sector.Id, sector.Code, sector.Name, sector.Kind, profile.Number, fit, summary, areas, servesPrimary);
    }

    /// <summary>"it does not serve physical disability (PD), the child's primary need; it serves hearing impairment (HI)."</summary>
    private static string NotServed(Sen2Need primary, SectorProfileContent content, Sen2Catalogue sen2)
    {
        var served = content.ServedNeeds.Select(code => sen2.Contains(code) ? NeedInWords(sen2.Get(code)) : code).ToList();
        var serves = served.Count == 0
            ? "its profile names no primary need it serves."
            : $"it serves {JoinAnd(served)}.";
        return $"it does not serve {NeedInWords(primary)}, the child's primary need; {serves}";
    }

    private static string NeedInWords(Sen2Need need) => $"{need.Description.ToLowerInvariant()} ({need.Code})";

    private static string JoinAnd(List<string> items) => items.Count switch
    {
        1 => items[0],
        _ => string.Join(", ", items.Take(items.Count - 1)) + " and " + items[^1],
    };

    private static AreaVerdict JudgeArea(BroadAreaOfNeed area, MatchChild child, SectorProfileContent content, bool isPrimaryArea, Sen2Catalogue sen2)
    {
        var level = child.Levels.LevelIn(area);
        var stated = content.RangeFor(area);
        var range = stated ?? LevelRange.NoneStated;
        var name = area.ShortName();

        if (range.Contains(level))
        {
            var reason = stated is null
                ? string.Create(English, $"{name} level {level}: no need in this area, and the profile states no range for it.")
                : string.Create(English, $"{name} level {level} is within this sector's {range}.");
            return new AreaVerdict(area, level, stated, AreaOutcome.Within, reason);
        }

        if (level < range.Minimum)
        {
            return new AreaVerdict(area, level, stated, AreaOutcome.Below,
                string.Create(English, $"{name} level {level} is below this sector's {range}: it is designed for children with more need in this area."));
        }

        var supported = isPrimaryArea
            ? []
            : child.Needs.Where(n => sen2.Contains(n.Code) && sen2.Get(n.Code).Area == area && content.CoOccurringNeeds.Contains(n.Code, StringComparer.OrdinalIgnoreCase)).ToList();
        var above = stated is null
            ? string.Create(English, $"{name} level {level}: this sector's profile states no range for this area, so it is not designed for need here")
            : string.Create(English, $"{name} level {level} is above this sector's {range}");
        if (supported.Count > 0)
        {
            var codes = string.Join(" and ", supported.Select(n => $"{n.Code} ({sen2.Get(n.Code).Description.ToLowerInvariant()})"));
            return new AreaVerdict(area, level, stated, AreaOutcome.AboveButSupported, $"{above}, but {codes} is a co-occurring need it supports.");
        }

        var why = isPrimaryArea ? ", and this is the area of the child's primary need." : ".";
        return new AreaVerdict(area, level, stated, AreaOutcome.Above, above + why);
    }

    private static List<string> FlagsFor(Setting setting)
    {
        var flags = new List<string>(3);
        if (!setting.InAuthorityArea)
        {
            flags.Add("Outside the authority's area.");
        }

        if (setting.Vacancies == 0)
        {
            flags.Add(string.Create(English, $"No vacancies: {setting.PlacesFilled} of {setting.CommissionedPlaces} places filled."));
        }

        if (setting.Kind == ProvisionKind.Independent)
        {
            flags.Add(setting.S41Approved
                ? "Independent, approved under section 41."
                : "Independent and not approved under section 41: outside the duty to name a family's preference (s.39).");
        }

        return flags;
    }

    private static int Compare(Ranked a, Ranked b)
    {
        var byFit = a.Verdict.Fit.CompareTo(b.Verdict.Fit);
        if (byFit != 0)
        {
            return byFit;
        }

        var byDistance = (a.Kilometres, b.Kilometres) switch
        {
            ({ } x, { } y) => x.CompareTo(y),
            (null, { }) => 1,
            ({ }, null) => -1,
            _ => 0,
        };
        if (byDistance != 0)
        {
            return byDistance;
        }

        var byName = StringComparer.OrdinalIgnoreCase.Compare(a.Setting.Name, b.Setting.Name);
        return byName != 0 ? byName : string.CompareOrdinal(a.Setting.Urn.Value, b.Setting.Urn.Value);
    }

    /// <summary>A candidate as far as ordering needs: its sector's fit and its straight-line distance from home.</summary>
    private readonly record struct Ranked(Setting Setting, SectorVerdict Verdict, double? Kilometres);

    private static PreferenceMatch MatchPreference(
        Preference preference,
        MatchChild child,
        IReadOnlyCollection<Setting> settings,
        IReadOnlyList<SectorVerdict> verdicts,
        Dictionary<SectorId, SectorVerdict> verdictBySector,
        Dictionary<SectorId, string> sectorNames,
        LocalityRules rules)
    {
        if (preference.Kind == PreferenceKind.TypeOfProvision)
        {
            var kind = preference.ProvisionKind;
            var ofKind = verdicts.Where(v => v.Kind == kind).ToList();
            var kindName = kind?.Describe() ?? "type of provision";
            var explanation = ofKind.Count == 0
                ? $"A {kindName} place: no published sector profile is for a {kindName}, so this preference cannot be matched against a profile."
                : $"A {kindName} place: " + string.Join("; ", ofKind.Select(v => $"the sector '{v.Name}' {v.Fit.Describe()}")) + ".";
            return new PreferenceMatch(preference, ofKind.Any(v => v.Fit != SectorFit.DoesNotFit), null, null, ofKind, null, explanation);
        }

        var setting = FindSetting(preference, settings);
        var asked = preference.SettingName ?? preference.SettingUrn ?? "The setting";
        if (setting is null)
        {
            var urn = preference.SettingUrn is null ? string.Empty : $" (URN {preference.SettingUrn})";
            return new PreferenceMatch(preference, false, null, null, [], null,
                $"{asked}{urn} is not in the settings catalogue, so it cannot be matched against the sector profiles; the panel weighs it on the evidence given.");
        }

        verdictBySector.TryGetValue(setting.SectorId, out var verdict);
        var takes = setting.TakesPupilsIn(child.Year);
        var locality = AssessLocality(child, setting.Location, rules);
        var sectorName = sectorNames.GetValueOrDefault(setting.SectorId, "unknown");
        var parts = new List<string>
        {
            verdict is null
                ? $"{setting.Name} (URN {setting.Urn}) is a {setting.Kind.Describe()} in the {sectorName} sector, which has no published profile, so it cannot be matched."
                : $"{setting.Name} (URN {setting.Urn}) is a {setting.Kind.Describe()} in the {verdict.Name} sector, which {verdict.Fit.Describe()} the child's needs (profile version {verdict.ProfileVersion}).",
        };
        if (!takes)
        {
            parts.Add(string.Create(English, $"It takes pupils aged {setting.LowestAge}–{setting.HighestAge}; the child is in {child.Year.Name} (age {Setting.AgeAtStartOf(child.Year)} at the start of the school year)."));
        }

        parts.Add(string.Create(English, $"{setting.Vacancies} of {setting.CommissionedPlaces} places are free."));
        parts.Add(locality.Explanation);
        if (!setting.InAuthorityArea)
        {
            parts.Add("It is outside the authority's area.");
        }

        var matched = verdict is not null && verdict.Fit != SectorFit.DoesNotFit && takes;
        return new PreferenceMatch(preference, matched, setting, verdict, [], locality, string.Join(" ", parts));
    }

    private static Setting? FindSetting(Preference preference, IReadOnlyCollection<Setting> settings) =>
        FindSetting(preference.SettingUrn, preference.SettingName, settings);

    /// <summary>
    /// The catalogue's setting for a name and URN as a family or panel wrote them: by URN when it is in the
    /// catalogue, otherwise by name (ignoring case; of several with that name, the lowest URN).
    /// </summary>
    public static Setting? FindSetting(string? urn, string? name, IReadOnlyCollection<Setting> settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (urn is not null && settings.FirstOrDefault(s => s.Urn.Value == urn.Trim()) is { } byUrn)
        {
            return byUrn;
        }

        var trimmed = name?.Trim();
        return string.IsNullOrEmpty(trimmed)
            ? null
            : settings.Where(s => string.Equals(s.Name, trimmed, StringComparison.OrdinalIgnoreCase)).OrderBy(s => s.Urn.Value, StringComparer.Ordinal).FirstOrDefault();
    }
}
