namespace PanelCaseManager.Domain.Timeliness;

/// <summary>A statutory deadline of the SEND Regulations 2014 (statutory-framework.md §2) that a case can carry.</summary>
public enum MilestoneKind
{
    /// <summary>Decide whether to carry out an EHC needs assessment and tell the family: reg 4(1), 5(1).</summary>
    DecisionToAssess,

    /// <summary>An agency's advice, counted from its receipt of the request: reg 8(1).</summary>
    AgencyAdvice,

    /// <summary>Notify a decision not to issue a plan (the latest the decision whether to issue can be made): reg 10(1).</summary>
    DecisionWhetherToIssue,

    /// <summary>The family's period to comment on the draft plan and ask for a setting: reg 13(1).</summary>
    DraftPlanComments,

    /// <summary>A consulted setting replies (CoP guidance).</summary>
    SettingConsultation,

    /// <summary>The final EHC plan issued: reg 13(2).</summary>
    FinalPlan,

    /// <summary>The final plan after a re-assessment: reg 27(2).</summary>
    FinalPlanAfterReassessment,

    /// <summary>The plan amended naming the next setting, for a transfer between phases: reg 18.</summary>
    PhaseTransferAmendment,

    /// <summary>The plan reviewed at least every 12 months: CFA s.44.</summary>
    AnnualReview,

    /// <summary>Notice of the review meeting and its advice circulated before the meeting: reg 20.</summary>
    ReviewNotice,

    /// <summary>The review report after the meeting: reg 20.</summary>
    ReviewReport,

    /// <summary>The LA's decision after the review (keep, amend or cease): reg 20/22.</summary>
    ReviewDecision,

    /// <summary>The final amended plan after proposed amendments: reg 22(3).</summary>
    AmendedFinalPlan,

    /// <summary>The family's window to appeal to the First-tier Tribunal: HESC Rules r.20.</summary>
    AppealWindow,

    /// <summary>Mediation arranged and held within 30 days of the family asking for it: SEND Regulations 2014, mediation (the regulation after reg 34 for the case with or without health care issues: check its number against the text).</summary>
    MediationArranged,

    /// <summary>The mediation certificate within 3 working days of the family declining mediation (reg 34) or of the mediation ending (reg 39, check).</summary>
    MediationCertificate,

    /// <summary>A tribunal order to name the school or type in the plan: the amended plan within 2 weeks (reg 44(2)(f); unopposed, reg 45(5), check).</summary>
    TribunalOrderNameSchool,

    /// <summary>A tribunal order to amend the plan's contents: the amended plan within 5 weeks (reg 44(2)(e); unopposed, reg 45(4)).</summary>
    TribunalOrderAmendPlan,

    /// <summary>A tribunal order to make and maintain a plan: the draft within 5 weeks (reg 44(2)(c)(i); unopposed, reg 45(6), check).</summary>
    TribunalOrderDraftPlan,

    /// <summary>…and the final plan within 11 weeks (reg 44(2)(c)(ii); unopposed, reg 45(6), check).</summary>
    TribunalOrderFinalPlan,

    /// <summary>A tribunal order to assess or re-assess: the family told within 2 weeks (reg 44(2)(b); unopposed, reg 45(3)).</summary>
    TribunalOrderNotifyAssessment,

    /// <summary>…and the final plan, if one follows, within 14 weeks (reg 44(2)(b)(ii); unopposed, reg 45(3A)(b)).</summary>
    TribunalOrderPlanAfterAssessment,
}

public static class MilestoneKinds
{
    /// <summary>Whether an officer chases the deadline: reminders, worklist and overdue escalation. The appeal window is the family's.</summary>
    public static bool IsChased(this MilestoneKind kind) => kind != MilestoneKind.AppealWindow;

    /// <summary>A deadline of a disagreement with a notice: chased even once the case has closed (it follows the notice).</summary>
    public static bool FollowsTheNotice(this MilestoneKind kind) => kind is MilestoneKind.MediationArranged or MilestoneKind.MediationCertificate || kind.IsTribunalOrder();

    /// <summary>A deadline set by a tribunal's order (or an unopposed appeal): one per order, told apart by the order's id.</summary>
    public static bool IsTribunalOrder(this MilestoneKind kind) => kind is MilestoneKind.TribunalOrderNameSchool or MilestoneKind.TribunalOrderAmendPlan
        or MilestoneKind.TribunalOrderDraftPlan or MilestoneKind.TribunalOrderFinalPlan or MilestoneKind.TribunalOrderNotifyAssessment
        or MilestoneKind.TribunalOrderPlanAfterAssessment;

