using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace PanelCaseManager.Application.Persistence;

/// <summary>
/// A <see cref="DateTimeOffset"/> in SQLite: EF Core's binary layout (ticks / 1000 shifted over an 11-bit offset in
/// minutes), always written in UTC, so that comparing and ordering the numbers in SQL orders the instants. EF Core's
/// own converter writes the local clock time beside its offset, so 10:30+01:00 sorted after 10:00Z; values written
/// that way are still read as the instant they were.
/// </summary>
public static class SqliteInstant
{
    public static readonly ValueConverter<DateTimeOffset, long> Converter = new(v => ToLong(v), v => FromLong(v));

    public static long ToLong(DateTimeOffset value) => (value.UtcTicks / 1000) << 11;

    public static DateTimeOffset FromLong(long value)
    {
        var ticks = (value >> 11) * 1000;
        var offsetMinutes = (value & 0x400) == 0x400 ? (int)(value | unchecked((long)0xFFFFFFFFFFFFF800)) : (int)(value & 0x7FF);
        return new DateTimeOffset(ticks, TimeSpan.FromMinutes(offsetMinutes)).ToUniversalTime();
    }
}
