using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Notifications;
using PanelCaseManager.Application.Persistence;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Domain.Provision;
using PanelCaseManager.Domain.Users;

namespace PanelCaseManager.Application.Features.Partners;

public static class PartnerAccounts
{
    public static PartnerView View(UserAccount account, string? settingName)
    {
        ArgumentNullException.ThrowIfNull(account);
        return new PartnerView(account.Id.Value, account.DisplayName, account.Email, account.Role, account.Agency, account.SettingId?.Value, settingName,
            account.IsActive, account.ClosedReason, account.InvitedAt, account.Version);
    }
}
