using PanelCaseManager.Domain.Users;

namespace PanelCaseManager.Application.Features.Partners;

/// <summary>A partner's account as an officer or administrator sees it.</summary>
public sealed record PartnerView(
    string Id, string DisplayName, string Email, Role Role, Agency? Agency, Guid? SettingId, string? SettingName, bool IsActive, string? ClosedReason, DateTimeOffset? InvitedAt, int Version);
