using PanelCaseManager.Domain.Common;
using PanelCaseManager.Domain.PlacementRequests;
using PanelCaseManager.Domain.Users;

namespace PanelCaseManager.Domain.Timeliness;

/// <summary>
/// One recorded event of a case's clock. Never edited: a correction is recorded again with the right date, and the
/// latest record of an event counts. <see cref="Source"/> says who recorded it: an officer, or a feature of the system.
/// </summary>
public sealed record ClockEvent(
    int Sequence,
    ClockEventKind Kind,
    Agency? Agency,
    DateOnly Date,
    string Source,
    UserId RecordedBy,
    DateTimeOffset RecordedAt)
{
    /// <summary>The source of an event an officer recorded by hand.</summary>
    public const string RecordedByOfficer = "officer";
}

/// <summary>
/// An exception to a statutory limit, with its reason and period, as it must be recorded and told to the family
/// (CoP 9.42). For a closure, <see cref="ClosedOn"/> and <see cref="ReopenedOn"/> are the dates given and the period
/// is the window worked out from them.
/// </summary>
public sealed record StatutoryException(
    int Sequence,
    string ReasonCode,
    DateOnly StartDate,
    DateOnly EndDate,
    string? Note,
    UserId RecordedBy,
    DateTimeOffset RecordedAt)
{
    public DateOnly? ClosedOn { get; init; }

    public DateOnly? ReopenedOn { get; init; }

    /// <summary>The day the family was told that the exception applies, once they have been (CoP 9.42).</summary>
    public DateOnly? FamilyToldOn { get; private set; }

    internal void RecordFamilyTold(DateOnly on) => FamilyToldOn = on;
}

public sealed record ClockEventRecorded(PlacementRequestId Id, ClockEvent Event) : IDomainEvent;

public sealed record StatutoryExceptionRecorded(PlacementRequestId Id, StatutoryException Exception) : IDomainEvent;

/// <summary>An officer recorded the day the family was told of an exception.</summary>
public sealed record ExceptionToldToFamily(PlacementRequestId Id, int Sequence, string ReasonCode, DateOnly ToldOn, UserId By, DateTimeOffset At) : IDomainEvent;

/// <summary>
/// Why an open statutory deadline is late, and the day the officer now expects it, in words written for the family.
/// The law keeps the statutory date (it is never moved); the family is told the truth about the delay instead
/// (SEND Code of Practice 9.42 asks that a family is told when a time limit will not be met and why; the same
/// courtesy for a delay without an exception in law). The latest explanation of a deadline counts.
/// </summary>
public sealed record LateDeadlineExplanation(
    int Sequence,
    MilestoneKind Kind,
    Agency? Agency,
    string Reason,
    DateOnly ExpectedBy,
    UserId RecordedBy,
    DateTimeOffset RecordedAt);

/// <summary>An officer told the family why a deadline is late and when it is now expected.</summary>
public sealed record LateDeadlineExplained(PlacementRequestId Id, LateDeadlineExplanation Explanation) : IDomainEvent;

/// <summary>A tribunal order's deadline as the clock keeps it (the order itself is the appeal's, Domain/Appeals).</summary>
public sealed class ClockOrder
{
    private ClockOrder()
    {
    }

    internal ClockOrder(Guid orderId, MilestoneKind kind, DateOnly runsFrom, DateOnly? metOn)
    {
        OrderId = orderId;
        Kind = kind;
        RunsFrom = runsFrom;
        MetOn = metOn;
    }

    public Guid OrderId { get; private set; }
    public MilestoneKind Kind { get; private set; }
    public DateOnly RunsFrom { get; private set; }
    public DateOnly? MetOn { get; private set; }

    internal void Update(MilestoneKind kind, DateOnly runsFrom, DateOnly? metOn)
    {
        Kind = kind;
        RunsFrom = runsFrom;
        MetOn = metOn;
    }
}
