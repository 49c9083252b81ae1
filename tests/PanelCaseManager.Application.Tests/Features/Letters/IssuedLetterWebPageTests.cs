using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Features.Letters;
using PanelCaseManager.Application.Features.Panels;
using PanelCaseManager.Application.Features.PlacementRequests;
using PanelCaseManager.Application.Features.Timeliness;
using PanelCaseManager.Application.Features.Users;
using PanelCaseManager.Application.Tests.Features.Provision;
using PanelCaseManager.Domain.Common;
using PanelCaseManager.Domain.Letters;
using PanelCaseManager.Domain.PlacementRequests;
using PanelCaseManager.Domain.Timeliness;
using PanelCaseManager.Domain.Users;
using PanelCaseManager.Infrastructure.DemoData;
using PanelCaseManager.Testing;
using PanelCaseManager.Testing.Builders;

namespace PanelCaseManager.Application.Tests.Features.Letters;

/// <summary>
/// An issued letter is kept as a web page written with its PDF from the same document: the page says what the PDF says,
/// the PDF keeps its language, title and selectable text, and the page is seen by exactly those who may see the PDF.
/// </summary>
public partial class IssuedLetterWebPageTests
{
    private ApplicationHarness _app = null!;
    private PanelScenario _panel = null!;

    [SetUp]
    public async Task SetUp()
    {
        // A quorum without social care, so that its member may declare a conflict and the panel still decides.
        var settings = LetterTestSettings.AsConfiguration();
        settings["Panels:QuorumAgencies:0"] = "Education";
        settings["Panels:QuorumAgencies:1"] = "Health";
        settings["Panels:QuorumAgencies:2"] = "EducationalPsychology";
        settings["Panels:QuorumMinimumMembers"] = "3";
        _app = new ApplicationHarness(settings);
        await _app.PublishSector();
        await _app.SendAs(Personas.Administrator, Catalogue.Setting("117660", "Brookside Special School"));
        _panel = await PanelScenario.ReadyToDecideAsync(_app);
        await _app.SendAs(Personas.SendOfficer, new RecordFamilyContact.Command(
            _panel.CaseId, null, "Siân Llewelyn-Jones", ContactRole.ParentOrCarer, null, ["Tŷ Gwyn, 4 Heol y Bont", "Stevenage"], "SG1 2AB", null));
    }

    [TearDown]
    public async Task TearDown() => await _app.DisposeAsync();

    private async Task<IssueDecisionLetter.Result> IssuedLetterAsync()
    {
        var decided = await _panel.DecideAsync(Panel.AgreeFirstPreference(_panel.PanelId, _panel.CaseId, _panel.EvidenceId));
        await _panel.SignOffAsync();
        return await _app.SendAs(Personas.SendOfficer, new IssueDecisionLetter.Command(decided.DecisionId));
    }

    private async Task LinkTheFamilyAsync()
    {
        var reference = (await _app.SendAs(Personas.SendOfficer, new GetPlacementRequest.Query(_panel.CaseId))).Reference;
        var familyVersion = (await _app.SendAs(Personas.Administrator, new ListUsers.Query(Role.Family))).Single(u => u.Id == Personas.Family.Id).Version;
        await _app.SendAs(Personas.Administrator, new LinkFamilyMember.Command(Personas.Family.Id, reference, "Mother", familyVersion));
    }

    private static string Words(string text) => Spaces().Replace(text, " ").Trim();

    /// <summary>
    /// Each paragraph, list item, heading and cell of the letter's HTML, and each line of a block broken with &lt;br&gt;
    /// (the letterhead and the address sit side by side in the PDF, so their lines interleave there), in normal spaces.
    /// </summary>
    private static List<string> Units(AngleSharp.Html.Dom.IHtmlDocument html)
    {
        foreach (var br in html.QuerySelectorAll("br").ToList())
        {
            br.Replace(html.CreateTextNode("\n"));
        }

        return html.QuerySelectorAll("p, li, h2, h3, h4, th, td")
            .SelectMany(e => e.TextContent.Split('\n'))
            .Select(Words)
            .Where(t => t.Length > 0)
            .ToList();
    }

    /// <summary>The text without any white space: the PDF may break a long word (an address) across lines.</summary>
    private static string Compact(string text) => Spaces().Replace(text, string.Empty);

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [Test]
    public async Task The_web_page_of_an_issued_letter_says_what_its_pdf_says_word_for_word()
    {
        var issued = await IssuedLetterAsync();

        var page = await _app.SendAs(Personas.SendOfficer, new GetIssuedLetterPage.Query(issued.LetterId));
        var pdf = await _app.SendAs(Personas.SendOfficer, new GetIssuedLetterPdf.Query(issued.LetterId));

        page.Letter.Sha256.Should().Be(issued.Sha256).And.Be(pdf.Sha256);
        page.Html.Should().NotBeNull("a letter issued now is kept as a web page too");
        var html = new HtmlParser().ParseDocument($"<main>{page.Html}</main>");
        html.QuerySelectorAll("[style], script, h1").Should().BeEmpty("the page around the letter has its h1; the letter has no script or style");
        html.QuerySelectorAll("h2").Should().ContainSingle("the letter's title");
        html.Body!.TextContent.Should().NotContain("DRAFT");
        using var text = new PdfText(pdf.Pdf);
        var pdfWords = Compact(text.All);
        var paragraphs = Units(html);
        paragraphs.Should().HaveCountGreaterThan(10);
        foreach (var paragraph in paragraphs)
        {
            pdfWords.Should().Contain(Compact(paragraph), $"the PDF and the web page are written from the same document: \"{paragraph}\"");
        }
    }

