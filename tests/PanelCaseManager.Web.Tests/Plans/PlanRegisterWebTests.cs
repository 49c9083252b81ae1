using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using PanelCaseManager.Infrastructure.DemoData;
using PanelCaseManager.Web.Tests.Pages;

namespace PanelCaseManager.Web.Tests.Plans;

/// <summary>
/// The plan register over HTTP: the administrator's CSV import (API and page, all rows or none), the team's register
/// and phase transfer cohort (API and pages), and the refusals: another team not found, other roles forbidden, bad
/// files and bad queries answered with their problems, never a 500.
/// </summary>
public class PlanRegisterWebTests
{
    private const string Header = "upn,given_name,family_name,date_of_birth,year_group,setting_urn,plan_date,last_review_date,officer_email";

    private PanelWebApplicationFactory _factory = null!;
    private HttpClient _admin = null!;
    private HttpClient _officer = null!;

    [OneTimeSetUp]
    public async Task SetUp()
    {
        _factory = new PanelWebApplicationFactory();
        _admin = await _factory.ClientFor(Personas.Administrator);
        _officer = await _factory.ClientFor(Personas.SendOfficer);
    }

    [OneTimeTearDown]
    public async Task TearDown()
    {
        _admin.Dispose();
        _officer.Dispose();
        await _factory.DisposeAsync();
    }

    /// <summary>The next September and the date of birth of a child in Year 6 the school year before it.</summary>
    private static (int September, string BornInYear6) Cohort()
    {
        var today = PanelCaseManager.Testing.TestClock.Today;
        var academicYearStarts = today.Month >= 9 ? today.Year : today.Year - 1;
        // Year 6 in the school year starting 1 September A: aged 10 on 31 August A, so born 1 September A − 11 to 31 August A − 10.
        return (academicYearStarts + 1, $"{academicYearStarts - 11}-12-01");
    }

    private static StringContent Csv(params string[] rows) => new(string.Join("\n", [Header, .. rows]) + "\n", Encoding.UTF8, "text/csv");

