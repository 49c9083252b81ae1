using PanelCaseManager.Domain.Letters;

namespace PanelCaseManager.Application.Features.Letters;

/// <summary>
/// The wording shipped with the service. <see cref="FirstEdition"/> is version 1 of each decision letter as first
/// shipped, written into the database by the migration that created the templates and never changed, so that the
/// letters written from it can always be traced to it; <see cref="Read"/> is the wording the service ships now, for
/// every letter and notice, which <see cref="ShippedLetterWording"/> adds as the next version where it is not there
/// yet. Administrators change wording by saving new versions, never by editing these.
/// </summary>
public static class DefaultLetterTemplates
{
    /// <summary>When the first edition was written; fixed so that the migration's seed data never changes.</summary>
    public static readonly DateTimeOffset WrittenAt = new(2026, 11, 22, 0, 0, 0, TimeSpan.Zero);

    private static readonly Dictionary<LetterOutcome, Guid> Ids = new()
    {
        [LetterOutcome.AgreePreference] = new Guid("0193a3c0-0000-7000-8000-000000000001"),
        [LetterOutcome.NameAnotherSetting] = new Guid("0193a3c0-0000-7000-8000-000000000002"),
        [LetterOutcome.NameTypeAndConsult] = new Guid("0193a3c0-0000-7000-8000-000000000003"),
        [LetterOutcome.DeferForEvidence] = new Guid("0193a3c0-0000-7000-8000-000000000004"),
        [LetterOutcome.Decline] = new Guid("0193a3c0-0000-7000-8000-000000000005"),
    };

    /// <summary>Version 1 of each decision letter, as first shipped (the migration's seed data).</summary>
    public static IReadOnlyList<LetterTemplate> FirstEdition { get; } = LetterOutcomes.DecisionLetters
        .Select(outcome => LetterTemplate.BuiltIn(Ids[outcome], outcome, ReadResource($"FirstEdition.{outcome}"), WrittenAt))
        .ToList();

    /// <summary>The wording the service ships now for a letter or notice.</summary>
    public static string Read(LetterOutcome outcome) => ReadResource(outcome.ToString());

    private static string ReadResource(string name)
    {
        var resource = $"{typeof(DefaultLetterTemplates).Namespace}.DefaultTemplates.{name}.liquid";
        using var stream = typeof(DefaultLetterTemplates).Assembly.GetManifestResourceStream(resource)
                           ?? throw new InvalidOperationException($"The default template {resource} is not embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Replace("\r\n", "\n", StringComparison.Ordinal);
    }
}
