using Microsoft.Extensions.Time.Testing;

namespace PanelCaseManager.Testing;

public static class TestClock
{
    /// <summary>Friday 20 November 2026, 10:00 in London: the "now" of every test unless a test moves it.</summary>
    public static readonly DateTimeOffset DefaultNow = new(2026, 11, 20, 10, 0, 0, TimeSpan.Zero);

    public static DateOnly Today => DateOnly.FromDateTime(DefaultNow.UtcDateTime);

    public static FakeTimeProvider Create() => new(DefaultNow);
}
