using PanelCaseManager.Domain.Letters;

namespace PanelCaseManager.Application.Features.Letters;

/// <summary>The wording of one template version, as the composer uses it.</summary>
public sealed record LetterTemplateText(LetterOutcome Outcome, int Version, string Body);

/// <summary>A problem in a template, on the line (from 1) where it is, when it is on one line.</summary>
public sealed record TemplateProblem(int? Line, string Message)
{
    public override string ToString() => Line is { } line ? $"Line {line}: {Message}" : Message;
}

/// <summary>
/// A finished letter: the PDF, its page count, its SHA-256 (hex) and the template version it was written from, and the
/// same letter as a fragment of HTML for a web page (<see cref="Html"/>, its level-1 heading an h2), written from the
/// same document as the PDF so that the two cannot say different things.
/// </summary>
public sealed record ComposedLetter(byte[] Pdf, int PageCount, string Sha256, LetterOutcome Outcome, int TemplateVersion, string Html)
{
    /// <summary>The HTML level the letter's own title takes in <see cref="Html"/>: the page around it has its h1.</summary>
    public const int HtmlTopHeadingLevel = 2;
}

/// <summary>
/// The sandboxed template language letters are worded in: placeholders for the letter model's fields only, no code.
/// </summary>
public interface ILetterTemplateEngine
{
    /// <summary>Everything wrong with a template for this outcome, each with its line; empty when it can be saved.</summary>
    IReadOnlyList<TemplateProblem> Validate(LetterOutcome outcome, string body);

    /// <summary>
    /// Every placeholder a template can use, read from the model the letters are filled in from (not kept by hand), each
    /// with what it holds in <paramref name="sample"/>.
    /// </summary>
    IReadOnlyList<TemplateField> Fields(DecisionLetterModel sample);
}

/// <summary>
/// A placeholder a template can insert: <c>child.given_name</c>, with an example of what it holds; a list
/// (<see cref="IsList"/>) is gone through with <c>{% for item in grounds %}</c>, its items' own fields named
/// <c>item.title</c>.
/// </summary>
public sealed record TemplateField(string Placeholder, string Example, bool IsList, IReadOnlyList<TemplateField> ItemFields);

/// <summary>Writes a decision letter as an accessible PDF from its model and the wording of a template version.</summary>
public interface IDecisionLetterComposer
{
    /// <summary>
    /// The same model and template always give the same bytes. A draft carries a DRAFT watermark. Refuses (with the
    /// missing settings named) when a contact the letter must give is not configured.
    /// </summary>
    ComposedLetter Compose(DecisionLetterModel model, LetterTemplateText wording, bool draft);

    /// <summary>
    /// The same letter as a fragment of HTML to show inside a page (GOV.UK classes, text encoded, no script or style
    /// attribute); its level-1 heading becomes <paramref name="topHeadingLevel"/>.
    /// </summary>
    string ComposeHtml(DecisionLetterModel model, LetterTemplateText wording, bool draft, int topHeadingLevel);
}
