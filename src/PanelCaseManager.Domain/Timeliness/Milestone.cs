using PanelCaseManager.Domain.Users;

namespace PanelCaseManager.Domain.Timeliness;

/// <summary>
/// A statutory deadline of a case as the clock computes it. Without its triggering event it has no due date yet:
/// it is simply not due, not an error. <see cref="Provisional"/>: the date is counted in working days in a year whose
/// bank holidays are not known yet, so it may move when they are imported.
/// </summary>
public sealed record Milestone(
    MilestoneKind Kind,
    Agency? Agency,
    DateOnly? StartedOn,
    DateOnly? DueDate,
    DateOnly? MetOn,
    bool NotApplicable,
    bool DependsOnWorkingDays,
    IReadOnlyList<string> ExceptionReasonCodes,
    bool Provisional = false)
{
    /// <summary>Tells apart deadlines of one kind that are not an agency's: a tribunal order's id. Null: the agency's slot.</summary>
    public string? Slot { get; init; }

    public bool ExceptionApplies => ExceptionReasonCodes.Count > 0;

    /// <summary>Started, not yet met and still applicable: the clock is running against it.</summary>
    public bool IsOpen => !NotApplicable && DueDate is not null && MetOn is null;

    public bool? MetWithinLimit => MetOn is { } met && DueDate is { } due ? met <= due : null;

    public int? DaysTaken => MetOn is { } met && StartedOn is { } started ? met.DayNumber - started.DayNumber : null;
}

/// <summary>An event as the clock reads it.</summary>
public sealed record ClockEventInput(ClockEventKind Kind, DateOnly Date, Agency? Agency = null);

/// <summary>A recorded exception as the clock reads it.</summary>
public sealed record ExceptionPeriod(ExceptionReason Reason, DateOnly Start, DateOnly End);

/// <summary>Everything the clock needs to know about a case; events in the order they were recorded.</summary>
public sealed record ClockInputs(
    PlacementRequests.RequestType Type,
    DateOnly ReceivedDate,
    DateOnly ChildDateOfBirth,
    IReadOnlyList<ClockEventInput> Events,
    IReadOnlyList<ExceptionPeriod> Exceptions)
{
    /// <summary>The tribunal's orders on the case, each a deadline of its own.</summary>
    public IReadOnlyList<ClockOrderInput> Orders { get; init; } = [];
}

/// <summary>
/// A tribunal order as the clock reads it: the deadline it is (<paramref name="Kind"/>), the day its period runs from
/// (the order, or the council's notice that it will not oppose) and the day it was carried out.
/// </summary>
public sealed record ClockOrderInput(Guid OrderId, MilestoneKind Kind, DateOnly RunsFrom, DateOnly? MetOn);
