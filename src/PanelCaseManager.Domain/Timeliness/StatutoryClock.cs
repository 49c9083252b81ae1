using PanelCaseManager.Domain.Children;
using PanelCaseManager.Domain.PlacementRequests;
using PanelCaseManager.Domain.Users;

namespace PanelCaseManager.Domain.Timeliness;

/// <summary>
/// Computes the statutory deadlines of a case (statutory-framework.md §2) from its type, received date, the
/// child's date of birth and the events recorded so far. Pure: periods come from <see cref="StatutoryClockRules"/>
/// and working days from the <see cref="WorkingDayCalendar"/> it is given.
/// </summary>
public sealed class StatutoryClock(StatutoryClockRules rules, WorkingDayCalendar calendar)
{
    public StatutoryClockRules Rules { get; } = rules ?? throw new ArgumentNullException(nameof(rules));

    public WorkingDayCalendar Calendar { get; } = calendar ?? throw new ArgumentNullException(nameof(calendar));

    public IReadOnlyList<Milestone> MilestonesFor(ClockInputs inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var events = new EventLog(inputs.Events);
        var received = inputs.ReceivedDate;
        var drafts = new List<Draft>();

        // A new plan's path ends early when the LA decides not to assess, or not to issue.
        var notAssessing = inputs.Type == RequestType.NewPlan
                           && events.LaterOf(ClockEventKind.DecidedToAssess, ClockEventKind.DecidedNotToAssess)?.Kind == ClockEventKind.DecidedNotToAssess;
        var notIssuing = inputs.Type == RequestType.NewPlan
                         && events.LaterOf(ClockEventKind.DraftPlanServed, ClockEventKind.DecidedNotToIssue)?.Kind == ClockEventKind.DecidedNotToIssue;
        var pathEnded = notAssessing || notIssuing;

        switch (inputs.Type)
        {
            case RequestType.NewPlan:
                drafts.Add(new(MilestoneKind.DecisionToAssess, null, received, StatutoryDates.AddWeeks(received, Rules.DecisionToAssessWeeks),
                    events.LaterOf(ClockEventKind.DecidedToAssess, ClockEventKind.DecidedNotToAssess)?.Date));
                drafts.Add(new(MilestoneKind.DecisionWhetherToIssue, null, received, StatutoryDates.AddWeeks(received, Rules.DecisionWhetherToIssueWeeks),
                    events.LaterOf(ClockEventKind.DraftPlanServed, ClockEventKind.DecidedNotToIssue)?.Date, NotApplicable: notAssessing));
                drafts.Add(new(MilestoneKind.FinalPlan, null, received, StatutoryDates.AddWeeks(received, Rules.FinalPlanWeeks),
                    events.Date(ClockEventKind.FinalPlanIssued), NotApplicable: pathEnded));
                break;
            case RequestType.PhaseTransfer:
                drafts.Add(new(MilestoneKind.PhaseTransferAmendment, null, received,
                    PhaseTransferFor(received, inputs.ChildDateOfBirth, events.Date(ClockEventKind.Post16MovePlanned)).Deadline,
                    events.Date(ClockEventKind.PhaseTransferPlanAmended)));
                break;
            case RequestType.AmendmentAfterAnnualReview:
                var meeting = events.Date(ClockEventKind.AnnualReviewMeetingHeld);
                drafts.Add(new(MilestoneKind.ReviewNotice, null, null,
                    events.Date(ClockEventKind.AnnualReviewMeetingScheduled) is { } scheduled ? StatutoryDates.AddWeeks(scheduled, -Rules.ReviewNoticeWeeksBeforeMeeting) : null,
                    events.Date(ClockEventKind.ReviewNoticeSent)));
                drafts.Add(Started(MilestoneKind.ReviewReport, meeting, Rules.ReviewReportWeeks * 7, events.Date(ClockEventKind.ReviewReportSent)));
                drafts.Add(Started(MilestoneKind.ReviewDecision, meeting, Rules.ReviewDecisionWeeks * 7, events.Date(ClockEventKind.ReviewDecisionNotified)));
                break;
            case RequestType.ChangeOfPlacement:
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(inputs), inputs.Type, "Unknown request type.");
        }

        var agencies = events.AdviceRequestedFrom;
        if (agencies.Count == 0)
        {
            drafts.Add(new(MilestoneKind.AgencyAdvice, null, null, null, null, NotApplicable: notAssessing));
        }

