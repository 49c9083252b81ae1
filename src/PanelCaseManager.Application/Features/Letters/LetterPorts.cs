using PanelCaseManager.Domain.Letters;

namespace PanelCaseManager.Application.Features.Letters;

/// <summary>The wording of one template version, as the composer uses it.</summary>
public sealed record LetterTemplateText(LetterOutcome Outcome, int Version, string Body);

/// <summary>A problem in a template, on the line (from 1) where it is, when it is on one line.</summary>
public sealed record TemplateProblem(int? Line, string Message)
{
    public override string ToString() => Line is { } line ? $"Line {line}: {Message}" : Message;
}

/// <summary>A finished letter: the PDF, its page count, its SHA-256 (hex) and the template version it was written from.</summary>
public sealed record ComposedLetter(byte[] Pdf, int PageCount, string Sha256, LetterOutcome Outcome, int TemplateVersion);

/// <summary>
/// The sandboxed template language letters are worded in: placeholders for the letter model's fields only, no code.
/// </summary>
public interface ILetterTemplateEngine
{
    /// <summary>Everything wrong with a template for this outcome, each with its line; empty when it can be saved.</summary>
    IReadOnlyList<TemplateProblem> Validate(LetterOutcome outcome, string body);
}

/// <summary>Writes a decision letter as an accessible PDF from its model and the wording of a template version.</summary>
public interface IDecisionLetterComposer
{
    /// <summary>
    /// The same model and template always give the same bytes. A draft carries a DRAFT watermark. Refuses (with the
    /// missing settings named) when a contact the letter must give is not configured.
    /// </summary>
    ComposedLetter Compose(DecisionLetterModel model, LetterTemplateText wording, bool draft);
}
