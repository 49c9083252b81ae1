using PanelCaseManager.Domain.PlacementRequests;

namespace PanelCaseManager.Domain.Timeliness;

/// <summary>
/// Something that happened to a case that starts or meets a statutory deadline. An officer records the ones that
/// happen outside the system; features that do them in the system (panel decisions, decision letters) record
/// them from their own events.
/// </summary>
public enum ClockEventKind
{
    DecidedToAssess,
    DecidedNotToAssess,
    AdviceRequested,
    AdviceReceived,
    DecidedNotToIssue,
    DraftPlanServed,
    DraftCommentsReceived,
    SettingConsultationSent,
    SettingReplied,
    ReassessmentRequested,
    FinalPlanIssued,
    PhaseTransferPlanAmended,
    AnnualReviewMeetingScheduled,
    ReviewNoticeSent,
    AnnualReviewMeetingHeld,
    ReviewReportSent,
    ReviewDecisionNotified,
    AmendmentsProposed,
    AmendedPlanIssued,
    DecisionLetterSent,
    MediationCertificateIssued,

    /// <summary>A notice carrying the right of appeal was sent (CFA s.51(2)): the appeal window runs from it (HESC Rules r.20).</summary>
    AppealableNoticeSent,
    /// <summary>The day a young person past Year 11 is to move from one post-16 institution to another (reg 18(2)); recorded ahead.</summary>
    Post16MovePlanned,

    /// <summary>The family told the local authority they want mediation: it must arrange it within 30 days (SEND Regulations 2014, mediation; see <see cref="StatutoryClockRules.MediationArrangeDays"/>).</summary>
    MediationRequested,

    /// <summary>The family told the mediation adviser they do not want mediation: the certificate is due within 3 working days (reg 34; reg 33 is the family's 2 months to contact the adviser).</summary>
    MediationDeclined,

    /// <summary>The mediation took place (concluded): it meets the 30-day arrangement, and the certificate is due within 3 working days.</summary>
    MediationHeld,
}

/// <summary>Which events a case of each type can record, what each needs first, and which name an agency.</summary>
public static class ClockEventRules
{
    private static readonly RequestType[] AllTypes = Enum.GetValues<RequestType>();
    private static readonly RequestType[] ExistingPlanTypes = [.. AllTypes.Where(t => t != RequestType.NewPlan)];

    public static bool NamesAgency(this ClockEventKind kind) => kind is ClockEventKind.AdviceRequested or ClockEventKind.AdviceReceived;

    /// <summary>A meeting or a post-16 move is planned ahead; every other event has already happened when it is recorded.</summary>
    public static bool MayBeInFuture(this ClockEventKind kind) => kind is ClockEventKind.AnnualReviewMeetingScheduled or ClockEventKind.Post16MovePlanned;

    /// <summary>
    /// A disagreement with a notice (mediation and its certificate) happens after the notice, often once the case has
    /// closed: it may be recorded on a case whose clock has stopped, and its deadlines are chased all the same.
    /// </summary>
    public static bool FollowsTheNotice(this ClockEventKind kind) =>
        kind is ClockEventKind.MediationRequested or ClockEventKind.MediationDeclined or ClockEventKind.MediationHeld or ClockEventKind.MediationCertificateIssued;

    /// <summary>Events only the service's mediation record makes, never an officer on the Deadlines tab.</summary>
    public static bool IsRecordedByMediation(this ClockEventKind kind) =>
        kind is ClockEventKind.MediationRequested or ClockEventKind.MediationDeclined or ClockEventKind.MediationHeld;

    public static IReadOnlyList<RequestType> AllowedFor(this ClockEventKind kind) => kind switch
    {
        ClockEventKind.DecidedToAssess or ClockEventKind.DecidedNotToAssess or ClockEventKind.DecidedNotToIssue => [RequestType.NewPlan],
        ClockEventKind.ReassessmentRequested or ClockEventKind.AmendmentsProposed or ClockEventKind.AmendedPlanIssued => ExistingPlanTypes,
        ClockEventKind.PhaseTransferPlanAmended or ClockEventKind.Post16MovePlanned => [RequestType.PhaseTransfer],
        ClockEventKind.AnnualReviewMeetingScheduled or ClockEventKind.ReviewNoticeSent
            or ClockEventKind.ReviewReportSent or ClockEventKind.ReviewDecisionNotified => [RequestType.AmendmentAfterAnnualReview],
        ClockEventKind.AnnualReviewMeetingHeld => [RequestType.NewPlan, RequestType.AmendmentAfterAnnualReview],
        _ => AllTypes,
    };

