using System.Globalization;
using PanelCaseManager.Domain.Timeliness;

namespace PanelCaseManager.Domain.Letters;

/// <summary>
/// The one source of the family's right of appeal to the First-tier Tribunal (SEND) (statutory-framework.md §3):
/// which notices carry it (CFA s.51(2)), what each can be appealed about, whether a mediation certificate is needed
/// first (CFA s.55: not for an appeal only about the school or type named in the plan), and the time limit (HESC
/// Rules r.20, with the periods from configuration). Notices and the family's "Your rights" page are both written
/// from it, so they cannot say different things.
/// </summary>
public static class AppealRights
{
    /// <summary>One decision the family can appeal: the notice that gives it, what it is in their words, and the law.</summary>
    /// <param name="PlacementOnlyNeedsNoCertificate">An appeal only about the school or type named in the plan (section I) needs no mediation certificate.</param>
    public sealed record Right(LetterOutcome Notice, string Decision, string Law, bool PlacementOnlyNeedsNoCertificate);

    /// <summary>Every decision the family can appeal, in the order of CFA s.51(2).</summary>
    public static IReadOnlyList<Right> All { get; } =
    [
        new(LetterOutcome.RefusalToAssessNotice, "a decision not to carry out an EHC needs assessment", "Children and Families Act 2014 s.51(2)(a)", false),
        new(LetterOutcome.RefusalToIssueNotice, "a decision not to issue an EHC plan after an assessment", "Children and Families Act 2014 s.51(2)(b)", false),
        new(LetterOutcome.FinalPlanNotice,
            "what the final EHC plan says: the school, college or type of setting it names, or that it names none, and the help it describes",
            "Children and Families Act 2014 s.51(2)(c)", true),
        new(LetterOutcome.RefusalToReassessNotice, "a decision not to carry out a new assessment (a re-assessment)", "Children and Families Act 2014 s.51(2)(d)", false),
        new(LetterOutcome.RefusalToAmendNotice, "a decision not to change the plan after a review or a re-assessment", "Children and Families Act 2014 s.51(2)(e)", false),
        new(LetterOutcome.FinalAmendedPlanNotice,
            "what the final amended plan says: the school, college or type of setting it names, or that it names none, and the help it describes",
            "Children and Families Act 2014 s.51(2)(c)", true),
        new(LetterOutcome.CessationNotice, "a decision to stop the EHC plan", "Children and Families Act 2014 s.51(2)(f)", false),
    ];

    /// <summary>The right a notice carries.</summary>
    public static Right For(LetterOutcome notice) =>
        All.SingleOrDefault(r => r.Notice == notice) ?? throw new ArgumentOutOfRangeException(nameof(notice), notice, "This letter carries no right of appeal.");

    /// <summary>The time limit in the family's words, with the periods in force (HESC Rules r.20).</summary>
    public static string TimeLimit(StatutoryClockRules rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        return $"You must appeal within {Months(rules.AppealMonths)} of the date of the notice, or within {Months(rules.AppealMonthsAfterMediationCertificate)} of the date on your mediation certificate if that is later.";
    }

    /// <summary>That the date given already allows for the days on which a deadline cannot fall (HESC Rules r.12), as configured.</summary>
    public static string DateMoves(StatutoryClockRules rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var when = new List<string>();
        if (rules.AppealDeadlineMovesOffNonWorkingDays)
        {
            when.Add("on a weekend or a bank holiday");
        }

        if (rules.AppealChristmasRule)
        {
            when.Add($"between {DayOf(rules.ChristmasStarts)} and {DayOf(rules.ChristmasEnds)}");
        }

        if (rules.AppealRecessMonth is >= 1 and <= 12)
        {
            when.Add("in " + CultureInfo.GetCultureInfo("en-GB").DateTimeFormat.GetMonthName(rules.AppealRecessMonth));
        }

        var list = when.Count <= 1 ? string.Concat(when) : $"{string.Join(", ", when.Take(when.Count - 1))} or {when[^1]}";
        return when.Count == 0
            ? string.Empty
            : $"If the last day would fall {list}, it moves to the next working day after that. The date we give you allows for this.";
    }

    /// <summary>That a certificate comes whether or not the family takes part in mediation (CFA s.55(4)).</summary>
    public const string CertificateWhetherOrNotYouMediate =
        "The mediation adviser gives you a certificate whether or not you decide to take part in mediation.";

    /// <summary>Before appealing, the family contacts a mediation adviser for a certificate (CFA s.55(3)).</summary>
    public const string CertificateNeeded = "Before you appeal, you must contact a mediation adviser and get a certificate.";

    /// <summary>The exception for an appeal only about the placement a plan names (CFA s.55(1)(b)).</summary>
    public const string PlacementOnlyException =
        "You do not need a certificate if your appeal is only about the school, college or type of setting named in the plan (section I).";

    /// <summary>
    /// When to contact the mediation adviser (CFA s.55(2), reg 32: within the period of the notice), as the notices
    /// say it: only if the family wants mediation or a certificate.
    /// </summary>
    public static string ContactTheAdviser(string period) =>
        $"Contact the mediation adviser within {period} of the date of the notice if you want mediation or a certificate. Please tell us too if you want mediation.";

    /// <summary>When the family must contact a mediation adviser before appealing, for this right (CFA s.55).</summary>
    public static string MediationRule(Right right)
    {
        ArgumentNullException.ThrowIfNull(right);
        return right.PlacementOnlyNeedsNoCertificate ? $"{CertificateNeeded} {PlacementOnlyException}" : CertificateNeeded;
    }

    private static string Months(int months) => months.ToString(CultureInfo.InvariantCulture) + (months == 1 ? " month" : " months");

    private static string DayOf(MonthDay day) => new DateOnly(2000, day.Month, day.Day).ToString("d MMMM", CultureInfo.GetCultureInfo("en-GB"));
}
