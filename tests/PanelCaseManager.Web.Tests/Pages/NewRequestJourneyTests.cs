using System.Net;
using AngleSharp.Dom;
using PanelCaseManager.Infrastructure.DemoData;

namespace PanelCaseManager.Web.Tests.Pages;

public class NewRequestJourneyTests
{
    private PanelWebApplicationFactory _factory = null!;

    [OneTimeSetUp]
    public void SetUp() => _factory = new PanelWebApplicationFactory();

    [OneTimeTearDown]
    public async Task TearDown() => await _factory.DisposeAsync();

    private static Dictionary<string, string?> ChildAnswers(string familyName) => new()
    {
        ["child.givenName"] = "Ifeoma",
        ["child.familyName"] = familyName,
        ["child.dateOfBirth.day"] = "14",
        ["child.dateOfBirth.month"] = "3",
        ["child.dateOfBirth.year"] = "2016",
        ["child.postcode"] = "sg1 2ab",
    };

    private static readonly Dictionary<string, string?> RequestAnswers = new()
    {
        ["type"] = "PhaseTransfer",
        ["receivedDate.day"] = "2",
        ["receivedDate.month"] = "11",
        ["receivedDate.year"] = "2026",
    };

    private static readonly Dictionary<string, string?> NeedsAnswers = new()
    {
        ["primaryNeed"] = "SLCN",
        ["secondaryNeed"] = "",
        ["needLevels.communicationAndInteraction"] = "3",
        ["needLevels.cognitionAndLearning"] = "1",
        ["needLevels.socialEmotionalAndMentalHealth"] = "0",
        ["needLevels.sensoryAndPhysical"] = "0",
    };

    private static async Task<IDocument> StartJourney(HtmlClient officer)
    {
        var start = await officer.GetPage("/cases/new");
        var child = await officer.SubmitAndFollow(start);
        officer.Location!.AbsolutePath.Should().MatchRegex("^/cases/new/[0-9a-f-]{36}/child$");
        return child;
    }

    private static async Task<IDocument> ToCheckAnswers(HtmlClient officer, string familyName)
    {
        var child = await StartJourney(officer);
        var request = await officer.SubmitAndFollow(child, ChildAnswers(familyName));
        var needs = await officer.SubmitAndFollow(request, RequestAnswers);
        var preferences = await officer.SubmitAndFollow(needs, NeedsAnswers);
        var officerStep = await officer.SubmitAndFollow(preferences, new Dictionary<string, string?>
        {
            ["preferences[1].kind"] = "TypeOfProvision",
            ["preferences[1].provisionKind"] = "SpecialistResourceProvision",
            ["preferences[1].reasons"] = "Speech and language therapy on site.",
        });
        return await officer.SubmitAndFollow(officerStep);
    }

    [Test]
    public async Task An_officer_logs_a_request_step_by_step_checks_the_answers_and_gets_one_case()
    {
        using var officer = await _factory.HtmlClientFor(Personas.SendOfficer);

        var check = await ToCheckAnswers(officer, "Okonkwo");

        check.Text("h1").Should().Be("Check your answers before logging the request");
        var answers = check.QuerySelectorAll(".govuk-summary-list__row").ToDictionary(r => r.Text(".govuk-summary-list__key"), r => r.Text(".govuk-summary-list__value"));
        answers["Name"].Should().Be("Ifeoma Okonkwo");
        answers["Date of birth"].Should().Be("14 March 2016");
        answers["Home postcode"].Should().Be("SG1 2AB");
        answers["Type of request"].Should().Be("Phase transfer");
        answers["Choice 1"].Should().Be("Specialist resource provision (SRP): Speech and language therapy on site.", "the empty first block was skipped");
        answers["SEND officer"].Should().Be("Amira Khan", "the officer logging it holds it unless they say otherwise");

        var casePage = await officer.SubmitAndFollow(check);

        officer.Location!.AbsolutePath.Should().MatchRegex("^/cases/[0-9a-f-]{36}$");
        casePage.Text(".govuk-notification-banner--success").Should().MatchRegex(@"Placement request PR-\d{4}-\d{6} logged\.");
        casePage.Text(".moj-identity-bar").Should().Contain("Ifeoma Okonkwo");
    }

