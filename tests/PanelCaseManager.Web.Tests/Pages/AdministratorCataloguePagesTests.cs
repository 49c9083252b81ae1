using System.Net;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using PanelCaseManager.Infrastructure.DemoData;

namespace PanelCaseManager.Web.Tests.Pages;

public class AdministratorCataloguePagesTests
{
    private const string Header = "urn,name,phase,lowest_age,highest_age,kind,sector,status,in_authority_area,postcode,latitude,longitude,commissioned_places,places_filled,annual_cost";

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

    private static Dictionary<string, string?> NewSetting(string urn, string name) => new()
    {
        ["urn"] = urn, ["name"] = name, ["phase"] = "Primary", ["lowestAge"] = "4", ["highestAge"] = "11", ["kind"] = "Mainstream",
        ["sector"] = "mainstream", ["status"] = "MaintainedSchool", ["inAuthorityArea"] = "true", ["postcode"] = "SG1 1AA", ["latitude"] = "51.905",
        ["longitude"] = "-0.196", ["commissionedPlaces"] = "210", ["placesFilled"] = "200", ["annualCost"] = "7400.00",
    };

    private static string Row(string urn, string name, string places = "30", string filled = "20") =>
        $"{urn},{name},Secondary,11,16,SpecialSchool,social-emotional-and-mental-health,MaintainedSchool,true,AL1 5JQ,51.75,-0.33,{places},{filled},31000.50";

    private Task<int> CountOf(string text) => CountOf(_admin, text);

    private static async Task<int> CountOf(HtmlClient client, string text)
    {
        var page = await client.GetPage($"/admin/settings?text={Uri.EscapeDataString(text)}");
        return page.QuerySelectorAll("table.app-settings tbody tr").Length;
    }

