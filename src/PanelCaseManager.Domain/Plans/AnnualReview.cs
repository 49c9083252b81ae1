using PanelCaseManager.Domain.Children;
using PanelCaseManager.Domain.Common;
using PanelCaseManager.Domain.PlacementRequests;
using PanelCaseManager.Domain.Provision;
using PanelCaseManager.Domain.Timeliness;
using PanelCaseManager.Domain.Users;

namespace PanelCaseManager.Domain.Plans;

/// <summary>What the review meeting recommends, in the report the setting returns (SEND Regulations 2014 reg 20).</summary>
public enum ReviewRecommendation
{
    /// <summary>Keep the plan as it is.</summary>
    Maintain,

    /// <summary>Amend the plan.</summary>
    Amend,

    /// <summary>Cease to maintain the plan.</summary>
    Cease,

    /// <summary>Amend the plan to name another setting: the change of placement goes to panel as a placement request.</summary>
    ChangeOfPlacement,
}

/// <summary>The council's decision after the review (reg 20(10)): keep the plan as it is, amend it, or cease to maintain it.</summary>
public enum ReviewOutcome
{
    Maintain,
    Amend,
    Cease,
}

/// <summary>Where a review stands, from its dates and the day it is.</summary>
public enum ReviewStanding
{
    /// <summary>No meeting recorded yet; the review is due by the plan's review date.</summary>
    Due,

    /// <summary>No meeting recorded and the plan's review date has passed (CFA s.44(1)).</summary>
    Overdue,

    /// <summary>The meeting was held; the setting's paperwork is awaited within its period.</summary>
    AwaitingPaperwork,

    /// <summary>The paperwork's period has passed without it.</summary>
    PaperworkLate,

    /// <summary>The council's decision is awaited within its period.</summary>
    DecisionDue,

    /// <summary>The decision's period has passed without it.</summary>
    DecisionLate,

    /// <summary>Amendments were proposed; the final amended plan is awaited within its period.</summary>
    AmendedPlanDue,

    /// <summary>The final amended plan's period has passed without it.</summary>
    AmendedPlanLate,

    /// <summary>Decided (kept or ceased), or the amended plan issued.</summary>
    Complete,
}

/// <summary>The periods a review runs on, from configuration with the law's defaults (statutory-framework.md §2).</summary>
/// <param name="PaperworkWeeks">The review's report "within two weeks of the review meeting" (reg 20(7)–(8); statutory-framework.md marks the paragraph "check").</param>
/// <param name="DecisionWeeks">The council's decision "within four weeks of the review meeting" (reg 20(10); statutory-framework.md: reg 20/22, Devon 2022).</param>
/// <param name="AmendedPlanWeeks">The final amended plan "within 8 weeks" of the proposed amendments being sent (reg 22(3)).</param>
public sealed record ReviewPeriods(int PaperworkWeeks, int DecisionWeeks, int AmendedPlanWeeks)
{
    public static ReviewPeriods From(StatutoryClockRules rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        return new(rules.ReviewReportWeeks, rules.ReviewDecisionWeeks, rules.AmendedPlanWeeks);
    }
}

/// <summary>
/// One annual review of a plan (CFA 2014 s.44; SEND Regulations 2014 regs 20–22): the meeting the officer (or the
/// setting) records as held; the paperwork the plan's setting returns — who came, the child's and the family's
/// views, the recommendation and its reasons — within <see cref="ReviewPeriods.PaperworkWeeks"/> weeks of the
/// meeting; the council's decision to keep, amend or cease, told to the family within
/// <see cref="ReviewPeriods.DecisionWeeks"/> weeks of the meeting; and, for an amendment, the final amended plan
/// within <see cref="ReviewPeriods.AmendedPlanWeeks"/> weeks of the proposed amendments. "Within N weeks of" a day
/// counts from the day after (<see cref="StatutoryDates.AddWeeks"/>): calendar weeks, weekends and bank holidays
/// included, as the regulations count them.
/// </summary>
public sealed class AnnualReview : AggregateRoot
{
    public const int TextMaxLength = 4000;
    public const int AttendeesMaxLength = 2000;

