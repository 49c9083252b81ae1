using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Features.Timeliness;

namespace PanelCaseManager.Infrastructure.Jobs;

/// <summary>
/// Once a day, warns in the log when the bank holidays run out soon (BankHolidays:WarnMonthsBeforeCalendarEnds) or
/// have run out: deadlines counted in working days past the last year recorded are only provisional until the next
/// years are imported. The administrator sees the same warning on their pages.
/// </summary>
public sealed partial class BankHolidayCoverageJob(IServiceScopeFactory scopes, ILogger<BankHolidayCoverageJob> logger)
{
    public const string RecurringJobId = "bank-holiday-coverage";

    /// <summary>Every morning at seven, London time.</summary>
    public const string Cron = "0 7 * * *";

    public async Task<GetBankHolidayCoverage.Coverage> RunAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().Set(SystemPrincipal.For(RecurringJobId));
        var coverage = await scope.ServiceProvider.GetRequiredService<ISender>().Send(new GetBankHolidayCoverage.Query(), cancellationToken);
        if (coverage.LastYear is not { } lastYear)
        {
            LogNone(logger, coverage.ProvisionalDeadlines);
        }
        else if (coverage.RunOut)
        {
            LogRunOut(logger, lastYear, coverage.ProvisionalDeadlines);
        }
        else if (coverage.ImportDue)
        {
            LogRunningOut(logger, lastYear, coverage.CalendarEndsOn!.Value, coverage.ProvisionalDeadlines);
        }

        return coverage;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "No bank holidays are recorded: every deadline counted in working days is provisional ({Provisional} open). An administrator must import them (Bank holidays).")]
    private static partial void LogNone(ILogger logger, int provisional);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Bank holidays are recorded only up to {LastYear}: deadlines counted in working days after it are provisional ({Provisional} open). An administrator must import the next years' bank holidays.")]
    private static partial void LogRunOut(ILogger logger, int lastYear, int provisional);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Bank holidays are recorded only up to {LastYear} (until {EndsOn}): import the next years' bank holidays before then; deadlines counted in working days after it are provisional ({Provisional} open).")]
    private static partial void LogRunningOut(ILogger logger, int lastYear, DateOnly endsOn, int provisional);
}
