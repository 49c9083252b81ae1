using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Persistence;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Domain.Common;
using PanelCaseManager.Domain.PlacementRequests;
using PanelCaseManager.Domain.Timeliness;
using PanelCaseManager.Domain.Users;

namespace PanelCaseManager.Application.Features.Timeliness;

/// <summary>
/// What happens next on a family's own request, and by when: the statutory deadlines still ahead, and those already
/// met, in plain English. Only dates and what they are for: no staff names, notes or exception reasons.
/// </summary>
public static class GetWhatHappensNext
{
    [RequiresPolicy(Policies.Family)]
    public sealed record Query(Guid PlacementRequestId) : IQuery<Result>, ICaseScoped;

    /// <param name="Stopped">The request has ended (withdrawn or closed): no deadline runs any more.</param>
    public sealed record Result(Guid PlacementRequestId, DateOnly Today, bool Stopped, IReadOnlyList<Deadline> Ahead, IReadOnlyList<Deadline> Done);

    /// <param name="By">The last day the law allows for it.</param>
    /// <param name="Late">The day has passed and it has not happened yet.</param>
    /// <param name="MayTakeLonger">One of the exceptions the law allows applies, so it may take longer than the usual limit.</param>
    /// <param name="MayChange">The date depends on bank holidays not yet published for its year, so it may still change.</param>
    public sealed record Deadline(MilestoneKind Kind, string What, string WhyThisDate, DateOnly? By, DateOnly? DoneOn, bool Late, bool MayTakeLonger, bool MayChange)
    {
        /// <summary>For a late deadline, why it is late in the officer's words for the family, or null while they have not said.</summary>
        public string? WhyLate { get; init; }

        /// <summary>For a late deadline, the day the officer now expects it, or null while they have not said.</summary>
        public DateOnly? NowExpectedBy { get; init; }

        /// <summary>The day the officer gave has passed as well, and it has still not happened.</summary>
        public bool NewDatePassed => Late && NowExpectedBy is { } expected && expected < Today;

        /// <summary>The day the page was read, for <see cref="NewDatePassed"/>.</summary>
        public DateOnly Today { get; init; }
    }

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator() => RuleFor(q => q.PlacementRequestId).NotEmpty().WithMessage("Give the id of your request.");
    }

    public sealed class Handler(PanelDbContext db, TimelinessRules rules, TimeProvider clock) : IQueryHandler<Query, Result>
    {
        public async ValueTask<Result> Handle(Query query, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(query);
            var id = new PlacementRequestId(query.PlacementRequestId);
            var caseClock = await db.CaseClocks.AsNoTracking().WithMilestones().SingleOrDefaultAsync(c => c.PlacementRequestId == id, cancellationToken);
            var today = UkCalendar.Today(clock);
            if (caseClock is null)
            {
                // A request not yet submitted has no clock: nothing is due yet.
                return await db.PlacementRequests.AnyAsync(p => p.Id == id, cancellationToken)
                    ? new Result(query.PlacementRequestId, today, false, [], [])
                    : throw new NotFoundException("Placement request", query.PlacementRequestId);
            }

            var stopped = caseClock.StoppedOn is not null;
            var relevant = caseClock.Milestones.Where(m => !m.NotApplicable && m.DueDate is not null).ToList();
            var ahead = stopped
                ? []
                : relevant.Where(m => m.MetOn is null)
                    .OrderBy(m => m.DueDate).ThenBy(m => m.Kind)
                    .Select(m => StepOf(m, today) is var step && step.Late && caseClock.LateExplanationOf(m.Kind, m.Agency) is { } late
                        ? step with { WhyLate = late.Reason, NowExpectedBy = late.ExpectedBy }
                        : step)
                    .ToList();
            var done = relevant.Where(m => m.MetOn is not null)
                .OrderByDescending(m => m.MetOn).ThenBy(m => m.Kind)
                .Select(m => StepOf(m, today))
                .ToList();
            return new Result(query.PlacementRequestId, today, stopped, ahead, done);
        }

        private Deadline StepOf(CaseMilestone m, DateOnly today) => new(
            m.Kind,
            FamilyMilestoneText.What(m.Kind, m.Agency),
            FamilyMilestoneText.WhyThisDate(m.Kind, rules.Clock),
            m.DueDate,
            m.MetOn,
            m.MetOn is null && m.DueDate < today,
            m.ExceptionApplies,
            m.Provisional && m.MetOn is null)
        {
            Today = today,
        };
    }
}