    [Test]
    public async Task An_imported_plan_is_in_the_teams_register_and_cohort_and_nowhere_else()
    {
        var (september, born) = Cohort();
        var imported = await _admin.PostAsync("/api/v1/plans/import", Csv($",Wren,Ashdown,{born},Year 6,117660,2023-01-10,,amira.khan@example.gov.uk"));
        imported.StatusCode.Should().Be(HttpStatusCode.OK, await imported.Content.ReadAsStringAsync());
        (await imported.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("plansAdded").GetInt32().Should().Be(1);

        var register = await _officer.GetFromJsonAsync<JsonElement>("/api/v1/plans?search=ashdown");
        var cohort = await _officer.GetFromJsonAsync<JsonElement>($"/api/v1/phase-transfers/{september}");
        using var south = await _factory.ClientFor(Personas.SecondSendOfficer);
        var southCohort = await south.GetFromJsonAsync<JsonElement>($"/api/v1/phase-transfers/{september}");

        register.GetProperty("items")[0].GetProperty("childName").GetString().Should().Be("Wren Ashdown");
        cohort.GetProperty("children").EnumerateArray().Should().Contain(c => c.GetProperty("childName").GetString() == "Wren Ashdown"
                                                                           && c.GetProperty("deadline").GetString() == $"{september}-02-15");
        southCohort.GetProperty("children").EnumerateArray().Should().NotContain(c => c.GetProperty("childName").GetString() == "Wren Ashdown");
        await (await _officer.GetAsync($"/api/v1/phase-transfers/{september}?team=South")).ShouldBeProblem(HttpStatusCode.NotFound);
        await (await _officer.GetAsync($"/api/v1/phase-transfers/{september}?team=No%20such%20team")).ShouldBeProblem(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task A_bad_row_imports_nothing_and_the_400_names_the_row_and_column()
    {
        var (_, born) = Cohort();

        var response = await _admin.PostAsync("/api/v1/plans/import", Csv(
            $",Good,Row,{born},Year 6,117660,2023-01-10,,amira.khan@example.gov.uk",
            $",Bad,Row,{born},Year 6,999999,2023-01-10,,amira.khan@example.gov.uk"));

        var problem = await response.ShouldBeValidationProblemNaming("rows[3].setting_urn");
        problem.GetProperty("errors").GetProperty("rows[3].setting_urn")[0].GetString().Should().StartWith("Row 3, setting_urn: There is no setting with URN 999999");
        (await _officer.GetFromJsonAsync<JsonElement>("/api/v1/plans?search=good%20row")).GetProperty("totalCount").GetInt32().Should().Be(0);
    }

    [Test]
    public async Task The_import_is_for_administrators_sent_as_csv_and_the_cohort_for_officers()
    {
        using var family = await _factory.ClientFor(Personas.Family);
        using var chair = await _factory.ClientFor(Personas.PanelChair);

        await (await _officer.PostAsync("/api/v1/plans/import", Csv())).ShouldBeProblem(HttpStatusCode.Forbidden);
        await (await _admin.PostAsJsonAsync("/api/v1/plans/import", new { file = "x" })).ShouldBeProblem(HttpStatusCode.UnsupportedMediaType);
        await (await family.GetAsync("/api/v1/plans")).ShouldBeProblem(HttpStatusCode.Forbidden);
        await (await chair.GetAsync("/api/v1/phase-transfers/2027")).ShouldBeProblem(HttpStatusCode.Forbidden);
        await (await _admin.GetAsync("/api/v1/phase-transfers/2027")).ShouldBeProblem(HttpStatusCode.Forbidden);
        await (await _officer.GetAsync("/api/v1/phase-transfers/1900")).ShouldBeValidationProblemNaming("september");
        await (await _officer.GetAsync("/api/v1/plans?pageSize=100000")).ShouldBeValidationProblemNaming("pageSize");
        await (await _officer.GetAsync("/api/v1/plans?page=2147483647")).ShouldBeValidationProblemNaming("page");
        await (await _officer.GetAsync("/api/v1/plans?reviewDueBy=0001-01-01")).ShouldBeValidationProblemNaming("reviewDueBy");
        await (await _officer.GetAsync("/api/v1/plans?reviewDueBy=9999-12-31")).ShouldBeValidationProblemNaming("reviewDueBy");
    }

    [Test]
    public async Task The_import_page_lists_each_problem_by_row_then_imports_a_good_file()
    {
        var (september, born) = Cohort();
        using var admin = await _factory.HtmlClientFor(Personas.Administrator);
        var page = await admin.GetPage("/admin/plans/import");

        var refused = await Upload(admin, page, "plans.csv", string.Join("\n", Header,
            $",Rowan,Pike,{born},Year 3,117660,2023-01-10,,amira.khan@example.gov.uk"));

        refused.ShouldShowErrorFor("file", "The file has 1 problem in its rows");
        var problems = refused.QuerySelectorAll("table.app-import-errors tbody tr").Select(r => r.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToArray()).ToList();
        problems.Should().ContainSingle();
        problems[0][0].Should().Be("2");
        problems[0][1].Should().Be("year_group");
        problems[0][2].Should().Contain("Year 3 does not match the date of birth");

        var imported = await Upload(admin, await admin.GetPage("/admin/plans/import"), "plans.csv", string.Join("\n", Header,
            $",Rowan,Pike,{born},Year 6,117660,2023-01-10,,amira.khan@example.gov.uk"));
        imported.Text(".govuk-notification-banner--success").Should().Contain("1 plan added to the register");

        using var officer = await _factory.HtmlClientFor(Personas.SendOfficer);
        var register = await officer.GetPage("/plans?search=pike");
        register.QuerySelectorAll("table.app-plans tbody tr").Select(r => r.QuerySelector("td")!.TextContent.Trim()).Should().Equal("Rowan Pike");
        var transfers = await officer.GetPage($"/plans/phase-transfers?september={september}&phase=IntoSecondary");
        transfers.QuerySelectorAll("table.app-cohort tbody tr").Should().Contain(r => r.TextContent.Contains("Rowan Pike", StringComparison.Ordinal)
                                                                                  && r.TextContent.Contains("No phase transfer request yet", StringComparison.Ordinal));
        var wrongYear = await officer.GetPage("/plans/phase-transfers?september=1900");
        wrongYear.QuerySelector(".govuk-error-summary").Should().NotBeNull("a September out of range is shown as an error, not a failure");
    }

    /// <summary>Posts the page's upload form with the file, as a browser does: multipart, with the antiforgery token.</summary>
    private static async Task<IDocument> Upload(HtmlClient client, IDocument page, string fileName, string content)
    {
        var form = page.QuerySelector<IHtmlFormElement>("main form[enctype='multipart/form-data']")!;
        using var body = new MultipartFormDataContent();
        foreach (var input in form.Elements.OfType<IHtmlInputElement>().Where(i => i.Type == "hidden"))
        {
            body.Add(new StringContent(input.Value), input.Name!);
        }

        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(content));
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("text/csv");
        body.Add(file, "file", fileName);
        var response = await client.Follow(await client.Http.PostAsync(page.Url, body));
        var document = await HtmlClient.ParseAsync(response);
        response.StatusCode.Should().Be(HttpStatusCode.OK, document.Title);
        return document;
    }
}
