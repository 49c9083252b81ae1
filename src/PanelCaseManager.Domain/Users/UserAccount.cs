using PanelCaseManager.Domain.Children;
using PanelCaseManager.Domain.Common;
using PanelCaseManager.Domain.Provision;

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

    /// <summary>For a setting's contact: the setting of the catalogue they answer for.</summary>
    public SettingId? SettingId { get; private set; }

    /// <summary>For a partner: who invited them and when (an officer or an administrator).</summary>
    public UserId? InvitedBy { get; private set; }

    public DateTimeOffset? InvitedAt { get; private set; }

    /// <summary>For a partner whose account was closed: why, in the words of whoever closed it.</summary>
    public string? ClosedReason { get; private set; }

    public IReadOnlyList<ChildLink> ChildLinks => _childLinks;

    /// <summary>Someone outside the authority who contributes to cases addressed to them: a professional or a setting.</summary>
    public bool IsPartner => Role.IsPartner();

    /// <summary>The agencies a professional may be invited for: those that give advice under SEND Regulations 2014 reg. 6(1)(c)–(e).</summary>
    public static IReadOnlyList<Agency> PartnerAgencies { get; } = [Users.Agency.Health, Users.Agency.SocialCare, Users.Agency.EducationalPsychology];

    public const int ClosedReasonMaxLength = 500;

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

    /// <summary>
    /// An officer or administrator invites a partner: a professional of health, social care or educational psychology,
    /// or the contact of a setting in the catalogue. The account is active at once; the person signs in with the
    /// identity the council's directory gave them (a B2B guest or External ID account, docs/adr/0205).
    /// </summary>
    public static UserAccount InvitePartner(UserId id, string displayName, string email, Role role, Agency? agency, SettingId? settingId, UserId by, DateTimeOffset now)
    {
        CheckPartner(role, agency, settingId);
        var account = Create(id, displayName, email, role, team: null, role == Role.AgencyProfessional ? agency : null);
        account.SettingId = role == Role.SettingContact ? settingId : null;
        account.InvitedBy = by;
        account.InvitedAt = now;
        return account;
    }

    /// <summary>A partner's account is closed (the invitation withdrawn): they can no longer sign in or see anything.</summary>
    public void ClosePartner(string reason)
    {
        if (!IsPartner)
        {
            throw new DomainRuleException("not-a-partner", "Only a partner's account can be closed here; an administrator closes staff accounts.");
        }

        if (!IsActive)
        {
            throw new DomainRuleException("partner-already-closed", $"{DisplayName}'s account is already closed.");
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainRuleException("close-reason-required", "Say why the account is being closed.");
        }

        IsActive = false;
        ClosedReason = reason.Trim();
        Raise(new UserAccountChanged(Id));
        // Their sessions end with the account (Sessions:AccountCheckSeconds on other instances).
        Raise(new UserAccessChanged(Id));
    }

    /// <summary>A setting's contact answers for this setting of the catalogue (for an account made before the catalogue held it).</summary>
    public void AnswerFor(SettingId settingId)
    {
        if (Role != Role.SettingContact)
        {
            throw new DomainRuleException("not-a-setting-contact", "Only a setting's contact answers for a setting.");
        }

        SettingId = settingId;
        Raise(new UserAccountChanged(Id));
    }

    private static void CheckPartner(Role role, Agency? agency, SettingId? settingId)
    {
        switch (role)
        {
            case Role.AgencyProfessional when agency is not { } a || !PartnerAgencies.Contains(a):
                throw new DomainRuleException("partner-agency-required", "A professional is invited for health, social care or educational psychology.");
            case Role.SettingContact when settingId is null:
                throw new DomainRuleException("partner-setting-required", "A setting's contact is invited for a setting in the catalogue.");
            case Role.AgencyProfessional or Role.SettingContact:
                return;
            default:
                throw new DomainRuleException("not-a-partner-role", "Invite a partner as a professional or as a setting's contact.");
        }
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

        if (role.IsPartner())
        {
            CheckPartner(role, agency, role == Role.SettingContact ? SettingId : null);
        }

        var newTeam = string.IsNullOrWhiteSpace(team) ? null : team.Trim();
        var accessChanged = role != Role || newTeam != Team || agency != Agency || isActive != IsActive;
        DisplayName = displayName.Trim();
        Email = email.Trim();
        if (role != Role.SettingContact)
        {
            SettingId = null;
        }

        if (isActive)
        {
            ClosedReason = null;
        }

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
