using PanelCaseManager.Domain.Timeliness;

namespace PanelCaseManager.Application.Features.Timeliness;

/// <summary>
/// The statutory periods and rules ("StatutoryClock" in configuration). Defaults are those of
/// statutory-framework.md §2; every one can be changed without a release when the law or guidance changes.
/// </summary>
public sealed class StatutoryClockOptions
{
    public const string Section = "StatutoryClock";

    public int DecisionToAssessWeeks { get; set; } = 6;
    public int AgencyAdviceWeeks { get; set; } = 6;
    public int DecisionWhetherToIssueWeeks { get; set; } = 16;
    public int DraftPlanCommentsDays { get; set; } = 15;
    public int SettingConsultationDays { get; set; } = 15;
    public int FinalPlanWeeks { get; set; } = 20;
    public int FinalPlanAfterReassessmentWeeks { get; set; } = 14;
    public int AnnualReviewMonths { get; set; } = 12;
    public int ReviewNoticeWeeksBeforeMeeting { get; set; } = 2;
    public int ReviewReportWeeks { get; set; } = 2;
    public int ReviewDecisionWeeks { get; set; } = 4;
    public int AmendedPlanWeeks { get; set; } = 8;

    /// <summary>Month and day, "02-15".</summary>
    public string PhaseTransferDeadline { get; set; } = "02-15";

    public string Post16TransferDeadline { get; set; } = "03-31";
    public int LastSecondaryYear { get; set; } = 11;
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
        AppealMonths = AppealMonths,
        AppealMonthsAfterMediationCertificate = AppealMonthsAfterMediationCertificate,
        AppealChristmasRule = AppealChristmasRule,
        ChristmasStarts = MonthDay.Parse(ChristmasStarts),
        ChristmasEnds = MonthDay.Parse(ChristmasEnds),
        AppealRecessMonth = AppealRecessMonth,
        AppealDeadlineMovesOffNonWorkingDays = AppealDeadlineMovesOffNonWorkingDays,
    };

    public IReadOnlyList<ExceptionReason> ToExceptionReasons() => ExceptionReasons is { Count: > 0 } configured
        ? configured.Select(r => new ExceptionReason(r.Code, r.Description, r.Regulation, new HashSet<MilestoneKind>(r.AppliesTo ?? []))).ToList()
        : ExceptionReason.Defaults;

    /// <summary>Every problem with the configured values, for the start-up check.</summary>
    public IEnumerable<string> Problems()
    {
        int[] periods =
        [
            DecisionToAssessWeeks, AgencyAdviceWeeks, DecisionWhetherToIssueWeeks, DraftPlanCommentsDays, SettingConsultationDays, FinalPlanWeeks,
            FinalPlanAfterReassessmentWeeks, AnnualReviewMonths, ReviewNoticeWeeksBeforeMeeting, ReviewReportWeeks, ReviewDecisionWeeks, AmendedPlanWeeks,
            AppealMonths, AppealMonthsAfterMediationCertificate,
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
