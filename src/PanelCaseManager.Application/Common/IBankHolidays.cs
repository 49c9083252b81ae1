namespace PanelCaseManager.Application.Common;

/// <summary>The bank holidays in England, for working-day arithmetic such as a panel's evidence cut-off.</summary>
public interface IBankHolidays
{
    ValueTask<IReadOnlySet<DateOnly>> BetweenAsync(DateOnly first, DateOnly last, CancellationToken cancellationToken);
}