    /// <summary>Posts the page's upload form with the file, as a browser does: multipart, with the antiforgery token.</summary>
    private static async Task<IDocument> Upload(HtmlClient client, IDocument page, string fileName, string content, HttpStatusCode expected = HttpStatusCode.OK)
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
        response.StatusCode.Should().Be(expected, document.Title);
        return document;
    }

    [Test]
    public async Task The_catalogue_filters_by_text_sector_kind_and_area_and_pages_through_the_rest()
    {
        var all = await _admin.GetPage("/admin/settings");
        all.Text("[role=status]").Should().StartWith("Showing 1 to 50 of");
        all.QuerySelector("nav.govuk-pagination a[rel=next]")!.GetAttribute("href").Should().Be("/admin/settings?page=2");
        all.QuerySelector(".govuk-service-navigation__item--active, .govuk-header__navigation-item--active, [aria-current=page]").Should().NotBeNull();

        var oakfield = await _admin.GetPage("/admin/settings?text=oakfield");
        oakfield.QuerySelectorAll("table.app-settings tbody tr").Select(r => r.Text("a")).Should().Contain("Oakfield Primary School");
        oakfield.QuerySelectorAll(".moj-filter__tag").Select(t => t.TextContent.Trim()).Should().Contain(t => t.EndsWith("oakfield", StringComparison.Ordinal));

        var byUrn = await _admin.GetPage("/admin/settings?text=117235");
        byUrn.QuerySelectorAll("table.app-settings tbody tr").Should().ContainSingle().Which.TextContent.Should().Contain("Oakfield Primary School");

        var outOfArea = await _admin.GetPage("/admin/settings?area=out");
        outOfArea.QuerySelectorAll("table.app-settings tbody tr").Should().NotBeEmpty().And.OnlyContain(r => r.TextContent.Contains("out of area", StringComparison.Ordinal));

        var special = await _admin.GetPage("/admin/settings?kind=SpecialSchool&sector=complex-cognition-and-learning&area=in");
        var rows = special.QuerySelectorAll("table.app-settings tbody tr");
        rows.Should().NotBeEmpty().And.OnlyContain(r => r.TextContent.Contains("Special school") && r.TextContent.Contains("in area", StringComparison.Ordinal));
        rows.Select(r => r.Text("a")).Should().Contain("Brookside Special School");
        special.QuerySelector<IHtmlSelectElement>("select#sector")!.Value.Should().Be("complex-cognition-and-learning");
    }

    [Test]
    public async Task A_filter_the_catalogue_cannot_use_is_shown_as_an_error_not_a_crash()
    {
        var page = await _admin.GetPage("/admin/settings?kind=Castle");

        page.ErrorSummary().Should().Contain(e => e.Href == "#kind" && e.Message.Contains("Unknown kind of provision"));
        page.Text("[role=status]").Should().Be("No settings match.");
    }

    [Test]
    public async Task A_setting_is_shown_as_a_summary_list_from_the_catalogue()
    {
        var list = await _admin.GetPage("/admin/settings?text=117235");
        var page = await _admin.GetPage(list.QuerySelector("table.app-settings tbody a")!.GetAttribute("href")!);

        page.Text("h1").Should().Be("Oakfield Primary School");
        var rows = page.QuerySelectorAll(".app-setting .govuk-summary-list__row").ToDictionary(r => r.Text("dt"), r => r.Text("dd"));
        rows["URN"].Should().Be("117235");
        rows["Phase"].Should().Be("Primary");
        rows["Ages"].Should().Be("4 to 11");
        rows["Postcode"].Should().Be("SG1 4QT");
        rows["Places commissioned"].Should().Be("420");
        rows["Vacancies"].Should().Be("18");
        rows["Annual cost of a place"].Should().Be("£7,400.00");
    }

    [Test]
    public async Task Adding_a_setting_with_mistakes_shows_each_beside_its_field_then_adds_it_once_however_often_it_is_sent()
    {
        var form = await _admin.GetPage("/admin/settings/new");

        var refused = await _admin.SubmitAndFollow(form, new Dictionary<string, string?>
        {
            ["urn"] = "12", ["name"] = "Foxglove Primary", ["lowestAge"] = "four", ["highestAge"] = "11", ["postcode"] = "nowhere", ["commissionedPlaces"] = "10", ["placesFilled"] = "12",
        });

        refused.ShouldShowErrorFor("urn", "A URN is 6 or 7 digits");
        refused.ShouldShowErrorFor("lowestAge", "Enter the youngest age as a whole number");
        refused.ShouldShowErrorFor("phase", "Choose the phase");
        refused.ShouldShowErrorFor("kind", "Choose the kind of provision");
        refused.ShouldShowErrorFor("sector", "Choose the sector.");
        refused.ShouldShowErrorFor("status", "Choose the setting's status in law.");
        refused.ShouldShowErrorFor("postcode", "Enter a real UK postcode");
        refused.ShouldShowErrorFor("placesFilled", "12 places filled is more than the 10 commissioned");
        refused.ErrorSummary().Should().NotContain(e => e.Message.Contains("Enter the youngest age the setting takes"), "a number that cannot be read is reported once");
        refused.QuerySelector<IHtmlInputElement>("#name")!.Value.Should().Be("Foxglove Primary", "what was typed is kept");

        var added = await _admin.SubmitAndFollow(refused, NewSetting("990101", "Foxglove Primary"));

        _admin.Location!.AbsolutePath.Should().MatchRegex("^/admin/settings/[0-9a-f-]{36}$");
        added.Text(".govuk-notification-banner--success").Should().Contain("Foxglove Primary (URN 990101) is in the catalogue");
        added.Text("h1").Should().Be("Foxglove Primary");

        var again = await _admin.SubmitAndFollow(refused, NewSetting("990101", "Foxglove Primary"));
        again.Text("h1").Should().Be("Foxglove Primary", "sending the same form again shows the setting it added");
        (await CountOf("990101")).Should().Be(1);
    }

    [Test]
    public async Task Adding_a_setting_whose_urn_is_taken_names_the_urn()
    {
        var refused = await _admin.SubmitAndFollow(await _admin.GetPage("/admin/settings/new"), NewSetting("117235", "Another Oakfield"));

        refused.ShouldShowErrorFor("urn", "Another setting already has URN 117235");
        (await CountOf("Another Oakfield")).Should().Be(0);
    }

    [Test]
    public async Task Changing_a_setting_saves_it_and_a_stale_form_changes_nothing_while_a_second_press_is_harmless()
    {
        await _admin.SubmitAndFollow(await _admin.GetPage("/admin/settings/new"), NewSetting("990102", "Harebell Primary"));
        var settingPath = _admin.Location!.AbsolutePath;
        var form = await _admin.GetPage(settingPath + "/change");
        form.QuerySelector<IHtmlInputElement>("#commissionedPlaces")!.Value.Should().Be("210");

        var refused = await _admin.SubmitAndFollow(form, new Dictionary<string, string?> { ["highestAge"] = "3" });
        refused.ShouldShowErrorFor("highestAge", "The age range 4–3 is the wrong way round");

        var changed = await _admin.SubmitAndFollow(form, new Dictionary<string, string?> { ["commissionedPlaces"] = "240", ["annualCost"] = "7,650.5" });
        _admin.Location!.AbsolutePath.Should().Be(settingPath);
        changed.Text(".govuk-notification-banner--success").Should().Contain("Harebell Primary is changed");
        var rows = changed.QuerySelectorAll(".app-setting .govuk-summary-list__row").ToDictionary(r => r.Text("dt"), r => r.Text("dd"));
        rows["Places commissioned"].Should().Be("240");
        rows["Annual cost of a place"].Should().Be("£7,650.50");

        var pressedAgain = await _admin.SubmitAndFollow(form, new Dictionary<string, string?> { ["commissionedPlaces"] = "240", ["annualCost"] = "7,650.5" });
        _admin.Location!.AbsolutePath.Should().Be(settingPath, "the same change sent twice is already saved");
        pressedAgain.ErrorSummary().Should().BeEmpty();

        var stale = await _admin.SubmitAndFollow(form, new Dictionary<string, string?> { ["name"] = "Someone Else's Name" });
        stale.ErrorSummary().Should().ContainSingle().Which.Message.Should().Contain("Someone else changed this setting after you opened this page, so nothing was saved");
        stale.QuerySelector<IHtmlInputElement>("#commissionedPlaces")!.Value.Should().Be("240", "the form now shows the setting as it is");
        (await _admin.GetPage(settingPath)).Text("h1").Should().Be("Harebell Primary");
    }

    [Test]
    public async Task An_import_with_a_bad_row_lists_each_problem_by_row_and_column_and_writes_nothing()
    {
        var page = await _admin.GetPage("/admin/settings/import");
        var csv = string.Join("\n", Header, Row("990201", "Juniper Good Row School"), Row("12", "Bad Urn School"), Row("990203", "Overfull School", places: "5", filled: "9")) + "\n";

        var refused = await Upload(_admin, page, "catalogue.csv", csv);

        refused.ShouldShowErrorFor("file", "The file has 2 problems in its rows");
        refused.Text("#file-error").Should().Contain("Nothing was imported");
        var problems = refused.QuerySelectorAll("table.app-import-errors tbody tr")
            .Select(r => r.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToArray()).ToList();
        problems.Should().HaveCount(2);
        problems[0][0].Should().Be("3");
        problems[0][1].Should().Be("urn");
        problems[0][2].Should().Contain("A URN is 6 or 7 digits");
        problems[1][0].Should().Be("4");
        problems[1][1].Should().Be("places_filled");
        problems[1][2].Should().Contain("9 places filled is more than the 5 commissioned");
        refused.QuerySelector("table.app-import-errors caption")!.TextContent.Should().Contain("nothing was imported");

        (await CountOf("Juniper Good Row School")).Should().Be(0, "a file with any bad row imports nothing");
    }

    [Test]
    public async Task A_good_import_adds_and_changes_settings_and_says_how_many()
    {
        var page = await _admin.GetPage("/admin/settings/import");
        var csv = string.Join("\r\n", Header, Row("990301", "Kestrel Imported School"), Row("990302", "Swallowdale Imported School"));

        var imported = await Upload(_admin, page, "catalogue.csv", csv);

        _admin.Location!.AbsolutePath.Should().Be("/admin/settings");
        imported.Text(".govuk-notification-banner--success").Should().Contain("catalogue.csv is imported: 2 rows, 2 added, 0 changed, 0 unchanged");
        (await CountOf("Imported School")).Should().Be(2);

        var changed = await Upload(_admin, await _admin.GetPage("/admin/settings/import"), "again.csv", string.Join("\n", Header, Row("990301", "Kestrel Imported School", places: "40")));
        changed.Text(".govuk-notification-banner--success").Should().Contain("1 row, 0 added, 1 changed, 0 unchanged");
    }

    [Test]
    public async Task An_import_without_a_file_or_with_the_wrong_columns_is_refused_beside_the_file_field()
    {
        var page = await _admin.GetPage("/admin/settings/import");
        var withoutFile = await _admin.SubmitAndFollow(page, formSelector: "main form[enctype='multipart/form-data']");
        withoutFile.ShouldShowErrorFor("file", "Choose the CSV file to import");

        var wrongColumns = await Upload(_admin, page, "wrong.csv", "urn,name\n990401,Nowhere School\n");
        wrongColumns.ShouldShowErrorFor("file", "Missing columns: phase");
        wrongColumns.QuerySelectorAll("table.app-import-errors").Should().BeEmpty();
    }

    [Test]
    public async Task Imports_from_the_page_share_the_per_user_upload_limit_of_the_api()
    {
        await using var factory = new PanelWebApplicationFactory(new Dictionary<string, string?> { ["RateLimits:UploadsPerMinute"] = "2" });
        using var admin = await factory.HtmlClientFor(Personas.Administrator);
        var page = await admin.GetPage("/admin/settings/import");
        await Upload(admin, page, "one.csv", string.Join("\n", Header, Row("990501", "Limit One School")));
        await Upload(admin, page, "two.csv", string.Join("\n", Header, Row("990502", "Limit Two School")));

        var form = page.QuerySelector<IHtmlFormElement>("main form[enctype='multipart/form-data']")!;
        using var body = new MultipartFormDataContent
        {
            { new StringContent(form.QuerySelector<IHtmlInputElement>("input[name=__RequestVerificationToken]")!.Value), "__RequestVerificationToken" },
            { new ByteArrayContent(Encoding.UTF8.GetBytes(string.Join("\n", Header, Row("990503", "Limit Three School")))), "file", "three.csv" },
        };
        using var refused = await admin.Http.PostAsync(page.Url, body);

        refused.StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
        (await CountOf(admin, "Limit Three School")).Should().Be(0);
    }

    [Test]
    public async Task The_export_downloads_the_whole_catalogue_as_csv_that_names_its_columns()
    {
        var response = await _admin.Http.GetAsync("/admin/settings/export");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/csv");
        response.Content.Headers.ContentDisposition!.FileName.Should().MatchRegex("settings-\\d{4}-\\d{2}-\\d{2}\\.csv");
        var text = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF');
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines[0].TrimEnd('\r').Should().Be(Header);
        lines.Should().Contain(l => l.StartsWith("117235,Oakfield Primary School,Primary,4,11,Mainstream,mainstream,MaintainedSchool,true,SG1 4QT,", StringComparison.Ordinal));
    }

    [Test]
    public async Task An_unknown_setting_is_page_not_found_and_only_administrators_open_the_catalogue_pages()
    {
        (await _admin.GetPage($"/admin/settings/{Guid.NewGuid()}", HttpStatusCode.NotFound)).Text("h1").Should().Be("Page not found");
        (await _admin.GetPage($"/admin/settings/{Guid.NewGuid()}/change", HttpStatusCode.NotFound)).Text("h1").Should().Be("Page not found");

        var oakfield = (await _admin.GetPage("/admin/settings?text=117235")).QuerySelector("table.app-settings tbody a")!.GetAttribute("href")!;
        foreach (var persona in new[] { Personas.SendOfficer, Personas.PanelChair, Personas.Auditor, Personas.Family })
        {
            using var other = await _factory.HtmlClientFor(persona);
            foreach (var path in new[] { "/admin/settings", "/admin/settings/new", "/admin/settings/import", "/admin/settings/export", oakfield, oakfield + "/change" })
            {
                (await other.GetPage(path, HttpStatusCode.Forbidden)).Text("h1").Should().Be("You do not have access to this page", $"{persona.Id} opening {path}");
            }
        }
    }
}
