using Microsoft.EntityFrameworkCore;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Features.Letters;
using PanelCaseManager.Domain.Common;
using PanelCaseManager.Domain.Letters;
using PanelCaseManager.Infrastructure.DemoData;
using PanelCaseManager.Testing;
using PanelCaseManager.Testing.Builders;

namespace PanelCaseManager.Application.Tests.Features.Letters;

public class LetterTemplateAdministrationTests
{
    private ApplicationHarness _app = null!;

    [SetUp]
    public void SetUp() => _app = new ApplicationHarness(LetterTestSettings.AsConfiguration());

    [TearDown]
    public async Task TearDown() => await _app.DisposeAsync();

    private static string Wording(LetterOutcome outcome, string extra = "") => DefaultLetterTemplates.Read(outcome) + extra;

    [Test]
    public async Task Every_outcome_starts_with_the_built_in_wording_as_version_1()
    {
        var templates = await _app.SendAs(Personas.Administrator, new ListLetterTemplates.Query());

        templates.Select(t => t.Outcome).Should().BeEquivalentTo(Enum.GetValues<LetterOutcome>());
        templates.Should().OnlyContain(t => t.CurrentVersion == 1 && t.SavedBy == "Built in");
    }

    [Test]
    public async Task Saving_wording_makes_the_next_version_and_keeps_the_earlier_one_as_it_was()
    {
        var body = Wording(LetterOutcome.AgreePreference, "\nWe hope this letter helps.");

        var saved = await _app.SendAs(Personas.Administrator, new SaveLetterTemplate.Command(LetterOutcome.AgreePreference, body, "Closing line added", 1));

        saved.Version.Should().Be(2);
        var current = await _app.SendAs(Personas.Administrator, new GetLetterTemplate.Query(LetterOutcome.AgreePreference, null));
        current.Version.Should().Be(2);
        current.IsCurrent.Should().BeTrue();
        current.Body.Should().EndWith("We hope this letter helps.");
        current.SavedBy.Should().Be(Personas.Administrator.DisplayName);
        current.Versions.Select(v => v.Version).Should().Equal(2, 1);
        var first = await _app.SendAs(Personas.Administrator, new GetLetterTemplate.Query(LetterOutcome.AgreePreference, 1));
        first.Body.Should().Be(DefaultLetterTemplates.Read(LetterOutcome.AgreePreference));
        first.IsCurrent.Should().BeFalse();
    }

    [Test]
    public async Task Wording_with_an_unknown_placeholder_is_refused_naming_the_line_and_nothing_is_saved()
    {
        var body = "Dear {{ family.salutation }},\n\n{{ child.favourite_colour }}\n" + Wording(LetterOutcome.DeferForEvidence);

        var act = () => _app.SendAs(Personas.Administrator, new SaveLetterTemplate.Command(LetterOutcome.DeferForEvidence, body, null, 1));

        var refused = await act.Should().ThrowAsync<RequestValidationException>();
        refused.Which.Errors["body"].Should().ContainSingle().Which.Should().StartWith("Line 3: 'child.favourite_colour' is not a placeholder");
        (await _app.Read(db => db.LetterTemplates.CountAsync(t => t.Outcome == LetterOutcome.DeferForEvidence))).Should().Be(1);
    }

    [Test]
    public async Task Wording_with_broken_syntax_is_refused_naming_the_line()
    {
        var body = Wording(LetterOutcome.DeferForEvidence, "\n{% for step in next_steps %}\n- {{ step.description }}\n");

        var act = () => _app.SendAs(Personas.Administrator, new SaveLetterTemplate.Command(LetterOutcome.DeferForEvidence, body, null, 1));

        var refused = await act.Should().ThrowAsync<RequestValidationException>();
        refused.Which.Errors["body"].Should().ContainSingle().Which.Should().MatchRegex("^Line [0-9]+: .*for");
    }

    [Test]
    public async Task Saving_over_wording_someone_else_changed_is_refused()
    {
        await _app.SendAs(Personas.Administrator, new SaveLetterTemplate.Command(LetterOutcome.Decline, Wording(LetterOutcome.Decline, "\nFirst."), null, 1));

        var act = () => _app.SendAs(Personas.Administrator, new SaveLetterTemplate.Command(LetterOutcome.Decline, Wording(LetterOutcome.Decline, "\nSecond."), null, 1));

        await act.Should().ThrowAsync<ConcurrencyConflictException>();
    }

