using PanelCaseManager.Domain.Letters;

namespace PanelCaseManager.Application.Features.Letters;

/// <summary>
/// The wording shipped with the service: version 1 of each outcome's template, written into the database by the
/// migration. Administrators change wording by saving new versions, never by editing these.
/// </summary>
public static class DefaultLetterTemplates
{
    /// <summary>When the built-in wording was written; fixed so that the migration's seed data never changes.</summary>
    public static readonly DateTimeOffset WrittenAt = new(2026, 11, 22, 0, 0, 0, TimeSpan.Zero);

    private static readonly Dictionary<LetterOutcome, Guid> Ids = new()
    {
        [LetterOutcome.AgreePreference] = new Guid("0193a3c0-0000-7000-8000-000000000001"),
        [LetterOutcome.NameAnotherSetting] = new Guid("0193a3c0-0000-7000-8000-000000000002"),
        [LetterOutcome.NameTypeAndConsult] = new Guid("0193a3c0-0000-7000-8000-000000000003"),
        [LetterOutcome.DeferForEvidence] = new Guid("0193a3c0-0000-7000-8000-000000000004"),
        [LetterOutcome.Decline] = new Guid("0193a3c0-0000-7000-8000-000000000005"),
    };

    public static IReadOnlyList<LetterTemplate> All { get; } = Enum.GetValues<LetterOutcome>()
        .Select(outcome => LetterTemplate.BuiltIn(Ids[outcome], outcome, Read(outcome), WrittenAt))
        .ToList();

    public static string Read(LetterOutcome outcome)
    {
        var name = $"{typeof(DefaultLetterTemplates).Namespace}.DefaultTemplates.{outcome}.liquid";
        using var stream = typeof(DefaultLetterTemplates).Assembly.GetManifestResourceStream(name)
                           ?? throw new InvalidOperationException($"The default template {name} is not embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Replace("\r\n", "\n", StringComparison.Ordinal);
    }
}
