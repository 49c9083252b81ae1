using PanelCaseManager.Domain.Children;
using PanelCaseManager.Domain.Common;
using PanelCaseManager.Domain.PlacementRequests;
using PanelCaseManager.Domain.Provision;
using PanelCaseManager.Domain.Timeliness;
using PanelCaseManager.Domain.Users;

namespace PanelCaseManager.Domain.Plans;

/// <summary>How a plan came into the register.</summary>
public enum PlanSource
{
    /// <summary>Loaded by an administrator from the council's previous system.</summary>
    Imported,

    /// <summary>Finalised in this service: its final plan notice was sent from a case.</summary>
    FinalisedInService,
}

/// <summary>
/// A child's EHC plan as the area's register holds it: who the child is, the setting they attend, the day the plan
/// was made, the day of its last annual review and the officer who holds it. One plan per child. The next review is
/// due within the months configured, starting with the plan's date or its last review's (CFA 2014 s.44(1)).
/// </summary>
public sealed class EhcPlan : AggregateRoot
{
    public const int SettingNameMaxLength = 200;

    private EhcPlan()
    {
    }

    public Guid Id { get; private set; }
    public ChildId ChildId { get; private set; }

    /// <summary>The catalogue's setting the child attends, when the catalogue holds it.</summary>
    public SettingId? SettingId { get; private set; }

    /// <summary>The school, college or type the plan names, in words (for a setting outside the catalogue, or a type).</summary>
    public string? NamedInPlan { get; private set; }

    /// <summary>The day the plan was first made (issued as final).</summary>
    public DateOnly PlanDate { get; private set; }

    /// <summary>The day of the last annual review meeting, if one was held.</summary>
    public DateOnly? LastReviewDate { get; private set; }

    /// <summary>The day the last final amended plan was issued, if it was.</summary>
    public DateOnly? LastAmendedOn { get; private set; }

    /// <summary>The day the council ceased to maintain the plan (a review's decision to cease), if it did.</summary>
    public DateOnly? CeasedOn { get; private set; }

    public UserId OfficerId { get; private set; }
    public PlanSource Source { get; private set; }

    /// <summary>For a plan finalised in the service, the case whose final plan notice made it.</summary>
    public PlacementRequestId? FinalisedInCaseId { get; private set; }

    public UserId RecordedBy { get; private set; }
    public DateTimeOffset RecordedAt { get; private set; }

    /// <summary>
    /// The last day of the annual review: within <see cref="StatutoryClockRules.AnnualReviewMonths"/> months starting
    /// with the day the plan was made, then with the day of each previous review (CFA 2014 s.44(1)(a)–(b)).
    /// </summary>
    public DateOnly ReviewDue(StatutoryClockRules rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        return StatutoryDates.MonthsBeginningWith(LastReviewDate ?? PlanDate, rules.AnnualReviewMonths);
    }

    /// <summary>
    /// A plan made before the service, as the council's previous system holds it. Its date cannot be in the future nor
    /// before the child was born; a last review is on or after the plan's date and not in the future.
    /// </summary>
    public static EhcPlan Import(
        ChildId childId,
        DateOnly childDateOfBirth,
        SettingId settingId,
        DateOnly planDate,
        DateOnly? lastReviewDate,
        UserId officerId,
        DateOnly today,
        UserId by,
        DateTimeOffset at)
    {
        foreach (var problem in DateProblems(childDateOfBirth, planDate, lastReviewDate, today))
        {
            throw new DomainRuleException(problem.Code, problem.Message);
        }

        var plan = new EhcPlan
        {
            Id = Guid.CreateVersion7(),
            ChildId = childId,
            SettingId = settingId,
            PlanDate = planDate,
            LastReviewDate = lastReviewDate,
            OfficerId = officerId,
            Source = PlanSource.Imported,
            RecordedBy = by,
            RecordedAt = at,
        };
        plan.Raise(new PlanJoinedRegister(plan.Id, childId, PlanSource.Imported, planDate, by, at));
        return plan;
    }

    /// <summary>
    /// A plan finalised in the service: the final plan notice of <paramref name="caseId"/> was sent on
    /// <paramref name="noticeDate"/>, the plan's date (reg 14; CFA s.44(1)(a) counts the review from it).
    /// </summary>
    public static EhcPlan FinalisedIn(
        PlacementRequestId caseId,
        ChildId childId,
        SettingId? settingId,
        string? namedInPlan,
        DateOnly noticeDate,
        UserId officerId,
        UserId by,
        DateTimeOffset at)
    {
        var plan = new EhcPlan
        {
            Id = Guid.CreateVersion7(),
            ChildId = childId,
            SettingId = settingId,
            NamedInPlan = Named(namedInPlan),
            PlanDate = noticeDate,
            OfficerId = officerId,
            Source = PlanSource.FinalisedInService,
            FinalisedInCaseId = caseId,
            RecordedBy = by,
            RecordedAt = at,
        };
        plan.Raise(new PlanJoinedRegister(plan.Id, childId, PlanSource.FinalisedInService, noticeDate, by, at));
        return plan;
    }

