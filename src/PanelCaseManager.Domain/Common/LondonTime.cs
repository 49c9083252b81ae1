namespace PanelCaseManager.Domain.Common;

/// <summary>Turns a wall-clock time in England into an instant, so that "17:00 on the cut-off day" is right in summer and winter.</summary>
public static class LondonTime
{
    public static DateTimeOffset InstantOf(DateOnly date, TimeOnly time)
    {
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, UkCalendar.London.GetUtcOffset(local));
    }
}
