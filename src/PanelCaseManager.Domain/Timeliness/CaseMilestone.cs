using PanelCaseManager.Domain.PlacementRequests;
using PanelCaseManager.Domain.Users;

namespace PanelCaseManager.Domain.Timeliness;

/// <summary>
/// A deadline of a case as stored: the clock's latest computation of it, whether an officer is chasing it, and
/// when its next reminder falls due. Part of the case's <see cref="CaseClock"/>, which recomputes it.
/// </summary>
public sealed class CaseMilestone
{
    public const string ExceptionReasonSeparator = ",";

    private CaseMilestone()
    {
        Slot = string.Empty;
        ExceptionReasons = string.Empty;
    }

    public Guid Id { get; private set; }
    public PlacementRequestId PlacementRequestId { get; private set; }
    public MilestoneKind Kind { get; private set; }
    public Agency? Agency { get; private set; }

    /// <summary>Tells apart the milestones of one kind on a case: the agency, for advice; otherwise empty.</summary>
    public string Slot { get; private set; }

    public DateOnly? StartedOn { get; private set; }
    public DateOnly? DueDate { get; private set; }
    public DateOnly? MetOn { get; private set; }
    public bool NotApplicable { get; private set; }
    public bool DependsOnWorkingDays { get; private set; }

    /// <summary>The date is counted in working days in a year whose bank holidays are not known yet: it may move when they are imported.</summary>
    public bool Provisional { get; private set; }

    public bool ExceptionApplies { get; private set; }

    /// <summary>The codes of the exception reasons that apply, separated by commas.</summary>
    public string ExceptionReasons { get; private set; }

    /// <summary>Started, not met, applicable, chased by an officer, on a case whose clock is running: it belongs on a worklist.</summary>
    public bool IsOpen { get; private set; }

    public int? DaysTaken { get; private set; }
    public bool? MetWithinLimit { get; private set; }

    /// <summary>The day the next reminder falls due; none once met, or once overdue has been sent.</summary>
    public DateOnly? NextReminderOn { get; private set; }

    public static string SlotOf(MilestoneKind kind, Agency? agency) => agency?.ToString() ?? string.Empty;

    internal static CaseMilestone For(PlacementRequestId caseId, Milestone milestone) => new()
    {
        Id = Guid.CreateVersion7(),
        PlacementRequestId = caseId,
        Kind = milestone.Kind,
        Agency = milestone.Agency,
        Slot = milestone.Slot ?? SlotOf(milestone.Kind, milestone.Agency),
    };

    internal void Apply(Milestone milestone, bool clockRunning, ReminderSchedule reminders)
    {
        var dueChanged = DueDate != milestone.DueDate;
        StartedOn = milestone.StartedOn;
        DueDate = milestone.DueDate;
        MetOn = milestone.MetOn;
        NotApplicable = milestone.NotApplicable;
        DependsOnWorkingDays = milestone.DependsOnWorkingDays;
        Provisional = milestone.Provisional;
        ExceptionApplies = milestone.ExceptionApplies;
        ExceptionReasons = string.Join(ExceptionReasonSeparator, milestone.ExceptionReasonCodes);
        DaysTaken = milestone.DaysTaken;
        MetWithinLimit = milestone.MetWithinLimit;
        IsOpen = (clockRunning || Kind.FollowsTheNotice()) && milestone.IsOpen && Kind.IsChased();

        if (!IsOpen)
        {
            NextReminderOn = null;
        }
        else if (dueChanged || NextReminderOn is null)
        {
            // A new or moved deadline starts its reminders afresh; what was already sent for a date is never sent again.
            NextReminderOn = reminders.FirstReminderOn(DueDate!.Value);
        }
    }
}
