using System.Globalization;
using PanelCaseManager.Application.Features.Panels;
using PanelCaseManager.Domain.Needs;
using PanelCaseManager.Domain.Panels;
using PanelCaseManager.Domain.Provision;

namespace PanelCaseManager.Web.Ui;

/// <summary>
/// The panel's pages in words: a sector's verdict (from the domain's <see cref="SectorMatch.Describe(SectorFit)"/>, the
/// one place its words live), the sector match as a short ranked list with its reasons, and a decision's outcome as the
/// agenda and the chair's home say it ("Placement at Beechwood SEMH School agreed"). No enum's name reaches a page.
/// </summary>
internal static class PanelText
{
    /// <summary>How many sectors the short list shows at most.</summary>
    public const int ShortListLength = 5;

    /// <summary>"Fits", "Partly fits", "Does not fit".</summary>
    public static string Label(this SectorFit fit) => Capitalised(fit.Describe());

    public static string TagClass(this SectorFit fit) => fit switch
    {
        SectorFit.Fits => "govuk-tag--green",
        SectorFit.PartlyFits => "govuk-tag--yellow",
        _ => "govuk-tag--grey",
    };

    /// <summary>One sector of the match in words: which of the child's needs it is designed for, and which it is not.</summary>
    public sealed record RankedSector(string Name, SectorFit Fit, string Summary, IReadOnlyList<string> Meets, IReadOnlyList<string> DoesNotMeet);

    /// <summary>
    /// Every sector, best first: those that fit, then those that partly fit, then the rest; within each, the one that
    /// meets the child's need in more areas first, then by name.
    /// </summary>
    public static IReadOnlyList<RankedSector> Ranked(CasePackDocument.PackSectorMatch match)
    {
        ArgumentNullException.ThrowIfNull(match);
        return match.Sectors
            .Select(s => new RankedSector(
                s.Name,
                s.Fit,
                s.Summary,
                s.Areas.Where(a => a.Outcome == AreaOutcome.Within && a.ChildLevel > 0).Select(Meets).ToList(),
                s.Areas.Where(a => a.Outcome != AreaOutcome.Within).Select(a => a.Reason).ToList()))
            .OrderBy(s => s.Fit)
            .ThenByDescending(s => s.Meets.Count)
            .ThenBy(s => s.DoesNotMeet.Count)
            .ThenBy(s => s.Name, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The short list: the sectors that fit or partly fit, best first, at most <see cref="ShortListLength"/>.</summary>
    public static IReadOnlyList<RankedSector> ShortList(CasePackDocument.PackSectorMatch match) =>
        Ranked(match).Where(s => s.Fit != SectorFit.DoesNotFit).Take(ShortListLength).ToList();

    private static string Meets(CasePackDocument.PackAreaVerdict area) => area.Minimum is { } min && area.Maximum is { } max
        ? string.Create(CultureInfo.InvariantCulture, $"{area.Area.Describe()}: the child's level {area.ChildLevel} is within the levels {min} to {max} it is designed for.")
        : string.Create(CultureInfo.InvariantCulture, $"{area.Area.Describe()}: the child's level {area.ChildLevel} is within what it is designed for.");

    /// <summary>What a decision decides, in words: "Placement at Beechwood SEMH School agreed", "Refused", "Deferred for more evidence".</summary>
    public static string Outcome(GetPanelMeeting.DecidedAs decided)
    {
        ArgumentNullException.ThrowIfNull(decided);
        return Outcome(decided.Outcome, decided.Setting, decided.ProvisionKind);
    }

    public static string Outcome(DecisionOutcome outcome, string? setting, Domain.PlacementRequests.ProvisionKind? kind) => outcome switch
    {
        DecisionOutcome.AgreeFamilyPreference when setting is not null => $"Placement at {setting} agreed",
        DecisionOutcome.NameAnotherSetting when setting is not null => $"{setting} named instead of the family's preference",
        DecisionOutcome.NameTypeAndConsult when kind is { } k => $"{k.Label()} named; settings to be consulted",
        DecisionOutcome.Decline => (setting ?? kind?.Label()) is { } instead ? $"Refused; {instead} named instead" : "Refused",
        _ => outcome.Describe(),
    };

    private static string Capitalised(string words) => words.Length == 0 ? words : char.ToUpperInvariant(words[0]) + words[1..];
}
