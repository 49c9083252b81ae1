using System.Net;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using PanelCaseManager.Infrastructure.DemoData;

namespace PanelCaseManager.Web.Tests.Pages;

public class AdministratorBankHolidayPagesTests
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

    private static List<string[]> Rows(IDocument page, string table) =>
        page.QuerySelectorAll($"table.{table} tbody tr").Select(r => r.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToArray()).ToList();

    private async Task<IDocument> UploadFile(IDocument page, string json)
    {
        var form = page.QuerySelector<IHtmlFormElement>("main form.app-file-form")!;
        using var body = new MultipartFormDataContent();
        foreach (var input in form.Elements.OfType<IHtmlInputElement>().Where(i => i.Type == "hidden"))
        {
            body.Add(new StringContent(input.Value), input.Name!);
        }

        body.Add(new ByteArrayContent(Encoding.UTF8.GetBytes(json)), "file", "bank-holidays.json");
        var response = await _admin.Follow(await _admin.Http.PostAsync(new Uri(new Uri(page.Url), form.GetAttribute("action")), body));
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        return await HtmlClient.ParseAsync(response);
    }

    [Test]
    public async Task Typed_lines_are_imported_for_their_year_and_listed_by_date()
    {
        var page = await _admin.GetPage("/admin/bank-holidays?year=2031");

        var imported = await _admin.SubmitAndFollow(page, new Dictionary<string, string?>
        {
            ["holidays"] = "2031-12-25, Christmas Day\n\n2031-01-01, New Year's Day\r\n2031-12-26,Boxing Day\n",
        }, formSelector: "main form.app-lines-form");

        _admin.Location!.PathAndQuery.Should().Be("/admin/bank-holidays?year=2031");
        imported.Text(".govuk-notification-banner--success").Should().Contain("3 bank holidays imported: the bank holidays of 2031 are replaced");
        Rows(imported, "app-bank-holidays").Should().BeEquivalentTo(
            new[]
            {
                new[] { "1 January 2031", "Wednesday", "New Year's Day" },
                new[] { "25 December 2031", "Thursday", "Christmas Day" },
                new[] { "26 December 2031", "Friday", "Boxing Day" },
            },
            o => o.WithStrictOrdering());
        imported.Text("table.app-bank-holidays caption").Should().Be("Bank holidays in 2031");
    }

    [Test]
    public async Task Bad_lines_are_listed_by_line_number_and_nothing_is_imported()
    {
        var page = await _admin.GetPage("/admin/bank-holidays?year=2032");

        var refused = await _admin.SubmitAndFollow(page, new Dictionary<string, string?>
        {
            ["holidays"] = "2032-01-01, New Year's Day\n2032-13-01, Thirteenth Month Day\n\n2032-05-03\n2032-01-01, New Year again",
        }, formSelector: "main form.app-lines-form");

        refused.ShouldShowErrorFor("holidays", "3 problems in the lines, listed below. Nothing was imported.");
        var problems = Rows(refused, "app-import-errors");
        problems.Select(p => p[0]).Should().Equal("2", "4", "5");
        problems[0][1].Should().Contain("'2032-13-01' is not a date like 2029-01-01");
        problems[1][1].Should().Contain("Give the bank holiday's name");
        problems[2][1].Should().Contain("each date appears once");
        refused.QuerySelector<IHtmlTextAreaElement>("#holidays")!.Value.Should().Contain("Thirteenth Month Day", "what was typed is kept");

        Rows(await _admin.GetPage("/admin/bank-holidays?year=2032"), "app-bank-holidays").Should().ContainSingle()
            .Which[0].Should().Contain("There are no bank holidays for 2032");
    }

    [Test]
    public async Task The_governments_file_is_imported_for_england_and_wales_only()
    {
        var page = await _admin.GetPage("/admin/bank-holidays?year=2033");
        const string Json = """
            {
              "england-and-wales": { "division": "england-and-wales", "events": [
                { "title": "Good Friday", "date": "2033-04-15", "notes": "", "bunting": false },
                { "title": "Easter Monday", "date": "2033-04-18", "notes": "", "bunting": true } ] },
              "scotland": { "division": "scotland", "events": [ { "title": "St Andrew's Day", "date": "2033-11-30", "notes": "", "bunting": true } ] }
            }
            """;

        var imported = await UploadFile(page, Json);

        imported.Text(".govuk-notification-banner--success").Should().Contain("2 bank holidays imported");
        Rows(imported, "app-bank-holidays").Select(r => r[2]).Should().Equal("Good Friday", "Easter Monday");
    }

    [Test]
    public async Task A_file_that_is_not_the_governments_or_has_a_bad_entry_is_refused_beside_the_file_field()
    {
        var page = await _admin.GetPage("/admin/bank-holidays?year=2034");

        var notJson = await UploadFile(page, "date,title\n2034-01-01,New Year");
        notJson.ShouldShowErrorFor("file", "The file is not the government's bank holidays file");

        var badEntry = await UploadFile(page, """{"division":"england-and-wales","events":[{"title":"New Year's Day","date":"2034-01-02"},{"title":"","date":"2034-04-07"}]}""");
        badEntry.ShouldShowErrorFor("file", "1 problem in the file");
        Rows(badEntry, "app-import-errors").Should().ContainSingle().Which.Should().Equal("2", "Give the bank holiday's name.");
        Rows(await _admin.GetPage("/admin/bank-holidays?year=2034"), "app-bank-holidays").Should().ContainSingle()
            .Which[0].Should().Contain("There are no bank holidays for 2034");
    }

    [Test]
    public async Task Only_administrators_open_the_bank_holidays_page()
    {
        foreach (var persona in new[] { Personas.SendOfficer, Personas.TeamManager, Personas.Auditor, Personas.Family })
        {
            using var other = await _factory.HtmlClientFor(persona);
            (await other.GetPage("/admin/bank-holidays", HttpStatusCode.Forbidden)).Text("h1").Should().Be("You do not have access to this page");
        }
    }
}