    private AnnualReview()
    {
    }

    public Guid Id { get; private set; }
    public Guid PlanId { get; private set; }
    public ChildId ChildId { get; private set; }

    /// <summary>The last day the review was due when its meeting was held (CFA s.44(1)).</summary>
    public DateOnly DueOn { get; private set; }

    public DateOnly MeetingDate { get; private set; }

    /// <summary>The setting asked for the paperwork: the plan's setting when the meeting was recorded, if the catalogue holds it.</summary>
    public SettingId? SettingId { get; private set; }

    public UserId MeetingRecordedBy { get; private set; }
    public DateTimeOffset MeetingRecordedAt { get; private set; }

    public DateOnly? PaperworkReturnedOn { get; private set; }

    /// <summary>The day the review's report was written, as the setting gives it: never before the meeting.</summary>
    public DateOnly? ReportDate { get; private set; }

    public string? Attendees { get; private set; }
    public string? ChildViews { get; private set; }
    public string? FamilyViews { get; private set; }
    public ReviewRecommendation? Recommendation { get; private set; }
    public string? RecommendationReasons { get; private set; }
    public UserId? PaperworkReturnedBy { get; private set; }

    public ReviewOutcome? Outcome { get; private set; }

    /// <summary>The day the family was told the decision: the proposed amendments, or the decision not to amend, or to cease.</summary>
    public DateOnly? DecisionNotifiedOn { get; private set; }

    public string? DecisionReasons { get; private set; }
    public UserId? DecidedBy { get; private set; }

    public DateOnly? AmendedPlanIssuedOn { get; private set; }

    /// <summary>The placement request a recommended change of placement became, for panel.</summary>
    public PlacementRequestId? PlacementRequestId { get; private set; }

    public DateOnly PaperworkDue(ReviewPeriods periods) => StatutoryDates.AddWeeks(MeetingDate, Periods(periods).PaperworkWeeks);

    public DateOnly DecisionDue(ReviewPeriods periods) => StatutoryDates.AddWeeks(MeetingDate, Periods(periods).DecisionWeeks);

    /// <summary>The final amended plan's last day: 8 weeks from the day the proposed amendments were sent (reg 22(3)); null unless amendments were proposed.</summary>
    public DateOnly? AmendedPlanDue(ReviewPeriods periods) =>
        Outcome == ReviewOutcome.Amend && DecisionNotifiedOn is { } proposed ? StatutoryDates.AddWeeks(proposed, Periods(periods).AmendedPlanWeeks) : null;

    /// <summary>Whether the meeting was held by the day the review was due.</summary>
    public bool HeldOnTime => MeetingDate <= DueOn;

    public bool PaperworkOnTime(ReviewPeriods periods) => PaperworkReturnedOn is { } on && on <= PaperworkDue(periods);

    public bool DecisionOnTime(ReviewPeriods periods) => DecisionNotifiedOn is { } on && on <= DecisionDue(periods);

    public bool AmendedPlanOnTime(ReviewPeriods periods) => AmendedPlanIssuedOn is { } on && AmendedPlanDue(periods) is { } due && on <= due;

    public bool IsDecided => Outcome is not null;

    public ReviewStanding Standing(ReviewPeriods periods, DateOnly today)
    {
        if (Outcome is null)
        {
            if (PaperworkReturnedOn is null)
            {
                return today > PaperworkDue(periods) ? ReviewStanding.PaperworkLate : ReviewStanding.AwaitingPaperwork;
            }

            return today > DecisionDue(periods) ? ReviewStanding.DecisionLate : ReviewStanding.DecisionDue;
        }

        if (Outcome == ReviewOutcome.Amend && AmendedPlanIssuedOn is null)
        {
            return today > AmendedPlanDue(periods) ? ReviewStanding.AmendedPlanLate : ReviewStanding.AmendedPlanDue;
        }

        return ReviewStanding.Complete;
    }

