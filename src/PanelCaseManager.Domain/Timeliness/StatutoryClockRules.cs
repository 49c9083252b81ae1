namespace PanelCaseManager.Domain.Timeliness;

/// <summary>
/// Every period and date rule of the statutory clock, with the defaults of statutory-framework.md §2. Set from
/// configuration: law and guidance change, the code does not.
/// </summary>
public sealed record StatutoryClockRules
{
    public static StatutoryClockRules Default { get; } = new();

    public int DecisionToAssessWeeks { get; init; } = 6;
    public int AgencyAdviceWeeks { get; init; } = 6;
    public int DecisionWhetherToIssueWeeks { get; init; } = 16;
    public int DraftPlanCommentsDays { get; init; } = 15;
    public int SettingConsultationDays { get; init; } = 15;
    public int FinalPlanWeeks { get; init; } = 20;
    public int FinalPlanAfterReassessmentWeeks { get; init; } = 14;
    public int AnnualReviewMonths { get; init; } = 12;
    public int ReviewNoticeWeeksBeforeMeeting { get; init; } = 2;
    public int ReviewReportWeeks { get; init; } = 2;
    public int ReviewDecisionWeeks { get; init; } = 4;
    public int AmendedPlanWeeks { get; init; } = 8;

    /// <summary>Phase transfers other than secondary to post-16: the plan is amended by this day of the transfer year.</summary>
    public MonthDay PhaseTransferDeadline { get; init; } = new(2, 15);

    /// <summary>Secondary to post-16 transfers: by this day of the transfer year.</summary>
    public MonthDay Post16TransferDeadline { get; init; } = new(3, 31);

    /// <summary>The school year (11 = Year 11) whose next move is the secondary to post-16 transfer.</summary>
    public int LastSecondaryYear { get; init; } = 11;

    public int AppealMonths { get; init; } = 2;
    public int AppealMonthsAfterMediationCertificate { get; init; } = 1;

    /// <summary>An appeal deadline falling from <see cref="ChristmasStarts"/> to <see cref="ChristmasEnds"/> moves to the next working day after it.</summary>
    public bool AppealChristmasRule { get; init; } = true;

    public MonthDay ChristmasStarts { get; init; } = new(12, 25);

    public MonthDay ChristmasEnds { get; init; } = new(1, 1);

    /// <summary>An appeal deadline falling in this month moves to the first working day of the next month (0 turns it off).</summary>
    public int AppealRecessMonth { get; init; } = 8;

    /// <summary>An appeal deadline on a weekend or bank holiday moves to the next working day (HESC Rules r.12(2)).</summary>
    public bool AppealDeadlineMovesOffNonWorkingDays { get; init; } = true;
}
