using Mediator;
using Microsoft.EntityFrameworkCore;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Persistence;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Domain.Provision;

namespace PanelCaseManager.Application.Features.Provision;

/// <summary>One setting of the catalogue.</summary>
public static class GetSetting
{
    [RequiresPolicy(Policies.ReadCatalogue)]
    [ReadsNoPersonalData]
    public sealed record Query(Guid Id) : IQuery<SettingView>;

    public sealed class Handler(PanelDbContext db) : IQueryHandler<Query, SettingView>
    {
        public async ValueTask<SettingView> Handle(Query query, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(query);
            var row = await (
                    from setting in db.Settings.AsNoTracking()
                    join sector in db.Sectors on setting.SectorId equals sector.Id
                    where setting.Id == new SettingId(query.Id)
                    select new { Setting = setting, sector.Code, sector.Name })
                .SingleOrDefaultAsync(cancellationToken)
                ?? throw new NotFoundException("Setting", query.Id);
            return SettingView.From(row.Setting, row.Code, row.Name);
        }
    }
}