    [Test]
    public async Task A_mistake_is_shown_on_the_step_where_it_was_made_with_the_input_kept_then_fixed()
    {
        using var officer = await _factory.HtmlClientFor(Personas.SendOfficer);
        var child = await StartJourney(officer);

        var answers = ChildAnswers("Hughes");
        answers["child.dateOfBirth.day"] = "30";
        answers["child.dateOfBirth.month"] = "2";
        answers["child.givenName"] = "";
        answers["child.upn"] = "not-a-upn";
        var again = await officer.SubmitAndFollow(child, answers);

        again.ShouldShowErrorFor("child-dateOfBirth", "real date");
        again.ShouldShowErrorFor("child-givenName", "Enter the child's given name");
        again.ShouldShowErrorFor("child-upn", "A UPN is a letter followed by 12 characters");
        again.GetElementById("child-dateOfBirth")!.GetAttribute("value").Should().Be("30");
        again.GetElementById("child-familyName")!.GetAttribute("value").Should().Be("Hughes");

        var corrected = ChildAnswers("Hughes");
        corrected["child.upn"] = string.Empty;
        var request = await officer.SubmitAndFollow(again, corrected);
        request.Text("h1").Should().Be("About the request");
    }

    [Test]
    public async Task Each_step_checks_its_answers_with_the_submissions_own_rules()
    {
        using var officer = await _factory.HtmlClientFor(Personas.SendOfficer);
        var child = await StartJourney(officer);
        var request = await officer.SubmitAndFollow(child, ChildAnswers("Nowak"));

        var refused = await officer.SubmitAndFollow(request, new Dictionary<string, string?> { ["receivedDate.day"] = "1", ["receivedDate.month"] = "1", ["receivedDate.year"] = "2030" });
        refused.ShouldShowErrorFor("type", "Choose the type of request");
        refused.ShouldShowErrorFor("receivedDate", "cannot be in the future");

        var needs = await officer.SubmitAndFollow(refused, RequestAnswers);
        var needsRefused = await officer.SubmitAndFollow(needs, new Dictionary<string, string?> { ["primaryNeed"] = "ASD", ["secondaryNeed"] = "ASD" });
        needsRefused.ShouldShowErrorFor("secondaryNeed", "must differ from the primary need");
        needsRefused.ShouldShowErrorFor("needLevels-communicationAndInteraction", "Enter the level of need in communication and interaction");

        var preferences = await officer.SubmitAndFollow(needsRefused, NeedsAnswers);
        var preferencesRefused = await officer.SubmitAndFollow(preferences, new Dictionary<string, string?>
        {
            ["preferences[0].kind"] = "NamedSetting",
            ["preferences[0].settingUrn"] = "12",
        });
        preferencesRefused.ShouldShowErrorFor("preferences-0-settingName", "Enter the name of the setting");
        preferencesRefused.ShouldShowErrorFor("preferences-0-settingUrn", "A URN is 6 or 7 digits");
        preferencesRefused.ShouldShowErrorFor("preferences-0-reasons", "Record the family's reasons");
    }

    [Test]
    public async Task Reg_18_a_phase_transfer_for_a_child_not_in_a_transfer_year_is_refused_on_the_request_step_naming_the_year()
    {
        using var officer = await _factory.HtmlClientFor(Personas.SendOfficer);
        var child = await StartJourney(officer);
        // Born 14 March 2018: 8 on 1 September 2026, so in Year 4 in 2026/27, a year that ends with no move between phases.
        var answers = ChildAnswers("Kowalczyk");
        answers["child.dateOfBirth.year"] = "2018";
        var request = await officer.SubmitAndFollow(child, answers);

        var refused = await officer.SubmitAndFollow(request, RequestAnswers);

        refused.Text("h1").Should().Be("About the request");
        refused.ShouldShowErrorFor("type", "the child is in Year 4 (2026/27). Choose another type of request.");
        refused.ErrorSummary().Should().Contain(p => p.Message.Contains("Year 6", StringComparison.Ordinal) && p.Message.Contains("Year 11 or later", StringComparison.Ordinal));
        var newPlan = new Dictionary<string, string?>(RequestAnswers) { ["type"] = "NewPlan" };
        (await officer.SubmitAndFollow(refused, newPlan)).Text("h1").Should().NotBe("About the request", "another type of request moves on");
    }

