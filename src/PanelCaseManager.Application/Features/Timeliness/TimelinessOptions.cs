using PanelCaseManager.Domain.Timeliness;

namespace PanelCaseManager.Application.Features.Timeliness;

/// <summary>
/// The statutory periods and rules ("StatutoryClock" in configuration). Defaults are those of
/// statutory-framework.md §2; every one can be changed without a release when the law or guidance changes.
/// </summary>
public sealed class StatutoryClockOptions
{
    public const string Section = "StatutoryClock";

    /// <summary>reg 4(1), 5(1): 6 weeks from the request.</summary>
    public int DecisionToAssessWeeks { get; set; } = 6;

    /// <summary>reg 8(1): 6 weeks from the agency's receipt of the request.</summary>
    public int AgencyAdviceWeeks { get; set; } = 6;

    /// <summary>reg 10(1): 16 weeks from the request.</summary>
    public int DecisionWhetherToIssueWeeks { get; set; } = 16;

    /// <summary>reg 13(1)(b): at least 15 days beginning with the day the draft plan was served.</summary>
    public int DraftPlanCommentsDays { get; set; } = 15;

    /// <summary>CoP guidance: 15 days for a consulted setting to reply.</summary>
    public int SettingConsultationDays { get; set; } = 15;

    /// <summary>reg 13(2): 20 weeks from the request.</summary>
    public int FinalPlanWeeks { get; set; } = 20;

    /// <summary>reg 27(2): 14 weeks from the re-assessment request.</summary>
    public int FinalPlanAfterReassessmentWeeks { get; set; } = 14;

    /// <summary>CFA 2014 s.44(1): within 12 months starting with the date of the plan.</summary>
    public int AnnualReviewMonths { get; set; } = 12;

    /// <summary>reg 20(4): 2 weeks' notice of the review meeting.</summary>
    public int ReviewNoticeWeeksBeforeMeeting { get; set; } = 2;

    /// <summary>reg 20(7)–(8): the review report within 2 weeks of the meeting.</summary>
    public int ReviewReportWeeks { get; set; } = 2;

    /// <summary>reg 20(10), 22: the decision within 4 weeks of the meeting.</summary>
    public int ReviewDecisionWeeks { get; set; } = 4;

    /// <summary>reg 22(3): the final amended plan within 8 weeks of the proposed amendments.</summary>
    public int AmendedPlanWeeks { get; set; } = 8;

    /// <summary>reg 18(1)(b): month and day, "02-15".</summary>
    public string PhaseTransferDeadline { get; set; } = "02-15";

    /// <summary>reg 18(1)(a): from a school to a post-16 institution, "03-31".</summary>
    public string Post16TransferDeadline { get; set; } = "03-31";

    /// <summary>The school year whose next move is from secondary school to post-16 (Year 11); later years are post-16.</summary>
    public int LastSecondaryYear { get; set; } = 11;

    /// <summary>
    /// reg 2(1), 18: the school years before <see cref="LastSecondaryYear"/> that end with a transfer between phases:
    /// −1 (the year before Reception), 2 and 6 by default; add middle-school years (such as 4 and 8) where the area has them.
    /// </summary>
    public IList<int>? TransferYears { get; set; }

    /// <summary>reg 18(2): a move between post-16 institutions, at least 5 months before it.</summary>
    public int Post16MoveMonthsBefore { get; set; } = 5;

    /// <summary>reg 5(4)(c), 8(2)(b), 10(4)(d): an absence from the area of at least 4 weeks in a row.</summary>
    public int ExceptionAbsenceWeeks { get; set; } = 4;

    /// <summary>reg 5(4)(a), 10(4)(a)–(b): a closure of at least 4 weeks.</summary>
    public int ExceptionClosureWeeks { get; set; } = 4;

    /// <summary>reg 10(4)(a): the closure window runs from 1 week before the closure to 1 week before the reopening.</summary>
    public int ExceptionClosureWindowWeeks { get; set; } = 1;

    /// <summary>Education Act 1996 s.8: compulsory school age ends in the school year the child turns 16…</summary>
    public int SchoolLeavingAge { get; set; } = 16;

    /// <summary>…on the last Friday in June (Education (School Leaving Date) Order 1997): the month…</summary>
    public int SchoolLeavingMonth { get; set; } = 6;