    public static string Describe(this MilestoneKind kind) => kind switch
    {
        MilestoneKind.DecisionToAssess => "Decision whether to assess",
        MilestoneKind.AgencyAdvice => "Agency advice",
        MilestoneKind.DecisionWhetherToIssue => "Decision whether to issue a plan",
        MilestoneKind.DraftPlanComments => "Family's comments on the draft plan",
        MilestoneKind.SettingConsultation => "Consulted setting's reply",
        MilestoneKind.FinalPlan => "Final EHC plan issued",
        MilestoneKind.FinalPlanAfterReassessment => "Final plan after re-assessment",
        MilestoneKind.PhaseTransferAmendment => "Plan amended for the phase transfer",
        MilestoneKind.AnnualReview => "Annual review meeting",
        MilestoneKind.ReviewNotice => "Annual review notice and advice circulated",
        MilestoneKind.ReviewReport => "Annual review report",
        MilestoneKind.ReviewDecision => "Decision after the annual review",
        MilestoneKind.AmendedFinalPlan => "Final amended plan",
        MilestoneKind.AppealWindow => "Appeal window closes",
        MilestoneKind.MediationArranged => "Mediation arranged and held",
        MilestoneKind.MediationCertificate => "Mediation certificate issued",
        MilestoneKind.TribunalOrderNameSchool => "Tribunal order: plan amended to name the school or type",
        MilestoneKind.TribunalOrderAmendPlan => "Tribunal order: plan amended",
        MilestoneKind.TribunalOrderDraftPlan => "Tribunal order: draft plan issued",
        MilestoneKind.TribunalOrderFinalPlan => "Tribunal order: final plan issued",
        MilestoneKind.TribunalOrderNotifyAssessment => "Tribunal order: family told the assessment will be made",
        MilestoneKind.TribunalOrderPlanAfterAssessment => "Tribunal order: final plan after the assessment",
        _ => kind.ToString(),
    };

    /// <summary>Where the limit comes from, so that anyone can check it.</summary>
    public static string Source(this MilestoneKind kind) => kind switch
    {
        MilestoneKind.DecisionToAssess => "SEND Regulations 2014 reg 4(1), 5(1)",
        MilestoneKind.AgencyAdvice => "SEND Regulations 2014 reg 8(1)",
        MilestoneKind.DecisionWhetherToIssue => "SEND Regulations 2014 reg 10(1)",
        MilestoneKind.DraftPlanComments => "SEND Regulations 2014 reg 13(1)",
        MilestoneKind.SettingConsultation => "SEND Code of Practice (guidance)",
        MilestoneKind.FinalPlan => "SEND Regulations 2014 reg 13(2)",
        MilestoneKind.FinalPlanAfterReassessment => "SEND Regulations 2014 reg 27(2)",
        MilestoneKind.PhaseTransferAmendment => "SEND Regulations 2014 reg 18",
        MilestoneKind.AnnualReview => "Children and Families Act 2014 s.44",
        MilestoneKind.ReviewNotice => "SEND Regulations 2014 reg 20",
        MilestoneKind.ReviewReport => "SEND Regulations 2014 reg 20",
        MilestoneKind.ReviewDecision => "SEND Regulations 2014 reg 20, 22",
        MilestoneKind.AmendedFinalPlan => "SEND Regulations 2014 reg 22(3)",
        MilestoneKind.AppealWindow => "Tribunal Procedure (HESC) Rules 2008 r.20",
        MilestoneKind.MediationArranged => "SEND Regulations 2014, mediation (check the regulation's number)",
        MilestoneKind.MediationCertificate => "SEND Regulations 2014 reg 34, 39 (check)",
        MilestoneKind.TribunalOrderNameSchool => "SEND Regulations 2014 reg 44(2)(f); unopposed, reg 45(5) (check)",
        MilestoneKind.TribunalOrderAmendPlan => "SEND Regulations 2014 reg 44(2)(e); unopposed, reg 45(4)",
        MilestoneKind.TribunalOrderDraftPlan => "SEND Regulations 2014 reg 44(2)(c)(i); unopposed, reg 45(6) (check)",
        MilestoneKind.TribunalOrderFinalPlan => "SEND Regulations 2014 reg 44(2)(c)(ii); unopposed, reg 45(6) (check)",
        MilestoneKind.TribunalOrderNotifyAssessment => "SEND Regulations 2014 reg 44(2)(b); unopposed, reg 45(3)",
        MilestoneKind.TribunalOrderPlanAfterAssessment => "SEND Regulations 2014 reg 44(2)(b)(ii); unopposed, reg 45(3A)(b)",
        _ => string.Empty,
    };
}
