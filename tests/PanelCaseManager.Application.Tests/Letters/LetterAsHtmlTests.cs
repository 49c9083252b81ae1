using AngleSharp.Html.Parser;
using PanelCaseManager.Application.Features.Letters;
using PanelCaseManager.Domain.Letters;
using PanelCaseManager.Infrastructure.Documents;
using PanelCaseManager.Testing;
using PanelCaseManager.Testing.Builders;

namespace PanelCaseManager.Application.Tests.Letters;

/// <summary>A letter written as HTML for a page (the template editor's preview) says what its PDF says.</summary>
public class LetterAsHtmlTests
{
    private LetterComposerFixture _letters = null!;

    [OneTimeSetUp]
    public void SetUp() => _letters = new LetterComposerFixture();

    [OneTimeTearDown]
    public void TearDown() => _letters.Dispose();

    private static IEnumerable<LetterOutcome> Outcomes => Enum.GetValues<LetterOutcome>();

    [TestCaseSource(nameof(Outcomes))]
    public void The_html_says_what_the_pdf_says_under_the_pages_own_headings(LetterOutcome outcome)
    {
        var model = A.DecisionLetter(outcome);
        var wording = new LetterTemplateText(outcome, 1, DefaultLetterTemplates.Read(outcome));

        var html = _letters.Composer.ComposeHtml(model, wording, draft: true, topHeadingLevel: 3);

        var document = new HtmlParser().ParseDocument($"<main>{html}</main>");
        document.QuerySelector(".app-document")!.GetAttribute("lang").Should().Be("en-GB");
        document.QuerySelectorAll("h1, h2").Should().BeEmpty("the page around the letter has its own h1 and h2");
        document.QuerySelectorAll("h3").Should().ContainSingle("the letter's title");
        var text = document.Body!.TextContent;
        text.Should().Contain("DRAFT").And.Contain("Dear Mrs Llŷr-Ørsted").And.Contain(model.Reasons).And.Contain("Example SENDIASS").And.Contain("Yours sincerely");
        // The final PDF: a draft's watermark letters fall between the words of its text.
        using var pdf = new PdfText(_letters.Composer.Compose(model, wording, draft: false).Pdf);
        foreach (var step in model.NextSteps)
        {
            text.Should().Contain(step.Description);
            pdf.All.Should().Contain(step.Description);
        }

        document.QuerySelectorAll("[style], script").Should().BeEmpty();
        document.QuerySelectorAll("table").Should().OnlyContain(t => t.QuerySelectorAll("th[scope]").Length > 0);
    }

    [Test]
    public void Text_from_the_case_is_encoded_never_read_as_markup()
    {
        var document = new DocumentDefinition
        {
            Metadata = new DocumentMetadata("Title", "Author", "Subject", "en-GB", DateTimeOffset.UnixEpoch),
            Blocks = [new Heading("<script>alert(1)</script>", 1), new Paragraph("Tom & Jerry <b>bold</b>\n\nSecond"), new BulletList(["<img src=x>"])],
        };

        var html = HtmlDocumentWriter.Write(document);

        html.Should().NotContain("<script>").And.NotContain("<b>").And.NotContain("<img").And.Contain("&lt;script&gt;").And.Contain("Tom &amp; Jerry");
        new HtmlParser().ParseDocument(html).QuerySelectorAll("p").Select(p => p.TextContent).Should().Equal("Tom & Jerry <b>bold</b>", "Second");
    }
}