    [Test]
    public async Task Check_answers_lists_what_is_missing_with_links_to_the_step_that_asks()
    {
        using var officer = await _factory.HtmlClientFor(Personas.SendOfficer);
        var child = await StartJourney(officer);
        await officer.SubmitAndFollow(child, ChildAnswers("Davies"));
        var draftPath = officer.Location!.AbsolutePath[..officer.Location.AbsolutePath.LastIndexOf('/')];

        var check = await officer.GetPage($"{draftPath}/check-answers");
        var problems = check.ErrorSummary();
        problems.Should().Contain(p => p.Href == $"{draftPath}/request?returnTo=check-answers#type" && p.Message == "Choose the type of request.");
        problems.Should().Contain(p => p.Href.StartsWith($"{draftPath}/needs?returnTo=check-answers#primaryNeed", StringComparison.Ordinal));

        var stillThere = await officer.SubmitAndFollow(check);
        stillThere.ErrorSummary().Should().Contain(p => p.Message == "Choose the type of request.", "nothing is logged while answers are missing");
    }

    [Test]
    public async Task Pressing_log_the_request_twice_or_going_back_after_makes_one_case()
    {
        using var officer = await _factory.HtmlClientFor(Personas.SendOfficer);
        var check = await ToCheckAnswers(officer, "Twice-Pressed");
        var checkPath = officer.Location!.AbsolutePath;
        var draftPath = checkPath[..checkPath.LastIndexOf('/')];

        var first = await officer.Submit(check);
        var second = await officer.Submit(check);

        first.StatusCode.Should().Be(HttpStatusCode.Redirect);
        second.StatusCode.Should().Be(HttpStatusCode.Redirect);
        second.Headers.Location.Should().Be(first.Headers.Location);

        var back = await officer.Get($"{draftPath}/needs");
        back.StatusCode.Should().Be(HttpStatusCode.Redirect, "the back button leads to the case, not to a form that would log it again");
        back.Headers.Location!.ToString().Should().Be(first.Headers.Location!.ToString());

        using var again = await _factory.HtmlClientFor(Personas.SendOfficer);
        var list = await again.GetPage("/cases?text=Twice-Pressed");
        list.QuerySelectorAll("table.app-caseload tbody tr").Should().ContainSingle();
    }

    [Test]
    public async Task Answers_survive_the_session_running_out_mid_journey()
    {
        using var officer = await _factory.HtmlClientFor(Personas.SendOfficer);
        var child = await StartJourney(officer);
        var request = await officer.SubmitAndFollow(child, ChildAnswers("Kowalski"));
        var requestPath = officer.Location!.PathAndQuery;

        _factory.Clock.Advance(TimeSpan.FromMinutes(45));
        var expired = await officer.Submit(request, RequestAnswers);
        expired.StatusCode.Should().Be(HttpStatusCode.Redirect);
        expired.Headers.Location!.PathAndQuery.Should().Be($"/sign-in?returnUrl={Uri.EscapeDataString(requestPath)}");

        var signIn = await officer.GetPage(expired.Headers.Location.PathAndQuery);
        var back = await officer.SubmitAndFollow(signIn, new Dictionary<string, string?> { ["persona"] = Personas.SendOfficer.Id });
        officer.Location!.PathAndQuery.Should().Be(requestPath);
        back.Text("h1").Should().Be("About the request");

        var needs = await officer.SubmitAndFollow(back, RequestAnswers);
        var draftPath = officer.Location!.AbsolutePath[..officer.Location.AbsolutePath.LastIndexOf('/')];
        var childAgain = await officer.GetPage($"{draftPath}/child");
        childAgain.GetElementById("child-familyName")!.GetAttribute("value").Should().Be("Kowalski", "the child's details saved before the session ran out are kept");
        needs.Text("h1").Should().Be("The child's needs");
    }