    /// <summary>
    /// The review meeting was held on <paramref name="meetingDate"/>: never in the future, never before the plan was
    /// made or before its last review, never on a plan that has ceased. The plan's next review now runs from this
    /// meeting (CFA s.44(1)(b)). The plan's setting is asked for the paperwork.
    /// </summary>
    public static AnnualReview Hold(EhcPlan plan, DateOnly meetingDate, StatutoryClockRules rules, DateOnly today, UserId by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(rules);
        if (meetingDate > today)
        {
            throw new DomainRuleException("meeting-in-future", $"A meeting on {DateText.Plain(meetingDate)} has not been held yet: record it on the day it is held or after.");
        }

        if (plan.CeasedOn is { } ceased)
        {
            throw new DomainRuleException("plan-ceased", $"This plan ceased on {DateText.Plain(ceased)}: a ceased plan is not reviewed.");
        }

        if (meetingDate < plan.PlanDate)
        {
            throw new DomainRuleException("meeting-before-plan", $"A review meeting on {DateText.Plain(meetingDate)} is before the plan was made on {DateText.Plain(plan.PlanDate)}.");
        }

        if (plan.LastReviewDate is { } last && meetingDate <= last)
        {
            throw new DomainRuleException("meeting-already-recorded", $"The last review meeting was held on {DateText.Plain(last)}: a new meeting must come after it.");
        }

        var review = new AnnualReview
        {
            Id = Guid.CreateVersion7(),
            PlanId = plan.Id,
            ChildId = plan.ChildId,
            DueOn = plan.ReviewDue(rules),
            MeetingDate = meetingDate,
            SettingId = plan.SettingId,
            MeetingRecordedBy = by,
            MeetingRecordedAt = at,
        };
        plan.RecordReviewMeeting(meetingDate, by, at);
        review.Raise(new AnnualReviewChanged(review.Id, plan.Id, "meeting-held", by, at));
        return review;
    }

    /// <summary>
    /// The setting returns the review's paperwork (reg 20(7)–(8)): who came, the child's and the family's views, the
    /// recommendation and its reasons. The report is dated on or after the meeting and not after today; it is returned
    /// once.
    /// </summary>
    public void ReturnPaperwork(
        DateOnly reportDate,
        string attendees,
        string? childViews,
        string? familyViews,
        ReviewRecommendation recommendation,
        string reasons,
        DateOnly today,
        UserId by,
        DateTimeOffset at)
    {
        if (PaperworkReturnedOn is not null)
        {
            throw new DomainRuleException("paperwork-already-returned", $"The paperwork for this review was returned on {DateText.Plain(PaperworkReturnedOn.Value)}: it cannot be returned twice.");
        }

        if (Outcome is not null)
        {
            throw new DomainRuleException("review-decided", "The council has already decided after this review: the paperwork can no longer be returned.");
        }

        if (reportDate < MeetingDate)
        {
            throw new DomainRuleException("report-before-meeting", $"The report is dated {DateText.Plain(reportDate)}, before the review meeting on {DateText.Plain(MeetingDate)}.");
        }

        if (reportDate > today)
        {
            throw new DomainRuleException("report-in-future", $"The report date {DateText.Plain(reportDate)} is in the future.");
        }

        PaperworkReturnedOn = today;
        ReportDate = reportDate;
        Attendees = Trimmed(attendees, AttendeesMaxLength);
        ChildViews = Trimmed(childViews, TextMaxLength);
        FamilyViews = Trimmed(familyViews, TextMaxLength);
        Recommendation = recommendation;
        RecommendationReasons = Trimmed(reasons, TextMaxLength);
        PaperworkReturnedBy = by;
        Raise(new AnnualReviewChanged(Id, PlanId, "paperwork-returned", by, at));
    }

