using Mediator;
using Microsoft.EntityFrameworkCore;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Notifications;
using PanelCaseManager.Application.Persistence;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Domain.Provision;
using PanelCaseManager.Domain.Users;

namespace PanelCaseManager.Application.Features.Partners;

/// <summary>The partners an officer may address requests to, or an administrator looks after: professionals and settings' contacts.</summary>
public static class ListPartners
{
    [RequiresPolicy(Policies.InvitePartners)]
    [ReadsNoPersonalData]
    /// <param name="Agency">Only professionals of this agency.</param>
    /// <param name="SettingId">Only the contacts of this setting.</param>
    /// <param name="ActiveOnly">Leave out closed accounts.</param>
    public sealed record Query(Agency? Agency, Guid? SettingId, bool ActiveOnly = false) : IQuery<IReadOnlyList<PartnerView>>;

    public sealed class Handler(PanelDbContext db) : IQueryHandler<Query, IReadOnlyList<PartnerView>>
    {
        public async ValueTask<IReadOnlyList<PartnerView>> Handle(Query query, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(query);
            var partners = db.Users.AsNoTracking().Where(u => u.Role == Role.AgencyProfessional || u.Role == Role.SettingContact);
            if (query.Agency is { } agency)
            {
                partners = partners.Where(u => u.Role == Role.AgencyProfessional && u.Agency == agency);
            }

            if (query.SettingId is { } settingId)
            {
                partners = partners.Where(u => u.SettingId == new SettingId(settingId));
            }

            if (query.ActiveOnly)
            {
                partners = partners.Where(u => u.IsActive);
            }

            var list = await partners.OrderBy(u => u.DisplayName).ToListAsync(cancellationToken);
            var settingIds = list.Where(u => u.SettingId is not null).Select(u => u.SettingId!.Value).Distinct().ToList();
            var names = await db.Settings.AsNoTracking().Where(s => settingIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Name, cancellationToken);
            return list.Select(u => PartnerAccounts.View(u, u.SettingId is { } s ? names.GetValueOrDefault(s) : null)).ToList();
        }
    }
}