    private async Task<(HtmlClient Officer, IDocument Preferences)> AtThePreferences(string familyName)
    {
        var officer = await _factory.HtmlClientFor(Personas.SendOfficer);
        var child = await StartJourney(officer);
        var request = await officer.SubmitAndFollow(child, ChildAnswers(familyName));
        var needs = await officer.SubmitAndFollow(request, RequestAnswers);
        return (officer, await officer.SubmitAndFollow(needs, NeedsAnswers));
    }

    [Test]
    public async Task The_needs_step_says_what_each_level_of_need_means()
    {
        using var officer = await _factory.HtmlClientFor(Personas.SendOfficer);
        var child = await StartJourney(officer);
        var request = await officer.SubmitAndFollow(child, ChildAnswers("Levels"));
        var needs = await officer.SubmitAndFollow(request, RequestAnswers);

        needs.QuerySelectorAll(".app-need-levels dt").Select(d => d.TextContent.Trim()).Should().Equal("0 – none", "1 – low", "2 – moderate", "3 – high", "4 – very high");
        needs.QuerySelectorAll(".app-need-levels dd").Should().OnlyContain(d => d.TextContent.Trim().Length > 20);
        needs.QuerySelectorAll("input[name='needLevels.communicationAndInteraction'] + label").Select(l => l.TextContent).Should().Contain("3 – high");
    }

    [Test]
    public async Task The_preferences_step_starts_with_one_block_and_adds_another_keeping_what_was_typed()
    {
        var (officer, page) = await AtThePreferences("Adding");
        using var _ = officer;
        page.QuerySelectorAll("fieldset.app-preference").Should().ContainSingle();
        page.QuerySelectorAll("[aria-expanded], [data-aria-controls]").Should().BeEmpty("the conditional questions are revealed by the stylesheet, with no aria-expanded on a radio");
        page.QuerySelectorAll(".app-radios--conditional .govuk-radios__item + .app-conditional").Should().HaveCount(3, "each answer is followed by its own question");
        page.QuerySelector(".app-autocomplete select[name='preferences[0].catalogueUrn']")!.QuerySelectorAll("option").Length.Should().BeGreaterThan(100, "the whole catalogue is in the list");

        var form = page.QuerySelector<AngleSharp.Html.Dom.IHtmlFormElement>("main form[method=post]")!;
        form.SetAttribute("action", page.QuerySelector("button[formaction*='handler=add']")!.GetAttribute("formaction")!);
        var two = await officer.SubmitAndFollow(page, new Dictionary<string, string?>
        {
            ["preferences[0].kind"] = "CatalogueSetting",
            ["preferences[0].catalogueUrn"] = "117660",
            ["preferences[0].reasons"] = "Small classes.",
        });

        two.QuerySelectorAll("fieldset.app-preference").Should().HaveCount(2);
        two.ErrorSummary().Should().BeEmpty("adding a block checks nothing yet");
        two.QuerySelector("select[name='preferences[0].catalogueUrn'] option[selected]")!.GetAttribute("value").Should().Be("117660");
        two.QuerySelector("textarea[name='preferences[0].reasons']")!.TextContent.Trim().Should().Be("Small classes.");
        var form2 = two.QuerySelector<AngleSharp.Html.Dom.IHtmlFormElement>("main form[method=post]")!;
        form2.SetAttribute("action", two.QuerySelector("button[formaction*='handler=add']")!.GetAttribute("formaction")!);
        var three = await officer.SubmitAndFollow(two);
        three.QuerySelectorAll("fieldset.app-preference").Should().HaveCount(3);
        three.QuerySelector("button[formaction*='handler=add']").Should().BeNull("the family gives at most three preferences");

        // The page is now shown at ?handler=add: "Continue" must still move on, not add a block again.
        await officer.SubmitAndFollow(three, new Dictionary<string, string?>
        {
            ["preferences[1].kind"] = "TypeOfProvision",
            ["preferences[1].provisionKind"] = "SpecialSchool",
            ["preferences[1].reasons"] = "Any special school near home.",
        });
        officer.Location!.AbsolutePath.Should().EndWith("/officer", "Continue after adding a block goes on to the next step");
    }

