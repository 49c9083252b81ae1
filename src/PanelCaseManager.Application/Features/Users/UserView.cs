using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Persistence;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Domain.PlacementRequests;
using PanelCaseManager.Domain.Users;

namespace PanelCaseManager.Application.Features.Users;

/// <summary>A user as an administrator sees them.</summary>
public sealed record UserView(string Id, string DisplayName, string Email, Role Role, string? Team, Agency? Agency, bool IsActive, int Version, IReadOnlyList<Guid> LinkedChildIds)
{
    public static UserView Of(UserAccount user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return new UserView(user.Id.Value, user.DisplayName, user.Email, user.Role, user.Team, user.Agency, user.IsActive, user.Version, user.ChildLinks.Select(l => l.ChildId.Value).ToList());
    }
}
