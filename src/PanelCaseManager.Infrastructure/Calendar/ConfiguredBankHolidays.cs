using Microsoft.Extensions.Configuration;
using PanelCaseManager.Application.Common;

namespace PanelCaseManager.Infrastructure.Calendar;

/// <summary>
/// Bank holidays in England and Wales from configuration ("BankHolidays:Dates"), or the published dates for 2025 to
/// 2027 when none are configured.
/// </summary>
public sealed class ConfiguredBankHolidays : IBankHolidays
{
    public const string Section = "BankHolidays:Dates";

    private static readonly DateOnly[] EnglandAndWales2025To2027 =
    [
        new(2025, 1, 1), new(2025, 4, 18), new(2025, 4, 21), new(2025, 5, 5), new(2025, 5, 26), new(2025, 8, 25), new(2025, 12, 25), new(2025, 12, 26),
        new(2026, 1, 1), new(2026, 4, 3), new(2026, 4, 6), new(2026, 5, 4), new(2026, 5, 25), new(2026, 8, 31), new(2026, 12, 25), new(2026, 12, 28),
        new(2027, 1, 1), new(2027, 3, 26), new(2027, 3, 29), new(2027, 5, 3), new(2027, 5, 31), new(2027, 8, 30), new(2027, 12, 27), new(2027, 12, 28),
    ];

    private readonly SortedSet<DateOnly> _dates;

    public ConfiguredBankHolidays(IConfiguration configuration)
    {
        var configured = configuration.GetSection(Section).Get<DateOnly[]>();
        _dates = new SortedSet<DateOnly>(configured is { Length: > 0 } ? configured : EnglandAndWales2025To2027);
    }

    public ValueTask<IReadOnlySet<DateOnly>> BetweenAsync(DateOnly first, DateOnly last, CancellationToken cancellationToken) =>
        ValueTask.FromResult<IReadOnlySet<DateOnly>>(first > last ? new HashSet<DateOnly>() : _dates.GetViewBetween(first, last).ToHashSet());
}
