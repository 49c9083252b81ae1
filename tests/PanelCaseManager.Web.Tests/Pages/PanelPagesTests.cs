using System.Net;
using AngleSharp.Dom;
using System.Net.Http.Json;
using System.Text.Json;
using PanelCaseManager.Infrastructure.DemoData;
using PanelCaseManager.Testing.Builders;

namespace PanelCaseManager.Web.Tests.Pages;

/// <summary>
/// The pages of panel members and chairs: their meetings, a case's papers, their view and conflicts, and the
/// decision form with the chair's sign-off. Data is set up through the API, as people would through the service.
/// </summary>
public class PanelPagesTests
{
    private PanelWebApplicationFactory _factory = null!;
    private Guid _caseId;
    private Guid _panelId;
    private Guid _evidenceId;
    private string _reference = null!;

    [SetUp]
    public async Task SetUp()
    {
        _factory = new PanelWebApplicationFactory();
        await CaseOnTheAgendaAtTheMeetingAsync();
    }

    [TearDown]
    public async Task TearDown() => await _factory.DisposeAsync();

    private static async Task<JsonElement> Ok(HttpResponseMessage response, HttpStatusCode status = HttpStatusCode.OK)
    {
        response.StatusCode.Should().Be(status, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static async Task<(Guid Id, string Reference, Guid EvidenceId)> CaseReadyForPanelAsync(HttpClient officer, object? request = null)
    {
        var created = await Ok(await officer.PostAsJsonAsync("/api/v1/placement-requests", request ?? A.PlacementRequest()), HttpStatusCode.Created);
        var caseId = created.GetProperty("id").GetGuid();
        await Ok(await officer.PostAsJsonAsync($"/api/v1/placement-requests/{caseId}/start-evidence", new { expectedVersion = 0 }));
        using var form = new MultipartFormDataContent
        {
            { new ByteArrayContent(Files.PdfBytes()), "file", "ep-advice.pdf" },
            { new StringContent("AgencyAdvice"), "kind" },
            { new StringContent("EducationalPsychology"), "agency" },
            { new StringContent("Dr Helen Morgan"), "author" },
            { new StringContent("2026-11-18"), "receivedOn" },
            { new StringContent("Needs a small, calm setting."), "summary" },
        };
        var evidenceId = (await Ok(await officer.PostAsync($"/api/v1/placement-requests/{caseId}/evidence", form), HttpStatusCode.Created)).GetProperty("id").GetGuid();
        await Ok(await officer.PostAsJsonAsync($"/api/v1/placement-requests/{caseId}/mark-ready-for-panel", new { expectedVersion = 1 }));
        return (caseId, created.GetProperty("reference").GetString()!, evidenceId);
    }

    private async Task CaseOnTheAgendaAtTheMeetingAsync()
    {
        using var officer = await _factory.ClientFor(Personas.SendOfficer);
        using var chair = await _factory.ClientFor(Personas.PanelChair);
        (_caseId, _reference, _evidenceId) = await CaseReadyForPanelAsync(officer);
        _panelId = (await Ok(await officer.PostAsJsonAsync("/api/v1/panels", new
        {
            title = "North locality panel",
            meetingDate = Panel.MeetingDate,
            chairId = Personas.PanelChair.Id,
            memberIds = Panel.Members.Select(m => m.Id),
        }), HttpStatusCode.Created)).GetProperty("id").GetGuid();
        await Ok(await officer.PostAsJsonAsync($"/api/v1/panels/{_panelId}/agenda", new { placementRequestId = _caseId, expectedVersion = 0 }));
        _factory.Clock.SetUtcNow(Panel.CutOff.AddMinutes(5));
        await Ok(await officer.PostAsync($"/api/v1/panels/{_panelId}/freeze-papers", null));
        _factory.Clock.SetUtcNow(Panel.MeetingDay);
        await Ok(await chair.PostAsJsonAsync($"/api/v1/panels/{_panelId}/attendance", new
        {
            expectedVersion = 1,
            presentMemberIds = Panel.Members.Select(m => m.Id).Append(Personas.PanelChair.Id),
        }));
    }

    private async Task AllViewsRecordedAsync()
    {
        foreach (var member in Panel.Members)
        {
            using var client = await _factory.ClientFor(member);
            await Ok(await client.PostAsJsonAsync($"/api/v1/panels/{_panelId}/cases/{_caseId}/views", new { summary = "Supports a specialist place.", recommendedOutcome = "NameAnotherSetting" }));
        }
    }

    private string DecisionPath => $"/panels/{_panelId}/cases/{_caseId}/decision";

    private Dictionary<string, string?> NameAnotherSetting() => new()
    {
        ["preferenceTests[0].grounds[0].applies"] = "false",
        ["preferenceTests[0].grounds[0].reasons"] = "Brookside could meet need.",
        ["preferenceTests[0].grounds[0].evidenceReliedOn"] = _evidenceId.ToString(),
        ["preferenceTests[0].grounds[1].applies"] = "false",
        ["preferenceTests[0].grounds[1].reasons"] = "No evidence of this.",
        ["preferenceTests[0].grounds[2].applies"] = "true",
        ["preferenceTests[0].grounds[2].reasons"] = "Nearly three times the cost.",
        ["preferenceTests[0].grounds[2].evidenceReliedOn"] = _evidenceId.ToString(),
        ["preferenceTests[0].grounds[2].costs.requestedPlacementCostPence"] = "£65,000",
        ["preferenceTests[0].grounds[2].costs.alternativeCostPence"] = "23000.00",
        ["preferenceTests[0].grounds[2].costs.alternativeDescription"] = "The SRP",
        ["preferenceTests[0].grounds[2].costs.proportionalityReasoning"] = "Disproportionate to the family's preference.",
        ["mainstreamPresumption.familyDoesNotWantMainstream"] = "false",
        ["mainstreamPresumption.incompatibleWithEfficientEducationOfOthers"] = "false",
        ["mainstreamPresumption.noReasonableStepsCouldPrevent"] = "false",
        ["mainstreamPresumption.reasons"] = "The SRP is on a mainstream site.",
        ["outcome"] = "NameAnotherSetting",
        ["namedSetting.name"] = "Woodlands Academy SRP",
        ["namedSetting.urn"] = "145882",
        ["namedSetting.provisionKind"] = "SpecialistResourceProvision",
        ["reasons"] = "Brookside would be incompatible with the efficient use of resources; the SRP meets need locally.",
    };

    [Test]
    public async Task A_chair_sees_their_meeting_and_its_agenda_with_the_quorum()
    {
        using var chair = await _factory.HtmlClientFor(Personas.PanelChair);

        var list = await chair.GetPage("/panels");
        list.QuerySelector($"table.app-panels a[href='/panels/{_panelId}']")!.TextContent.Should().Be("North locality panel");

        var meeting = await chair.GetPage($"/panels/{_panelId}");
        var row = meeting.QuerySelector("table.app-agenda tbody tr")!;
        row.TextContent.Should().Contain(_reference).And.Contain("Quorate").And.Contain("Not decided");
        row.QuerySelector($"a[href='{DecisionPath}']").Should().NotBeNull();
        meeting.QuerySelector($"a[href='/panels/{_panelId}/attendance']").Should().NotBeNull("the chair records attendance");

        var attendance = await chair.GetPage($"/panels/{_panelId}/attendance");
        attendance.QuerySelectorAll("input[name=present][checked]").Should().HaveCount(5, "everyone was recorded present");
        var recorded = await chair.SubmitAndFollow(attendance, new Dictionary<string, string?> { ["present"] = Personas.PanelChair.Id });
        recorded.Text(".govuk-notification-banner--success").Should().Contain("Attendance is recorded: 1 present");
        recorded.Text("table.app-agenda").Should().Contain("Not quorate");
    }

    [Test]
    public async Task A_member_reads_the_frozen_papers_and_an_empty_view_is_refused_in_the_page()
    {
        using var member = await _factory.HtmlClientFor(Personas.PanelHealth);

        var papers = await member.GetPage($"/panels/{_panelId}/cases/{_caseId}");
        papers.Text(".govuk-inset-text").Should().Contain("frozen");
        papers.Text("table.app-pack-evidence").Should().Contain("ep-advice.pdf").And.Contain("Needs a small, calm setting.");
        papers.Text(".app-pack-preferences").Should().Contain("Brookside Special School");

        var refused = await member.SubmitAndFollow(papers, new Dictionary<string, string?> { ["summary"] = " " }, formSelector: "form.app-view-form");
        refused.ShouldShowErrorFor("summary", "Give your agency's view");

        var recorded = await member.SubmitAndFollow(refused, new Dictionary<string, string?> { ["summary"] = "Health supports a specialist place." }, formSelector: "form.app-view-form");
        recorded.Text(".govuk-notification-banner--success").Should().Contain("Your agency's view is recorded");
        var meeting = await member.GetPage($"/panels/{_panelId}");
        meeting.Text("table.app-agenda").Should().Contain("Health supports a specialist place.");
    }

    [Test]
    public async Task A_member_opens_each_document_of_the_frozen_papers_and_one_added_after_the_cut_off_is_not_in_them()
    {
        using var officer = await _factory.ClientFor(Personas.SendOfficer);
        using var late = new MultipartFormDataContent
        {
            { new ByteArrayContent(Files.PdfBytes()), "file", "late-report.pdf" },
            { new StringContent("SchoolReport"), "kind" },
            { new StringContent("School"), "author" },
            { new StringContent("2026-11-30"), "receivedOn" },
            { new StringContent("Sent after the cut-off."), "summary" },
        };
        var lateId = (await Ok(await officer.PostAsync($"/api/v1/placement-requests/{_caseId}/evidence", late), HttpStatusCode.Created)).GetProperty("id").GetGuid();
        using var member = await _factory.HtmlClientFor(Personas.PanelHealth);

        var papers = await member.GetPage($"/panels/{_panelId}/cases/{_caseId}");

        var link = papers.QuerySelector("table.app-pack-evidence a")!;
        link.TextContent.Trim().Should().Be("ep-advice.pdf");
        link.GetAttribute("href").Should().Be($"/panels/{_panelId}/cases/{_caseId}/documents/{_evidenceId}");
        papers.QuerySelectorAll("table.app-pack-evidence a").Should().ContainSingle("the late report is not in the frozen papers");
        using var document = await member.Get(link.GetAttribute("href")!);
        document.StatusCode.Should().Be(HttpStatusCode.OK);
        document.Content.Headers.ContentType!.MediaType.Should().Be("application/pdf");
        document.Content.Headers.ContentDisposition!.FileName.Should().Be("ep-advice.pdf");
        (await document.Content.ReadAsByteArrayAsync()).Should().Equal(Files.PdfBytes());
        (await member.GetPage($"/panels/{_panelId}/cases/{_caseId}/documents/{lateId}", HttpStatusCode.NotFound)).Text("h1").Should().Be("Page not found");
        (await member.GetPage($"/panels/{_panelId}/cases/{_caseId}/documents/{Guid.NewGuid()}", HttpStatusCode.NotFound)).Text("h1").Should().Be("Page not found");
        using var api = await _factory.ClientFor(Personas.PanelHealth);
        (await api.GetAsync($"/api/v1/panels/{_panelId}/cases/{_caseId}/pack/documents/{_evidenceId}")).StatusCode.Should().Be(HttpStatusCode.OK);
        await (await api.GetAsync($"/api/v1/panels/{_panelId}/cases/{_caseId}/pack/documents/{lateId}")).ShouldBeProblem(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task A_member_who_declares_a_conflict_no_longer_sees_the_case_its_views_or_the_decision_form()
    {
        await AllViewsRecordedAsync();
        using var member = await _factory.HtmlClientFor(Personas.PanelSocialCare);
        var papers = await member.GetPage($"/panels/{_panelId}/cases/{_caseId}");

        var refused = await member.SubmitAndFollow(papers, new Dictionary<string, string?> { ["reason"] = "" }, formSelector: "form.app-conflict-form");
        refused.ShouldShowErrorFor("reason", "Say what the conflict of interest is");
        var declared = await member.SubmitAndFollow(refused, new Dictionary<string, string?> { ["reason"] = "I know the family." }, formSelector: "form.app-conflict-form");

        declared.Text(".govuk-notification-banner--success").Should().Contain("Your conflict of interest is recorded");
        declared.Text("table.app-agenda tr.app-withheld").Should().Contain(_reference).And.Contain("You declared a conflict of interest in this case");
        declared.Text("table.app-agenda").Should().NotContain("Supports a specialist place.");
        declared.QuerySelectorAll($"table.app-agenda a[href*='{_caseId}']").Should().BeEmpty("the case's id is withheld from them");
        var form = await member.GetPage(DecisionPath, HttpStatusCode.NotFound);
        form.Body!.TextContent.Should().NotContain(_reference);
        var papersAgain = await member.GetPage($"/panels/{_panelId}/cases/{_caseId}", HttpStatusCode.NotFound);
        papersAgain.Body!.TextContent.Should().NotContain("Llewelyn-Jones");
    }

    [Test]
    public async Task Someone_not_on_the_panel_gets_not_found_never_the_data()
    {
        using var family = await _factory.HtmlClientFor(Personas.Family);
        (await family.Get(DecisionPath)).StatusCode.Should().Be(HttpStatusCode.Forbidden);

        using var chair = await _factory.HtmlClientFor(Personas.PanelChair);
        var elsewhere = await chair.GetPage($"/panels/{Guid.NewGuid()}/cases/{_caseId}/decision", HttpStatusCode.NotFound);
        elsewhere.Body!.TextContent.Should().NotContain(_reference);
    }

    /// <summary>A second case, whose first preference the catalogue does not hold, decided at a meeting a week later.</summary>
    private async Task<(Guid PanelId, Guid CaseId)> CaseOutsideTheCatalogueAtAMeetingAsync()
    {
        using var officer = await _factory.ClientFor(Personas.SendOfficer);
        using var chair = await _factory.ClientFor(Personas.PanelChair);
        var request = A.PlacementRequest() with
        {
            Preferences = [new(1, Domain.PlacementRequests.PreferenceKind.NamedSetting, "Ysgol Glan Hafren", null, null, "Welsh-medium, near his father.")],
        };
        var (caseId, _, _) = await CaseReadyForPanelAsync(officer, request);
        var meeting = await Ok(await officer.PostAsJsonAsync("/api/v1/panels", new
        {
            title = "North locality panel",
            meetingDate = Panel.MeetingDate.AddDays(7),
            chairId = Personas.PanelChair.Id,
            memberIds = Panel.Members.Select(m => m.Id),
        }), HttpStatusCode.Created);
        var panelId = meeting.GetProperty("id").GetGuid();
        await Ok(await officer.PostAsJsonAsync($"/api/v1/panels/{panelId}/agenda", new { placementRequestId = caseId, expectedVersion = 0 }));
        _factory.Clock.SetUtcNow(meeting.GetProperty("cutOffAt").GetDateTimeOffset().AddMinutes(5));
        await Ok(await officer.PostAsync($"/api/v1/panels/{panelId}/freeze-papers", null));
        _factory.Clock.SetUtcNow(Panel.MeetingDay.AddDays(7));
        await Ok(await chair.PostAsJsonAsync($"/api/v1/panels/{panelId}/attendance", new
        {
            expectedVersion = 1,
            presentMemberIds = Panel.Members.Select(m => m.Id).Append(Personas.PanelChair.Id),
        }));
        return (panelId, caseId);
    }

    [Test]
    public async Task The_form_takes_the_duty_from_the_catalogue_and_never_asks_the_chair_which_duty_applies()
    {
        using var chair = await _factory.HtmlClientFor(Personas.PanelChair);

        var form = await chair.GetPage(DecisionPath);

        form.Text(".app-preference-duty").Should().Contain("In the provision catalogue: Maintained school (mainstream or special)")
            .And.Contain("Section 39: the setting must be named unless one of the three grounds applies");
        form.QuerySelector("input[name='preferenceTests[0].duty']").Should().BeNull("the duty is not the chair's choice");
        form.QuerySelector("input[name='preferenceTests[0].settingStatus']").Should().BeNull("the catalogue knows the status");
        form.QuerySelector("input[name='preferenceTests[0].grounds[0].applies']").Should().NotBeNull();
        form.QuerySelector("input[name='preferenceTests[0].section9.compatibleWithEfficientInstruction']").Should().BeNull("s.9 is not asked of a s.39 setting");
        form.Text(".app-type-preference").Should().Contain("A type of provision is not tested against the grounds");
        form.QuerySelector("input[name='refusesToIssuePlan']").Should().NotBeNull("a decline on a new plan says whether it refuses to issue a plan");
    }

    [Test]
    public async Task A_preference_the_catalogue_does_not_hold_is_given_its_status_once_and_then_takes_that_test()
    {
        var (panelId, caseId) = await CaseOutsideTheCatalogueAtAMeetingAsync();
        using var chair = await _factory.HtmlClientFor(Personas.PanelChair);
        var path = $"/panels/{panelId}/cases/{caseId}/decision";

        var form = await chair.GetPage(path);
        form.Text(".app-preference-status").Should().Contain("Ysgol Glan Hafren is not in the provision catalogue. What kind of setting is it?");
        form.QuerySelector("input[name='preferenceTests[0].grounds[0].applies']").Should().BeNull("no test is asked until the status is known");

        var asked = await chair.SubmitAndFollow(form, new Dictionary<string, string?> { ["preferenceTests[0].settingStatus"] = "OtherIndependent" },
            formSelector: "form.app-decision-form", button: "button[formaction*='handler=status']");

        asked.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("input[name='preferenceTests[0].settingStatus'][value=OtherIndependent]")!.IsChecked.Should().BeTrue("the status is kept");
        asked.Text(".app-preference-duty").Should().Contain("Section 9");
        asked.QuerySelector("input[name='preferenceTests[0].section9.compatibleWithEfficientInstruction']").Should().NotBeNull();
        asked.QuerySelector("input[name='preferenceTests[0].grounds[0].applies']").Should().BeNull();

        var refused = await chair.SubmitAndFollow(asked, new Dictionary<string, string?> { ["outcome"] = "NameAnotherSetting" }, formSelector: "form.app-decision-form");
        refused.ShouldShowErrorFor("preferenceTests-0-section9-compatibleWithEfficientInstruction", "Say whether the placement is compatible with efficient instruction");
        refused.ErrorSummary().Should().NotContain(e => e.Href.Contains("settingStatus", StringComparison.Ordinal), "the status was given once and kept");
    }

    [Test]
    public async Task The_decision_form_shows_each_error_beside_its_field_and_keeps_what_was_typed()
    {
        await AllViewsRecordedAsync();
        using var member = await _factory.HtmlClientFor(Personas.PanelEducation);
        var form = await member.GetPage(DecisionPath);
        form.Text(".app-decision-context").Should().Contain("Brookside Special School").And.Contain("Sector match");

        var values = NameAnotherSetting();
        values["outcome"] = null;
        values["preferenceTests[0].grounds[2].costs.alternativeCostPence"] = "lots";
        var refused = await member.SubmitAndFollow(form, values, formSelector: "form.app-decision-form");

        refused.ShouldShowErrorFor("preferenceTests-0-grounds-2-costs-alternativeCostPence", "Enter an amount in pounds");
        refused.QuerySelector<AngleSharp.Html.Dom.IHtmlTextAreaElement>("#reasons")!.Value.Should().StartWith("Brookside would be incompatible");

        values["preferenceTests[0].grounds[2].costs.alternativeCostPence"] = "23000";
        var noOutcome = await member.SubmitAndFollow(refused, values, formSelector: "form.app-decision-form");
        noOutcome.ShouldShowErrorFor("outcome", "Choose the outcome");

        // The back button, or coming back later: the answers are still there, as typed.
        var later = await member.GetPage(DecisionPath);
        later.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#namedSetting-name")!.Value.Should().Be("Woodlands Academy SRP");
        later.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#preferenceTests-0-grounds-2-costs-requestedPlacementCostPence")!.Value.Should().Be("65000.00");
        later.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#preferenceTests-0-grounds-2-applies")!.IsChecked.Should().BeTrue();
    }

    [Test]
    public async Task A_refusal_on_a_ground_with_resources_before_suitability_is_explained_in_the_page()
    {
        await AllViewsRecordedAsync();
        using var member = await _factory.HtmlClientFor(Personas.PanelEducation);
        var form = await member.GetPage(DecisionPath);
        var values = NameAnotherSetting();
        values["preferenceTests[0].grounds[2].applies"] = "false";

        var refused = await member.SubmitAndFollow(form, values, formSelector: "form.app-decision-form");

        refused.ErrorSummary().Should().Contain(e => e.Href == "#preferenceTests-0-grounds");
        refused.GetElementById("preferenceTests-0-grounds").Should().NotBeNull();
    }

    [Test]
    public async Task A_decision_pressed_twice_is_recorded_once_and_the_chair_signs_it_off()
    {
        await AllViewsRecordedAsync();
        using var member = await _factory.HtmlClientFor(Personas.PanelEducation);
        var form = await member.GetPage(DecisionPath);

        var first = await member.Submit(form, NameAnotherSetting(), "form.app-decision-form");
        var second = await member.Submit(form, NameAnotherSetting(), "form.app-decision-form");

        first.StatusCode.Should().Be(HttpStatusCode.Redirect, await first.Content.ReadAsStringAsync());
        second.StatusCode.Should().Be(HttpStatusCode.Redirect, "the same form sent again records the same decision");
        var recorded = await HtmlClient.ParseAsync(await member.Follow(second));
        recorded.Text(".govuk-notification-banner--success").Should().Contain("recorded as a draft");
        recorded.Text(".app-draft-decision").Should().Contain("Name another setting").And.Contain("The chair signs it off");
        recorded.QuerySelector("form.app-sign-off").Should().BeNull("only the chair signs off");

        using var chair = await _factory.HtmlClientFor(Personas.PanelChair);
        var toSign = await chair.GetPage(DecisionPath);
        var signed = await chair.SubmitAndFollow(toSign, formSelector: "form.app-sign-off");

        chair.Location!.AbsolutePath.Should().Be($"/panels/{_panelId}");
        signed.Text(".govuk-notification-banner--success").Should().Contain("signed off");
        signed.Text("table.app-agenda").Should().Contain("Signed off");
        var final = await chair.GetPage(DecisionPath);
        final.QuerySelector("form.app-decision-form").Should().BeNull("a signed-off decision is not edited here");
        final.Text(".govuk-panel").Should().Contain("Signed off");

        using var officer = await _factory.HtmlClientFor(Personas.SendOfficer);
        var tab = await officer.GetPage($"/cases/{_caseId}/decision");
        tab.Text(".app-decision").Should().Contain("Name another setting").And.Contain("Woodlands Academy SRP").And.Contain("Claire Whitaker");
        tab.Text(".app-grounds").Should().Contain("Applies").And.Contain("£65,000").And.Contain("£23,000");
        var panelTab = await officer.GetPage($"/cases/{_caseId}/panel");
        panelTab.Text("table.app-case-panels").Should().Contain("North locality panel").And.Contain("Signed off");
    }

    [Test]
    public async Task An_officer_schedules_a_meeting_and_puts_a_ready_case_on_its_agenda()
    {
        using var api = await _factory.ClientFor(Personas.SendOfficer);
        var ready = await CaseReadyForPanelAsync(api);
        using var officer = await _factory.HtmlClientFor(Personas.SendOfficer);
        var meetingDate = Panel.MeetingDate.AddDays(14);

        var schedule = await officer.GetPage("/panels/schedule");
        var refused = await officer.SubmitAndFollow(schedule, new Dictionary<string, string?> { ["title"] = "", ["chairId"] = Personas.PanelChair.Id });
        refused.ErrorSummary().Should().Contain(e => e.Href == "#title");
        var values = new Dictionary<string, string?>
        {
            ["title"] = "December panel",
            ["meetingDate.day"] = meetingDate.Day.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["meetingDate.month"] = meetingDate.Month.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["meetingDate.year"] = meetingDate.Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["chairId"] = Personas.PanelChair.Id,
        };
        var content = new List<KeyValuePair<string, string>>(values.Select(v => new KeyValuePair<string, string>(v.Key, v.Value!)))
        {
            new("__RequestVerificationToken", refused.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("input[name=__RequestVerificationToken]")!.Value),
            new("formToken", refused.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("input[name=formToken]")!.Value),
        };
        content.AddRange(Panel.Members.Select(m => new KeyValuePair<string, string>("memberIds", m.Id)));
        using var body = new FormUrlEncodedContent(content);
        var scheduled = await HtmlClient.ParseAsync(await officer.Follow(await officer.Http.PostAsync("/panels/schedule", body)));
        scheduled.Text(".govuk-notification-banner--success").Should().Contain("is scheduled");
        scheduled.Text("h1").Should().Contain("December panel");
        var panelId = officer.Location!.AbsolutePath.Split('/')[^1];

        var tab = await officer.GetPage($"/cases/{ready.Id}/panel");
        var noChoice = await officer.SubmitAndFollow(tab, formSelector: "form.app-add-to-agenda");
        noChoice.ShouldShowErrorFor("panelId", "Choose the panel meeting");
        var added = await officer.SubmitAndFollow(noChoice, new Dictionary<string, string?> { ["panelId"] = panelId }, formSelector: "form.app-add-to-agenda");
        added.Text(".govuk-notification-banner--success").Should().Contain("is on the agenda, item 1");
        added.Text("table.app-case-panels").Should().Contain("December panel");
        added.QuerySelector("form.app-add-to-agenda").Should().BeNull("the case waits for that meeting");
    }
    [Test]
    public async Task An_auditor_sees_the_meeting_its_agenda_with_the_papers_hash_and_its_audit_events()
    {
        using var auditor = await _factory.HtmlClientFor(Personas.Auditor);

        var page = await auditor.GetPage($"/audit/panels/{_panelId}");

        page.Text(".govuk-caption-l").Should().StartWith("North locality panel");
        page.Text(".govuk-summary-list").Should().Contain(Personas.PanelChair.DisplayName + ", ").And.NotContain("Not recorded");
        var item = page.QuerySelectorAll("table.govuk-table")[0].QuerySelector("tbody tr")!;
        item.QuerySelector($"a[href='/audit/cases/{_caseId}']")!.TextContent.Should().Be(_reference);
        item.TextContent.Should().Contain("SHA-256");
        page.QuerySelectorAll("table.app-audit-events tbody tr").Select(r => r.TextContent).Should().Contain(
            r => r.Contains("Recorded who attended the panel") && r.Contains(Personas.PanelChair.DisplayName + ", Panel chair", StringComparison.Ordinal),
            "the chair's recording of attendance is among the meeting's events, in words, with who did it by name and role");
    }

    [Test]
    public async Task An_auditor_asking_for_an_unknown_panel_gets_page_not_found()
    {
        using var auditor = await _factory.HtmlClientFor(Personas.Auditor);

        var response = await auditor.Http.GetAsync($"/audit/panels/{Guid.NewGuid()}");

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }
    [Test]
    public async Task After_the_cut_off_an_officer_freezes_the_papers_from_the_meeting_page_and_members_are_not_offered_it()
    {
        using var api = await _factory.ClientFor(Personas.SendOfficer);
        var (caseId, _, _) = await CaseReadyForPanelAsync(api);
        var scheduled = await Ok(await api.PostAsJsonAsync("/api/v1/panels", new
        {
            title = "Later panel",
            meetingDate = Panel.MeetingDate.AddDays(14),
            chairId = Personas.PanelChair.Id,
            memberIds = Panel.Members.Select(m => m.Id),
        }), HttpStatusCode.Created);
        var panelId = scheduled.GetProperty("id").GetGuid();
        await Ok(await api.PostAsJsonAsync($"/api/v1/panels/{panelId}/agenda", new { placementRequestId = caseId, expectedVersion = 0 }));
        using (var early = await _factory.HtmlClientFor(Personas.SendOfficer))
        {
            (await early.GetPage($"/panels/{panelId}")).QuerySelector("form.app-freeze-papers").Should().BeNull("the cut-off has not passed");
        }

        _factory.Clock.SetUtcNow(scheduled.GetProperty("cutOffAt").GetDateTimeOffset().AddMinutes(1));
        using var officer = await _factory.HtmlClientFor(Personas.SendOfficer);
        var meeting = await officer.GetPage($"/panels/{panelId}");
        meeting.Text("table.app-agenda").Should().Contain("Not frozen yet");
        var frozen = await officer.SubmitAndFollow(meeting, formSelector: "form.app-freeze-papers");

        frozen.Text(".govuk-notification-banner--success").Should().Contain("The papers of the case on the agenda are frozen");
        frozen.Text("table.app-agenda").Should().NotContain("Not frozen yet");
        frozen.QuerySelector("form.app-freeze-papers").Should().BeNull("there is nothing left to freeze");
        var pack = await Ok(await api.GetAsync($"/api/v1/panels/{panelId}"));
        pack.GetProperty("agenda")[0].GetProperty("papers").GetProperty("trigger").GetString().Should().Be("CutOff");

        using var member = await _factory.HtmlClientFor(Personas.PanelEducation);
        (await member.GetPage($"/panels/{panelId}")).QuerySelector("form.app-freeze-papers").Should().BeNull();
    }
}
