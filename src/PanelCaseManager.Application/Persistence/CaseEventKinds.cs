namespace PanelCaseManager.Application.Persistence;

/// <summary>The kinds of entry in a case's timeline written by the evidence, panel and consultation areas.</summary>
public static class CaseEventKinds
{
    public const string PreferencesRecorded = "preferences-recorded";
    public const string EvidenceAdded = "evidence-added";
    public const string AdviceRequested = "advice-requested";
    public const string AdviceReceived = "advice-received";
    public const string ViewsRecorded = "views-recorded";
    public const string AddedToAgenda = "added-to-agenda";
    public const string PapersFrozen = "papers-frozen";
    public const string AttendanceRecorded = "attendance-recorded";
    public const string ConflictDeclared = "conflict-declared";
    public const string AgencyViewRecorded = "agency-view-recorded";
    public const string DecisionDrafted = "decision-drafted";
    public const string DecisionSignedOff = "decision-signed-off";
    public const string ConsultationSent = "consultation-sent";
    public const string ConsultationResponse = "consultation-response";
    public const string ConsultationOutcome = "consultation-outcome";
}
