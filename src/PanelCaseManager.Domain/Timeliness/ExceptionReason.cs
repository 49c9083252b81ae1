namespace PanelCaseManager.Domain.Timeliness;

/// <summary>What the law asks of an exception's period before the exception can apply.</summary>
public enum ExceptionPeriodRule
{
    /// <summary>Any period: the circumstances themselves are the test (exceptional personal circumstances).</summary>
    Any,

    /// <summary>
    /// The child or family away from the area for a continuous period of at least
    /// <see cref="StatutoryClockRules.ExceptionAbsenceWeeks"/> (reg 5(4)(c), 8(2)(b), 10(4)(d)).
    /// </summary>
    ContinuousAbsence,

    /// <summary>
    /// Advice asked of a school, college or early-years provider that closed for at least
    /// <see cref="StatutoryClockRules.ExceptionClosureWeeks"/>: the exception runs from one week before it closed to one
    /// week before it reopened (reg 5(4)(a), 10(4)(a)–(b)), and only if the advice was asked for in that window.
    /// </summary>
    ClosureWindow,
}

/// <summary>
/// A ground on which a statutory limit is lifted where meeting it is impractical (reg 5(4), 8(2), 10(4), 13(3); CoP
/// 9.42–9.43), the limits it lifts and what its period must be. Reference data from configuration.
/// </summary>
public sealed record ExceptionReason(string Code, string Description, string Regulation, IReadOnlySet<MilestoneKind> AppliesTo)
{
    private static readonly MilestoneKind[] TwentyWeekLimits =
        [MilestoneKind.DecisionWhetherToIssue, MilestoneKind.FinalPlan, MilestoneKind.FinalPlanAfterReassessment];

    /// <summary>What the exception's period must be for the exception to apply.</summary>
    public ExceptionPeriodRule Period { get; init; } = ExceptionPeriodRule.Any;

    /// <summary>
    /// The grounds of statutory-framework.md §2. The 6-week decision whether to assess has its own (reg 5(4)): a school
    /// or college closure, exceptional personal circumstances, absence from the area; an early-years provider's
    /// closure lifts only the 16- and 20-week limits (reg 10(4)(b), 13(3)).
    /// </summary>
    public static IReadOnlyList<ExceptionReason> Defaults { get; } =
    [
        new("school-closure",
            "Advice was asked of a school or college from one week before it closed for 4 or more weeks to one week before it reopened.",
            "reg 5(4)(a), 10(4)(a), 13(3)",
            new HashSet<MilestoneKind>([MilestoneKind.DecisionToAssess, .. TwentyWeekLimits])) { Period = ExceptionPeriodRule.ClosureWindow },
        new("early-years-closure",
            "Advice was asked of an early-years provider from one week before it closed for 4 or more weeks to one week before it reopened.",
            "reg 10(4)(b), 13(3)",
            new HashSet<MilestoneKind>(TwentyWeekLimits)) { Period = ExceptionPeriodRule.ClosureWindow },
        new("exceptional-personal-circumstances",
            "Exceptional personal circumstances affecting the child or young person or their family.",
            "reg 5(4)(b), 10(4)(c), 13(3)",
            new HashSet<MilestoneKind>([MilestoneKind.DecisionToAssess, .. TwentyWeekLimits])),
        new("absent-from-area",
            "The child or young person, or their family, was away from the local authority's area for 4 or more weeks in a row.",
            "reg 5(4)(c), 8(2)(b), 10(4)(d), 13(3)",
            new HashSet<MilestoneKind>([MilestoneKind.DecisionToAssess, .. TwentyWeekLimits, MilestoneKind.AgencyAdvice])) { Period = ExceptionPeriodRule.ContinuousAbsence },
        new("exceptional-circumstances-advice",
            "Exceptional circumstances made it impractical to give the advice within the limit.",
            "reg 8(2)(a)",
            new HashSet<MilestoneKind>([MilestoneKind.AgencyAdvice])),
        new("missed-appointment",
            "The child or young person, or their family, missed an appointment made to give the advice.",
            "reg 8(2)(c)",
            new HashSet<MilestoneKind>([MilestoneKind.AgencyAdvice])),
    ];
}