    /// <summary>…and the day of the week.</summary>
    public DayOfWeek SchoolLeavingWeekday { get; set; } = DayOfWeek.Friday;

    /// <summary>SEND Regulations 2014, mediation (the regulation after reg 34; check its number): the LA arranges mediation within 30 days of being told the family wants it.</summary>
    public int MediationArrangeDays { get; set; } = 30;

    /// <summary>reg 34 (family declines) and reg 39 (mediation ended, check): the certificate within 3 working days.</summary>
    public int MediationCertificateWorkingDays { get; set; } = 3;

    /// <summary>reg 44(2)(f) (reg 45(5) unopposed, check): a tribunal order to name the school or type, the amended plan within 2 weeks.</summary>
    public int OrderNameSchoolWeeks { get; set; } = 2;

    /// <summary>reg 44(2)(e) (reg 45(4) unopposed): a tribunal order to amend the plan, within 5 weeks.</summary>
    public int OrderAmendPlanWeeks { get; set; } = 5;

    /// <summary>reg 44(2)(c)(i) (reg 45(6) unopposed, check): a tribunal order to make a plan, the draft within 5 weeks.</summary>
    public int OrderDraftPlanWeeks { get; set; } = 5;

    /// <summary>reg 44(2)(c)(ii) (reg 45(6) unopposed, check): the final plan within 11 weeks.</summary>
    public int OrderFinalPlanWeeks { get; set; } = 11;

    /// <summary>reg 44(2)(b) (reg 45(3) unopposed, as substituted in 2015): a tribunal order to assess, the family told within 2 weeks.</summary>
    public int OrderNotifyAssessmentWeeks { get; set; } = 2;

    /// <summary>reg 44(2)(b)(ii) (reg 45(3A)(b) unopposed): the final plan after the ordered assessment within 14 weeks.</summary>
    public int OrderPlanAfterAssessmentWeeks { get; set; } = 14;

    public int AppealMonths { get; set; } = 2;
    public int AppealMonthsAfterMediationCertificate { get; set; } = 1;
    public bool AppealChristmasRule { get; set; } = true;
    public string ChristmasStarts { get; set; } = "12-25";
    public string ChristmasEnds { get; set; } = "01-01";
    public int AppealRecessMonth { get; set; } = 8;
    public bool AppealDeadlineMovesOffNonWorkingDays { get; set; } = true;

    /// <summary>The grounds for an exception; when none are configured, those of statutory-framework.md §2.</summary>
    public IList<ExceptionReasonOptions>? ExceptionReasons { get; set; }

    public StatutoryClockRules ToRules() => new()
    {
        DecisionToAssessWeeks = DecisionToAssessWeeks,
        AgencyAdviceWeeks = AgencyAdviceWeeks,
        DecisionWhetherToIssueWeeks = DecisionWhetherToIssueWeeks,
        DraftPlanCommentsDays = DraftPlanCommentsDays,
        SettingConsultationDays = SettingConsultationDays,
        FinalPlanWeeks = FinalPlanWeeks,
        FinalPlanAfterReassessmentWeeks = FinalPlanAfterReassessmentWeeks,
        AnnualReviewMonths = AnnualReviewMonths,
        ReviewNoticeWeeksBeforeMeeting = ReviewNoticeWeeksBeforeMeeting,
        ReviewReportWeeks = ReviewReportWeeks,
        ReviewDecisionWeeks = ReviewDecisionWeeks,
        AmendedPlanWeeks = AmendedPlanWeeks,
        PhaseTransferDeadline = MonthDay.Parse(PhaseTransferDeadline),
        Post16TransferDeadline = MonthDay.Parse(Post16TransferDeadline),
        LastSecondaryYear = LastSecondaryYear,
        TransferYears = TransferYears is { Count: > 0 } years ? new SortedSet<int>(years) : StatutoryClockRules.Default.TransferYears,
        Post16MoveMonthsBefore = Post16MoveMonthsBefore,
        ExceptionAbsenceWeeks = ExceptionAbsenceWeeks,
        ExceptionClosureWeeks = ExceptionClosureWeeks,
        ExceptionClosureWindowWeeks = ExceptionClosureWindowWeeks,
        SchoolLeaving = new Domain.Children.SchoolLeavingRule(SchoolLeavingAge, SchoolLeavingMonth, SchoolLeavingWeekday),
        MediationArrangeDays = MediationArrangeDays,
        MediationCertificateWorkingDays = MediationCertificateWorkingDays,
        OrderNameSchoolWeeks = OrderNameSchoolWeeks,
        OrderAmendPlanWeeks = OrderAmendPlanWeeks,
        OrderDraftPlanWeeks = OrderDraftPlanWeeks,
        OrderFinalPlanWeeks = OrderFinalPlanWeeks,
        OrderNotifyAssessmentWeeks = OrderNotifyAssessmentWeeks,
        OrderPlanAfterAssessmentWeeks = OrderPlanAfterAssessmentWeeks,
        AppealMonths = AppealMonths,
        AppealMonthsAfterMediationCertificate = AppealMonthsAfterMediationCertificate,
        AppealChristmasRule = AppealChristmasRule,
        ChristmasStarts = MonthDay.Parse(ChristmasStarts),
        ChristmasEnds = MonthDay.Parse(ChristmasEnds),
        AppealRecessMonth = AppealRecessMonth,
        AppealDeadlineMovesOffNonWorkingDays = AppealDeadlineMovesOffNonWorkingDays,
    };

