namespace PanelCaseManager.Infrastructure.DemoData;

/// <summary>
/// The service's clock when demonstration data is on: the system's (or a test's) clock, which the seeder may set to
/// a past moment while it writes a panel meeting's history through the ordinary commands, as it would have happened.
/// Seeding finishes before the app serves anyone, so nobody else ever sees the clock moved.
/// </summary>
public sealed class DemoClock(TimeProvider inner) : TimeProvider
{
    private TimeSpan _offset;

    public override DateTimeOffset GetUtcNow() => inner.GetUtcNow() + _offset;

    public override TimeZoneInfo LocalTimeZone => inner.LocalTimeZone;

    public override long TimestampFrequency => inner.TimestampFrequency;

    public override long GetTimestamp() => inner.GetTimestamp();

    /// <summary>Makes "now" the given moment until the returned handle is disposed.</summary>
    public IDisposable Pretend(DateTimeOffset now)
    {
        _offset = now - inner.GetUtcNow();
        return new Restore(this);
    }

    private sealed class Restore(DemoClock clock) : IDisposable
    {
        public void Dispose() => clock._offset = TimeSpan.Zero;
    }
}
