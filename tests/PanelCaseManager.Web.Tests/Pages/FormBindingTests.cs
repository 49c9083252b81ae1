using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using PanelCaseManager.Domain.PlacementRequests;
using PanelCaseManager.Infrastructure.DemoData;
using PanelCaseManager.Testing;
using PanelCaseManager.Web.Ui;

namespace PanelCaseManager.Web.Tests.Pages;

/// <summary>
/// Pages read typed values in one way (issue 20, item 3): an enum by its name only (<see cref="FormEnum"/>), a GOV.UK
/// date through its binder (<see cref="DatePartsBinder"/>, messages in <see cref="DateInputMessages"/>), a command sent
/// and its refusals mapped by <see cref="FormErrors.TrySendAsync{T}"/>. The source checks keep pages from growing their
/// own copies again.
/// </summary>
public class FormBindingTests
{
    private static readonly string Pages = Path.Combine(Repository.Root, "src", "PanelCaseManager.Web", "Pages");

    [TestCase("NamedSetting", PreferenceKind.NamedSetting)]
    [TestCase("TypeOfProvision", PreferenceKind.TypeOfProvision)]
    public void An_enum_is_read_by_its_name(string posted, PreferenceKind expected) =>
        FormEnum.Parse<PreferenceKind>(posted).Should().Be(expected);

    [TestCase(null)]
    [TestCase("")]
    [TestCase(" NamedSetting")]
    [TestCase("namedsetting")]
    [TestCase("0")]
    [TestCase("1")]
    [TestCase("-1")]
    [TestCase("+1")]
    [TestCase("99")]
    [TestCase("NamedSetting,TypeOfProvision")]
    [TestCase("NamedSetting\u0000")]
    [TestCase("Named Setting")]
    public void Anything_but_a_name_is_no_value(string? posted) =>
        FormEnum.Parse<PreferenceKind>(posted).Should().BeNull();

    [Test]
    public void A_page_that_allows_it_reads_a_name_in_any_case() =>
        FormEnum.Parse<PreferenceKind>("namedsetting", ignoreCase: true).Should().Be(PreferenceKind.NamedSetting);

    [TestCase("The day the family was told", "14 3 2026", "The day the family was told must be a real date, like 14 3 2026.")]
    [TestCase("The date of birth", "14 3 2016", "The date of birth must be a real date, like 14 3 2016.")]
    public void A_date_that_is_not_real_is_said_in_one_way(string label, string example, string expected) =>
        DateInputMessages.NotARealDate(label, example).Should().Be(expected);

    [Test]
    public async Task Dates_bound_from_a_query_keep_what_was_typed_and_say_which_box_is_wrong()
    {
        await using var factory = new PanelWebApplicationFactory();
        using var auditor = await factory.HtmlClientFor(Personas.Auditor);

        var page = await auditor.GetPage("/audit?from.day=31&from.month=2&from.year=2026&to.day=1&to.month=3&to.year=2026");

        page.ShouldShowErrorFor("from", "The date must be a real date, like 14 3 2026.");
        page.ErrorSummary().Should().ContainSingle("only the date that is not real is wrong");
        page.QuerySelector<IHtmlInputElement>("input[name='from.day']")!.Value.Should().Be("31");
        page.QuerySelector<IHtmlInputElement>("input[name='from.month']")!.Value.Should().Be("2");
        page.QuerySelector<IHtmlInputElement>("input[name='to.day']")!.Value.Should().Be("1");
    }

    [Test]
    public async Task A_date_posted_to_a_form_is_bound_for_the_page_and_its_error_kept_beside_it()
    {
        await using var factory = new PanelWebApplicationFactory();
        using var officer = await factory.HtmlClientFor(Personas.SendOfficer);
        var form = await officer.GetPage("/panels/schedule");

        var refused = await officer.SubmitAndFollow(form, new Dictionary<string, string?> { ["meetingDate.day"] = "29", ["meetingDate.month"] = "2", ["meetingDate.year"] = "2027" });

        refused.ShouldShowErrorFor("meetingDate", "The date must be a real date, like 2 12 2026.");
        refused.QuerySelector<IHtmlInputElement>("input[name='meetingDate.day']")!.Value.Should().Be("29");
    }

    [TestCase("Enum.TryParse", "an enum is read by FormEnum.Parse")]
    [TestCase("must be a real date", "a date's message comes from its [DateInput] and the binder")]
    [TestCase("TryGetDate(", "a page reads DateParts.Date; the binder has said what is wrong")]
    [TestCase("IdempotencyKeyReusedException", "a form sent again with other answers is TrySendAsync's whenResent")]
    [TestCase("\"expectedVersion\"", "the version a form was opened on is mapped by FormErrors")]
    public void No_page_reads_its_values_its_own_way(string copy, string because)
    {
        var files = Directory.GetFiles(Pages, "*.cs", SearchOption.AllDirectories);
        files.Should().NotBeEmpty();
        files.Where(f => File.ReadAllText(f).Contains(copy, StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(Pages, f))
            .Should().BeEmpty(because);
    }
}
