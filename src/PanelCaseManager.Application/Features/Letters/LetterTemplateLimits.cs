using System.Globalization;
using Microsoft.Extensions.Options;
using PanelCaseManager.Domain.Letters;

namespace PanelCaseManager.Application.Features.Letters;

/// <summary>
/// What filling in one letter template may cost ("LetterTemplates" in configuration): every save-time check, preview
/// and letter is refused, naming the line, rather than run past these (docs/adr/0123).
/// </summary>
public sealed class LetterTemplateLimits
{
    public const string Section = "LetterTemplates";

    /// <summary>The longest wording accepted, in characters; checked before the template is read at all.</summary>
    public int MaximumCharacters { get; set; } = LetterTemplate.MaximumBodyLength;

    /// <summary>Iterations of one loop, with the loops nested inside it (the engine's own loop limit).</summary>
    public int MaximumIterationsPerLoop { get; set; } = 1_000;

    /// <summary>Iterations of every loop of the template together, for one letter.</summary>
    public int MaximumIterations { get; set; } = 10_000;

    /// <summary>How deep conditions and loops may be nested inside each other (and the engine's recursion limit).</summary>
    public int MaximumNesting { get; set; } = 20;

    /// <summary>The most text one letter's wording may produce, in characters.</summary>
    public int MaximumOutputCharacters { get; set; } = 200_000;

    /// <summary>How long filling in one letter may take before it is stopped.</summary>
    public TimeSpan RenderTimeLimit { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Why wording that is too long is refused, before it is read.</summary>
    public static string TooLong(int length, int maximum) =>
        string.Create(CultureInfo.InvariantCulture, $"The wording is {length:N0} characters long; it must be {maximum:N0} characters or fewer.");

    public IEnumerable<string> Problems()
    {
        if (MaximumCharacters is < 1_000 or > LetterTemplate.MaximumBodyLength)
        {
            yield return $"{Section}:MaximumCharacters must be 1000 to {LetterTemplate.MaximumBodyLength} (the length the database keeps).";
        }

        if (MaximumIterationsPerLoop is < 10 or > 1_000_000)
        {
            yield return $"{Section}:MaximumIterationsPerLoop must be 10 to 1000000.";
        }

        if (MaximumIterations < MaximumIterationsPerLoop || MaximumIterations > 10_000_000)
        {
            yield return $"{Section}:MaximumIterations must be at least MaximumIterationsPerLoop and at most 10000000.";
        }

        if (MaximumNesting is < 2 or > 100)
        {
            yield return $"{Section}:MaximumNesting must be 2 to 100.";
        }

        if (MaximumOutputCharacters is < 10_000 or > 10_000_000)
        {
            yield return $"{Section}:MaximumOutputCharacters must be 10000 to 10000000.";
        }

        if (RenderTimeLimit < TimeSpan.FromMilliseconds(10) || RenderTimeLimit > TimeSpan.FromMinutes(1))
        {
            yield return $"{Section}:RenderTimeLimit must be from 00:00:00.010 to 00:01:00.";
        }
    }

    /// <summary>Refuses to start with limits that are out of range, naming each one.</summary>
    public sealed class Validation : IValidateOptions<LetterTemplateLimits>
    {
        public ValidateOptionsResult Validate(string? name, LetterTemplateLimits options)
        {
            ArgumentNullException.ThrowIfNull(options);
            var problems = options.Problems().ToList();
            return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
        }
    }
}