        foreach (var agency in agencies)
        {
            drafts.Add(Started(MilestoneKind.AgencyAdvice, events.Date(ClockEventKind.AdviceRequested, agency), Rules.AgencyAdviceWeeks * 7,
                events.Date(ClockEventKind.AdviceReceived, agency), agency));
        }

        // "At least 15 days beginning with the day on which the draft plan was served" (reg 13(1)(b)).
        var served = events.Date(ClockEventKind.DraftPlanServed);
        drafts.Add(new(MilestoneKind.DraftPlanComments, null, served, served is { } s ? StatutoryDates.DaysBeginningWith(s, Rules.DraftPlanCommentsDays) : null,
            served is null ? null : events.Date(ClockEventKind.DraftCommentsReceived), NotApplicable: pathEnded));
        drafts.Add(Started(MilestoneKind.SettingConsultation, events.Date(ClockEventKind.SettingConsultationSent), Rules.SettingConsultationDays,
            events.Date(ClockEventKind.SettingReplied)) with { NotApplicable = pathEnded });

        if (inputs.Type == RequestType.NewPlan)
        {
            var issued = events.Date(ClockEventKind.FinalPlanIssued);
            // "Within the period of 12 months starting with the date on which the EHC plan was first made" (CFA 2014 s.44(1)(a)).
            drafts.Add(new(MilestoneKind.AnnualReview, null, issued, issued is { } i ? StatutoryDates.MonthsBeginningWith(i, Rules.AnnualReviewMonths) : null,
                events.Date(ClockEventKind.AnnualReviewMeetingHeld), NotApplicable: pathEnded));
        }
        else
        {
            drafts.Add(Started(MilestoneKind.AmendedFinalPlan, events.Date(ClockEventKind.AmendmentsProposed), Rules.AmendedPlanWeeks * 7,
                events.Date(ClockEventKind.AmendedPlanIssued)));
            if (events.Date(ClockEventKind.ReassessmentRequested) is { } reassessment)
            {
                drafts.Add(Started(MilestoneKind.FinalPlanAfterReassessment, reassessment, Rules.FinalPlanAfterReassessmentWeeks * 7,
                    events.Date(ClockEventKind.FinalPlanIssued)));
            }
        }

        // The right of appeal arises from a notice (the final plan's, or a refusal's), never from the panel's letter.
        var notice = events.Date(ClockEventKind.AppealableNoticeSent);
        drafts.Add(new(MilestoneKind.AppealWindow, null, notice,
            notice is { } sent ? StatutoryDates.AppealDeadline(sent, events.Date(ClockEventKind.MediationCertificateIssued), Rules, Calendar) : null,
            null, DependsOnWorkingDays: StatutoryDates.AppealDeadlineDependsOnWorkingDays(Rules)));

        // Mediation, once the family has asked for it or declined it (SEND Regulations 2014, mediation).
        if (notice is not null && events.Date(ClockEventKind.MediationRequested) is { } requested)
        {
            var declinedSince = events.LaterOf(ClockEventKind.MediationRequested, ClockEventKind.MediationDeclined)?.Kind == ClockEventKind.MediationDeclined;
            drafts.Add(Started(MilestoneKind.MediationArranged, requested, Rules.MediationArrangeDays, events.Date(ClockEventKind.MediationHeld))
                with { NotApplicable = declinedSince });
        }

        if (notice is not null && CertificateRunsFrom(events) is { } concluded)
        {
            var certificate = events.Date(ClockEventKind.MediationCertificateIssued);
            drafts.Add(new(MilestoneKind.MediationCertificate, null, concluded, Calendar.AddWorkingDays(concluded, Rules.MediationCertificateWorkingDays),
                certificate is { } issued && issued >= concluded ? issued : null, DependsOnWorkingDays: true));
        }

        var milestones = drafts.Select(d => d.ToMilestone(inputs.Exceptions, Calendar)).ToList();

        // Each tribunal order is a deadline of its own: "within N weeks of the order being made" (reg 44(2)), or of the
        // council's notice that it will not oppose (reg 45), counted from the day after.
        foreach (var order in inputs.Orders)
        {
            var met = order.MetOn is { } m && m >= order.RunsFrom ? m : (DateOnly?)null;
            milestones.Add(new Milestone(order.Kind, null, order.RunsFrom, StatutoryDates.AddWeeks(order.RunsFrom, Rules.WeeksFor(order.Kind)), met, false, false, [])
            {
                Slot = order.OrderId.ToString("D"),
            });
        }

