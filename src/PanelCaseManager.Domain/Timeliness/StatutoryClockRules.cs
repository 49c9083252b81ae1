using PanelCaseManager.Domain.Children;

namespace PanelCaseManager.Domain.Timeliness;

/// <summary>
/// Every period and date rule of the statutory clock, with the defaults of statutory-framework.md §2. Set from
/// configuration: law and guidance change, the code does not.
/// </summary>
public sealed record StatutoryClockRules
{
    public static StatutoryClockRules Default { get; } = new();

    /// <summary>Decide whether to assess and tell the family, from the request (reg 4(1), 5(1)).</summary>
    public int DecisionToAssessWeeks { get; init; } = 6;

    /// <summary>An agency's advice, from its receipt of the request (reg 8(1)).</summary>
    public int AgencyAdviceWeeks { get; init; } = 6;

    /// <summary>Notify a decision not to issue a plan, from the request (reg 10(1)).</summary>
    public int DecisionWhetherToIssueWeeks { get; init; } = 16;

    /// <summary>
    /// The family's comments on the draft plan: "at least 15 days beginning with the day on which the draft plan was
    /// served" (reg 13(1)(b)), so the day of service is the first of them.
    /// </summary>
    public int DraftPlanCommentsDays { get; init; } = 15;

    /// <summary>A consulted setting's reply, counted from the day after it was consulted (CoP guidance).</summary>
    public int SettingConsultationDays { get; init; } = 15;

    /// <summary>The final plan, from the request (reg 13(2)).</summary>
    public int FinalPlanWeeks { get; init; } = 20;

    /// <summary>The final plan after a re-assessment (reg 27(2)).</summary>
    public int FinalPlanAfterReassessmentWeeks { get; init; } = 14;

    /// <summary>
    /// The first review "within the period of 12 months starting with the date on which the EHC plan was first made"
    /// (CFA 2014 s.44(1)(a)): the plan's date is the first day of the 12 months.
    /// </summary>
    public int AnnualReviewMonths { get; init; } = 12;

    /// <summary>Notice of the review meeting, before it (reg 20(4)).</summary>
    public int ReviewNoticeWeeksBeforeMeeting { get; init; } = 2;

    /// <summary>The review report, after the meeting (reg 20(7)–(8)).</summary>
    public int ReviewReportWeeks { get; init; } = 2;

    /// <summary>The decision after the review, from the meeting (reg 20(10); Devon 2022).</summary>
    public int ReviewDecisionWeeks { get; init; } = 4;

    /// <summary>The final amended plan, from the proposed amendments (reg 22(3)).</summary>
    public int AmendedPlanWeeks { get; init; } = 8;

    /// <summary>Phase transfers other than from secondary school to post-16: the plan is amended by this day of the transfer year (reg 18(1)(b)).</summary>
    public MonthDay PhaseTransferDeadline { get; init; } = new(2, 15);

    /// <summary>From a school to a post-16 institution, after Year 11 or later: by this day of the transfer year (reg 18(1)(a)).</summary>
    public MonthDay Post16TransferDeadline { get; init; } = new(3, 31);

    /// <summary>The school year (11 = Year 11) whose next move is the secondary to post-16 transfer; later years are post-16.</summary>
    public int LastSecondaryYear { get; init; } = 11;

    /// <summary>
    /// The school years before <see cref="LastSecondaryYear"/> at whose end a child moves between phases (reg 2(1),
    /// "transfer between phases of education"): −1, the year before Reception (early years to school), 2 (infant to
    /// junior) and 6 (primary to secondary). An area with middle schools adds its own years, such as 4 and 8.
    /// </summary>
    public IReadOnlySet<int> TransferYears { get; init; } = new SortedSet<int> { -1, 2, 6 };

    /// <summary>A move from one post-16 institution to another: the plan is amended at least this many months before it (reg 18(2)).</summary>
    public int Post16MoveMonthsBefore { get; init; } = 5;

