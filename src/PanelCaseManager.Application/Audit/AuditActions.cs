using System.Text;

namespace PanelCaseManager.Application.Audit;

/// <summary>
/// What each audited action was, in words an auditor reads ("Read the case", not "GetPlacementRequest.Query"). The
/// trail keeps the request's name as it was written; this only says what it means. An action this list does not
/// know (one added later) reads as the words of its name.
/// </summary>
public static class AuditActions
{
    private static readonly Dictionary<string, string> Descriptions = new(StringComparer.Ordinal)
    {
        // Cases
        ["SubmitPlacementRequest.Command"] = "Logged a placement request",
        ["StartRequestDraft.Command"] = "Started logging a placement request",
        ["SaveRequestDraft.Command"] = "Saved a placement request being logged",
        ["SubmitRequestDraft.Command"] = "Submitted a placement request that was being logged",
        ["GetRequestDraft.Query"] = "Read a placement request being logged",
        ["GetPlacementRequest.Query"] = "Read the case",
        ["GetCaseProgress.Query"] = "Read the case's progress",
        ["GetCaseHistory.Query"] = "Read the case's history",
        ["ListPlacementRequests.Query"] = "Read the caseload",
        ["ListCaseOfficers.Query"] = "Read the list of officers",
        ["MoveStage.Command"] = "Moved the case to another stage",
        ["RecordFamilyContact.Command"] = "Recorded whom the letters are written to",
        ["GetFamilyContact.Query"] = "Read whom the letters are written to",

        // Evidence, advice, views, preferences
        ["AddEvidence.Command"] = "Added evidence",
        ["GetCaseEvidence.Query"] = "Read the case's evidence, advice and views",
        ["GetEvidenceContent.Query"] = "Opened a document of the evidence",
        ["RequestAdvice.Command"] = "Asked an agency for advice",
        ["RecordAdviceReceived.Command"] = "Recorded advice received",
        ["RecordCaseView.Command"] = "Recorded the family's views or the child's voice",
        ["RecordPreferences.Command"] = "Changed the family's preferences",

        // Consultations
        ["StartConsultation.Command"] = "Consulted a setting",
        ["RecordConsultationResponse.Command"] = "Recorded a setting's response",
        ["RecordConsultationOutcome.Command"] = "Recorded the outcome of a consultation",
        ["ListConsultations.Query"] = "Read the case's consultations",

        // Panels and decisions
        ["ScheduleMeeting.Command"] = "Scheduled a panel meeting",
        ["AddToAgenda.Command"] = "Put a case on a panel's agenda",
        ["FreezePapers.Command"] = "Froze the panel's papers",
        ["DeclareConflict.Command"] = "Declared a conflict of interest",
        ["RecordAttendance.Command"] = "Recorded who attended the panel",
        ["RecordAgencyView.Command"] = "Recorded an agency's view",
        ["RecordDecision.Command"] = "Recorded the panel's decision",
        ["SaveDecisionFormDraft.Command"] = "Saved the decision form",
        ["GetDecisionFormDraft.Query"] = "Read the decision form",
        ["SignOffDecision.Command"] = "Signed off the panel's decision",
        ["AdoptTermsOfReference.Command"] = "Adopted the panel's terms of reference",
        ["TermsOfReferenceInForce.Query"] = "Read the panel's terms of reference",
        ["GetPanelMeeting.Query"] = "Read a panel meeting and its agenda",
        ["ListPanelMeetings.Query"] = "Read the list of panel meetings",
        ["GetChairWork.Query"] = "Read the chair's next meeting and the decisions waiting for sign-off",
        ["ListPanelMembers.Query"] = "Read the list of panel members",
        ["GetCasePack.Query"] = "Read the panel's papers for the case",
        ["GetCasePackDocument.Query"] = "Opened a document of the panel's papers",
        ["GetCasePanels.Query"] = "Read the case's panels",
        ["GetDecision.Query"] = "Read the panel's decision",
        ["GetDecisionPanelPack.Query"] = "Read the papers a decision was made on",
        ["GetSectorMatch.Query"] = "Read the case's sector match",
        ["DecisionsReport.Query"] = "Read the report of decisions",

        // Letters
        ["PreviewDecisionLetter.Query"] = "Previewed the decision letter",
        ["IssueDecisionLetter.Command"] = "Issued the decision letter",
        ["ListCaseLetters.Query"] = "Read the case's letters",
        ["GetIssuedLetter.Query"] = "Read an issued letter",
        ["GetIssuedLetterPdf.Query"] = "Opened an issued letter",
        ["GetIssuedLetterPage.Query"] = "Read an issued letter as a web page",
        ["ListLetterTemplates.Query"] = "Read the letter templates",
        ["GetLetterTemplate.Query"] = "Read a letter template",
        ["ListLetterTemplateFields.Query"] = "Read what a letter template can insert",
        ["PreviewLetterTemplate.Query"] = "Previewed a letter template",
        ["SaveLetterTemplate.Command"] = "Saved a letter template",

        // Statutory deadlines
        ["GetMilestones.Query"] = "Read the case's deadlines",
        ["RecordClockEvent.Command"] = "Recorded a step on the statutory path",
        ["RecordStatutoryException.Command"] = "Recorded an exception to the time limits",
        ["ExplainLateDeadline.Command"] = "Told the family why a deadline is late and when it is now expected",
        ["RecordExceptionToldToFamily.Command"] = "Recorded when the family was told of an exception",
        ["ListExceptionReasons.Query"] = "Read the reasons for exceptions",
        ["GetWaitingWork.Query"] = "Read the counts of what is waiting for them",
        ["GetWorklist.Query"] = "Read a worklist",
        ["GetTimeliness.Query"] = "Read the timeliness report",
        ["GetAppealsReport.Query"] = "Read the appeals report",
        ["GetWhatHappensNext.Query"] = "Read what happens next",
        ["SweepReminders.Command"] = "Sent reminders of deadlines",
        ["ListBankHolidays.Query"] = "Read the bank holidays",
        ["ImportBankHolidays.Command"] = "Imported bank holidays",
        ["ListMyNotifications.Query"] = "Read their notifications",
        ["DispatchNotifications.Command"] = "Sent notifications",

        // Families
        ["ListFamilyCases.Query"] = "Read their requests",
        ["GetFamilyCase.Query"] = "Read their child's request",
        ["GiveYourViews.Command"] = "Gave their views",
        ["AskForAPlace.Command"] = "Asked for a place",
        ["GetYourRights.Query"] = "Read their rights",
        ["GetYourMediationAndAppeal.Query"] = "Read where their mediation and appeal stand",

        // Provision catalogue and sector profiles
        ["ListSettings.Query"] = "Read the settings catalogue",
        ["GetSetting.Query"] = "Read a setting",
        ["AddSetting.Command"] = "Added a setting to the catalogue",
        ["ChangeSetting.Command"] = "Changed a setting in the catalogue",
        ["ImportSettings.Command"] = "Imported settings",
        ["ImportPlans.Command"] = "Imported EHC plans into the plan register",
        ["ListPlans.Query"] = "Read the plan register",
        ["GetPhaseTransferCohort.Query"] = "Read a phase transfer cohort",
        ["GetPhaseTransferPicture.Query"] = "Read the phase transfer picture for a September",
        ["ListFamilyTransfers.Query"] = "Read their children's moves to the next phase",
        ["ListSettingTransfers.Query"] = "Read the phase transfers that concern their setting",

        // Annual reviews
        ["RecordReviewMeeting.Command"] = "Recorded an annual review meeting as held",
        ["ReturnReviewPaperwork.Command"] = "Returned an annual review's paperwork",
        ["DecideReview.Command"] = "Recorded the council's decision after an annual review",
        ["RecordReviewAmendedPlan.Command"] = "Recorded the final amended plan after an annual review",
        ["ListReviews.Query"] = "Read the list of annual reviews",
        ["GetReview.Query"] = "Read an annual review",
        ["GetPlanReviews.Query"] = "Read a plan's annual reviews",
        ["ListSettingReviews.Query"] = "Read the annual reviews asked of a setting",
        ["GetSettingReview.Query"] = "Read an annual review asked of a setting",
        ["GetDisagreements.Query"] = "Read the case's mediation and appeals",
        ["StartMediation.Command"] = "Recorded that the family contacted the mediation adviser",
        ["RecordMediation.Command"] = "Recorded a mediation's choice, date, outcome or certificate",
        ["RegisterAppeal.Command"] = "Recorded a tribunal appeal against a notice",
        ["RecordAppeal.Command"] = "Recorded a tribunal appeal's dates, the council's position or the tribunal's decision",
        ["AddTribunalOrder.Command"] = "Recorded a tribunal's order",
        ["RecordOrderMet.Command"] = "Recorded that a tribunal's order was carried out",
        ["ExportSettings.Query"] = "Exported the settings catalogue",
        ["ListSectorProfiles.Query"] = "Read the sector profiles",
        ["GetSectorProfile.Query"] = "Read a sector profile",
        ["CreateSectorProfile.Command"] = "Created a sector profile",
        ["StartSectorProfileDraft.Command"] = "Started a draft of a sector profile",
        ["EditSectorProfileVersion.Command"] = "Changed a draft of a sector profile",
        ["PublishSectorProfileVersion.Command"] = "Published a sector profile",
        ["RetireSectorProfileVersion.Command"] = "Retired a sector profile",

        // Users
        ["ListUsers.Query"] = "Read the list of users",
        ["GetUser.Query"] = "Read a user's account",
        ["CreateUser.Command"] = "Added a user",
        ["UpdateUser.Command"] = "Changed or closed a user's account",
        ["LinkFamilyMember.Command"] = "Linked a family member to a child",
        ["WhoAmI.Query"] = "Read their own account",

        // Audit
        ["FindDecisions.Query"] = "Searched the decisions",
        ["GetDecisionHistory.Query"] = "Downloaded a decision's history",
        ["ListAuditEvents.Query"] = "Read audit events",
        ["ListAuditActors.Query"] = "Read who appears in the audit events",
        ["ExportAuditEvents.Query"] = "Exported audit events",
        ["VerifyAuditTrail.Query"] = "Checked the audit trail",
        ["SignAuditTrailHead.Command"] = "Signed where the audit trail ends",
        ["CheckpointAuditTrail.Command"] = "Kept a checkpoint of the audit trail",
        ["ExportAuditCheckpoints.Query"] = "Downloaded the audit trail's checkpoints",

        // Notices with the right of appeal, and the panel's duties
        ["GetNoticeChoices.Query"] = "Read which notices could be sent on the case",
        ["PreviewAppealableNotice.Query"] = "Previewed a notice with the right of appeal",
        ["IssueAppealableNotice.Command"] = "Sent a notice with the right of appeal",
        ["GetPreferenceDuties.Query"] = "Read the duty each preference is tested under",

        // Partners
        ["InvitePartner.Command"] = "Invited a partner",
        ["ClosePartner.Command"] = "Closed a partner's account",
        ["ListPartners.Query"] = "Read the list of partners",
        ["AskPartner.Command"] = "Put a request before a partner",
        ["ChangePartnerSharing.Command"] = "Changed what a partner may see",
        ["ListCasePartnerRequests.Query"] = "Read the partners asked about the case",
        ["ListMyPartnerRequests.Query"] = "Read what is waiting for them as a partner",
        ["GetPartnerRequest.Query"] = "Read a request put before them as a partner",
        ["GetSharedDocument.Query"] = "Opened a document shared with them as a partner",
        ["SubmitAdvice.Command"] = "Sent their advice as a partner",
        ["DeclinePartnerRequest.Command"] = "Declined a request as a partner",
        ["AskPartnerQuestion.Command"] = "Asked the officer a question as a partner",
        ["AnswerConsultation.Command"] = "Answered a consultation for their setting",
        ["RemindPartners.Command"] = "Reminded partners of what is due",

        // Sessions
        ["SignOutEverywhere.Command"] = "Signed out everywhere",

        // Sign-in (written by the web host, not a request)
        ["StaffSignIn"] = "Signed in (staff)",
        ["FamiliesSignIn"] = "Signed in (family)",
        ["ApiSignIn"] = "Signed in to the API",
    };

