using PanelCaseManager.Domain.Common;
using PanelCaseManager.Domain.Users;

namespace PanelCaseManager.Domain.Letters;

/// <summary>
/// One version of the wording of an outcome's decision letter. Versions are never edited: saving new wording adds
/// the next version, and every letter records the version it was written from.
/// </summary>
public sealed class LetterTemplate
{
    public const int MaximumBodyLength = 20_000;
    public const int MaximumNoteLength = 500;

    private LetterTemplate()
    {
        Body = string.Empty;
    }

    public Guid Id { get; private set; }
    public LetterOutcome Outcome { get; private set; }
    public int Version { get; private set; }
    public string Body { get; private set; }
    public string? Note { get; private set; }
    public DateTimeOffset SavedAt { get; private set; }
    public UserId SavedBy { get; private set; }

    /// <summary>The first version of each outcome's wording, shipped with the service.</summary>
    public static LetterTemplate BuiltIn(Guid id, LetterOutcome outcome, string body, DateTimeOffset at) =>
        Create(id, outcome, 1, body, "Wording shipped with the service.", new UserId(BuiltInAuthor), at);

    public const string BuiltInAuthor = "built-in";

    /// <summary>The next version after <paramref name="current"/>, as an administrator saved it.</summary>
    public static LetterTemplate NextVersion(LetterTemplate? current, LetterOutcome outcome, string body, string? note, UserId by, DateTimeOffset at)
    {
        if (current is not null && current.Outcome != outcome)
        {
            throw new ArgumentException("The current version belongs to another outcome.", nameof(current));
        }

        return Create(Guid.CreateVersion7(), outcome, (current?.Version ?? 0) + 1, body, note, by, at);
    }

    private static LetterTemplate Create(Guid id, LetterOutcome outcome, int version, string body, string? note, UserId by, DateTimeOffset at)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            throw new DomainRuleException("template-body-required", "A letter template needs its wording.");
        }

        if (body.Length > MaximumBodyLength)
        {
            throw new DomainRuleException("template-too-long", $"A letter template is at most {MaximumBodyLength} characters.");
        }

        return new LetterTemplate
        {
            Id = id,
            Outcome = outcome,
            Version = version,
            Body = body.Replace("\r\n", "\n", StringComparison.Ordinal),
            Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim(),
            SavedAt = at,
            SavedBy = by,
        };
    }
}
