using PanelCaseManager.Application.Features.Timeliness;
using PanelCaseManager.Domain.Timeliness;
using PanelCaseManager.Domain.Users;

namespace PanelCaseManager.Web.Ui;

/// <summary>How a case's next statutory deadline is shown wherever the case is: its tag's colour and its words.</summary>
public static class DeadlineDisplay
{
    public static string TagClass(this NextDeadline deadline)
    {
        ArgumentNullException.ThrowIfNull(deadline);
        return deadline.Group switch
        {
            WorklistGroup.CriticallyOverdue or WorklistGroup.Overdue => "govuk-tag--red",
            WorklistGroup.DueSoon => "govuk-tag--yellow",
            _ => "govuk-tag--green",
        };
    }

    /// <summary>"Advice from health (due 3 March 2027)": what is due, for whom, and when.</summary>
    public static string What(this NextDeadline deadline)
    {
        ArgumentNullException.ThrowIfNull(deadline);
        return deadline.Agency is { } agency ? $"{deadline.Description} ({agency.Title()})" : deadline.Description;
    }

    /// <summary>"Signed off today", "Signed off 1 day ago", "Signed off 19 days ago".</summary>
    public static string SignedOffText(this LetterToIssue letter)
    {
        ArgumentNullException.ThrowIfNull(letter);
        return letter.DaysSinceSignOff switch
        {
            <= 0 => "The decision was signed off today",
            1 => "The decision was signed off 1 day ago",
            var n => $"The decision was signed off {n} days ago",
        };
    }
}
