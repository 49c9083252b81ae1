using PanelCaseManager.Domain.Children;
using PanelCaseManager.Domain.Common;
using PanelCaseManager.Domain.PlacementRequests;
using PanelCaseManager.Domain.Users;

namespace PanelCaseManager.Domain.Timeliness;

/// <summary>
/// The statutory clock of one placement request: the events and exceptions recorded against it and the deadlines
/// computed from them. Started when the request is received; stopped when the case is withdrawn or closed.
/// </summary>
public sealed class CaseClock : AggregateRoot
{
    public const int NoteMaxLength = 2000;

    /// <summary>The longest reason for a late deadline: a few plain sentences for the family.</summary>
    public const int LateReasonMaxLength = 600;

    public const string LateMilestoneField = "milestone";
    public const string LateReasonField = "reason";
    public const string ExpectedByField = "expectedBy";

    private readonly List<ClockEvent> _events = [];
    private readonly List<StatutoryException> _exceptions = [];
    private readonly List<CaseMilestone> _milestones = [];
    private readonly List<LateDeadlineExplanation> _lateExplanations = [];
    private readonly List<ClockOrder> _orders = [];

    private CaseClock()
    {
    }

    public PlacementRequestId PlacementRequestId { get; private set; }
    public RequestType RequestType { get; private set; }
    public DateOnly ReceivedDate { get; private set; }
    public ChildId ChildId { get; private set; }
    public DateOnly ChildDateOfBirth { get; private set; }

    /// <summary>The family asks for more than mainstream provision: the child counts as waiting for a specialist place until decided.</summary>
    public bool SeeksSpecialistProvision { get; private set; }

    /// <summary>The day the panel decided the case; cleared when it is reconsidered, when the child waits again.</summary>
    public DateOnly? DecidedOn { get; private set; }

    /// <summary>The day the case was withdrawn or closed; its deadlines are no longer chased.</summary>
    public DateOnly? StoppedOn { get; private set; }

    /// <summary>Whether an exception applies to any of the case's deadlines: the flag national returns count both ways.</summary>
    public bool ExceptionApplies { get; private set; }

    public IReadOnlyList<ClockEvent> Events => _events;
    public IReadOnlyList<StatutoryException> Exceptions => _exceptions;
    public IReadOnlyList<CaseMilestone> Milestones => _milestones;
    public IReadOnlyList<LateDeadlineExplanation> LateExplanations => _lateExplanations;

    /// <summary>The tribunal's orders on the case (Domain/Appeals): each is a deadline the clock keeps, chased after the case has closed too.</summary>
    public IReadOnlyList<ClockOrder> Orders => _orders;

    /// <summary>The latest explanation recorded for a deadline, or null while there is none.</summary>
    public LateDeadlineExplanation? LateExplanationOf(MilestoneKind kind, Agency? agency) =>
        _lateExplanations.Where(e => e.Kind == kind && e.Agency == agency).MaxBy(e => e.Sequence);

    public static CaseClock Start(
        PlacementRequestId caseId,
        RequestType type,
        DateOnly receivedDate,
        ChildId childId,
        DateOnly childDateOfBirth,
        bool seeksSpecialistProvision,
        ClockSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (type == RequestType.PhaseTransfer
            && settings.Clock.PhaseTransferFor(receivedDate, childDateOfBirth) is { Kind: PhaseTransferKind.NotATransferYear } transfer)
        {
            throw new DomainRuleException("not-a-transfer-year", transfer.NotATransferYearMessage(settings.Clock.Rules));
        }

        var clock = new CaseClock
        {
            PlacementRequestId = caseId,
            RequestType = type,
            ReceivedDate = receivedDate,
            ChildId = childId,
            ChildDateOfBirth = childDateOfBirth,
            SeeksSpecialistProvision = seeksSpecialistProvision,
        };
        clock.Recompute(settings);
        return clock;
    }