    /// <summary>The event that must already be recorded (on or before this one's date) for this one to make sense.</summary>
    public static ClockEventKind? Prerequisite(this ClockEventKind kind, RequestType type) => kind switch
    {
        ClockEventKind.AdviceReceived => ClockEventKind.AdviceRequested,
        ClockEventKind.DraftCommentsReceived => ClockEventKind.DraftPlanServed,
        ClockEventKind.SettingReplied => ClockEventKind.SettingConsultationSent,
        ClockEventKind.DecidedNotToIssue => ClockEventKind.DecidedToAssess,
        ClockEventKind.DraftPlanServed when type == RequestType.NewPlan => ClockEventKind.DecidedToAssess,
        ClockEventKind.FinalPlanIssued when type == RequestType.NewPlan => ClockEventKind.DraftPlanServed,
        ClockEventKind.FinalPlanIssued => ClockEventKind.ReassessmentRequested,
        ClockEventKind.ReviewNoticeSent => ClockEventKind.AnnualReviewMeetingScheduled,
        ClockEventKind.AnnualReviewMeetingHeld when type == RequestType.NewPlan => ClockEventKind.FinalPlanIssued,
        ClockEventKind.ReviewReportSent or ClockEventKind.ReviewDecisionNotified => ClockEventKind.AnnualReviewMeetingHeld,
        ClockEventKind.AmendedPlanIssued => ClockEventKind.AmendmentsProposed,
        ClockEventKind.MediationCertificateIssued or ClockEventKind.MediationRequested or ClockEventKind.MediationDeclined => ClockEventKind.AppealableNoticeSent,
        ClockEventKind.MediationHeld => ClockEventKind.MediationRequested,
        _ => null,
    };

    public static string Describe(this ClockEventKind kind) => kind switch
    {
        ClockEventKind.DecidedToAssess => "decision to assess notified",
        ClockEventKind.DecidedNotToAssess => "decision not to assess notified",
        ClockEventKind.AdviceRequested => "advice requested",
        ClockEventKind.AdviceReceived => "advice received",
        ClockEventKind.DecidedNotToIssue => "decision not to issue a plan notified",
        ClockEventKind.DraftPlanServed => "draft plan served",
        ClockEventKind.DraftCommentsReceived => "family's comments on the draft received",
        ClockEventKind.SettingConsultationSent => "setting consulted",
        ClockEventKind.SettingReplied => "setting replied",
        ClockEventKind.ReassessmentRequested => "re-assessment requested",
        ClockEventKind.FinalPlanIssued => "final plan issued",
        ClockEventKind.PhaseTransferPlanAmended => "plan amended for the phase transfer",
        ClockEventKind.AnnualReviewMeetingScheduled => "annual review meeting scheduled",
        ClockEventKind.ReviewNoticeSent => "review notice and advice circulated",
        ClockEventKind.AnnualReviewMeetingHeld => "annual review meeting held",
        ClockEventKind.ReviewReportSent => "review report sent",
        ClockEventKind.ReviewDecisionNotified => "decision after review notified",
        ClockEventKind.AmendmentsProposed => "amendments proposed",
        ClockEventKind.AmendedPlanIssued => "final amended plan issued",
        ClockEventKind.DecisionLetterSent => "decision letter sent",
        ClockEventKind.MediationCertificateIssued => "mediation certificate issued",
        ClockEventKind.AppealableNoticeSent => "notice with the right of appeal sent",
        ClockEventKind.Post16MovePlanned => "move between post-16 institutions planned",
        ClockEventKind.MediationRequested => "family asked for mediation",
        ClockEventKind.MediationDeclined => "family told the mediation adviser they do not want mediation",
        ClockEventKind.MediationHeld => "mediation held",
        _ => kind.ToString(),
    };
}
