namespace PanelCaseManager.Application.Common;

/// <summary>A command that creates something and may be retried: a retry with the same key returns the first result.</summary>
public interface IIdempotentCommand
{
    string? IdempotencyKey { get; }
}
