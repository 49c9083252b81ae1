namespace PanelCaseManager.Domain.Timeliness;

/// <summary>
/// A ground on which a statutory limit is lifted where meeting it is impractical (reg 8(2), 10(4), 13(3); CoP
/// 9.42–9.43), and the limits it lifts. Reference data from configuration.
/// </summary>
public sealed record ExceptionReason(string Code, string Description, string Regulation, IReadOnlySet<MilestoneKind> AppliesTo)
{
    private static readonly MilestoneKind[] TwentyWeekLimits =
        [MilestoneKind.DecisionWhetherToIssue, MilestoneKind.FinalPlan, MilestoneKind.FinalPlanAfterReassessment];

    /// <summary>The grounds of statutory-framework.md §2.</summary>
    public static IReadOnlyList<ExceptionReason> Defaults { get; } =
    [
        new("school-closure",
            "Advice was requested from a school, college or early-years provider from one week before it closed for 4 or more weeks to one week before it reopened.",
            "reg 10(4)(a), 13(3)(a)",
            new HashSet<MilestoneKind>(TwentyWeekLimits)),
        new("exceptional-personal-circumstances",
            "Exceptional personal circumstances affecting the child or young person or their family.",
            "reg 10(4)(b), 13(3)(b)",
            new HashSet<MilestoneKind>(TwentyWeekLimits)),
        new("absent-from-area",
            "The child or young person, or their family, was away from the local authority's area for 4 or more weeks in a row.",
            "reg 8(2)(b), 10(4)(c), 13(3)(c)",
            new HashSet<MilestoneKind>([.. TwentyWeekLimits, MilestoneKind.AgencyAdvice])),
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