    /// <summary>The kinds of event an auditor can pick: what people read, what they did, and their sign-ins.</summary>
    public static readonly IReadOnlyList<(string Kind, string Description)> Kinds =
    [
        (AuditKinds.Read, "Reads of personal data"),
        (AuditKinds.Command, "Actions"),
        (AuditKinds.SignIn, "Sign-ins"),
    ];

    /// <summary>Whether <paramref name="action"/> has words of its own here, rather than the words of its name.</summary>
    public static bool IsDescribed(string action) => Descriptions.ContainsKey(action);

    /// <summary>What the action was, as a sentence without its full stop: "Read the case".</summary>
    public static string Describe(string action)
    {
        ArgumentNullException.ThrowIfNull(action);
        return Descriptions.TryGetValue(action, out var description) ? description : Words(action);
    }

    /// <summary>How an attempt ended, unless it succeeded: "refused", "not found"…</summary>
    public static string? DescribeOutcome(string outcome) => outcome switch
    {
        AuditOutcomes.Succeeded => null,
        AuditOutcomes.Invalid => "Refused: the request was not valid",
        AuditOutcomes.Forbidden => "Refused: not allowed",
        AuditOutcomes.NotFound => "Refused: not found, or not theirs to see",
        AuditOutcomes.Conflict => "Refused: the case did not allow it, or it had changed",
        AuditOutcomes.Failed => "Failed: the service could not finish it",
        _ => outcome,
    };

    /// <summary>"RecordSomethingNew.Command" as "Record something new".</summary>
    private static string Words(string action)
    {
        var name = action.Split('.')[0];
        var words = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            if (i > 0 && char.IsUpper(name[i]))
            {
                words.Append(' ').Append(char.ToLowerInvariant(name[i]));
            }
            else
            {
                words.Append(name[i]);
            }
        }

        return words.ToString();
    }
}
