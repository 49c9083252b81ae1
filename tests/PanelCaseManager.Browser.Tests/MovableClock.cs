namespace PanelCaseManager.Browser.Tests;

/// <summary>
/// The browser app's clock for journeys that span weeks: real time plus an offset that a test moves forward (to the
/// papers' cut-off, to the meeting day). Real time keeps running, so timeouts and cookies behave as they do for people.
/// </summary>
public sealed class MovableClock : TimeProvider
{
    private long _offsetTicks;

    public TimeSpan Offset => TimeSpan.FromTicks(Interlocked.Read(ref _offsetTicks));

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + Offset;

    public override TimeZoneInfo LocalTimeZone => System.LocalTimeZone;

    public override long TimestampFrequency => System.TimestampFrequency;

    public override long GetTimestamp() => System.GetTimestamp();

    /// <summary>Moves "now" forward to the moment given; never back, so nothing already recorded ends up in the future.</summary>
    public void MoveTo(DateTimeOffset moment)
    {
        var offset = moment - System.GetUtcNow();
        if (offset < Offset)
        {
            throw new InvalidOperationException($"The clock only moves forward: it is already {GetUtcNow():u}, after {moment:u}.");
        }

        Interlocked.Exchange(ref _offsetTicks, offset.Ticks);
    }
}