    public IReadOnlyList<ExceptionReason> ToExceptionReasons() => ExceptionReasons is { Count: > 0 } configured
        ? configured.Select(r => new ExceptionReason(r.Code, r.Description, r.Regulation, new HashSet<MilestoneKind>(r.AppliesTo ?? [])) { Period = r.Period }).ToList()
        : ExceptionReason.Defaults;

    /// <summary>Every problem with the configured values, for the start-up check.</summary>
    public IEnumerable<string> Problems()
    {
        int[] periods =
        [
            DecisionToAssessWeeks, AgencyAdviceWeeks, DecisionWhetherToIssueWeeks, DraftPlanCommentsDays, SettingConsultationDays, FinalPlanWeeks,
            FinalPlanAfterReassessmentWeeks, AnnualReviewMonths, ReviewNoticeWeeksBeforeMeeting, ReviewReportWeeks, ReviewDecisionWeeks, AmendedPlanWeeks,
            AppealMonths, AppealMonthsAfterMediationCertificate, Post16MoveMonthsBefore, MediationArrangeDays, MediationCertificateWorkingDays,
            OrderNameSchoolWeeks, OrderAmendPlanWeeks, OrderDraftPlanWeeks, OrderFinalPlanWeeks, OrderNotifyAssessmentWeeks, OrderPlanAfterAssessmentWeeks, ExceptionAbsenceWeeks, ExceptionClosureWeeks, ExceptionClosureWindowWeeks,
        ];
        if (periods.Any(p => p is < 1 or > 104))
        {
            yield return "StatutoryClock: every period is between 1 and 104.";
        }

        foreach (var (name, value) in new[] { (nameof(PhaseTransferDeadline), PhaseTransferDeadline), (nameof(Post16TransferDeadline), Post16TransferDeadline), (nameof(ChristmasStarts), ChristmasStarts), (nameof(ChristmasEnds), ChristmasEnds) })
        {
            if (!MonthDay.TryParse(value, out _))
            {
                yield return $"StatutoryClock:{name} is a month and day like 02-15 that exists every year.";
            }
        }

        if (AppealRecessMonth is < 0 or > 12)
        {
            yield return "StatutoryClock:AppealRecessMonth is a month, 1 to 12, or 0 for none.";
        }

        if (LastSecondaryYear is < 1 or > 14)
        {
            yield return "StatutoryClock:LastSecondaryYear is a school year between 1 and 14.";
        }

        if (TransferYears is { } transferYears && transferYears.Any(y => y < -1 || y >= LastSecondaryYear))
        {
            yield return "StatutoryClock:TransferYears are school years from -1 (the year before Reception) to the one before LastSecondaryYear.";
        }

        if (SchoolLeavingAge is < 10 or > 25 || SchoolLeavingMonth is < 1 or > 12 || !Enum.IsDefined(SchoolLeavingWeekday))
        {
            yield return "StatutoryClock:SchoolLeavingAge is 10–25, SchoolLeavingMonth 1–12 and SchoolLeavingWeekday a day of the week.";
        }

        var reasons = ExceptionReasons ?? [];
        if (reasons.Any(r => string.IsNullOrWhiteSpace(r.Code) || string.IsNullOrWhiteSpace(r.Description) || r.AppliesTo is not { Count: > 0 }))
        {
            yield return "StatutoryClock:ExceptionReasons: each reason needs a Code, a Description and the milestones it AppliesTo.";
        }

        if (reasons.Select(r => r.Code).Distinct(StringComparer.OrdinalIgnoreCase).Count() != reasons.Count)
        {
            yield return "StatutoryClock:ExceptionReasons: codes must be unique.";
        }
    }
}