    public ClockEvent Record(ClockEventKind kind, DateOnly date, Agency? agency, string source, UserId by, DateTimeOffset at, ClockSettings settings)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        ArgumentNullException.ThrowIfNull(settings);
        if (!kind.AllowedFor().Contains(RequestType))
        {
            throw new DomainRuleException("event-not-for-request-type", $"A {Describe(RequestType)} request has no '{kind.Describe()}'.");
        }

        if (kind.NamesAgency() != agency.HasValue)
        {
            throw new DomainRuleException(agency is null ? "agency-required" : "agency-not-expected",
                agency is null ? $"Say which agency, for '{kind.Describe()}'." : $"'{kind.Describe()}' is not about one agency.");
        }

        if (date < ReceivedDate)
        {
            throw new DomainRuleException("event-before-request", $"The {kind.Describe()} cannot be dated before the request was received ({ReceivedDate:yyyy-MM-dd}).");
        }

        if (date > settings.Today && !kind.MayBeInFuture())
        {
            throw new DomainRuleException("event-in-future", $"The {kind.Describe()} cannot be dated in the future.");
        }

        if (StoppedOn is { } stopped && date > stopped && !kind.MayBeInFuture() && !kind.FollowsTheNotice())
        {
            throw new DomainRuleException("event-after-case-ended", $"The case ended on {stopped:yyyy-MM-dd}; nothing after that can be recorded against its deadlines.");
        }

        CheckPathReached(kind, date, agency);
        if (kind == ClockEventKind.Post16MovePlanned
            && settings.Clock.PhaseTransferFor(ReceivedDate, ChildDateOfBirth) is { } transfer
            && transfer.YearGroup.Number <= settings.Clock.Rules.LastSecondaryYear)
        {
            throw new DomainRuleException("not-post-16",
                $"A move between post-16 institutions is for a young person past {PhaseTransfer.YearName(settings.Clock.Rules.LastSecondaryYear)}; "
                + $"the child is in {PhaseTransfer.YearName(transfer.YearGroup.Number)} ({transfer.AcademicYearName}), so the transfer is from school.");
        }

