using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using PanelCaseManager.Application.Features.Letters;
using PanelCaseManager.Domain.Common;
using PanelCaseManager.Domain.Letters;
using PanelCaseManager.Infrastructure.Documents;

namespace PanelCaseManager.Infrastructure.Letters;

/// <summary>
/// Writes a decision letter or a notice: the authority's letterhead, the family's address in the envelope window, the case at a
/// glance, a notice when it replaces an earlier letter, the template's wording, and the officer's signature.
/// </summary>
public sealed class DecisionLetterComposer(LetterTemplateEngine engine, PdfDocumentWriter writer, IOptions<LetterOptions> options)
    : IDecisionLetterComposer
{
    public ComposedLetter Compose(DecisionLetterModel model, LetterTemplateText wording, bool draft)
    {
        var document = Document(model, wording, draft);
        var rendered = writer.Write(document);
        return new ComposedLetter(
            rendered.Pdf, rendered.PageCount, Convert.ToHexStringLower(SHA256.HashData(rendered.Pdf)), wording.Outcome, wording.Version,
            HtmlDocumentWriter.Write(document, ComposedLetter.HtmlTopHeadingLevel));
    }

    public string ComposeHtml(DecisionLetterModel model, LetterTemplateText wording, bool draft, int topHeadingLevel) =>
        HtmlDocumentWriter.Write(Document(model, wording, draft), topHeadingLevel);

    /// <summary>The letter as a document, the same for its PDF and its web page.</summary>
    private DocumentDefinition Document(DecisionLetterModel model, LetterTemplateText wording, bool draft)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(wording);
        if (wording.Outcome != model.Outcome)
        {
            throw new ArgumentException($"A {wording.Outcome} template cannot write a {model.Outcome} letter.", nameof(wording));
        }

        var missing = LetterSettings.MissingSettings(model);
        if (missing.Count > 0)
        {
            throw new DomainRuleException(
                "letter-settings-missing",
                $"Letters cannot be written until these settings are configured: {string.Join(", ", missing)}.");
        }

        if (model.Outcome.IsNotice() && (model.AppealDeadline is null || model.Rights is null))
        {
            throw new DomainRuleException("appeal-deadline-required", "A notice must give the right of appeal and the last date to appeal, from the statutory clock.");
        }

        if (!model.Outcome.IsNotice() && model.AppealDeadline is not null)
        {
            throw new ArgumentException("A decision letter gives no appeal deadline of its own: the right of appeal arises from the notice sent with the plan.", nameof(model));
        }

        var body = LetterMarkup.Parse(engine.Render(wording, model));
        return new DocumentDefinition
        {
            Metadata = new DocumentMetadata(
                model.Outcome.IsNotice() ? $"Notice {model.CaseReference}" : $"Decision letter {model.CaseReference}",
                model.Authority.Name,
                model.Outcome.IsNotice()
                    ? $"{model.Outcome.Describe()}: notice of a decision you can appeal"
                    : $"{model.Outcome.Describe()}: decision about a placement request",
                options.Value.Language,
                new DateTimeOffset(model.LetterDate.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero))
            {
                Keywords = $"{model.CaseReference}; template {wording.Outcome} v{wording.Version}",
            },
            Letterhead = new Letterhead(model.Authority.Name, LetterheadLines(model.Authority), model.Authority.Logo),
            RecipientAddress = model.Family.AddressLines,
            RunningHeader = $"{model.Child.FullName} · {model.CaseReference} · {LetterTemplateModel.Date(model.LetterDate)}",
            Watermark = draft ? "DRAFT" : null,
            Blocks = Assemble(model, body),
        };
    }

    private static List<DocumentBlock> Assemble(DecisionLetterModel model, List<DocumentBlock> body)
    {
        var blocks = new List<DocumentBlock>();
        var start = 0;
        if (body.FirstOrDefault() is Heading { Level: 1 } title)
        {
            blocks.Add(title);
            start = 1;
        }

        blocks.Add(new Table(
        [
            ["Child", model.Child.FullName],
            ["Date of birth", LetterTemplateModel.Date(model.Child.DateOfBirth)],
            ["Our reference", model.CaseReference],
            ["Date of this letter", LetterTemplateModel.Date(model.LetterDate)],
        ])
        {
            LabelColumn = true,
            ColumnWeights = [1, 2],
        });

        if (model.Replaces is { } replaced)
        {
            blocks.Add(new Paragraph(
                $"This letter replaces our letter of {LetterTemplateModel.Date(replaced.Date)} (reference {replaced.Reference}). Please read this letter instead of the earlier one.",
                Bold: true));
        }

        blocks.AddRange(body.Skip(start));
        var contacts = new List<string>();
        if (model.Officer.Telephone is { Length: > 0 } telephone)
        {
            contacts.Add($"Telephone: {telephone}");
        }

        if (model.Officer.Email is { Length: > 0 } email)
        {
            contacts.Add($"Email: {email}");
        }

        blocks.Add(new SignatureBlock("Yours sincerely,", model.Officer.Name, $"{model.Officer.Role}, {model.Authority.Name}", contacts));
        return blocks;
    }

    private static List<string> LetterheadLines(AuthorityDetails authority)
    {
        var lines = new List<string>(authority.AddressLines);
        if (authority.Telephone is { Length: > 0 } telephone)
        {
            lines.Add($"Telephone: {telephone}");
        }

        if (authority.Email is { Length: > 0 } email)
        {
            lines.Add(email);
        }

        if (authority.Website is { Length: > 0 } website)
        {
            lines.Add(website);
        }

        return lines;
    }
}