public sealed class ExceptionReasonOptions
{
    public string Code { get; set; } = string.Empty;
    public string Description { get; set; } = string.Empty;
    public string Regulation { get; set; } = string.Empty;
    public IList<MilestoneKind>? AppliesTo { get; set; }

    /// <summary>What the exception's period must be: Any, ContinuousAbsence (4 weeks or more) or ClosureWindow.</summary>
    public ExceptionPeriodRule Period { get; set; } = ExceptionPeriodRule.Any;
}

/// <summary>The bank-holiday calendar's upkeep ("BankHolidays" in configuration).</summary>
public sealed class BankHolidayOptions
{
    public const string Section = "BankHolidays";

    /// <summary>
    /// How many months before the end of the last year with bank holidays the administrator is warned to import the
    /// next ones (a notice on their pages, and a warning in the log every day).
    /// </summary>
    public int WarnMonthsBeforeCalendarEnds { get; set; } = 12;
}

/// <summary>Reminders of deadlines and the jobs that send them ("Reminders" in configuration).</summary>
public sealed class RemindersOptions
{
    public const string Section = "Reminders";

    /// <summary>Days before a deadline to remind its officer; when none are configured, 10 and 5.</summary>
    public IList<int>? DueSoonDays { get; set; }

    /// <summary>How often the sweep runs: whole minutes that divide an hour, or whole hours that divide a day.</summary>
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Milestones handled per transaction by the sweep.</summary>
    public int SweepBatchSize { get; set; } = 500;

    /// <summary>How often the outbox is sent; same form as <see cref="SweepInterval"/>.</summary>
    public TimeSpan NotificationInterval { get; set; } = TimeSpan.FromMinutes(1);

    public int NotificationBatchSize { get; set; } = 50;

    public ReminderSchedule ToSchedule() => new(DueSoonDays is { Count: > 0 } days ? days : [10, 5]);

    public IEnumerable<string> Problems()
    {
        if (DueSoonDays is { } days && days.Any(d => d is < 1 or > 365))
        {
            yield return "Reminders:DueSoonDays are whole days between 1 and 365.";
        }

        if (!RecurringInterval.IsValid(SweepInterval) || !RecurringInterval.IsValid(NotificationInterval))
        {
            yield return "Reminders:SweepInterval and NotificationInterval are whole minutes that divide an hour, or whole hours that divide a day.";
        }

        if (SweepBatchSize is < 1 or > 10_000 || NotificationBatchSize is < 1 or > 1_000)
        {
            yield return "Reminders:SweepBatchSize is 1–10000 and NotificationBatchSize 1–1000.";
        }
    }
}

/// <summary>Where the worklist draws its lines ("Worklist" in configuration).</summary>
public sealed class WorklistOptions
{
    public const string Section = "Worklist";

    public int DueSoonDays { get; set; } = 10;
    public int CriticallyOverdueDays { get; set; } = 28;

    public WorklistThresholds ToThresholds() => new(DueSoonDays, CriticallyOverdueDays);
}

/// <summary>An interval a recurring job can run at, as a cron expression.</summary>
public static class RecurringInterval
{
    public static bool IsValid(TimeSpan interval)
    {
        var minutes = interval.TotalMinutes;
        return minutes == Math.Floor(minutes) && minutes >= 1
               && ((minutes < 60 && 60 % minutes == 0) || (minutes % 60 == 0 && minutes <= 1440 && 1440 % minutes == 0));
    }

    public static string ToCron(TimeSpan interval)
    {
        if (!IsValid(interval))
        {
            throw new ArgumentOutOfRangeException(nameof(interval), interval, "Whole minutes that divide an hour, or whole hours that divide a day.");
        }

        var minutes = (int)interval.TotalMinutes;
        return minutes switch
        {
            1 => "* * * * *",
            < 60 => $"*/{minutes} * * * *",
            60 => "0 * * * *",
            1440 => "0 0 * * *",
            _ => $"0 */{minutes / 60} * * *",
        };
    }
}
