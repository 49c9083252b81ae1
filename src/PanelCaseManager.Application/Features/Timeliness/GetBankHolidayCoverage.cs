using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Persistence;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Domain.Common;
using PanelCaseManager.Domain.Timeliness;

namespace PanelCaseManager.Application.Features.Timeliness;

/// <summary>
/// How far ahead the bank holidays run, for the administrator's notice and the daily log warning: from a configured
/// number of months before the end of the last year with bank holidays (BankHolidays:WarnMonthsBeforeCalendarEnds),
/// the next years' are due to be imported, since every deadline counted in working days after that year is only
/// provisional until they are.
/// </summary>
public static class GetBankHolidayCoverage
{
    [RequiresPolicy(Policies.SignedIn)]
    [ReadsNoPersonalData]
    public sealed record Query : IQuery<Coverage>;

    /// <param name="LastYear">The last year of the unbroken run of years with bank holidays recorded from this one (<see cref="BankHolidayCalendar.KnownUntilAsync"/>), or null when there are none.</param>
    /// <param name="CalendarEndsOn">31 December of that year.</param>
    /// <param name="WarnFrom">The day from which the administrator is asked to import the next years.</param>
    /// <param name="ImportDue">Today is on or after <paramref name="WarnFrom"/> (or no bank holidays are recorded).</param>
    /// <param name="RunOut">Today is after <paramref name="CalendarEndsOn"/>: today's own working days are provisional.</param>
    /// <param name="ProvisionalDeadlines">Deadlines not yet met whose dates are provisional for want of bank holidays.</param>
    public sealed record Coverage(DateOnly Today, int? LastYear, DateOnly? CalendarEndsOn, DateOnly? WarnFrom, bool ImportDue, bool RunOut, int ProvisionalDeadlines);

    public sealed class Handler(PanelDbContext db, BankHolidayCalendar calendar, IOptions<BankHolidayOptions> options, TimeProvider clock) : IQueryHandler<Query, Coverage>
    {
        public async ValueTask<Coverage> Handle(Query query, CancellationToken cancellationToken)
        {
            var today = UkCalendar.Today(clock);
            var lastYear = await calendar.KnownUntilAsync(today, cancellationToken);
            var provisional = await db.CaseMilestones.AsNoTracking().CountAsync(m => m.Provisional && m.MetOn == null && !m.NotApplicable, cancellationToken);
            if (lastYear is not { } year)
            {
                return new Coverage(today, null, null, null, true, true, provisional);
            }

            var endsOn = new DateOnly(year, 12, 31);
            var warnFrom = endsOn.AddDays(1).AddMonths(-options.Value.WarnMonthsBeforeCalendarEnds);
            return new Coverage(today, year, endsOn, warnFrom, today >= warnFrom, today > endsOn, provisional);
        }
    }
}