    [Test]
    public async Task A_setting_chosen_from_the_catalogue_is_logged_with_its_name_and_urn()
    {
        var (officer, page) = await AtThePreferences("Catalogue");
        using var _ = officer;

        var officerStep = await officer.SubmitAndFollow(page, new Dictionary<string, string?>
        {
            ["preferences[0].kind"] = "CatalogueSetting",
            ["preferences[0].catalogueUrn"] = "117660",
            ["preferences[0].reasons"] = "Small classes, close to home.",
        });
        var check = await officer.SubmitAndFollow(officerStep);

        var answers = check.QuerySelectorAll(".govuk-summary-list__row").ToDictionary(r => r.Text(".govuk-summary-list__key"), r => r.Text(".govuk-summary-list__value"));
        answers["Choice 1"].Should().Contain("Brookside Special School").And.Contain("117660").And.Contain("Small classes, close to home.");

        var draftPath = officer.Location!.AbsolutePath[..officer.Location.AbsolutePath.LastIndexOf('/')];
        var back = await officer.GetPage($"{draftPath}/preferences");
        back.QuerySelector("input[name='preferences[0].kind'][value=CatalogueSetting]")!.HasAttribute("checked").Should().BeTrue("a saved setting from the catalogue is shown as chosen from it");
        back.QuerySelector("select[name='preferences[0].catalogueUrn'] option[selected]")!.GetAttribute("value").Should().Be("117660");
    }

    [TestCase("", "Choose the school or setting from the list", Description = "nothing chosen")]
    [TestCase("999999", "Choose the school or setting from the list", Description = "not in the catalogue")]
    public async Task A_catalogue_choice_without_a_setting_is_refused_beside_the_list_in_its_own_words(string urn, string message)
    {
        var (officer, page) = await AtThePreferences("Unchosen");
        using var _ = officer;

        var refused = await officer.SubmitAndFollow(page, new Dictionary<string, string?>
        {
            ["preferences[0].kind"] = "CatalogueSetting",
            ["preferences[0].catalogueUrn"] = urn,
            ["preferences[0].reasons"] = "Close to home.",
        });

        refused.ShouldShowErrorFor("preferences-0-catalogueUrn", message);
        refused.ErrorSummary().Should().ContainSingle("the application's 'enter the name' is not said twice");
        refused.QuerySelector("input[name='preferences[0].kind'][value=CatalogueSetting]")!.HasAttribute("checked").Should().BeTrue();
    }

    [Test]
    public async Task Ten_thousand_characters_of_reasons_or_an_unknown_kind_are_refused_naming_the_field_and_the_page_keeps_them()
    {
        var (officer, page) = await AtThePreferences("Long");
        using var _ = officer;
        var reasons = new string('a', 10_000);

        var refused = await officer.SubmitAndFollow(page, new Dictionary<string, string?>
        {
            ["preferences[0].kind"] = "Spaceship",
            ["preferences[0].reasons"] = reasons,
        });

        refused.ShouldShowErrorFor("preferences-0-reasons", "characters");
        refused.ShouldShowErrorFor("preferences-0-kind", "Say whether the preference is");
        refused.QuerySelector("textarea[name='preferences[0].reasons']")!.TextContent.Trim().Should().HaveLength(10_000);
    }

    [Test]
    public async Task Another_officers_draft_is_not_found()
    {
        using var owner = await _factory.HtmlClientFor(Personas.SendOfficer);
        await StartJourney(owner);
        var path = owner.Location!.AbsolutePath;
        using var other = await _factory.HtmlClientFor(Personas.SecondSendOfficer);

        var page = await other.GetPage(path, HttpStatusCode.NotFound);

        page.Text("h1").Should().Be("Page not found");
    }
}