    /// <summary>
    /// A final amended plan was issued (after a review, a re-assessment or for a phase transfer, reg 18, 22): it names
    /// the setting from now on. The review period still runs from the last review (CFA s.44(1)(b)).
    /// </summary>
    public void RecordAmendedPlan(SettingId? settingId, string? namedInPlan, DateOnly issuedOn, UserId by, DateTimeOffset at)
    {
        if (issuedOn < PlanDate)
        {
            throw new DomainRuleException("amended-before-plan", $"A plan cannot be amended on {DateText.Plain(issuedOn)}, before it was made on {DateText.Plain(PlanDate)}.");
        }

        if (settingId is not null || !string.IsNullOrWhiteSpace(namedInPlan))
        {
            SettingId = settingId;
            NamedInPlan = Named(namedInPlan);
        }

        LastAmendedOn = issuedOn;
        Raise(new PlanAmended(Id, ChildId, issuedOn, by, at));
    }

    /// <summary>A review meeting was held: the next review runs from it (CFA s.44(1)(b)).</summary>
    public void RecordReviewMeeting(DateOnly meetingDate, UserId by, DateTimeOffset at)
    {
        if (CeasedOn is { } ceased)
        {
            throw new DomainRuleException("plan-ceased", $"This plan ceased on {DateText.Plain(ceased)}: a ceased plan is not reviewed.");
        }

        if (meetingDate < PlanDate || (LastReviewDate is { } last && meetingDate <= last))
        {
            throw new DomainRuleException("meeting-already-recorded", $"A review meeting on {DateText.Plain(meetingDate)} must come after the plan's date and its last review.");
        }

        LastReviewDate = meetingDate;
        Raise(new PlanReviewed(Id, ChildId, meetingDate, by, at));
    }

    /// <summary>The council ceased to maintain the plan (a decision after a review, reg 20(10); CFA s.45): once, never before the plan was made.</summary>
    public void Cease(DateOnly ceasedOn, UserId by, DateTimeOffset at)
    {
        if (CeasedOn is { } ceased)
        {
            throw new DomainRuleException("plan-ceased", $"This plan already ceased on {DateText.Plain(ceased)}.");
        }

        if (ceasedOn < PlanDate)
        {
            throw new DomainRuleException("ceased-before-plan", $"A plan cannot cease on {DateText.Plain(ceasedOn)}, before it was made on {DateText.Plain(PlanDate)}.");
        }

        CeasedOn = ceasedOn;
        Raise(new PlanCeased(Id, ChildId, ceasedOn, by, at));
    }

    /// <summary>Every problem with a plan's dates, for an import's report by row.</summary>
    public static IEnumerable<(string Code, string Field, string Message)> DateProblems(DateOnly dateOfBirth, DateOnly planDate, DateOnly? lastReviewDate, DateOnly today)
    {
        if (planDate > today)
        {
            yield return ("plan-date-in-future", "planDate", $"The plan date {DateText.Plain(planDate)} is in the future: give the day the final plan was issued.");
        }
        else if (planDate < dateOfBirth)
        {
            yield return ("plan-date-before-birth", "planDate", $"The plan date {DateText.Plain(planDate)} is before the child's date of birth.");
        }

        if (lastReviewDate is { } review)
        {
            if (review > today)
            {
                yield return ("review-date-in-future", "lastReviewDate", $"The last review date {DateText.Plain(review)} is in the future: give the day the last review meeting was held.");
            }
            else if (review < planDate)
            {
                yield return ("review-before-plan", "lastReviewDate", $"The last review date {DateText.Plain(review)} is before the plan date {DateText.Plain(planDate)}.");
            }
        }
    }

    private static string? Named(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var trimmed = text.Trim();
        return trimmed.Length <= SettingNameMaxLength ? trimmed : trimmed[..SettingNameMaxLength];
    }
}

/// <summary>A plan joined the area's register: imported, or finalised in the service.</summary>
public sealed record PlanJoinedRegister(Guid PlanId, ChildId ChildId, PlanSource Source, DateOnly PlanDate, UserId By, DateTimeOffset At) : IDomainEvent;

/// <summary>A final amended plan was issued for a plan in the register.</summary>
public sealed record PlanAmended(Guid PlanId, ChildId ChildId, DateOnly IssuedOn, UserId By, DateTimeOffset At) : IDomainEvent;

/// <summary>An annual review meeting of a plan in the register was held.</summary>
public sealed record PlanReviewed(Guid PlanId, ChildId ChildId, DateOnly MeetingDate, UserId By, DateTimeOffset At) : IDomainEvent;

/// <summary>The council ceased to maintain a plan in the register.</summary>
public sealed record PlanCeased(Guid PlanId, ChildId ChildId, DateOnly CeasedOn, UserId By, DateTimeOffset At) : IDomainEvent;