        var recorded = new ClockEvent(_events.Count + 1, kind, agency, date, source.Trim(), by, at);
        _events.Add(recorded);
        Recompute(settings);
        Raise(new ClockEventRecorded(PlacementRequestId, recorded));
        return recorded;
    }

    public const string FamilyToldOnField = "familyToldOn";

    /// <summary>
    /// Records an exception to the statutory limits once its dates qualify (<see cref="ProblemsWith"/>): the deadlines
    /// it reaches are flagged, never moved. <paramref name="familyToldOn"/> is the day the family was told, when they
    /// already have been (CoP 9.42); otherwise it is recorded later with <see cref="RecordFamilyTold"/>.
    /// </summary>
    public StatutoryException RecordException(
        ExceptionReason reason, ExceptionDates dates, DateOnly? familyToldOn, string? note, UserId by, DateTimeOffset at, ClockSettings settings)
    {
        ArgumentNullException.ThrowIfNull(reason);
        ArgumentNullException.ThrowIfNull(dates);
        ArgumentNullException.ThrowIfNull(settings);
        var problems = new List<ExceptionProblem>();
        var period = PeriodFor(reason, dates, familyToldOn, settings.Clock.Rules, settings.Today, problems);
        if (period is not { } p)
        {
            throw new DomainRuleException("exception-period-does-not-qualify", string.Join(" ", problems.Select(x => x.Message)));
        }

        var exception = new StatutoryException(_exceptions.Count + 1, reason.Code, p.Start, p.End, string.IsNullOrWhiteSpace(note) ? null : note.Trim(), by, at)
        {
            ClosedOn = reason.Period == ExceptionPeriodRule.ClosureWindow ? dates.ClosedOn : null,
            ReopenedOn = reason.Period == ExceptionPeriodRule.ClosureWindow ? dates.ReopenedOn : null,
        };
        if (familyToldOn is { } told)
        {
            exception.RecordFamilyTold(told);
        }

        _exceptions.Add(exception);
        Recompute(settings);
        Raise(new StatutoryExceptionRecorded(PlacementRequestId, exception));
        return exception;
    }

    /// <summary>
    /// Every reason an exception with these dates cannot be recorded on this case, by field: its period must qualify
    /// (<see cref="ExceptionPeriods"/>), lie within the case's life, and, for a closure, the advice must have been
    /// asked of the education setting in the closure's window; the family cannot have been told before the request
    /// arrived or after today.
    /// </summary>
    public IReadOnlyList<ExceptionProblem> ProblemsWith(ExceptionReason reason, ExceptionDates dates, DateOnly? familyToldOn, StatutoryClockRules rules, DateOnly today)
    {
        var problems = new List<ExceptionProblem>();
        PeriodFor(reason, dates, familyToldOn, rules, today, problems);
        return problems;
    }

    /// <summary>The day the family was told of an exception already recorded (CoP 9.42); a later record corrects it.</summary>
    public void RecordFamilyTold(int sequence, DateOnly toldOn, UserId by, DateTimeOffset at, DateOnly today)
    {
        var exception = _exceptions.SingleOrDefault(e => e.Sequence == sequence)
                        ?? throw new DomainRuleException("exception-not-found", $"The case has no exception {sequence}.");
        if (FamilyToldProblem(toldOn, today) is { } problem)
        {
            throw new DomainRuleException("family-told-date", problem.Message);
        }

        exception.RecordFamilyTold(toldOn);
        Raise(new ExceptionToldToFamily(PlacementRequestId, sequence, exception.ReasonCode, toldOn, by, at));
    }

    private (DateOnly Start, DateOnly End)? PeriodFor(
        ExceptionReason reason, ExceptionDates dates, DateOnly? familyToldOn, StatutoryClockRules rules, DateOnly today, List<ExceptionProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(reason);
        ArgumentNullException.ThrowIfNull(dates);
        ArgumentNullException.ThrowIfNull(rules);
        if (familyToldOn is { } told && FamilyToldProblem(told, today) is { } toldProblem)
        {
            problems.Add(toldProblem);
        }

        var period = ExceptionPeriods.PeriodOf(reason, dates, rules, problems);
        if (period is not { } p)
        {
            return null;
        }

        var closure = reason.Period == ExceptionPeriodRule.ClosureWindow;
        if (!closure && p.Start < ReceivedDate)
        {
            problems.Add(new(ExceptionPeriods.StartDateField, $"The exception cannot start before the request was received ({ReceivedDate:yyyy-MM-dd})."));
        }

        if (StoppedOn is { } stopped && p.End > stopped && !closure)
        {
            problems.Add(new(ExceptionPeriods.EndDateField, $"The case ended on {stopped:yyyy-MM-dd}: the exception cannot run past that."));
        }

        if (closure)
        {
            // The exception is for advice asked of the setting while it was about to close, or closed (reg 5(4)(a), 10(4)(a)–(b)).
            var askedInWindow = _events.Any(e => e is { Kind: ClockEventKind.AdviceRequested, Agency: Agency.Education } && e.Date >= p.Start && e.Date <= p.End);
            if (!askedInWindow)
            {
                problems.Add(new(ExceptionPeriods.ClosedOnField,
                    $"This exception applies only to education advice asked for from one week before the closure to one week before it reopened "
                    + $"({p.Start:yyyy-MM-dd} to {p.End:yyyy-MM-dd}); no request for education advice is recorded in that time."));
            }
        }

        return problems.Count == 0 ? p : null;
    }

    private ExceptionProblem? FamilyToldProblem(DateOnly toldOn, DateOnly today) =>
        toldOn > today ? new(FamilyToldOnField, "The day the family was told cannot be in the future.")
        : toldOn < ReceivedDate ? new(FamilyToldOnField, $"The family cannot have been told before the request was received ({ReceivedDate:yyyy-MM-dd}).")
        : null;

    /// <summary>
    /// Every reason the family cannot be told this about a deadline, by field: it must be an open deadline of a case
    /// that has not ended, the reason must be given in at most <see cref="LateReasonMaxLength"/> characters, and the new
    /// date must be today or later and after the statutory date (a date on or before it is not a delay).
    /// </summary>
    public IReadOnlyList<ExceptionProblem> ProblemsExplainingLate(MilestoneKind kind, Agency? agency, string? reason, DateOnly? expectedBy, DateOnly today)
    {
        var problems = new List<ExceptionProblem>();
        var milestone = _milestones.SingleOrDefault(m => m.Kind == kind && m.Slot == CaseMilestone.SlotOf(kind, agency));
        if (StoppedOn is { } stopped)
        {
            problems.Add(new(LateMilestoneField, $"The case ended on {stopped:yyyy-MM-dd}: its deadlines no longer run."));
        }
        else if (milestone is null || milestone.NotApplicable || milestone.DueDate is null)
        {
            var what = kind.Describe() + (agency is { } a ? $" ({a.Describe()})" : string.Empty);
            problems.Add(new(LateMilestoneField, $"The case has no deadline '{what}' with a date to explain."));
        }
        else if (milestone.MetOn is not null)
        {
            problems.Add(new(LateMilestoneField, $"'{kind.Describe()}' was met on {milestone.MetOn:yyyy-MM-dd}: it is no longer late."));
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            problems.Add(new(LateReasonField, "Say why it is late, in words the family will read."));
        }
        else if (reason.Trim().Length > LateReasonMaxLength)
        {
            problems.Add(new(LateReasonField, $"The reason must be {LateReasonMaxLength} characters or fewer."));
        }

        if (expectedBy is not { } expected)
        {
            problems.Add(new(ExpectedByField, "Enter the date you now expect it by."));
        }
        else if (expected < today)
        {
            problems.Add(new(ExpectedByField, "The date you now expect it by cannot be in the past."));
        }
        else if (milestone?.DueDate is { } due && expected <= due)
        {
            problems.Add(new(ExpectedByField, $"The new date must be after the statutory date ({due:yyyy-MM-dd}); on or before it, the deadline is not late."));
        }

        return problems;
    }

    /// <summary>
    /// Records why an open deadline is late and when it is now expected, for the family's pages. The statutory date
    /// stays as it is: the worklist and the timeliness report still count the deadline as missed.
    /// </summary>
    public LateDeadlineExplanation ExplainLate(MilestoneKind kind, Agency? agency, string reason, DateOnly expectedBy, UserId by, DateTimeOffset at, DateOnly today)
    {
        var problems = ProblemsExplainingLate(kind, agency, reason, expectedBy, today);
        if (problems.Count > 0)
        {
            throw new DomainRuleException("late-deadline-not-explained", string.Join(" ", problems.Select(p => p.Message)));
        }

        var explanation = new LateDeadlineExplanation(_lateExplanations.Count + 1, kind, agency, reason.Trim(), expectedBy, by, at);
        _lateExplanations.Add(explanation);
        Raise(new LateDeadlineExplained(PlacementRequestId, explanation));
        return explanation;
    }

    /// <summary>A tribunal order was made or carried out: its deadline is added or brought up to date.</summary>
    public void RecordOrder(ClockOrderInput order, ClockSettings settings)
    {
        ArgumentNullException.ThrowIfNull(order);
        ArgumentNullException.ThrowIfNull(settings);
        if (!order.Kind.IsTribunalOrder())
        {
            throw new DomainRuleException("not-a-tribunal-order", $"'{order.Kind.Describe()}' is not a tribunal order's deadline.");
        }

        var stored = _orders.SingleOrDefault(o => o.OrderId == order.OrderId);
        if (stored is null)
        {
            _orders.Add(new ClockOrder(order.OrderId, order.Kind, order.RunsFrom, order.MetOn));
        }
        else
        {
            stored.Update(order.Kind, order.RunsFrom, order.MetOn);
        }

        Recompute(settings);
    }

    /// <summary>The case was withdrawn or closed: its deadlines stop being chased.</summary>
    public void Stop(DateOnly on, ClockSettings settings)
    {
        StoppedOn = on;
        Recompute(settings);
    }

    /// <summary>The panel decided the case: the child no longer waits for a decision on a specialist place.</summary>
    public void Decided(DateOnly on) => DecidedOn = on;

    /// <summary>The case was reopened for reconsideration: its open deadlines are chased again and the child waits again.</summary>
    public void Resume(ClockSettings settings)
    {
        StoppedOn = null;
        DecidedOn = null;
        Recompute(settings);
    }

    /// <summary>
    /// Brings the stored deadlines up to date with the recorded events, exceptions, rules and bank holidays; called
    /// after every change and when the rules or the holidays change.
    /// </summary>
    public void Recompute(ClockSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var computed = settings.Clock.MilestonesFor(new ClockInputs(
            RequestType,
            ReceivedDate,
            ChildDateOfBirth,
            _events.OrderBy(e => e.Sequence).Select(e => new ClockEventInput(e.Kind, e.Date, e.Agency)).ToList(),
            _exceptions
                .Where(e => settings.ExceptionReasons.ContainsKey(e.ReasonCode))
                .Select(e => new ExceptionPeriod(settings.ExceptionReasons[e.ReasonCode], e.StartDate, e.EndDate))
                .ToList())
        {
            Orders = _orders.Select(o => new ClockOrderInput(o.OrderId, o.Kind, o.RunsFrom, o.MetOn)).ToList(),
        });

        var running = StoppedOn is null;
        var keep = new HashSet<CaseMilestone>();
        foreach (var milestone in computed)
        {
            var slot = milestone.Slot ?? CaseMilestone.SlotOf(milestone.Kind, milestone.Agency);
            var stored = _milestones.SingleOrDefault(m => m.Kind == milestone.Kind && m.Slot == slot);
            if (stored is null)
            {
                stored = CaseMilestone.For(PlacementRequestId, milestone);
                _milestones.Add(stored);
            }

            stored.Apply(milestone, running, settings.Reminders);
            keep.Add(stored);
        }

        _milestones.RemoveAll(m => !keep.Contains(m));
        ExceptionApplies = _milestones.Any(m => m.ExceptionApplies);
    }

    private void CheckPathReached(ClockEventKind kind, DateOnly date, Agency? agency)
    {
        if (RequestType == RequestType.NewPlan
            && kind is not (ClockEventKind.DecidedToAssess or ClockEventKind.DecidedNotToAssess or ClockEventKind.DecisionLetterSent
                or ClockEventKind.MediationCertificateIssued or ClockEventKind.AppealableNoticeSent
                or ClockEventKind.MediationRequested or ClockEventKind.MediationDeclined or ClockEventKind.MediationHeld)
            && LatestOf(ClockEventKind.DecidedToAssess, ClockEventKind.DecidedNotToAssess)?.Kind == ClockEventKind.DecidedNotToAssess)
        {
            throw new DomainRuleException("milestone-not-reached", $"The local authority decided not to assess, so there is no '{kind.Describe()}' to record.");
        }

        if (kind.Prerequisite(RequestType) is not { } needed)
        {
            return;
        }

        var prerequisite = _events.LastOrDefault(e => e.Kind == needed && (!needed.NamesAgency() || e.Agency == agency));
        if (prerequisite is null)
        {
            var who = needed.NamesAgency() ? $" from {agency}" : string.Empty;
            throw new DomainRuleException("milestone-not-reached", $"The case has not reached '{kind.Describe()}': record '{needed.Describe()}'{who} first.");
        }

        if (date < prerequisite.Date)
        {
            throw new DomainRuleException("event-before-prerequisite",
                $"The {kind.Describe()} cannot be dated before the {needed.Describe()} ({prerequisite.Date:yyyy-MM-dd}).");
        }
    }

    private ClockEvent? LatestOf(ClockEventKind first, ClockEventKind second) => _events.LastOrDefault(e => e.Kind == first || e.Kind == second);

    private static string Describe(RequestType type) => type switch
    {
        RequestType.NewPlan => "new plan",
        RequestType.PhaseTransfer => "phase transfer",
        RequestType.ChangeOfPlacement => "change of placement",
        RequestType.AmendmentAfterAnnualReview => "amendment after annual review",
        _ => type.ToString(),
    };
}