/// <summary>The statutory deadlines as a family would put them: what happens, and the rule that sets the date.</summary>
public static class FamilyMilestoneText
{
    public static string What(MilestoneKind kind, Agency? agency) => kind switch
    {
        MilestoneKind.DecisionToAssess => "We decide whether to carry out an EHC needs assessment, and tell you",
        MilestoneKind.AgencyAdvice => agency is { } a ? $"We receive the {a.Describe()} advice about your child's needs" : "We receive advice about your child's needs",
        MilestoneKind.DecisionWhetherToIssue => "We tell you whether we will issue an EHC plan",
        MilestoneKind.DraftPlanComments => "Your time to comment on the draft plan, and to ask for a school or setting, ends",
        MilestoneKind.SettingConsultation => "A school or setting we asked about a place replies",
        MilestoneKind.FinalPlan => "We send you the final EHC plan",
        MilestoneKind.FinalPlanAfterReassessment => "We send you the final plan after the re-assessment",
        MilestoneKind.PhaseTransferAmendment => "We amend the plan to name your child's next school or setting",
        MilestoneKind.AnnualReview => "The annual review meeting is held",
        MilestoneKind.ReviewNotice => "We send you the notice of the review meeting and the advice for it",
        MilestoneKind.ReviewReport => "You receive the report of the review meeting",
        MilestoneKind.ReviewDecision => "We tell you what we decided after the review",
        MilestoneKind.AmendedFinalPlan => "We send you the final amended plan",
        MilestoneKind.AppealWindow => "The last day to appeal to the SEND Tribunal",
        MilestoneKind.MediationArranged => "We arrange the mediation you asked for, and it takes place",
        MilestoneKind.MediationCertificate => "You receive your mediation certificate, which you need to appeal",
        MilestoneKind.TribunalOrderNameSchool => "We change the plan to name the school the tribunal set",
        MilestoneKind.TribunalOrderAmendPlan => "We change the plan as the tribunal said",
        MilestoneKind.TribunalOrderDraftPlan => "We send you a draft plan, as the tribunal said",
        MilestoneKind.TribunalOrderFinalPlan => "We send you the final plan, as the tribunal said",
        MilestoneKind.TribunalOrderNotifyAssessment => "We tell you we will assess your child's needs, as the tribunal said",
        MilestoneKind.TribunalOrderPlanAfterAssessment => "We send you the final plan after the assessment",
        _ => kind.Describe(),
    };

    /// <summary>The rule behind the date, with the periods as configured (StatutoryClock in configuration).</summary>
    public static string WhyThisDate(MilestoneKind kind, StatutoryClockRules rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        return kind switch
        {
            MilestoneKind.DecisionToAssess => $"The law gives us {Weeks(rules.DecisionToAssessWeeks)} from the request.",
            MilestoneKind.AgencyAdvice => $"Those asked for advice have {Weeks(rules.AgencyAdviceWeeks)} to give it.",
            MilestoneKind.DecisionWhetherToIssue => $"The law gives us {Weeks(rules.DecisionWhetherToIssueWeeks)} from the request.",
            MilestoneKind.DraftPlanComments => $"You have at least {Days(rules.DraftPlanCommentsDays)}, counting the day the draft plan is sent to you as the first.",
            MilestoneKind.SettingConsultation => $"Schools and settings are asked to reply within {Days(rules.SettingConsultationDays)}.",
            MilestoneKind.FinalPlan => $"The whole process must take no more than {Weeks(rules.FinalPlanWeeks)} from the request.",
            MilestoneKind.FinalPlanAfterReassessment => $"The plan is due within {Weeks(rules.FinalPlanAfterReassessmentWeeks)} of the decision to re-assess.",
            MilestoneKind.PhaseTransferAmendment =>
                $"The law sets a fixed date before a move to the next phase of education, or {Plural(rules.Post16MoveMonthsBefore, "month")} before a move from one college to another.",
            MilestoneKind.AnnualReview => $"A plan must be reviewed within the {Plural(rules.AnnualReviewMonths, "month")} starting with the day it was issued.",
            MilestoneKind.ReviewNotice => $"You must have at least {Weeks(rules.ReviewNoticeWeeksBeforeMeeting)}' notice of the meeting.",
            MilestoneKind.ReviewReport => $"The report is due within {Weeks(rules.ReviewReportWeeks)} of the meeting.",
            MilestoneKind.ReviewDecision => $"We must decide within {Weeks(rules.ReviewDecisionWeeks)} of the meeting.",
            MilestoneKind.AmendedFinalPlan => $"The amended plan is due within {Weeks(rules.AmendedPlanWeeks)} of the proposed changes.",
            MilestoneKind.AppealWindow =>
                $"You have {Plural(rules.AppealMonths, "month")} from the date of the notice we sent you, or {Plural(rules.AppealMonthsAfterMediationCertificate, "month")} from the date on a mediation certificate if that is later.",
            MilestoneKind.MediationArranged => $"We must arrange mediation within {Days(rules.MediationArrangeDays)} of you telling us you want it.",
            MilestoneKind.MediationCertificate =>
                $"The certificate is due within {Plural(rules.MediationCertificateWorkingDays, "working day")} of you saying you do not want mediation, or of the mediation.",
            _ when kind.IsTribunalOrder() => $"The law gives us {Weeks(rules.WeeksFor(kind))} to do what the tribunal said.",
            _ => kind.Source(),
        };
    }

    private static string Weeks(int weeks) => Plural(weeks, "week");

    private static string Days(int days) => Plural(days, "day");

    private static string Plural(int count, string unit) =>
        count.ToString(System.Globalization.CultureInfo.InvariantCulture) + " " + unit + (count == 1 ? string.Empty : "s");
}