    [Test]
    public async Task The_issued_pdf_keeps_its_language_title_and_selectable_text()
    {
        var issued = await IssuedLetterAsync();

        var pdf = await _app.SendAs(Personas.SendOfficer, new GetIssuedLetterPdf.Query(issued.LetterId));

        using var text = new PdfText(pdf.Pdf);
        text.Language.Should().Be("en-GB");
        text.Title.Should().Be($"Decision letter {(await _app.SendAs(Personas.SendOfficer, new GetPlacementRequest.Query(_panel.CaseId))).Reference}");
        text.DisplaysTitle.Should().BeTrue("a reader's window shows the title, not the file name");
        text.All.Should().Contain("Yours sincerely").And.Contain("Siân Llewelyn-Jones", "the text is real text a reader can select, copy and have read aloud");
    }

    [Test]
    public async Task A_notice_is_kept_as_a_web_page_with_its_appeal_deadline()
    {
        await IssuedLetterAsync();
        await _app.SendAs(Personas.SendOfficer, new RecordClockEvent.Command(_panel.CaseId, ClockEventKind.DecidedToAssess, UkCalendar.Today(_app.Clock).AddDays(-2), null));
        await _app.SendAs(Personas.SendOfficer, new RecordClockEvent.Command(_panel.CaseId, ClockEventKind.DraftPlanServed, UkCalendar.Today(_app.Clock).AddDays(-1), null));
        var sent = await _app.SendAs(Personas.SendOfficer, new IssueAppealableNotice.Command(_panel.CaseId, LetterOutcome.FinalPlanNotice, null, null));

        var page = await _app.SendAs(Personas.SendOfficer, new GetIssuedLetterPage.Query(sent.LetterId));
        using var text = new PdfText((await _app.SendAs(Personas.SendOfficer, new GetIssuedLetterPdf.Query(sent.LetterId))).Pdf);

        page.Letter.IsNotice.Should().BeTrue();
        page.Letter.Sha256.Should().Be(sent.Sha256);
        var html = new HtmlParser().ParseDocument($"<main>{page.Html}</main>");
        foreach (var paragraph in Units(html))
        {
            Compact(text.All).Should().Contain(Compact(paragraph), $"the notice's PDF says \"{paragraph}\"");
        }

        html.Body!.TextContent.Should().Contain(LetterTemplateModelDate(sent.AppealDeadline));
    }

    private static string LetterTemplateModelDate(DateOnly date) => date.ToString("d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-GB"));

    [Test]
    public async Task Only_those_who_may_read_the_pdf_read_the_page_and_everyone_else_is_told_it_is_not_found()
    {
        // A conflict is declared before the decision: after sign-off it would call for a correcting decision.
        await _app.SendAs(Personas.PanelSocialCare, new DeclareConflict.Command(_panel.PanelId, _panel.CaseId, null, "I manage the child's social worker."));
        var issued = await IssuedLetterAsync();
        var query = new GetIssuedLetterPage.Query(issued.LetterId);

        await FluentActions.Awaiting(() => _app.SendAs(Personas.Family, query)).Should().ThrowAsync<NotFoundException>("another family's letter");
        await FluentActions.Awaiting(() => _app.SendAs(Personas.SecondSendOfficer, query)).Should().ThrowAsync<NotFoundException>("another team's case");
        await FluentActions.Awaiting(() => _app.SendAs(Personas.PanelEducation, query)).Should().ThrowAsync<NotFoundException>("a panel member never reads the live case's letters");
        await FluentActions.Awaiting(() => _app.SendAs(Personas.PanelSocialCare, query)).Should().ThrowAsync<NotFoundException>("a conflicted member");
        await FluentActions.Awaiting(() => _app.SendAs(Personas.SendOfficer, new GetIssuedLetterPage.Query(Guid.NewGuid()))).Should().ThrowAsync<NotFoundException>("no such letter");
        await FluentActions.Awaiting(() => _app.SendAs(Personas.Administrator, query)).Should().ThrowAsync<ForbiddenException>();

        await LinkTheFamilyAsync();
        var family = await _app.SendAs(Personas.Family, query);
        var auditor = await _app.SendAs(Personas.Auditor, query);
        family.Html.Should().Be(auditor.Html).And.Be((await _app.SendAs(Personas.SendOfficer, query)).Html);
    }
}
