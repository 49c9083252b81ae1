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

    private readonly List<ClockEvent> _events = [];
    private readonly List<StatutoryException> _exceptions = [];
    private readonly List<CaseMilestone> _milestones = [];

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

        if (StoppedOn is { } stopped && date > stopped && !kind.MayBeInFuture())
        {
            throw new DomainRuleException("event-after-case-ended", $"The case ended on {stopped:yyyy-MM-dd}; nothing after that can be recorded against its deadlines.");
        }

        CheckPathReached(kind, date, agency);

        var recorded = new ClockEvent(_events.Count + 1, kind, agency, date, source.Trim(), by, at);
        _events.Add(recorded);
        Recompute(settings);
        Raise(new ClockEventRecorded(PlacementRequestId, recorded));
        return recorded;
    }

    public StatutoryException RecordException(ExceptionReason reason, DateOnly startDate, DateOnly endDate, string? note, UserId by, DateTimeOffset at, ClockSettings settings)
    {
        ArgumentNullException.ThrowIfNull(reason);
        ArgumentNullException.ThrowIfNull(settings);
        if (endDate < startDate)
        {
            throw new DomainRuleException("exception-ends-before-it-starts", "An exception cannot end before it starts.");
        }

        if (startDate < ReceivedDate)
        {
            throw new DomainRuleException("exception-before-request", $"An exception cannot start before the request was received ({ReceivedDate:yyyy-MM-dd}).");
        }

        if (StoppedOn is { } stopped && endDate > stopped)
        {
            throw new DomainRuleException("exception-after-case-ended", $"The case ended on {stopped:yyyy-MM-dd}; an exception cannot run past that.");
        }

        var exception = new StatutoryException(_exceptions.Count + 1, reason.Code, startDate, endDate, string.IsNullOrWhiteSpace(note) ? null : note.Trim(), by, at);
        _exceptions.Add(exception);
        Recompute(settings);
        Raise(new StatutoryExceptionRecorded(PlacementRequestId, exception));
        return exception;
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
                .ToList()));

        var running = StoppedOn is null;
        var keep = new HashSet<CaseMilestone>();
        foreach (var milestone in computed)
        {
            var slot = CaseMilestone.SlotOf(milestone.Kind, milestone.Agency);
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
                or ClockEventKind.MediationCertificateIssued or ClockEventKind.AppealableNoticeSent)
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
