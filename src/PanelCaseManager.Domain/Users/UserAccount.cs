using PanelCaseManager.Domain.Children;
using PanelCaseManager.Domain.Common;

namespace PanelCaseManager.Domain.Users;

/// <summary>Someone who uses the service: staff of the authority or its partners, or a family member.</summary>
public sealed class UserAccount : AggregateRoot
{
    private readonly List<ChildLink> _childLinks = [];

    private UserAccount()
    {
        DisplayName = string.Empty;
        Email = string.Empty;
    }

    public UserId Id { get; private set; }
    public string DisplayName { get; private set; }
    public string Email { get; private set; }
    public Role Role { get; private set; }
    public string? Team { get; private set; }
    public Agency? Agency { get; private set; }
    public bool IsActive { get; private set; }
    public IReadOnlyList<ChildLink> ChildLinks => _childLinks;

    public bool CanBeAssignedCases => IsActive && Role is Role.SendOfficer or Role.TeamManager;

    public static UserAccount Create(UserId id, string displayName, string email, Role role, string? team, Agency? agency)
    {
        if (string.IsNullOrWhiteSpace(id.Value) || string.IsNullOrWhiteSpace(displayName))
        {
            throw new DomainRuleException("user-identity-required", "A user needs an id and a display name.");
        }

        var account = new UserAccount
        {
            Id = id,
            DisplayName = displayName.Trim(),
            Email = email.Trim(),
            Role = role,
            Team = string.IsNullOrWhiteSpace(team) ? null : team.Trim(),
            Agency = agency,
            IsActive = true,
        };
        account.Raise(new UserAccountChanged(id));
        return account;
    }

    /// <summary>An administrator changes what the user does in the service; their id never changes.</summary>
    public void Update(string displayName, string email, Role role, string? team, Agency? agency, bool isActive)
    {
        if (string.IsNullOrWhiteSpace(displayName))
        {
            throw new DomainRuleException("user-identity-required", "A user needs a display name.");
        }

        if (role != Role.Family && _childLinks.Count > 0)
        {
            throw new DomainRuleException("family-links-remain", "This account is linked to children as a family member; remove the links before giving it a staff role.");
        }

        var newTeam = string.IsNullOrWhiteSpace(team) ? null : team.Trim();
        var accessChanged = role != Role || newTeam != Team || agency != Agency || isActive != IsActive;
        DisplayName = displayName.Trim();
        Email = email.Trim();
        Role = role;
        Team = newTeam;
        Agency = agency;
        IsActive = isActive;
        Raise(new UserAccountChanged(Id));
        if (accessChanged)
        {
            Raise(new UserAccessChanged(Id));
        }
    }

    public void LinkChild(ChildId childId, string relationship)
    {
        if (Role != Role.Family)
        {
            throw new DomainRuleException("link-not-family", "Only a family member's account can be linked to a child.");
        }

        if (_childLinks.Any(l => l.ChildId == childId))
        {
            return;
        }

        _childLinks.Add(new ChildLink(childId, relationship.Trim()));
        Raise(new UserAccountChanged(Id));
    }

    public void UnlinkChild(ChildId childId)
    {
        if (_childLinks.RemoveAll(l => l.ChildId == childId) > 0)
        {
            Raise(new UserAccountChanged(Id));
        }
    }
}

/// <summary>An account's role, team, agency, status or links changed.</summary>
public sealed record UserAccountChanged(UserId Id) : IDomainEvent;

/// <summary>
/// What the account may do changed (role, team, agency) or it was closed or reopened: sessions begun under the old
/// terms must end, so that nobody keeps a role or team they no longer have.
/// </summary>
public sealed record UserAccessChanged(UserId Id) : IDomainEvent;

/// <summary>A family member's link to a child whose case they may see.</summary>
public sealed record ChildLink(ChildId ChildId, string Relationship);
