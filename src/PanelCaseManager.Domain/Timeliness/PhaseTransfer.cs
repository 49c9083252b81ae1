using System.Globalization;
using PanelCaseManager.Domain.Children;

namespace PanelCaseManager.Domain.Timeliness;

/// <summary>Which transfer of reg 18 a phase-transfer request is, from the child's year group.</summary>
public enum PhaseTransferKind
{
    /// <summary>The child is not in a year that ends with a move between phases: no phase transfer is due.</summary>
    NotATransferYear,

    /// <summary>Early years to school, infant to junior, primary to middle or secondary, middle to secondary: by 15 February (reg 18(1)(b)).</summary>
    BetweenPhases,

    /// <summary>From a school to a post-16 institution, after Year 11 or a later school year: by 31 March (reg 18(1)(a)).</summary>
    SchoolToPost16,

    /// <summary>From one post-16 institution to another: at least 5 months before the move (reg 18(2)).</summary>
    BetweenPost16Institutions,
}

/// <summary>
/// A phase transfer as the clock works it out: the child's year group in the school year the request arrived, the
/// transfer that year group leads to, and the date by which the plan must be amended naming the next setting.
/// </summary>
/// <param name="AcademicYearStarts">The calendar year in which the school year of the request began (September).</param>
/// <param name="Deadline">Null when no transfer is due.</param>
public sealed record PhaseTransfer(PhaseTransferKind Kind, SchoolYear YearGroup, int AcademicYearStarts, DateOnly? Deadline)
{
    /// <summary>
    /// The phase transfer of a child, from their year group in the school year the request was received in (reg 18):
    /// in a transfer year (<see cref="StatutoryClockRules.TransferYears"/>) the plan is amended by 15 February of the
    /// calendar year of the transfer, the September after; in Year 11, or a later school year, a move from school to a
    /// post-16 institution, by 31 March; a young person past Year 11 moving from one post-16 institution to another
    /// (<paramref name="post16MovePlanned"/> recorded), at least 5 months before the move. Any other year group has no
    /// transfer. The dates stand even on a weekend.
    /// </summary>
    public static PhaseTransfer For(StatutoryClockRules rules, DateOnly received, DateOnly childDateOfBirth, DateOnly? post16MovePlanned = null)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var academicYearStarts = received.Month >= 9 ? received.Year : received.Year - 1;
        var transferYear = academicYearStarts + 1;
        var yearGroup = SchoolYear.For(childDateOfBirth, received);
        if (yearGroup.Number > rules.LastSecondaryYear && post16MovePlanned is { } move)
        {
            return new(PhaseTransferKind.BetweenPost16Institutions, yearGroup, academicYearStarts, StatutoryDates.AddMonths(move, -rules.Post16MoveMonthsBefore));
        }

        if (yearGroup.Number >= rules.LastSecondaryYear)
        {
            return new(PhaseTransferKind.SchoolToPost16, yearGroup, academicYearStarts, rules.Post16TransferDeadline.In(transferYear));
        }

        return rules.TransferYears.Contains(yearGroup.Number)
            ? new(PhaseTransferKind.BetweenPhases, yearGroup, academicYearStarts, rules.PhaseTransferDeadline.In(transferYear))
            : new(PhaseTransferKind.NotATransferYear, yearGroup, academicYearStarts, null);
    }

    /// <summary>The school year of the request, as families write it: "2026/27".</summary>
    public string AcademicYearName => string.Create(CultureInfo.InvariantCulture, $"{AcademicYearStarts}/{(AcademicYearStarts + 1) % 100:D2}");

    /// <summary>The year group in words; the year before Reception reads as such.</summary>
    public static string YearName(int yearGroup) => yearGroup == SchoolYear.Reception - 1 ? "the year before Reception" : new SchoolYear(yearGroup).Name;

    /// <summary>Why a phase transfer is refused for a child not in a transfer year, naming the years that are.</summary>
    public string NotATransferYearMessage(StatutoryClockRules rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var years = rules.TransferYears.Where(y => y < rules.LastSecondaryYear).Order().Select(YearName)
            .Append($"{YearName(rules.LastSecondaryYear)} or later").ToList();
        return $"A phase transfer is for a child in the last year before a move between phases ({string.Join(", ", years[..^1])} or {years[^1]}); "
               + $"on the day the request was received the child is in {YearName(YearGroup.Number)} ({AcademicYearName}). Choose another type of request.";
    }
}
