using Mediator;
using Microsoft.EntityFrameworkCore;
using PanelCaseManager.Application.Persistence;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Domain.Common;

namespace PanelCaseManager.Application.Features.Provision;

/// <summary>The whole settings catalogue as a CSV file that imports back unchanged, in URN order.</summary>
public static class ExportSettings
{
    [RequiresPolicy(Policies.ReadCatalogue)]
    [ReadsNoPersonalData]
    public sealed record Query : IQuery<File>;

    public sealed record File(string FileName, byte[] Content);

    public sealed class Handler(PanelDbContext db, TimeProvider clock) : IQueryHandler<Query, File>
    {
        public async ValueTask<File> Handle(Query query, CancellationToken cancellationToken)
        {
            var rows = await (
                    from setting in db.Settings.AsNoTracking()
                    join sector in db.Sectors on setting.SectorId equals sector.Id
                    orderby setting.Urn
                    select new { Setting = setting, sector.Code, sector.Name })
                .ToListAsync(cancellationToken);
            var today = UkCalendar.Today(clock);
            return new File(
                $"settings-{today:yyyy-MM-dd}.csv",
                SettingsCsv.Write(rows.Select(r => SettingView.From(r.Setting, r.Code, r.Name))));
        }
    }
}
