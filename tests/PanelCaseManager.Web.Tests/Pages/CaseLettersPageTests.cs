using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using AngleSharp.Dom;
using PanelCaseManager.Infrastructure.DemoData;
using PanelCaseManager.Testing;
using PanelCaseManager.Testing.Builders;

namespace PanelCaseManager.Web.Tests.Pages;

/// <summary>
/// The case's Letters tab: an officer previews a signed-off decision's draft letter, issues it once, and downloads
/// exactly what was issued; refusals are shown in the page; a family typing the address gets "Page not found".
/// The case reaches its signed-off decision through the API, as people would through the service.
/// </summary>
public partial class CaseLettersPageTests
{
    private PanelWebApplicationFactory _factory = null!;
    private HttpClient _officer = null!;
    private Guid _caseId;
    private Guid _panelId;
    private string _reference = null!;

    private string LettersPath => $"/cases/{_caseId}/letters";

    [TearDown]
    public async Task TearDown()
    {
        _officer?.Dispose();
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }
    }

    private static async Task<JsonElement> Ok(HttpResponseMessage response, HttpStatusCode status = HttpStatusCode.OK)
    {
        response.StatusCode.Should().Be(status, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>A case decided at a quorate meeting, the decision recorded and (unless told) signed off.</summary>
    private async Task<Guid> DecidedCaseAsync(bool letterContacts = true, bool familyContact = true, bool signOff = true)
    {
        var settings = LetterTestSettings.AsConfiguration();
        if (!letterContacts)
        {
            settings["Letters:Sendiass:Name"] = string.Empty;
            settings["Letters:Sendiass:Telephone"] = string.Empty;
        }

        _factory = new PanelWebApplicationFactory(settings);
        _officer = await _factory.ClientFor(Personas.SendOfficer);
        using var chair = await _factory.ClientFor(Personas.PanelChair);
        var created = await Ok(await _officer.PostAsJsonAsync("/api/v1/placement-requests", A.PlacementRequest()), HttpStatusCode.Created);
        _caseId = created.GetProperty("id").GetGuid();
        _reference = created.GetProperty("reference").GetString()!;
        await Ok(await _officer.PostAsJsonAsync($"/api/v1/placement-requests/{_caseId}/start-evidence", new { expectedVersion = 0 }));
        using var form = new MultipartFormDataContent
        {
            { new ByteArrayContent(Files.PdfBytes()), "file", "ep-advice.pdf" },
            { new StringContent("AgencyAdvice"), "kind" },
            { new StringContent("EducationalPsychology"), "agency" },
            { new StringContent("Dr Helen Morgan"), "author" },
            { new StringContent("2026-11-18"), "receivedOn" },
            { new StringContent("Needs a small, calm setting."), "summary" },
        };
        var evidenceId = (await Ok(await _officer.PostAsync($"/api/v1/placement-requests/{_caseId}/evidence", form), HttpStatusCode.Created)).GetProperty("id").GetGuid();
        await Ok(await _officer.PostAsJsonAsync($"/api/v1/placement-requests/{_caseId}/mark-ready-for-panel", new { expectedVersion = 1 }));
        if (familyContact)
        {
            await Ok(await _officer.PutAsJsonAsync($"/api/v1/placement-requests/{_caseId}/family-contact", new
            {
                name = "Siân Llewelyn-Jones",
                role = "ParentOrCarer",
                addressLines = new[] { "4 Heol y Bont", "Stevenage" },
                postcode = "SG1 2AB",
            }));
        }

        _panelId = (await Ok(await _officer.PostAsJsonAsync("/api/v1/panels", new
        {
            title = "North locality panel",
            meetingDate = Panel.MeetingDate,
            chairId = Personas.PanelChair.Id,
            memberIds = Panel.Members.Select(m => m.Id),
        }), HttpStatusCode.Created)).GetProperty("id").GetGuid();
        await Ok(await _officer.PostAsJsonAsync($"/api/v1/panels/{_panelId}/agenda", new { placementRequestId = _caseId, expectedVersion = 0 }));
        _factory.Clock.SetUtcNow(Panel.CutOff.AddMinutes(5));
        await Ok(await _officer.PostAsync($"/api/v1/panels/{_panelId}/freeze-papers", null));
        _factory.Clock.SetUtcNow(Panel.MeetingDay);
        await Ok(await chair.PostAsJsonAsync($"/api/v1/panels/{_panelId}/attendance", new
        {
            expectedVersion = 1,
            presentMemberIds = Panel.Members.Select(m => m.Id).Append(Personas.PanelChair.Id),
        }));
        foreach (var member in Panel.Members)
        {
            using var client = await _factory.ClientFor(member);
            await Ok(await client.PostAsJsonAsync($"/api/v1/panels/{_panelId}/cases/{_caseId}/views", new { summary = "Supports a specialist place.", recommendedOutcome = "NameAnotherSetting" }));
        }

        var recorded = await Ok(await chair.PostAsJsonAsync($"/api/v1/panels/{_panelId}/cases/{_caseId}/decision", new
        {
            outcome = "AgreeFamilyPreference",
            agreedPreferenceRank = 1,
            reasons = "Brookside meets the child's needs and the family's reasons are sound.",
            preferenceTests = new[]
            {
                new
                {
                    preferenceRank = 1,
                    grounds = new object[]
                    {
                        new { ground = "Unsuitable", applies = false, reasons = "Brookside meets need.", evidenceReliedOn = new[] { evidenceId } },
                        new { ground = "IncompatibleWithEfficientEducationOfOthers", applies = false, reasons = "No evidence of this.", evidenceReliedOn = Array.Empty<Guid>() },
                        new { ground = "IncompatibleWithEfficientUseOfResources", applies = false, reasons = "The cost is proportionate.", evidenceReliedOn = Array.Empty<Guid>() },
                    },
                },
            },
        }), HttpStatusCode.Created);
        if (signOff)
        {
            await Ok(await chair.PostAsJsonAsync($"/api/v1/panels/{_panelId}/cases/{_caseId}/decision/sign-off", new { expectedVersion = 0 }));
        }

        return recorded.GetProperty("decisionId").GetGuid();
    }

    private async Task<int> IssuedLetterCountAsync() =>
        (await _officer.GetFromJsonAsync<List<JsonElement>>($"/api/v1/placement-requests/{_caseId}/letters"))!.Count;

    [Test]
    public async Task An_officer_previews_the_draft_then_issues_the_letter_once_however_often_the_button_is_pressed()
    {
        await DecidedCaseAsync();
        using var officer = await _factory.HtmlClientFor(Personas.SendOfficer);
        var page = await officer.GetPage(LettersPath);
        page.QuerySelector(".moj-sub-navigation a[aria-current='page']")!.TextContent.Should().Be("Letters");
        page.Text(".app-family-contact-summary").Should().Contain("Siân Llewelyn-Jones").And.Contain("SG1 2AB");
        page.Text(".app-awaiting-letter").Should().Contain("Agree the family's preference");
        page.Text(".app-issue-letter").Should().Contain("written to Siân Llewelyn-Jones");

        var preview = page.QuerySelector<AngleSharp.Html.Dom.IHtmlAnchorElement>("a.app-preview-letter")!;
        preview.TextContent.Should().Contain("PDF");
        var draft = await officer.Get(preview.GetAttribute("href")!);
        draft.StatusCode.Should().Be(HttpStatusCode.OK);
        draft.Content.Headers.ContentType!.MediaType.Should().Be("application/pdf");
        using (var text = new PdfText(await draft.Content.ReadAsByteArrayAsync()))
        {
            string.Concat(text.Page(1).Letters.Take(5).Select(l => l.Value)).Should().Be("DRAFT", "the preview is marked as a draft");
        }

        (await IssuedLetterCountAsync()).Should().Be(0, "previewing issues nothing");

        var first = await officer.Submit(page, formSelector: "form.app-issue-letter");
        var second = await officer.Submit(page, formSelector: "form.app-issue-letter");
        first.StatusCode.Should().Be(HttpStatusCode.Redirect);
        second.StatusCode.Should().Be(HttpStatusCode.Redirect, "pressing the button twice is harmless");
        var issued = await officer.GetPage(second.Headers.Location!.ToString());
        issued.Text(".govuk-notification-banner").Should().Contain("had already been issued");
        (await IssuedLetterCountAsync()).Should().Be(1);

        issued.QuerySelector("form.app-issue-letter").Should().BeNull("the decision has its letter; the back button leads to nothing that would issue another");
        var row = issued.QuerySelectorAll("table.app-issued-letters tbody tr").Should().ContainSingle().Subject;
        var cells = row.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList();
        cells[1].Should().Be("Decision letter: Agree the family's preference");
        cells[2].Should().Be("Version 2");
        var hash = row.QuerySelector("code.app-hash")!;
        hash.TextContent.Should().HaveLength(12);

        var download = row.QuerySelector("a[download]")!;
        download.TextContent.Should().Contain("PDF");
        var file = await officer.Get(download.GetAttribute("href")!);
        file.Content.Headers.ContentType!.MediaType.Should().Be("application/pdf");
        var bytes = await file.Content.ReadAsByteArrayAsync();
        var sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes));
        sha256.Should().Be(hash.GetAttribute("title")).And.StartWith(hash.TextContent);
        using var letter = new PdfText(bytes);
        letter.All.Should().NotContain("DRAFT");
    }

    [Test]
    public async Task Panel_members_never_reach_a_cases_letters_with_the_familys_address()
    {
        var decisionId = await DecidedCaseAsync();
        using var member = await _factory.HtmlClientFor(Personas.PanelEducation);
        (await member.Get(LettersPath)).StatusCode.Should().Be(HttpStatusCode.NotFound);
        var preview = await member.Get($"{LettersPath}?handler=preview&decisionId={decisionId}");
        preview.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await preview.Content.ReadAsStringAsync()).Should().NotContain("%PDF");

        var issued = await Ok(await _officer.PostAsync($"/api/v1/decisions/{decisionId}/letter", null), HttpStatusCode.Created);
        var after = await member.Get(LettersPath);
        after.StatusCode.Should().Be(HttpStatusCode.NotFound);
        using var api = await _factory.ClientFor(Personas.PanelEducation);
        (await api.GetAsync($"/api/v1/letters/{issued.GetProperty("letterId").GetGuid()}/pdf")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task A_decision_not_yet_signed_off_has_no_letter_and_its_preview_is_refused_in_the_page()
    {
        var decisionId = await DecidedCaseAsync(signOff: false);
        using var officer = await _factory.HtmlClientFor(Personas.SendOfficer);
        var page = await officer.GetPage(LettersPath);
        page.Text(".app-awaiting-sign-off").Should().Contain("not signed off yet");
        page.QuerySelector("form.app-issue-letter").Should().BeNull();

        var refused = await officer.GetPage($"{LettersPath}?handler=preview&decisionId={decisionId}");
        refused.ErrorSummary().Should().ContainSingle(e => e.Message.Contains("once the chair has signed off", StringComparison.Ordinal));
        refused.Text("h1").Should().Contain("Letters");
    }

    [Test]
    public async Task Without_a_family_contact_the_page_links_to_recording_one_and_then_the_letter_can_be_issued()
    {
        var decisionId = await DecidedCaseAsync(familyContact: false);
        using var officer = await _factory.HtmlClientFor(Personas.SendOfficer);
        var page = await officer.GetPage(LettersPath);
        page.Text(".app-no-family-contact").Should().Contain("cannot be written");
        page.QuerySelector("form.app-issue-letter").Should().BeNull();
        var refused = await officer.GetPage($"{LettersPath}?handler=preview&decisionId={decisionId}");
        refused.ErrorSummary().Should().Contain(e => e.Message.Contains("family contact", StringComparison.Ordinal));

        var link = page.QuerySelector($"a[href='/cases/{_caseId}/family-contact']")!;
        link.TextContent.Should().Be("Record who the letters are written to");
        var contactForm = await officer.GetPage(link.GetAttribute("href")!);
        var empty = await officer.SubmitAndFollow(contactForm);
        empty.ShouldShowErrorFor("name", "Enter the name");
        empty.ShouldShowErrorFor("role", "Say who this is");
        empty.ShouldShowErrorFor("addressLines-0", "Enter the address");
        empty.ShouldShowErrorFor("postcode", "Enter the postcode");

        var badPostcode = await officer.SubmitAndFollow(empty, new Dictionary<string, string?>
        {
            ["name"] = "Alex Okafor",
            ["role"] = "ParentOrCarer",
            ["addressLines[0]"] = "4 Orchard Way",
            ["addressLines[1]"] = "Stevenage",
            ["postcode"] = "not a postcode",
        });
        badPostcode.ShouldShowErrorFor("postcode", "UK postcode");
        badPostcode.GetElementById("addressLines-1")!.GetAttribute("value").Should().Be("Stevenage", "the answers are kept");

        var saved = await officer.SubmitAndFollow(badPostcode, new Dictionary<string, string?> { ["postcode"] = "SG1 3QE" });
        officer.Location!.AbsolutePath.Should().Be(LettersPath);
        saved.Text(".govuk-notification-banner").Should().Contain("Alex Okafor");
        saved.Text(".app-issue-letter").Should().Contain("written to Alex Okafor");

        var changing = await officer.GetPage($"/cases/{_caseId}/family-contact");
        changing.GetElementById("postcode")!.GetAttribute("value").Should().Be("SG1 3QE");
        await officer.SubmitAndFollow(saved, formSelector: "form.app-issue-letter");
        (await IssuedLetterCountAsync()).Should().Be(1);
    }

    [Test]
    public async Task Issuing_without_the_sendiass_contact_configured_is_refused_in_the_page_naming_the_settings()
    {
        await DecidedCaseAsync(letterContacts: false);
        using var officer = await _factory.HtmlClientFor(Personas.SendOfficer);
        var page = await officer.GetPage(LettersPath);
        var refused = await officer.SubmitAndFollow(page, formSelector: "form.app-issue-letter");
        refused.ErrorSummary().Should().ContainSingle().Which.Message.Should().Contain("Letters:Sendiass");
        refused.QuerySelector("form.app-issue-letter").Should().NotBeNull("the officer can try again once the settings are in place");
        (await IssuedLetterCountAsync()).Should().Be(0);
    }

    [Test]
    public async Task A_family_typing_the_cases_letters_address_gets_page_not_found_and_none_of_its_data()
    {
        var decisionId = await DecidedCaseAsync();
        var issued = await Ok(await _officer.PostAsync($"/api/v1/decisions/{decisionId}/letter", null), HttpStatusCode.Created);
        using var family = await _factory.HtmlClientFor(Personas.Family);
        foreach (var path in new[]
                 {
                     LettersPath, $"{LettersPath}?handler=download&letterId={issued.GetProperty("letterId").GetGuid()}",
                     $"{LettersPath}?handler=preview&decisionId={decisionId}", $"/cases/{_caseId}/family-contact",
                 })
        {
            var response = await family.Get(path);
            response.StatusCode.Should().Be(HttpStatusCode.NotFound, path);
            var body = await response.Content.ReadAsStringAsync();
            body.Should().Contain("Page not found").And.NotContain(_reference).And.NotContain("%PDF");
        }
    }

    /// <summary>A new plan's path up to its final plan: the decision to assess and the draft plan served.</summary>
    private async Task DraftPlanServedAsync()
    {
        await Ok(await _officer.PostAsJsonAsync($"/api/v1/placement-requests/{_caseId}/clock-events", new { @event = "DecidedToAssess", date = "2026-11-20" }));
        await Ok(await _officer.PostAsJsonAsync($"/api/v1/placement-requests/{_caseId}/clock-events", new { @event = "DraftPlanServed", date = "2026-11-25" }));
    }

    private async Task LinkTheFamilyAsync()
    {
        using var admin = await _factory.ClientFor(Personas.Administrator);
        var users = await admin.GetFromJsonAsync<List<JsonElement>>("/api/v1/users?role=Family");
        var family = users!.Single(u => u.GetProperty("id").GetString() == Personas.Family.Id);
        await Ok(await admin.PostAsJsonAsync($"/api/v1/users/{Uri.EscapeDataString(Personas.Family.Id)}/child-links",
            new { caseReference = _reference, relationship = "Mother", expectedVersion = family.GetProperty("version").GetInt32() }));
    }

    [Test]
    public async Task An_officer_records_the_final_plan_checks_its_notice_and_sends_it_once_and_the_family_sees_the_real_deadline()
    {
        await DecidedCaseAsync();
        await DraftPlanServedAsync();
        await LinkTheFamilyAsync();
        using var officer = await _factory.HtmlClientFor(Personas.SendOfficer);

        var letters = await officer.GetPage(LettersPath);
        var choose = await officer.GetPage(letters.QuerySelector("a.app-send-notice")!.GetAttribute("href")!);
        choose.Text(".app-notices-not-available").Should().Contain("Refusal to re-assess").And.Contain("no EHC plan yet");
        var unanswered = await officer.SubmitAndFollow(choose);
        unanswered.ShouldShowErrorFor("notice", "Choose what has been decided.");
        var form = await officer.SubmitAndFollow(unanswered, new Dictionary<string, string?> { ["notice"] = "final-plan-notice" });
        officer.Location!.AbsolutePath.Should().Be($"/cases/{_caseId}/notices/final-plan-notice");
        form.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#namedInPlan")!.Value.Should().Be("Brookside Special School", "filled in from the panel's decision");

        var check = await officer.SubmitAndFollow(form);
        check.Text("h1").Should().Contain("Check the notice before sending it");
        check.Text(".app-named-in-plan").Should().Be("Brookside Special School");
        check.Text(".app-appeal-deadline").Should().Be("2 February 2027", "two months from the notice dated 2 December 2026");
        var preview = await officer.Submit(check, formSelector: "form.app-check-notice", button: "button.app-preview-notice");
        preview.Content.Headers.ContentType!.MediaType.Should().Be("application/pdf");
        using (var draft = new PdfText(await preview.Content.ReadAsByteArrayAsync()))
        {
            string.Concat(draft.Page(1).Letters.Take(5).Select(l => l.Value)).Should().Be("DRAFT");
            draft.All.Should().Contain("The last day to appeal is Tuesday 2 February 2027");
        }

        (await IssuedLetterCountAsync()).Should().Be(0, "checking and previewing send nothing");
        var first = await officer.Submit(check, formSelector: "form.app-check-notice", button: "button[formaction*='handler=issue']");
        var second = await officer.Submit(check, formSelector: "form.app-check-notice", button: "button[formaction*='handler=issue']");
        first.StatusCode.Should().Be(HttpStatusCode.Redirect);
        second.StatusCode.Should().Be(HttpStatusCode.Redirect, "pressing the button twice sends the notice once");
        (await IssuedLetterCountAsync()).Should().Be(1);
        var sent = await officer.GetPage(second.Headers.Location!.ToString());
        sent.Text(".govuk-notification-banner").Should().Contain("The last day to appeal is 2 February 2027");
        var row = sent.QuerySelectorAll("table.app-issued-letters tbody tr").Should().ContainSingle().Subject;
        var cells = row.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList();
        cells[1].Should().Be("Notice: final ehc plan issued (Brookside Special School)");
        cells[3].Should().Be("2 February 2027");

        var again = await officer.GetPage($"/cases/{_caseId}/notices/final-plan-notice");
        again.Text(".app-notice-not-available").Should().Contain("was already sent on this case on 2 December 2026");
        again.QuerySelector("main form").Should().BeNull("nothing on the page would send it again");

        using var family = await _factory.HtmlClientFor(Personas.Family);
        var request = await family.GetPage($"/your-requests/{_caseId}");
        request.Text(".app-family-letters").Should().Contain("Notice with the final EHC plan, 2 December 2026");
        request.Text(".app-appeal-by").Should().Contain("you can appeal until 2 February 2027");
        var next = await family.GetPage($"/your-requests/{_caseId}/what-happens-next");
        next.Text("main").Should().Contain("The last day to appeal to the SEND Tribunal").And.Contain("2 February 2027")
            .And.Contain("from the date of the notice we sent you");
    }

    [Test]
    public async Task A_refusal_without_reasons_and_a_plan_notice_before_the_decision_are_refused_in_the_page()
    {
        await DecidedCaseAsync(signOff: false);
        using var officer = await _factory.HtmlClientFor(Personas.SendOfficer);

        var beforeDecision = await officer.GetPage($"/cases/{_caseId}/notices/final-plan-notice");
        beforeDecision.Text(".app-notice-not-available").Should().Contain("no signed-off decision");

        var form = await officer.GetPage($"/cases/{_caseId}/notices/refusal-to-assess-notice");
        var refused = await officer.SubmitAndFollow(form, new Dictionary<string, string?> { ["reasons"] = "  " });
        refused.ErrorSummary().Should().ContainSingle().Which.Message.Should().Contain("Give the reasons for the refusal to assess");
        refused.Text("h1").Should().Contain("Refusal to assess", "the answers are asked for again");
        (await IssuedLetterCountAsync()).Should().Be(0);
        (await officer.Get($"/cases/{_caseId}/notices/not-a-notice")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task The_notices_api_sends_once_refuses_bad_input_and_lists_the_choices()
    {
        await DecidedCaseAsync();
        await DraftPlanServedAsync();

        var choices = await Ok(await _officer.GetAsync($"/api/v1/placement-requests/{_caseId}/notices/choices"));
        var preview = await _officer.PostAsJsonAsync($"/api/v1/placement-requests/{_caseId}/notices/preview", new { notice = "FinalPlanNotice" });
        var created = await _officer.PostAsJsonAsync($"/api/v1/placement-requests/{_caseId}/notices", new { notice = "FinalPlanNotice" });
        var second = await _officer.PostAsJsonAsync($"/api/v1/placement-requests/{_caseId}/notices", new { notice = "FinalPlanNotice" });
        var notANotice = await _officer.PostAsJsonAsync($"/api/v1/placement-requests/{_caseId}/notices", new { notice = "AgreePreference" });
        var noPlan = await _officer.PostAsJsonAsync($"/api/v1/placement-requests/{_caseId}/notices", new { notice = "FinalAmendedPlanNotice", namedInPlan = new string('x', 201) });
        using var family = await _factory.ClientFor(Personas.Family);
        var familySends = await family.PostAsJsonAsync($"/api/v1/placement-requests/{_caseId}/notices", new { notice = "CessationNotice", reasons = "No." });

        choices.EnumerateArray().Single(c => c.GetProperty("notice").GetString() == "FinalPlanNotice").GetProperty("canSend").GetBoolean().Should().BeTrue();
        preview.StatusCode.Should().Be(HttpStatusCode.OK);
        preview.Content.Headers.ContentType!.MediaType.Should().Be("application/pdf");
        created.StatusCode.Should().Be(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var body = await created.Content.ReadFromJsonAsync<JsonElement>();
        body.GetProperty("appealDeadline").GetString().Should().Be("2027-02-02");
        created.Headers.Location!.ToString().Should().Be($"/api/v1/letters/{body.GetProperty("letterId").GetGuid()}");
        (await second.ShouldBeProblem(HttpStatusCode.Conflict)).GetProperty("code").GetString().Should().Be("notice-already-issued");
        await notANotice.ShouldBeValidationProblemNaming("notice");
        await noPlan.ShouldBeValidationProblemNaming("namedInPlan");
        familySends.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await IssuedLetterCountAsync()).Should().Be(1);
    }

    [Test]
    public async Task Another_cases_letter_cannot_be_downloaded_through_this_cases_page()
    {
        var decisionId = await DecidedCaseAsync();
        var issued = await Ok(await _officer.PostAsync($"/api/v1/decisions/{decisionId}/letter", null), HttpStatusCode.Created);
        var other = await Ok(await _officer.PostAsJsonAsync("/api/v1/placement-requests", A.PlacementRequest()), HttpStatusCode.Created);
        using var officer = await _factory.HtmlClientFor(Personas.SendOfficer);
        var response = await officer.Get($"/cases/{other.GetProperty("id").GetGuid()}/letters?handler=download&letterId={issued.GetProperty("letterId").GetGuid()}");
        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }
}