    [TestCase(null, "body")]
    [TestCase("", "body")]
    public async Task Saving_without_wording_is_refused_naming_the_field(string? body, string field)
    {
        var act = () => _app.SendAs(Personas.Administrator, new SaveLetterTemplate.Command(LetterOutcome.Decline, body, null, 1));

        (await act.Should().ThrowAsync<RequestValidationException>()).Which.Errors.Should().ContainKey(field);
    }

    [Test]
    public async Task Saving_without_the_version_started_from_is_refused()
    {
        var act = () => _app.SendAs(Personas.Administrator, new SaveLetterTemplate.Command(LetterOutcome.Decline, Wording(LetterOutcome.Decline), null, null));

        (await act.Should().ThrowAsync<RequestValidationException>()).Which.Errors.Should().ContainKey("basedOnVersion");
    }

    [Test]
    public async Task Only_administrators_change_or_read_letter_wording()
    {
        var save = () => _app.SendAs(Personas.SendOfficer, new SaveLetterTemplate.Command(LetterOutcome.Decline, Wording(LetterOutcome.Decline), null, 1));
        var list = () => _app.SendAs(Personas.Family, new ListLetterTemplates.Query());

        await save.Should().ThrowAsync<ForbiddenException>();
        await list.Should().ThrowAsync<ForbiddenException>();
    }

    [Test]
    public async Task A_preview_of_unsaved_wording_is_a_draft_letter_about_a_fictional_child()
    {
        var body = Wording(LetterOutcome.NameAnotherSetting, "\nA sentence not yet saved.");

        var file = await _app.SendAs(Personas.Administrator, new PreviewLetterTemplate.Query(LetterOutcome.NameAnotherSetting, body, null));

        file.FileName.Should().Be("preview-NameAnotherSetting-unsaved.pdf");
        using var text = new PdfText(file.Pdf);
        text.All.Should().Contain("A sentence not yet saved.").And.Contain("Ffion Llŷr-Ørsted").And.Contain("Example SENDIASS");
        string.Concat(text.Page(1).Letters.Take(5).Select(l => l.Value)).Should().Be("DRAFT");
        (await _app.Read(db => db.LetterTemplates.CountAsync())).Should().Be(5, "a preview saves nothing");
    }

    [Test]
    public async Task A_preview_of_a_saved_version_uses_that_version()
    {
        await _app.SendAs(Personas.Administrator, new SaveLetterTemplate.Command(LetterOutcome.AgreePreference, Wording(LetterOutcome.AgreePreference, "\nVersion two."), null, 1));

        var first = await _app.SendAs(Personas.Administrator, new PreviewLetterTemplate.Query(LetterOutcome.AgreePreference, null, 1));
        var current = await _app.SendAs(Personas.Administrator, new PreviewLetterTemplate.Query(LetterOutcome.AgreePreference, null, null));

        using (var text = new PdfText(first.Pdf))
        {
            text.All.Should().NotContain("Version two.");
        }

        using (var text = new PdfText(current.Pdf))
        {
            text.All.Should().Contain("Version two.");
        }

        current.FileName.Should().Be("preview-AgreePreference-v2.pdf");
    }

    [Test]
    public async Task The_letterhead_logo_comes_from_configuration()
    {
        var logo = Path.Combine(Path.GetTempPath(), $"logo-{Guid.NewGuid():N}.png");
        using (var bitmap = new SkiaSharp.SKBitmap(200, 80))
        {
            bitmap.Erase(new SkiaSharp.SKColor(0x1D, 0x70, 0xB8));
            using var image = SkiaSharp.SKImage.FromBitmap(bitmap);
            using var png = image.Encode(SkiaSharp.SKEncodedImageFormat.Png, 100);
            await File.WriteAllBytesAsync(logo, png.ToArray());
        }

        try
        {
            var settings = LetterTestSettings.AsConfiguration();
            settings["Letters:Authority:LogoPath"] = logo;
            await using var app = new ApplicationHarness(settings);

            var file = await app.SendAs(Personas.Administrator, new PreviewLetterTemplate.Query(LetterOutcome.AgreePreference, null, null));

            using var text = new PdfText(file.Pdf);
            text.Page(1).GetImages().Should().ContainSingle();
        }
        finally
        {
            File.Delete(logo);
        }
    }

