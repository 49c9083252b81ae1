namespace PanelCaseManager.Domain.Users;

/// <summary>A user's stable identifier: the identity provider's subject (object id) for the user.</summary>
public readonly record struct UserId(string Value)
{
    public override string ToString() => Value;
}