    /// <summary>
    /// How long the child or family must be away from the area, without a break, for the absence exception
    /// (reg 5(4)(c), 8(2)(b), 10(4)(d): "a continuous period of not less than 4 weeks").
    /// </summary>
    public int ExceptionAbsenceWeeks { get; init; } = 4;

    /// <summary>How long a school or provider must close for the closure exception (reg 5(4)(a), 10(4)(a)–(b): "not less than 4 weeks").</summary>
    public int ExceptionClosureWeeks { get; init; } = 4;

    /// <summary>The closure exception's window starts this many weeks before the closure and ends as many before the reopening (reg 10(4)(a)).</summary>
    public int ExceptionClosureWindowWeeks { get; init; } = 1;

    /// <summary>Who is a "young person" (CFA 2014 s.83(2)): over compulsory school age, which ends on the school leaving date.</summary>
    public SchoolLeavingRule SchoolLeaving { get; init; } = SchoolLeavingRule.Default;

    /// <summary>
    /// The local authority arranges mediation within this many days of being told the family wants it ("within 30
    /// days", counted from the day after: SEND Regulations 2014, mediation, in the regulations after reg 34 — check the number against the text).
    /// </summary>
    public int MediationArrangeDays { get; init; } = 30;

    /// <summary>
    /// The mediation certificate within this many working days of the family declining mediation (reg 33) or of the
    /// mediation ending (reg 39, check); working days as <see cref="WorkingDayCalendar"/> counts them, not counting the day itself.
    /// </summary>
    public int MediationCertificateWorkingDays { get; init; } = 3;

    /// <summary>
    /// A tribunal order to name the school or type only: the amended plan "within 2 weeks of the order being made"
    /// (reg 44(2)(f)); for an unopposed appeal, of the council's notice to the tribunal (reg 45(5), check). Counted from the day after.
    /// </summary>
    public int OrderNameSchoolWeeks { get; init; } = 2;

    /// <summary>A tribunal order to amend the plan: the amended plan within 5 weeks (reg 44(2)(e); reg 45(4) as substituted in 2015).</summary>
    public int OrderAmendPlanWeeks { get; init; } = 5;

    /// <summary>A tribunal order to make and maintain a plan: the draft within 5 weeks (reg 44(2)(c)(i); reg 45(6), check).</summary>
    public int OrderDraftPlanWeeks { get; init; } = 5;

    /// <summary>…the final plan within 11 weeks (reg 44(2)(c)(ii); reg 45(6), check).</summary>
    public int OrderFinalPlanWeeks { get; init; } = 11;

    /// <summary>
    /// A tribunal order to assess or re-assess: tell the family within 2 weeks (reg 44(2)(b); reg 45(3) as substituted by
    /// SI 2015/359 reg 8 — it was 4 weeks before that, and under the 2001 regulations).
    /// </summary>
    public int OrderNotifyAssessmentWeeks { get; init; } = 2;

    /// <summary>…and the final plan, if one follows the assessment, within 14 weeks (reg 44(2)(b)(ii); reg 45(3A)(b)).</summary>
    public int OrderPlanAfterAssessmentWeeks { get; init; } = 14;

    /// <summary>The weeks a tribunal order's deadline gives, counted from the day after the order (or the council's notice).</summary>
    public int WeeksFor(MilestoneKind order) => order switch
    {
        MilestoneKind.TribunalOrderNameSchool => OrderNameSchoolWeeks,
        MilestoneKind.TribunalOrderAmendPlan => OrderAmendPlanWeeks,
        MilestoneKind.TribunalOrderDraftPlan => OrderDraftPlanWeeks,
        MilestoneKind.TribunalOrderFinalPlan => OrderFinalPlanWeeks,
        MilestoneKind.TribunalOrderNotifyAssessment => OrderNotifyAssessmentWeeks,
        MilestoneKind.TribunalOrderPlanAfterAssessment => OrderPlanAfterAssessmentWeeks,
        _ => throw new ArgumentOutOfRangeException(nameof(order), order, "Not a tribunal order."),
    };

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
