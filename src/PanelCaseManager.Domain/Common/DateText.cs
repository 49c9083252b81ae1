using System.Globalization;

namespace PanelCaseManager.Domain.Common;

/// <summary>Dates and times as a caseworker in England reads them, whatever the server's culture.</summary>
public static class DateText
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>"Thursday 26 November 2026".</summary>
    public static string WithWeekday(DateOnly date) => date.ToString("dddd d MMMM yyyy", English);

    /// <summary>"26 November 2026".</summary>
    public static string Plain(DateOnly date) => date.ToString("d MMMM yyyy", English);

    /// <summary>"17:00 on Thursday 26 November 2026", in London time.</summary>
    public static string Instant(DateTimeOffset instant)
    {
        var local = TimeZoneInfo.ConvertTime(instant, UkCalendar.London);
        return $"{local.ToString("HH:mm", English)} on {WithWeekday(DateOnly.FromDateTime(local.DateTime))}";
    }
}
