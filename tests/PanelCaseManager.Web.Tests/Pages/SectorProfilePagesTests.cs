using System.Net;
using AngleSharp.Dom;
using PanelCaseManager.Infrastructure.DemoData;

namespace PanelCaseManager.Web.Tests.Pages;

public class SectorProfilePagesTests
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

    private static Dictionary<string, string?> CompleteProfile(string code, string name) => new()
    {
        ["code"] = code,
        ["kind"] = "SpecialSchool",
        ["content.name"] = name,
        ["content.servedNeeds"] = "ASD",
        ["content.areas[0].minimum"] = "2",
        ["content.areas[0].maximum"] = "4",
        ["content.coOccurringNeeds"] = "SLCN",
        ["content.maximumClassSize"] = "8",
        ["content.staffingRatio"] = "1 adult to 3 pupils",
        ["content.curriculum"] = "A personalised curriculum with communication at its centre.",
        ["content.timeInMainstream"] = "Up to two afternoons a week.",
        ["content.description"] = "A small school for autistic children who need a calm, structured day.",
    };

    /// <summary>Adds a sector through the form and returns its profile page.</summary>
    private async Task<IDocument> AddSector(string code, Dictionary<string, string?>? values = null)
    {
        var page = await _admin.SubmitAndFollow(await _admin.GetPage("/admin/sector-profiles/new"), values ?? CompleteProfile(code, $"Sector {code}"));
        _admin.Location!.AbsolutePath.Should().StartWith("/admin/sector-profiles/");
        return page;
    }

    private string ProfilePath => _admin.Location!.AbsolutePath;

    [Test]
    public async Task The_list_shows_each_sector_with_its_published_version_and_any_draft()
    {
        await AddSector("list-draft-only");

        var page = await _admin.GetPage("/admin/sector-profiles");

        var rows = page.QuerySelectorAll("table.app-sector-profiles tbody tr");
        rows.Should().Contain(r => r.TextContent.Contains("Version 1") && r.QuerySelectorAll("td")[2].TextContent.Trim() == "Version 1", "the default catalogue's profiles are published");
        var draftOnly = rows.Single(r => r.TextContent.Contains("list-draft-only"));
        draftOnly.QuerySelectorAll("td")[2].TextContent.Trim().Should().Be("None");
        draftOnly.QuerySelectorAll("td")[3].TextContent.Trim().Should().Be("Version 1");
        draftOnly.QuerySelector("a")!.GetAttribute("href").Should().StartWith("/admin/sector-profiles/");
        page.QuerySelectorAll("header a, nav a").Should().Contain(a => a.GetAttribute("href") == "/admin/sector-profiles" && a.TextContent.Contains("Sector profiles"));
    }

    [Test]
    public async Task Adding_a_sector_with_mistakes_shows_each_beside_its_field_then_adds_it_as_a_draft_once()
    {
        var form = await _admin.GetPage("/admin/sector-profiles/new");

        var refused = await _admin.SubmitAndFollow(form, new Dictionary<string, string?>
        {
            ["code"] = "Not A Code", ["content.name"] = "", ["content.areas[1].minimum"] = "3", ["content.areas[1].maximum"] = "1",
        });

        refused.ShouldShowErrorFor("code", "lower-case letters and digits joined by hyphens");
        refused.ShouldShowErrorFor("kind", "Choose the kind of provision");
        refused.ShouldShowErrorFor("content-name", "Enter the sector's name");
        refused.ShouldShowErrorFor("content-areas-1-maximum", "The range 3–1 is the wrong way round");
        refused.GetElementById("content-areas-1-minimum")!.QuerySelector("option[selected]")!.GetAttribute("value").Should().Be("3", "what was chosen is kept");

        var fixedValues = CompleteProfile("add-once", "Communication (add once)");
        (fixedValues["content.areas[1].minimum"], fixedValues["content.areas[1].maximum"]) = ("0", "3");
        var added = await _admin.SubmitAndFollow(refused, fixedValues);
        var profilePath = ProfilePath;
        added.Text(".govuk-notification-banner--success").Should().Contain("is added, with its profile as a draft (version 1)");
        added.Text("h1").Should().Be("Communication (add once)");
        var version = added.QuerySelector(".app-profile-version")!;
        version.Text("h2").Should().Contain("Version 1").And.Contain("Draft");
        version.Text(".app-version-history").Should().Contain($"by {Personas.Administrator.DisplayName}");
        version.Text(".app-profile-content").Should().Contain("Communication and interaction: 2 to 4").And.Contain("Cognition and learning: 0 to 3").And.Contain("Speech, language and communication needs (SLCN)")
            .And.Contain("Autistic spectrum disorder (ASD)");

        var again = await _admin.SubmitAndFollow(refused, fixedValues);

        // The pipeline validates before it replays an idempotent command, so the second press is told the code is taken.
        again.ShouldShowErrorFor("code", "The code 'add-once' is already used");
        (await _admin.GetPage("/admin/sector-profiles")).QuerySelectorAll("table.app-sector-profiles tbody tr")
            .Count(r => r.TextContent.Contains("add-once")).Should().Be(1, "the second press of the same form adds nothing");
        (await _admin.GetPage(profilePath)).Text("h1").Should().Be("Communication (add once)");
    }

    [Test]
    public async Task The_form_asks_which_primary_needs_the_sector_serves_and_keeps_them_when_a_draft_is_started()
    {
        var form = await _admin.GetPage("/admin/sector-profiles/new");
        form.QuerySelectorAll("input[name='content.servedNeeds']").Should().HaveCount(13, "one for each SEN2 need");
        form.GetElementById("content-servedNeeds")!.Closest("fieldset")!.Text("legend").Should().Be("Primary needs the sector serves");

        var values = CompleteProfile("served-kept", "Served needs kept");
        values["content.servedNeeds"] = "PD";
        await AddSector("served-kept", values);
        var profilePath = ProfilePath;
        await _admin.SubmitAndFollow(await _admin.GetPage($"{profilePath}/versions/1/publish"));

        var start = await _admin.GetPage($"{profilePath}/new-draft");

        start.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("input[name='content.servedNeeds'][value=PD]")!.IsChecked.Should().BeTrue("the draft starts from the published version");
        start.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("input[name='content.servedNeeds'][value=HI]")!.IsChecked.Should().BeFalse();
    }

    [Test]
    public async Task An_unknown_need_served_is_named_beside_the_list()
    {
        var values = CompleteProfile("served-unknown", "Served unknown");
        values["content.servedNeeds"] = "AUT";

        var refused = await _admin.SubmitAndFollow(await _admin.GetPage("/admin/sector-profiles/new"), values);

        refused.ShouldShowErrorFor("content-servedNeeds", "'AUT' is not a SEN2 need code");
    }

    [Test]
    public async Task A_class_size_that_is_not_a_number_is_named_and_nothing_is_added()
    {
        var values = CompleteProfile("class-size-words", "Class size in words");
        values["content.maximumClassSize"] = "eight";

        var refused = await _admin.SubmitAndFollow(await _admin.GetPage("/admin/sector-profiles/new"), values);

        refused.ShouldShowErrorFor("content-maximumClassSize", "Enter the largest class size as a whole number");
        refused.GetElementById("content-maximumClassSize")!.GetAttribute("value").Should().Be("eight");
        (await _admin.GetPage("/admin/sector-profiles")).Body!.TextContent.Should().NotContain("class-size-words");
    }

    [Test]
    public async Task Publishing_an_incomplete_draft_names_what_is_missing_and_publishing_a_complete_one_then_retiring_it_is_recorded()
    {
        var values = CompleteProfile("publish-me", "Publish me");
        values["content.curriculum"] = "";
        values["content.maximumClassSize"] = "";
        values["content.servedNeeds"] = "";
        var profile = await AddSector("publish-me", values);
        var profilePath = ProfilePath;

        var confirm = await _admin.GetPage(profile.QuerySelector("a[href$='/versions/1/publish']")!.GetAttribute("href")!);
        var refused = await _admin.SubmitAndFollow(confirm);

        refused.ErrorSummary().Should().Contain(e => e.Href == "#curriculum" && e.Message.Contains("Describe the curriculum"))
            .And.Contain(e => e.Href == "#maximumClassSize" && e.Message.Contains("State the largest class size"))
            .And.Contain(e => e.Href == "#servedNeeds" && e.Message.Contains("Choose the primary needs (SEN2) the sector serves"));
        refused.GetElementById("curriculum").Should().NotBeNull("the summary links to the row that needs it");
        refused.GetElementById("servedNeeds")!.TextContent.Should().Be("Primary needs served");

        var edit = await _admin.GetPage($"{profilePath}/versions/1/edit");
        await _admin.SubmitAndFollow(edit, new Dictionary<string, string?>
        {
            ["content.curriculum"] = "Communication first.", ["content.maximumClassSize"] = "6", ["content.servedNeeds"] = "ASD",
        });
        var published = await _admin.SubmitAndFollow(await _admin.GetPage($"{profilePath}/versions/1/publish"));

        published.Text(".govuk-notification-banner--success").Should().Contain("Version 1 is published");
        var version = published.QuerySelector(".app-profile-version")!;
        version.Text("h2").Should().Contain("Published");
        version.Text(".app-version-history").Should().Contain("Published").And.Contain($"by {Personas.Administrator.DisplayName}");

        var retireConfirm = await _admin.GetPage($"{profilePath}/versions/1/retire");
        retireConfirm.Text(".govuk-warning-text").Should().Contain("Cases will no longer be matched against Publish me");
        var retired = await _admin.SubmitAndFollow(retireConfirm);

        retired.Text(".govuk-notification-banner--success").Should().Contain("Version 1 is retired");
        retired.QuerySelector(".app-profile-version")!.Text(".app-version-history").Should().Contain("Retired");
        retired.Text("main").Should().Contain("No version is published");

        var pressedAgain = await _admin.SubmitAndFollow(retireConfirm);
        pressedAgain.ErrorSummary().Should().ContainSingle().Which.Message.Should().Contain("Someone else changed this sector profile");
    }

    [Test]
    public async Task Starting_a_draft_from_the_published_version_then_editing_it_with_a_mistake_shows_the_error_and_a_stale_form_changes_nothing()
    {
        await AddSector("redraft");
        var profilePath = ProfilePath;
        await _admin.SubmitAndFollow(await _admin.GetPage($"{profilePath}/versions/1/publish"));

        var start = await _admin.GetPage($"{profilePath}/new-draft");
        start.GetElementById("content-name")!.GetAttribute("value").Should().Be("Sector redraft", "the draft starts from the published version");
        var drafted = await _admin.SubmitAndFollow(start, new Dictionary<string, string?> { ["content.name"] = "Sector redraft (2027)" });
        drafted.Text(".govuk-notification-banner--success").Should().Contain("Version 2 is a draft");

        var startedTwice = await _admin.SubmitAndFollow(start, new Dictionary<string, string?> { ["content.name"] = "Sector redraft (2027)" });
        startedTwice.ErrorSummary().Should().ContainSingle().Which.Message.Should().Contain("Someone else changed this sector profile");

        var edit = await _admin.GetPage($"{profilePath}/versions/2/edit");
        var staleCopy = await _admin.GetPage($"{profilePath}/versions/2/edit");
        var refused = await _admin.SubmitAndFollow(edit, new Dictionary<string, string?> { ["content.areas[0].minimum"] = "4", ["content.areas[0].maximum"] = "1" });
        refused.ShouldShowErrorFor("content-areas-0-maximum", "The range 4–1 is the wrong way round");

        var saved = await _admin.SubmitAndFollow(refused, new Dictionary<string, string?> { ["content.areas[0].minimum"] = "1", ["content.areas[0].maximum"] = "3" });
        saved.Text(".govuk-notification-banner--success").Should().Contain("The draft (version 2) is saved");
        saved.QuerySelectorAll(".app-profile-version")[0].Text(".app-profile-content").Should().Contain("Communication and interaction: 1 to 3");
        saved.QuerySelectorAll(".app-profile-version")[1].Text(".app-profile-content").Should().Contain("Communication and interaction: 2 to 4", "the published version is unchanged");

        var stale = await _admin.SubmitAndFollow(staleCopy, new Dictionary<string, string?> { ["content.name"] = "Overwritten" });
        stale.ErrorSummary().Should().ContainSingle().Which.Message.Should().Contain("Someone else changed this sector profile");
        (await _admin.GetPage(profilePath)).Text("main").Should().NotContain("Overwritten");
    }

    [Test]
    public async Task An_unknown_profile_or_version_is_page_not_found_and_only_administrators_open_the_pages()
    {
        await AddSector("access-check");
        var profilePath = ProfilePath;
        (await _admin.GetPage($"/admin/sector-profiles/{Guid.NewGuid()}", HttpStatusCode.NotFound)).Text("h1").Should().Be("Page not found");
        (await _admin.GetPage($"{profilePath}/versions/9/edit", HttpStatusCode.NotFound)).Text("h1").Should().Be("Page not found");

        foreach (var persona in new[] { Personas.SendOfficer, Personas.PanelChair, Personas.Family, Personas.Auditor })
        {
            using var other = await _factory.HtmlClientFor(persona);
            foreach (var path in new[] { "/admin/sector-profiles", "/admin/sector-profiles/new", profilePath, $"{profilePath}/new-draft", $"{profilePath}/versions/1/edit", $"{profilePath}/versions/1/publish" })
            {
                (await other.GetPage(path, HttpStatusCode.Forbidden)).Text("h1").Should().Be("You do not have access to this page", $"{persona.Role} opening {path}");
            }
        }
    }
}
