using PanelCaseManager.Domain.Children;
using PanelCaseManager.Domain.Timeliness;

namespace PanelCaseManager.Domain.Plans;

/// <summary>How a child's phase transfer stands against its statutory date.</summary>
public enum TransferStanding
{
    /// <summary>The amended plan is issued by the date, or there is time enough left.</summary>
    OnTrack,

    /// <summary>Not decided yet, and the statutory date is near (or no request has been made as it nears).</summary>
    AtRisk,

    /// <summary>The date has passed without the amended plan, or the plan was amended after it.</summary>
    Late,
}

/// <summary>The phases a transfer moves between, for filtering a cohort.</summary>
public enum TransferPhase
{
    /// <summary>From early years into Reception.</summary>
    IntoSchool,

    /// <summary>From infant to junior school (after Year 2, or an area's own middle-school years).</summary>
    WithinPrimary,

    /// <summary>From primary (or middle) to secondary school.</summary>
    IntoSecondary,

    /// <summary>From school to a post-16 institution (reg 18(1)(a)).</summary>
    IntoPost16,
}

/// <summary>
/// Which children move between phases in a September, and by when their plans must be amended naming the next setting
/// (SEND Regulations 2014 reg 18): the year groups of <see cref="StatutoryClockRules.TransferYears"/> by
/// <see cref="StatutoryClockRules.PhaseTransferDeadline"/> (15 February), Year <see cref="StatutoryClockRules.LastSecondaryYear"/>
/// by <see cref="StatutoryClockRules.Post16TransferDeadline"/> (31 March), both of the calendar year of the move.
/// </summary>
public sealed record PhaseTransferCohort(int September, IReadOnlyList<PhaseTransferCohort.YearGroup> YearGroups)
{
    /// <summary>One year group of the cohort: the children born in <see cref="BornFrom"/>–<see cref="BornTo"/>, who are in <see cref="Year"/> in the school year before the move.</summary>
    public sealed record YearGroup(SchoolYear Year, TransferPhase Phase, DateOnly BornFrom, DateOnly BornTo, DateOnly Deadline);

    /// <summary>The first day of the school year before the move (1 September of the year before).</summary>
    public DateOnly TransferYearStarts => new(September - 1, 9, 1);

    public static PhaseTransferCohort For(StatutoryClockRules rules, int september)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var academicYearStarts = september - 1;
        var groups = new List<YearGroup>();
        foreach (var year in rules.TransferYears.Where(y => y < rules.LastSecondaryYear).Append(rules.LastSecondaryYear).Distinct().Order())
        {
            // In the school year starting 1 September A, a child is in year Y when aged Y + 4 on 31 August A
            // (SchoolYear.For): born from 1 September A − Y − 5 to 31 August A − Y − 4.
            var bornFrom = new DateOnly(academicYearStarts - year - 5, 9, 1);
            var bornTo = new DateOnly(academicYearStarts - year - 4, 8, 31);
            var phase = year == rules.LastSecondaryYear ? TransferPhase.IntoPost16
                : year < SchoolYear.Reception ? TransferPhase.IntoSchool
                : year >= 6 ? TransferPhase.IntoSecondary
                : TransferPhase.WithinPrimary;
            var deadline = phase == TransferPhase.IntoPost16 ? rules.Post16TransferDeadline.In(september) : rules.PhaseTransferDeadline.In(september);
            groups.Add(new YearGroup(new SchoolYear(year), phase, bornFrom, bornTo, deadline));
        }

        return new PhaseTransferCohort(september, groups);
    }

    /// <summary>The year group of the cohort a child born on <paramref name="dateOfBirth"/> belongs to, if any.</summary>
    public YearGroup? GroupOf(DateOnly dateOfBirth) => YearGroups.FirstOrDefault(g => dateOfBirth >= g.BornFrom && dateOfBirth <= g.BornTo);

    /// <summary>
    /// Where a transfer stands on <paramref name="today"/>: an amended plan issued by the deadline is on track, after it
    /// late; with none issued, a deadline passed is late; fewer than <paramref name="atRiskDays"/> days left (the
    /// deadline day counts: "by 15 February") without a signed-off decision is at risk; anything else is on track.
    /// </summary>
    public static TransferStanding Standing(DateOnly deadline, DateOnly today, DateOnly? amendedPlanIssued, bool decided, int atRiskDays)
    {
        if (amendedPlanIssued is { } issued)
        {
            return issued <= deadline ? TransferStanding.OnTrack : TransferStanding.Late;
        }

        var daysLeft = deadline.DayNumber - today.DayNumber;
        if (daysLeft < 0)
        {
            return TransferStanding.Late;
        }

        return daysLeft < atRiskDays && !decided ? TransferStanding.AtRisk : TransferStanding.OnTrack;
    }
}