        return milestones;
    }

    /// <summary>
    /// The day the certificate's working days run from: the family declining mediation, or the mediation held,
    /// whichever the family's latest answer is (a family may decline, then ask for mediation after all).
    /// </summary>
    private static DateOnly? CertificateRunsFrom(EventLog events)
    {
        var answer = events.LaterOf(ClockEventKind.MediationRequested, ClockEventKind.MediationDeclined);
        return answer switch
        {
            { Kind: ClockEventKind.MediationDeclined, Date: var declined } => declined,
            { Kind: ClockEventKind.MediationRequested } => events.Date(ClockEventKind.MediationHeld),
            _ => null,
        };
    }

    /// <summary>The phase transfer of a child and its deadline (reg 18): see <see cref="PhaseTransfer.For"/>.</summary>
    public PhaseTransfer PhaseTransferFor(DateOnly received, DateOnly childDateOfBirth, DateOnly? post16MovePlanned = null) =>
        PhaseTransfer.For(Rules, received, childDateOfBirth, post16MovePlanned);

    private static Draft Started(MilestoneKind kind, DateOnly? startedOn, int days, DateOnly? metOn, Agency? agency = null) =>
        new(kind, agency, startedOn, startedOn is { } s ? StatutoryDates.AddDays(s, days) : null, startedOn is null ? null : metOn);

    private sealed record Draft(
        MilestoneKind Kind,
        Agency? Agency,
        DateOnly? StartedOn,
        DateOnly? DueDate,
        DateOnly? MetOn,
        bool NotApplicable = false,
        bool DependsOnWorkingDays = false)
    {
        public Milestone ToMilestone(IReadOnlyList<ExceptionPeriod> exceptions, WorkingDayCalendar calendar)
        {
            IReadOnlyList<string> reasons = DueDate is { } due && !NotApplicable
                ? exceptions
                    .Where(e => e.Reason.AppliesTo.Contains(Kind) && e.Start <= due && e.End >= (StartedOn ?? due))
                    .Select(e => e.Reason.Code)
                    .Distinct()
                    .ToList()
                : [];

            // Counted in working days into a year whose bank holidays are not known yet: the date may still move.
            var provisional = DependsOnWorkingDays && DueDate is { } date && !calendar.Covers(date);
            return new Milestone(Kind, Agency, StartedOn, DueDate, MetOn, NotApplicable, DependsOnWorkingDays, reasons, provisional);
        }
    }

    /// <summary>The recorded events; when one is recorded again (a correction), the latest record counts.</summary>
    private sealed class EventLog
    {
        private readonly Dictionary<(ClockEventKind, Agency?), (DateOnly Date, int Order)> _latest = [];
        private readonly List<Agency> _agencies = [];

        public EventLog(IReadOnlyList<ClockEventInput> events)
        {
            for (var i = 0; i < events.Count; i++)
            {
                var e = events[i];
                _latest[(e.Kind, e.Agency)] = (e.Date, i);
                if (e is { Kind: ClockEventKind.AdviceRequested, Agency: { } agency } && !_agencies.Contains(agency))
                {
                    _agencies.Add(agency);
                }
            }
        }

        public DateOnly? Date(ClockEventKind kind, Agency? agency = null) => _latest.TryGetValue((kind, agency), out var e) ? e.Date : null;

        /// <summary>The agencies asked for advice, in the order they were first asked.</summary>
        public List<Agency> AdviceRequestedFrom => _agencies;

        /// <summary>Of two events that answer the same question, the one recorded last, which is the answer now.</summary>
        public (ClockEventKind Kind, DateOnly Date)? LaterOf(ClockEventKind first, ClockEventKind second)
        {
            var a = _latest.TryGetValue((first, null), out var x) ? x : ((DateOnly, int)?)null;
            var b = _latest.TryGetValue((second, null), out var y) ? y : ((DateOnly, int)?)null;
            return (a, b) switch
            {
                (null, null) => null,
                ({ } only, null) => (first, only.Item1),
                (null, { } only) => (second, only.Item1),
                ({ } p, { } q) => p.Item2 > q.Item2 ? (first, p.Item1) : (second, q.Item1),
            };
        }
    }
}
