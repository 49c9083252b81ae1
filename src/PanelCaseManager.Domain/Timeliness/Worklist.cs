namespace PanelCaseManager.Domain.Timeliness;

/// <summary>How pressing an open deadline is, for an officer's worklist.</summary>
public enum WorklistGroup
{
    CriticallyOverdue,
    Overdue,
    DueSoon,
    NotDueYet,
}

/// <summary>Where the worklist draws its lines; set from configuration.</summary>
public sealed record WorklistThresholds(int DueSoonDays = 10, int CriticallyOverdueDays = 28)
{
    /// <summary>
    /// Overdue by more than <see cref="CriticallyOverdueDays"/> is critical; past the date is overdue; within
    /// <see cref="DueSoonDays"/> (today included) is due soon; a deadline not yet started is not due yet.
    /// </summary>
    public WorklistGroup Classify(DateOnly? due, DateOnly today)
    {
        if (due is not { } date)
        {
            return WorklistGroup.NotDueYet;
        }

        var daysLeft = date.DayNumber - today.DayNumber;
        return daysLeft switch
        {
            _ when -daysLeft > CriticallyOverdueDays => WorklistGroup.CriticallyOverdue,
            < 0 => WorklistGroup.Overdue,
            _ when daysLeft <= DueSoonDays => WorklistGroup.DueSoon,
            _ => WorklistGroup.NotDueYet,
        };
    }
}