    /// <summary>
    /// The council decides to keep, amend or cease the plan and tells the family on <paramref name="notifiedOn"/>
    /// (reg 20(10)): on or after the meeting, not in the future, once, and never on a plan that has ceased. A decision
    /// to cease ends the plan on that day.
    /// </summary>
    public void Decide(EhcPlan plan, ReviewOutcome outcome, DateOnly notifiedOn, string reasons, DateOnly today, UserId by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(plan);
        if (plan.Id != PlanId)
        {
            throw new ArgumentException("The plan is not this review's.", nameof(plan));
        }

        if (Outcome is not null)
        {
            throw new DomainRuleException("review-decided", $"The council already decided after this review, on {DateText.Plain(DecisionNotifiedOn!.Value)}.");
        }

        if (plan.CeasedOn is { } ceased)
        {
            throw new DomainRuleException("plan-ceased", $"This plan ceased on {DateText.Plain(ceased)}: there is nothing left to decide.");
        }

        if (notifiedOn < MeetingDate)
        {
            throw new DomainRuleException("decision-before-meeting", $"A decision told to the family on {DateText.Plain(notifiedOn)} is before the review meeting on {DateText.Plain(MeetingDate)}.");
        }

        if (notifiedOn > today)
        {
            throw new DomainRuleException("decision-in-future", $"The day the family was told, {DateText.Plain(notifiedOn)}, is in the future.");
        }

        Outcome = outcome;
        DecisionNotifiedOn = notifiedOn;
        DecisionReasons = Trimmed(reasons, TextMaxLength);
        DecidedBy = by;
        if (outcome == ReviewOutcome.Cease)
        {
            plan.Cease(notifiedOn, by, at);
        }

        Raise(new AnnualReviewChanged(Id, PlanId, "decided", by, at));
    }

    /// <summary>The final amended plan was issued (reg 22(3)): only after amendments were proposed, on or after that day, not in the future, once.</summary>
    public void RecordAmendedPlan(EhcPlan plan, DateOnly issuedOn, DateOnly today, UserId by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(plan);
        if (Outcome != ReviewOutcome.Amend)
        {
            throw new DomainRuleException("no-amendments-proposed", "No amendments were proposed after this review: there is no amended plan to record.");
        }

        if (AmendedPlanIssuedOn is { } issued)
        {
            throw new DomainRuleException("amended-plan-recorded", $"The final amended plan was recorded as issued on {DateText.Plain(issued)}.");
        }

        if (issuedOn < DecisionNotifiedOn!.Value)
        {
            throw new DomainRuleException("amended-before-proposal", $"The amended plan cannot be issued on {DateText.Plain(issuedOn)}, before the amendments were proposed on {DateText.Plain(DecisionNotifiedOn.Value)}.");
        }

        if (issuedOn > today)
        {
            throw new DomainRuleException("amended-in-future", $"The issue date {DateText.Plain(issuedOn)} is in the future.");
        }

        if (plan.CeasedOn is { } ceased)
        {
            throw new DomainRuleException("plan-ceased", $"This plan ceased on {DateText.Plain(ceased)}.");
        }

        AmendedPlanIssuedOn = issuedOn;
        plan.RecordAmendedPlan(null, null, issuedOn, by, at);
        Raise(new AnnualReviewChanged(Id, PlanId, "amended-plan-issued", by, at));
    }

    /// <summary>The change of placement the review recommended became a placement request for panel: once.</summary>
    public void LinkPlacementRequest(PlacementRequestId caseId, UserId by, DateTimeOffset at)
    {
        if (Recommendation != ReviewRecommendation.ChangeOfPlacement)
        {
            throw new DomainRuleException("no-change-of-placement", "This review did not recommend a change of placement.");
        }

        if (PlacementRequestId is not null)
        {
            throw new DomainRuleException("placement-already-requested", "A placement request has already been made from this review.");
        }

        PlacementRequestId = caseId;
        Raise(new AnnualReviewChanged(Id, PlanId, "placement-requested", by, at));
    }

    private static ReviewPeriods Periods(ReviewPeriods periods) => periods ?? throw new ArgumentNullException(nameof(periods));

    private static string? Trimmed(string? text, int max)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var trimmed = text.Trim();
        return trimmed.Length <= max ? trimmed : trimmed[..max];
    }
}

/// <summary>Something happened in an annual review: its meeting, paperwork, decision, amended plan or placement request.</summary>
public sealed record AnnualReviewChanged(Guid ReviewId, Guid PlanId, string What, UserId By, DateTimeOffset At) : IDomainEvent;