    [Test]
    public async Task A_logo_path_that_does_not_exist_is_a_configuration_error()
    {
        var settings = LetterTestSettings.AsConfiguration();
        settings["Letters:Authority:LogoPath"] = "/nowhere/logo.png";
        await using var app = new ApplicationHarness(settings);

        var act = () => app.SendAs(Personas.Administrator, new PreviewLetterTemplate.Query(LetterOutcome.AgreePreference, null, null));

        (await act.Should().ThrowAsync<Microsoft.Extensions.Options.OptionsValidationException>()).Which.Message.Should().Contain("LogoPath");
    }

    [Test]
    public async Task A_preview_without_a_sendiass_contact_configured_is_refused_naming_the_setting()
    {
        var settings = LetterTestSettings.AsConfiguration();
        settings.Remove("Letters:Sendiass:Telephone");
        await using var app = new ApplicationHarness(settings);

        var act = () => app.SendAs(Personas.Administrator, new PreviewLetterTemplate.Query(LetterOutcome.AgreePreference, null, null));

        (await act.Should().ThrowAsync<DomainRuleException>()).Which.Message.Should().Contain("Letters:Sendiass:Telephone");
    }

    private static string NestedRanges(int depth) =>
        string.Concat(Enumerable.Repeat("{% for i in (1..1000) %}", depth)) + "{{ reasons }}" + string.Concat(Enumerable.Repeat("{% endfor %}", depth));

    [Test]
    public async Task Wording_whose_loops_would_run_without_bound_is_refused_naming_the_line_and_nothing_is_saved()
    {
        var body = Wording(LetterOutcome.DeferForEvidence, "\n" + NestedRanges(3));

        var act = () => _app.SendAs(Personas.Administrator, new SaveLetterTemplate.Command(LetterOutcome.DeferForEvidence, body, null, 1));

        var refused = await act.Should().ThrowAsync<RequestValidationException>();
        refused.Which.Errors["body"].Should().ContainSingle().Which.Should()
            .Be($"Line {body.Split('\n').Length}: This is more than a letter may do: a loop, with the loops inside it, would repeat more than 1,000 times. Loop over the letter's own lists (grounds, preferences, evidence) rather than over ranges of numbers.");
        (await _app.Read(db => db.LetterTemplates.CountAsync(t => t.Outcome == LetterOutcome.DeferForEvidence))).Should().Be(1);
    }

    [Test]
    public async Task A_10_mb_wording_is_refused_for_its_length_and_nothing_is_saved_or_previewed()
    {
        var body = new string('x', 10 * 1024 * 1024);

        var save = () => _app.SendAs(Personas.Administrator, new SaveLetterTemplate.Command(LetterOutcome.Decline, body, null, 1));
        var preview = () => _app.SendAs(Personas.Administrator, new PreviewLetterTemplate.Query(LetterOutcome.Decline, body, null));

        (await save.Should().ThrowAsync<RequestValidationException>()).Which.Errors["body"].Should()
            .Equal("The wording is 10,485,760 characters long; it must be 20,000 characters or fewer.");
        (await preview.Should().ThrowAsync<RequestValidationException>()).Which.Errors.Should().ContainKey("body");
        (await _app.Read(db => db.LetterTemplates.CountAsync(t => t.Outcome == LetterOutcome.Decline))).Should().Be(1);
    }

    [Test]
    public async Task Previewing_wording_that_writes_without_bound_is_refused_naming_the_line()
    {
        var body = Wording(LetterOutcome.DeferForEvidence, "\n{% for i in (1..999) %}" + new string('x', 500) + "{% endfor %}");

        var act = () => _app.SendAs(Personas.Administrator, new PreviewLetterTemplate.Query(LetterOutcome.DeferForEvidence, body, null));

        (await act.Should().ThrowAsync<RequestValidationException>()).Which.Errors["body"].Should().ContainSingle()
            .Which.Should().StartWith($"Line {body.Split('\n').Length}: ").And.Contain("more than 200,000 characters");
    }

    [Test]
    public async Task A_lower_configured_length_limit_is_the_one_applied()
    {
        var settings = LetterTestSettings.AsConfiguration();
        settings["LetterTemplates:MaximumCharacters"] = "5000";
        await using var app = new ApplicationHarness(settings);
        var body = Wording(LetterOutcome.Decline) + new string(' ', 5000);

        var act = () => app.SendAs(Personas.Administrator, new SaveLetterTemplate.Command(LetterOutcome.Decline, body, null, 1));

        (await act.Should().ThrowAsync<RequestValidationException>()).Which.Errors["body"].Should().ContainSingle().Which.Should().EndWith("it must be 5,000 characters or fewer.");
    }
}
