namespace PanelCaseManager.Domain.Common;

/// <summary>A change the rules of the domain do not allow in the current state.</summary>
public class DomainRuleException(string code, string message) : Exception(message)
{
    public string Code { get; } = code;
}

/// <summary>The caller changed an older version of the record than the one stored.</summary>
public sealed class ConcurrencyConflictException : Exception
{
    public ConcurrencyConflictException(int expectedVersion, int actualVersion)
        : base($"This record was changed by someone else (you had version {expectedVersion}, it is now version {actualVersion}). Reload it and try again.")
    {
    }

    public ConcurrencyConflictException(string message) : base(message)
    {
    }
}
