using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using PanelCaseManager.Application.Features.Letters;
using PanelCaseManager.Domain.Letters;
using PanelCaseManager.Infrastructure.DemoData;
using PanelCaseManager.Testing;

namespace PanelCaseManager.Web.Tests.Pages;

public class LetterTemplatePagesTests
{
    private PanelWebApplicationFactory _factory = null!;
    private HtmlClient _admin = null!;

    [OneTimeSetUp]
    public async Task SetUp()
    {
        _factory = new PanelWebApplicationFactory();
        _admin = await _factory.HtmlClientFor(Personas.Administrator);
    }

    [OneTimeTearDown]
    public async Task TearDown()
    {
        _admin.Dispose();
        await _factory.DisposeAsync();
    }

    private static string Wording(IDocument page) => page.QuerySelector<IHtmlTextAreaElement>("#body")!.Value;

    private static int CurrentVersion(IDocument page) => int.Parse(page.QuerySelector<IHtmlInputElement>("input[name=basedOnVersion]")!.Value, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Posts the page's form to its preview handler, as the "Preview this wording" button does.</summary>
    private async Task<HttpResponseMessage> Preview(IDocument page, string body)
    {
        var form = page.QuerySelector<IHtmlFormElement>("main form[method=post]")!;
        form.SetAttribute("action", page.QuerySelector("button[formaction*='handler=preview']")!.GetAttribute("formaction")!);
        return await _admin.Follow(await _admin.Submit(page, new Dictionary<string, string?> { ["body"] = body }));
    }

    [Test]
    public async Task The_list_shows_each_outcome_with_its_version_and_who_saved_it()
    {
        var page = await _admin.GetPage("/admin/letter-templates");

        var rows = page.QuerySelectorAll("table.app-letter-templates tbody tr");
        rows.Should().HaveCount(Enum.GetValues<LetterOutcome>().Length);
        rows.Should().Contain(r => r.TextContent.Contains("Defer for more evidence") && r.TextContent.Contains("Version") && r.TextContent.Contains("Built-in wording"));
        page.Text("table.app-letter-templates").Should().NotContain("12am").And.NotContain("Built in");
        rows.Select(r => r.QuerySelector("a")!.GetAttribute("href")).Should().Contain("/admin/letter-templates/name-another-setting");
    }

    [Test]
    public async Task The_editor_lists_what_the_wording_can_insert_read_from_the_letter_model_with_examples()
    {
        var page = await _admin.GetPage("/admin/letter-templates/decline");

        var fields = page.QuerySelectorAll(".app-template-fields tbody tr").Select(r => r.TextContent).ToList();
        fields.Should().Contain(f => f.Contains("{{ child.given_name }}") && f.Contains("Ffion"));
        fields.Should().NotContain(f => f.Contains("{{ appeal.deadline }}"), "a panel's letter states no appeal deadline: the notice does");
        fields.Should().Contain(f => f.Contains("{% for item in refused_preferences %}") && f.Contains("{{ item.name }}")
                                     && f.Contains("{% for entry in item.grounds %}") && f.Contains("{{ entry.title }}") && f.Contains("{{ entry.reasons }}"));
        fields.Should().Contain(f => f.Contains("{{ replaces.reference }}"), "a field only some letters fill is listed too");
        fields.Should().HaveCountGreaterThan(25);
    }

    [Test]
    public async Task The_editor_shows_the_current_letter_beside_the_wording_and_previews_typed_wording_there_without_saving()
    {
        var page = await _admin.GetPage("/admin/letter-templates/defer-for-evidence");
        var version = CurrentVersion(page);
        page.Text("#letter-preview-heading").Should().Be($"Preview of version {version}");
        page.QuerySelector("#letter-preview .app-document h3").Should().NotBeNull("the letter's title sits below the page's own headings");
        page.Text("#letter-preview").Should().Contain("DRAFT").And.Contain("Ffion");

        var form = page.QuerySelector<IHtmlFormElement>("main form[method=post]")!;
        form.SetAttribute("action", page.QuerySelector("button[formaction*='handler=show']")!.GetAttribute("formaction")!);
        var typed = Wording(page) + "\n\nA line only this preview has, for {{ child.given_name }}.";
        var shown = await _admin.SubmitAndFollow(page, new Dictionary<string, string?> { ["body"] = typed });

        shown.Text("#letter-preview-heading").Should().Be("Preview of the wording in the box");
        shown.Text("#letter-preview").Should().Contain("A line only this preview has, for Ffion.");
        Wording(shown).Should().Be(typed.Replace("\r", string.Empty, StringComparison.Ordinal));
        shown.QuerySelector("main form[method=post]")!.GetAttribute("action").Should().Be("/admin/letter-templates/defer-for-evidence", "shown at ?handler=show, the form still saves to the template's own page");
        (await _admin.GetPage("/admin/letter-templates/defer-for-evidence")).Text("main p").Should().Contain($"Version {version} is current", "a preview saves nothing");
    }

    [Test]
    public async Task Previewing_wording_with_a_mistake_names_its_line_and_shows_no_letter()
    {
        var page = await _admin.GetPage("/admin/letter-templates/decline");
        var form = page.QuerySelector<IHtmlFormElement>("main form[method=post]")!;
        form.SetAttribute("action", page.QuerySelector("button[formaction*='handler=show']")!.GetAttribute("formaction")!);

        var refused = await _admin.SubmitAndFollow(page, new Dictionary<string, string?> { ["body"] = "# A letter\n\n{{ child.shoe_size }}" });
        var empty = await _admin.SubmitAndFollow(await _admin.GetPage("/admin/letter-templates/decline"), new Dictionary<string, string?> { ["body"] = string.Empty }, formSelector: "main form[method=post]");

        refused.ShouldShowErrorFor("body", "Line 3:");
        refused.QuerySelector("#letter-preview .app-document").Should().BeNull();
        empty.ErrorSummary().Should().NotBeEmpty();
    }

    [Test]
    public async Task Wording_with_an_unknown_placeholder_names_the_line_in_the_error_summary_and_keeps_the_text_as_typed()
    {
        var page = await _admin.GetPage("/admin/letter-templates/decline");
        var typed = "\n" + DefaultLetterTemplates.Read(LetterOutcome.Decline) + "\n{{ child.shoe_size }}";

        var refused = await _admin.SubmitAndFollow(page, new Dictionary<string, string?> { ["body"] = typed, ["note"] = "Shoe size" });

        var lines = typed.Split('\n').Length;
        refused.ShouldShowErrorFor("body", $"Line {lines}:");
        Wording(refused).Should().Be(typed.Replace("\r", string.Empty, StringComparison.Ordinal), "the wording stays as typed, its first blank line included");
        refused.QuerySelector<IHtmlInputElement>("#note")!.Value.Should().Be("Shoe size");
        (await _admin.GetPage("/admin/letter-templates/decline")).Text("main p").Should().Contain($"Version {CurrentVersion(page)} is current", "nothing was saved");
    }

    [Test]
    public async Task Saving_new_wording_makes_the_next_version_once_and_the_earlier_one_stays_readable()
    {
        var page = await _admin.GetPage("/admin/letter-templates/agree-preference");
        var before = CurrentVersion(page);
        var earlier = Wording(page);
        var typed = earlier + "\n\nWe look forward to working with you.";

        var saved = await _admin.SubmitAndFollow(page, new Dictionary<string, string?> { ["body"] = typed, ["note"] = "A warmer close" });

        saved.Text(".govuk-notification-banner--success").Should().Contain($"Version {before + 1} is saved");
        CurrentVersion(saved).Should().Be(before + 1);
        saved.QuerySelectorAll("table.app-template-versions tbody tr")[0].TextContent.Should().Contain($"Version {before + 1}").And.Contain("A warmer close").And.Contain($"by {Personas.Administrator.DisplayName}").And.Contain("Saved on ");
        saved.QuerySelectorAll("table.app-template-versions tbody tr")[^1].TextContent.Should().Contain("Built-in wording");

        await _admin.SubmitAndFollow(page, new Dictionary<string, string?> { ["body"] = typed, ["note"] = "A warmer close" });
        CurrentVersion(await _admin.GetPage("/admin/letter-templates/agree-preference")).Should().Be(before + 1, "a second press of the same form saves nothing more");

        var old = await _admin.GetPage($"/admin/letter-templates/agree-preference/versions/{before}");
        Wording(old).Should().Be(earlier);
        old.Text("h1").Should().Be($"Version {before}");
    }

    [Test]
    public async Task Wording_changed_by_someone_else_meanwhile_is_not_overwritten_and_the_typed_text_is_kept()
    {
        var mine = await _admin.GetPage("/admin/letter-templates/name-type-and-consult");
        var theirs = await _admin.GetPage("/admin/letter-templates/name-type-and-consult");
        await _admin.SubmitAndFollow(theirs, new Dictionary<string, string?> { ["body"] = Wording(theirs) + "\nTheirs." });

        var refused = await _admin.SubmitAndFollow(mine, new Dictionary<string, string?> { ["body"] = Wording(mine) + "\nMine." });

        refused.ErrorSummary().Should().ContainSingle().Which.Message.Should().Contain("Someone else saved new wording for this letter");
        Wording(refused).Should().EndWith("Mine.");
        var replaced = await _admin.SubmitAndFollow(refused);
        replaced.Text(".govuk-notification-banner--success").Should().Contain("is saved");
        Wording(replaced).Should().EndWith("Mine.");
    }

    [Test]
    public async Task Previewing_the_wording_as_typed_gives_a_draft_pdf_and_wording_with_an_error_shows_the_line_instead()
    {
        var page = await _admin.GetPage("/admin/letter-templates/defer-for-evidence");
        page.QuerySelector("button[formaction*='handler=preview']")!.TextContent.Should().Contain("as a PDF");

        using var preview = await Preview(page, Wording(page) + "\nA line only in the preview.");

        preview.StatusCode.Should().Be(HttpStatusCode.OK);
        preview.Content.Headers.ContentType!.MediaType.Should().Be("application/pdf");
        using (var text = new PdfText(await preview.Content.ReadAsByteArrayAsync()))
        {
            text.All.Should().Contain("A line only in the preview.").And.Contain("Ffion", "the preview is about the fictional child");
        }

        using var broken = await Preview(page, "{% if %}");
        var refused = await HtmlClient.ParseAsync(broken);
        refused.ShouldShowErrorFor("body", "Line 1:");
        Wording(refused).Should().Be("{% if %}");
    }

    [Test]
    public async Task A_saved_version_is_previewed_as_a_pdf_from_a_link_that_says_so()
    {
        var page = await _admin.GetPage("/admin/letter-templates/name-another-setting");
        var link = page.QuerySelectorAll("main a").Single(a => a.GetAttribute("href")!.Contains("handler=pdf", StringComparison.Ordinal));
        link.TextContent.Should().Contain("as a PDF");

        using var response = await _admin.Get(link.GetAttribute("href")!);

        response.Content.Headers.ContentType!.MediaType.Should().Be("application/pdf");
        using var text = new PdfText(await response.Content.ReadAsByteArrayAsync());
        text.All.Should().Contain("Ffion");
    }

    [Test]
    public async Task An_unknown_outcome_or_version_is_page_not_found_and_only_administrators_open_the_pages()
    {
        (await _admin.GetPage("/admin/letter-templates/maybe-later", HttpStatusCode.NotFound)).Text("h1").Should().Be("Page not found");
        (await _admin.GetPage("/admin/letter-templates/decline/versions/999", HttpStatusCode.NotFound)).Text("h1").Should().Be("Page not found");

        foreach (var persona in new[] { Personas.SendOfficer, Personas.PanelChair, Personas.Family, Personas.Auditor })
        {
            using var other = await _factory.HtmlClientFor(persona);
            foreach (var path in new[] { "/admin/letter-templates", "/admin/letter-templates/decline", "/admin/letter-templates/decline/versions/1", "/admin/letter-templates/decline?handler=pdf" })
            {
                (await other.GetPage(path, HttpStatusCode.Forbidden)).Text("h1").Should().Be("You do not have access to this page", $"{persona.Role} opening {path}");
            }
        }
    }

    [Test]
    public async Task Wording_with_loops_nested_over_ranges_is_refused_naming_the_line_when_saved_or_previewed_and_nothing_is_saved()
    {
        var page = await _admin.GetPage("/admin/letter-templates/name-another-setting");
        var typed = Wording(page) + "\n{% for a in (1..1000) %}{% for b in (1..1000) %}{% for c in (1..1000) %}{{ reasons }}{% endfor %}{% endfor %}{% endfor %}";
        var line = typed.Split('\n').Length;

        var refused = await _admin.SubmitAndFollow(page, new Dictionary<string, string?> { ["body"] = typed });
        using var preview = await Preview(page, typed);

        refused.ShouldShowErrorFor("body", $"Line {line}: This is more than a letter may do");
        Wording(refused).Should().Be(typed);
        (await HtmlClient.ParseAsync(preview)).ShouldShowErrorFor("body", $"Line {line}:");
        (await _admin.GetPage("/admin/letter-templates/name-another-setting")).Text("main p").Should().Contain($"Version {CurrentVersion(page)} is current", "nothing was saved");
    }

    [Test]
    public async Task A_10_mb_wording_is_refused_for_its_length_in_the_error_summary_and_nothing_is_saved()
    {
        var page = await _admin.GetPage("/admin/letter-templates/agree-preference");

        var refused = await _admin.SubmitAndFollow(page, new Dictionary<string, string?> { ["body"] = new string('x', 10 * 1024 * 1024) });

        refused.ShouldShowErrorFor("body", "The wording is 10,485,760 characters long; it must be 20,000 characters or fewer.");
        (await _admin.GetPage("/admin/letter-templates/agree-preference")).Text("main p").Should().Contain($"Version {CurrentVersion(page)} is current", "nothing was saved");
    }
}
