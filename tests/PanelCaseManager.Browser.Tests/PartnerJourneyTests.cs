using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using PanelCaseManager.Domain.Common;
using PanelCaseManager.Infrastructure.DemoData;

namespace PanelCaseManager.Browser.Tests;

/// <summary>
/// Partners in the service, each in a window of their own beside the SEND officer's: the officer asks for advice or
/// consults a setting and chooses what to share; the health professional sends advice, the social care professional
/// declines with a reason, the educational psychologist asks a question, and the demo school's SENCO answers a
/// consultation with a structured response. The officer's tab shows each answer at once, with the statutory clock.
/// Every page is checked with axe and at 320 CSS pixels.
/// </summary>
public class PartnerJourneyTests : JourneyTest
{
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    private static DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, London).DateTime);

    private static string DateText(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"));

    [Test]
    public async Task A_health_professional_sees_what_was_shared_sends_their_advice_and_the_officers_advice_tab_and_deadlines_show_it_at_once()
    {
        var officer = await NewPage();
        var asked = await OfficerAsksForAdvice(officer, "Health", Personas.PartnerHealth, caseIndex: 0, "partner-health");

        var partner = await NewPage();
        await OpenRequestAsPartner(partner, Personas.PartnerHealth, asked, "partner-health");
        (await partner.Locator(".app-partner-child").InnerTextAsync()).Should().Contain("Date of birth", "the officer shared the child's details");
        (await partner.Locator(".app-partner-needs").CountAsync()).Should().Be(1, "the officer shared the child's needs");
        (await partner.Locator(".app-partner-preferences").CountAsync()).Should().Be(0, "the family's preferences were not shared");

        await partner.GetByRole(AriaRole.Link, new() { Name = "Send your advice" }).ClickAsync();
        await partner.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await partner.Locator(".govuk-error-summary").WaitForAsync();
        (await partner.Locator(".govuk-error-summary").InnerTextAsync()).Should().Contain("Summarise your advice");
        await VisitPartnerPage(partner, "partner-health-04-advice-errors");

        await partner.GetByLabel("Summary of your advice").FillAsync("Diagnosed with autism; sensory overload in busy rooms. No medical needs a school nurse could not meet.");
        await partner.GetByLabel("Your recommendation (optional)").FillAsync("A small, predictable setting with a quiet space.");
        await partner.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await partner.Locator("h1", new() { HasText = "Check your answers and attach your advice" }).WaitForAsync();
        await VisitPartnerPage(partner, "partner-health-05-check-your-answers");

        // The wrong kind of file is refused beside the field, and nothing is sent.
        var wrong = await TempFile("advice.txt", Encoding.UTF8.GetBytes("Plain text is not a document the service accepts."));
        await partner.Locator("#file").SetInputFilesAsync(wrong);
        await partner.GetByRole(AriaRole.Button, new() { Name = "Send your advice" }).ClickAsync();
        await partner.Locator(".govuk-error-summary").WaitForAsync();
        (await partner.Locator("#file-error").InnerTextAsync()).Should().NotBeEmpty();
        await VisitPartnerPage(partner, "partner-health-06-wrong-file");

        var fileName = $"paediatric-advice-{Guid.NewGuid():N}.pdf";
        var pdf = await TempFile(fileName, Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n% Paediatric advice\ntrailer << /Root 1 0 R >>\n%%EOF\n"));
        await partner.Locator("#file").SetInputFilesAsync(pdf);
        await partner.GetByRole(AriaRole.Button, new() { Name = "Send your advice" }).ClickAsync();
        await partner.Locator(".app-partner-received").WaitForAsync();
        (await partner.Locator(".app-partner-received").InnerTextAsync()).Should().Contain($"received your advice on {DateText(Today)}");
        (await partner.Locator(".app-partner-status").InnerTextAsync()).Should().Be("Answered");
        (await partner.GetByRole(AriaRole.Link, new() { Name = "Send your advice" }).CountAsync()).Should().Be(0, "the first answer stands");
        await VisitPartnerPage(partner, "partner-health-07-advice-received");

        // The officer's Advice tab, reloaded: received today, by the professional, with the document; nobody re-keyed it.
        await officer.GotoAsync($"{asked.CasePath}/advice");
        var row = officer.Locator("table.app-advice tbody tr", new() { HasText = asked.AddressedTo });
        (await row.Locator(".govuk-tag").InnerTextAsync()).Should().Be("Received");
        (await row.InnerTextAsync()).Should().Contain(DateText(Today)).And.Contain("sensory overload in busy rooms", "the summary is the professional's").And.Contain("answered");
        await Visit(officer, "partner-health-08-officer-advice-tab");
        await officer.Locator(".moj-sub-navigation").GetByRole(AriaRole.Link, new() { Name = "Evidence" }).ClickAsync();
        await officer.WaitForURLAsync(url => new Uri(url).AbsolutePath == $"{asked.CasePath}/evidence");
        (await officer.Locator("table.app-evidence").InnerTextAsync()).Should().Contain(fileName).And.Contain(Personas.PartnerHealth.DisplayName);

        // The statutory clock: the health advice is met today.
        await officer.GetByRole(AriaRole.Link, new() { Name = "Deadlines", Exact = true }).ClickAsync();
        await officer.WaitForURLAsync(url => url.EndsWith("/deadlines", StringComparison.Ordinal));
        var milestone = officer.Locator("table.app-deadlines tbody tr", new() { HasTextRegex = new Regex("Agency advice: health", RegexOptions.IgnoreCase) });
        (await milestone.InnerTextAsync()).Should().Contain(DateText(Today), "the clock records the health advice as received today (reg. 8)");
        await Visit(officer, "partner-health-09-officer-deadlines");
        File.Delete(wrong);
        File.Delete(pdf);
    }

    [Test]
    public async Task A_social_care_professional_declines_with_a_reason_and_the_officer_sees_why_at_once()
    {
        var officer = await NewPage();
        var asked = await OfficerAsksForAdvice(officer, "Social care", Personas.PartnerSocialCare, caseIndex: 1, "partner-social-care");

        var partner = await NewPage();
        await OpenRequestAsPartner(partner, Personas.PartnerSocialCare, asked, "partner-social-care");
        await partner.GetByRole(AriaRole.Link, new() { Name = "Decline this request" }).ClickAsync();
        await partner.GetByRole(AriaRole.Button, new() { Name = "Decline the request" }).ClickAsync();
        await partner.Locator(".govuk-error-summary").WaitForAsync();
        (await partner.Locator(".govuk-error-summary").InnerTextAsync()).Should().Contain("Say why you cannot respond");
        await VisitPartnerPage(partner, "partner-social-care-04-decline-errors");

        const string Reason = "I have not worked with this family; the Hitchin locality team holds the case.";
        await partner.GetByLabel("Why can you not respond?").FillAsync(Reason);
        await partner.GetByRole(AriaRole.Button, new() { Name = "Decline the request" }).ClickAsync();
        await partner.Locator(".app-partner-status", new() { HasText = "Declined" }).WaitForAsync();
        (await partner.Locator("main").InnerTextAsync()).Should().Contain($"You declined this request: {Reason}");
        (await partner.GetByRole(AriaRole.Link, new() { Name = "Send your advice" }).CountAsync()).Should().Be(0);
        await VisitPartnerPage(partner, "partner-social-care-05-declined");

        await officer.GotoAsync($"{asked.CasePath}/advice");
        var row = officer.Locator("table.app-advice tbody tr", new() { HasText = asked.AddressedTo });
        (await row.Locator(".app-partner-asked").InnerTextAsync()).Should().Contain($"declined — {Reason}");
        (await row.Locator(".govuk-tag").InnerTextAsync()).Should().NotBe("Received", "declining is not advice: the request is still open for the officer");
        await Visit(officer, "partner-social-care-06-officer-advice-tab");
    }

    [Test]
    public async Task An_educational_psychologist_asks_a_question_which_the_officer_reads_on_the_advice_tab()
    {
        var officer = await NewPage();
        var asked = await OfficerAsksForAdvice(officer, "Educational psychology", Personas.PartnerPsychologist, caseIndex: 2, "partner-ep");

        var partner = await NewPage();
        await OpenRequestAsPartner(partner, Personas.PartnerPsychologist, asked, "partner-ep");
        await partner.GetByRole(AriaRole.Link, new() { Name = "Ask the SEND team a question" }).ClickAsync();
        await partner.GetByRole(AriaRole.Button, new() { Name = "Send the question" }).ClickAsync();
        await partner.Locator(".govuk-error-summary").WaitForAsync();
        (await partner.Locator(".govuk-error-summary").InnerTextAsync()).Should().Contain("Enter your question");
        await VisitPartnerPage(partner, "partner-ep-04-question-errors");

        const string Question = "Has the school's own assessment of reading been done? I would like to see it before I visit.";
        await partner.GetByLabel("Your question for the SEND team").FillAsync(Question);
        await partner.GetByRole(AriaRole.Button, new() { Name = "Send the question" }).ClickAsync();
        await partner.Locator(".app-partner-questions").WaitForAsync();
        (await partner.Locator(".app-partner-questions").InnerTextAsync()).Should().Contain(Question);
        (await partner.GetByRole(AriaRole.Link, new() { Name = "Send your advice" }).CountAsync()).Should().Be(1, "a question leaves the request open");
        await VisitPartnerPage(partner, "partner-ep-05-question-asked");

        await officer.GotoAsync($"{asked.CasePath}/advice");
        var row = officer.Locator("table.app-advice tbody tr", new() { HasText = asked.AddressedTo });
        (await row.InnerTextAsync()).Should().Contain($"Question: {Question}").And.Contain("waiting");
        await Visit(officer, "partner-ep-06-officer-advice-tab");
    }

    [Test]
    public async Task A_setting_senco_answers_a_consultation_with_a_structured_response_and_the_officers_consultations_tab_shows_it_as_given()
    {
        var officer = await NewPage();
        await SignIn(officer, Personas.SendOfficer, "/cases");
        await officer.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/cases");
        // The demo's case whose panel agreed the family's preference: the LA consults Brookside Special School too.
        await officer.GetByLabel("Search").FillAsync("Okafor");
        await officer.GetByLabel("Stage").SelectOptionAsync("LetterIssued");
        await officer.GetByRole(AriaRole.Button, new() { Name = "Apply filters" }).ClickAsync();
        await officer.WaitForURLAsync(url => url.Contains("stage=LetterIssued", StringComparison.Ordinal));
        await officer.Locator("table.app-caseload tbody tr").Filter(new() { HasText = "Maya" }).First.GetByRole(AriaRole.Link).First.ClickAsync();
        await officer.Locator(".moj-identity-bar").WaitForAsync();
        var casePath = new Uri(officer.Url).AbsolutePath;
        await officer.GetByRole(AriaRole.Link, new() { Name = "Consultations", Exact = true }).ClickAsync();
        await officer.WaitForURLAsync(url => url.EndsWith("/consultations", StringComparison.Ordinal));
        await officer.GetByRole(AriaRole.Button, new() { Name = "Consult a setting" }).Or(officer.GetByRole(AriaRole.Link, new() { Name = "Consult a setting" })).ClickAsync();
        await officer.Locator("#settingId").WaitForAsync();
        await officer.GetByLabel("Which setting was consulted?").SelectOptionAsync(new SelectOptionValue { Label = "Brookside Special School (URN 117660)" });
        await officer.Locator("#sentOn").FillAsync(Today.Day.ToString(CultureInfo.InvariantCulture));
        await officer.Locator("#sentOn-month").FillAsync(Today.Month.ToString(CultureInfo.InvariantCulture));
        await officer.Locator("#sentOn-year").FillAsync(Today.Year.ToString(CultureInfo.InvariantCulture));
        await officer.GetByRole(AriaRole.Button, new() { Name = "Record the consultation" }).ClickAsync();
        await officer.WaitForURLAsync(url => url.EndsWith("/consultations", StringComparison.Ordinal));
        var consultationRow = officer.Locator("table.app-consultations tbody tr", new() { HasText = "Brookside Special School" });
        await consultationRow.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Send to the setting in the service") }).ClickAsync();
        await officer.Locator("form.app-share-consultation").WaitForAsync();
        var reference = (await officer.Locator("h1 .govuk-caption-l").InnerTextAsync()).Trim();
        await officer.GetByLabel("The child's name and date of birth").CheckAsync();
        await officer.GetByLabel("The child's needs").CheckAsync();
        var document = officer.Locator("form.app-share-consultation input[name=documentIds]").First;
        await document.CheckAsync();
        var documentName = (await officer.Locator($"label[for='{await document.GetAttributeAsync("id")}']").InnerTextAsync()).Split(" (")[0];
        await Visit(officer, "partner-setting-01-officer-shares-the-pack");
        await officer.GetByRole(AriaRole.Button, new() { Name = "Send the consultation" }).ClickAsync();
        await officer.WaitForURLAsync(url => url.EndsWith("/consultations", StringComparison.Ordinal));
        (await consultationRow.Locator(".app-partner-asked").InnerTextAsync()).Should().Contain("Brookside Special School");
        var dueOn = Today.AddDays(15);

        var senco = await NewPage();
        await OpenRequestAsPartner(senco, Personas.SettingSendco, new AskedOfPartner(casePath, reference, dueOn, "Consultation: Brookside Special School"), "partner-setting");
        (await senco.Locator(".app-partner-documents").InnerTextAsync()).Should().Contain(documentName, "the officer shared it in the pack");
        var download = await senco.RunAndWaitForDownloadAsync(() => senco.Locator(".app-partner-documents a").First.ClickAsync());
        download.SuggestedFilename.Should().Be(documentName);

        await senco.GetByRole(AriaRole.Link, new() { Name = "Answer the consultation" }).ClickAsync();
        await senco.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await senco.Locator(".govuk-error-summary").WaitForAsync();
        (await senco.Locator(".govuk-error-summary").InnerTextAsync()).Should().Contain("Say whether the setting can meet the child's needs.");
        await VisitPartnerPage(senco, "partner-setting-04-answer-errors");

        // Could meet the needs with adjustments: each needs what and its cost.
        await senco.GetByLabel("We could meet the child's needs with adjustments or resources").CheckAsync();
        await senco.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await senco.Locator(".govuk-error-summary").WaitForAsync();
        (await senco.Locator(".govuk-error-summary").InnerTextAsync()).Should().Contain("Say what adjustments or resources you would need");
        await senco.GetByLabel("Adjustment or resource 1", new() { Exact = true }).FillAsync("A teaching assistant for the first term");
        await senco.GetByLabel("Cost of adjustment 1, in pounds").FillAsync("12500");
        await senco.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await senco.Locator("h1", new() { HasText = "Check your answers before sending them" }).WaitForAsync();
        (await senco.Locator(".app-consultation-answer-check").InnerTextAsync()).Should().Contain("A teaching assistant for the first term").And.Contain("12500");
        await VisitPartnerPage(senco, "partner-setting-05-check-adjustments");

        // Changed to cannot meet the needs: the s.39(4) grounds and the reasons are required.
        await senco.GetByRole(AriaRole.Button, new() { Name = "Change your answers" }).ClickAsync();
        await senco.GetByLabel("We cannot meet the child's needs").CheckAsync();
        await senco.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await senco.Locator(".govuk-error-summary").WaitForAsync();
        (await senco.Locator(".govuk-error-summary").InnerTextAsync()).Should().Contain("Choose the grounds in section 39(4) that apply.").And.Contain("Explain why, for each ground you chose.");
        await VisitPartnerPage(senco, "partner-setting-06-cannot-errors");
        await senco.GetByLabel("The school is unsuitable for the child's age, ability, aptitude or special educational needs (section 39(4)(a))").CheckAsync();
        const string Reasons = "Our pupils' learning needs are much greater than Maya's; she would have no peers working at her level.";
        await senco.GetByLabel("Your reasons, in your own words").FillAsync(Reasons);
        await senco.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await senco.Locator("h1", new() { HasText = "Check your answers before sending them" }).WaitForAsync();
        var check = await senco.Locator(".app-consultation-answer-check").InnerTextAsync();
        check.Should().Contain("We cannot meet the child's needs").And.Contain("section 39(4)(a)").And.Contain(Reasons).And.NotContain("teaching assistant", "only the answer chosen is sent");
        await VisitPartnerPage(senco, "partner-setting-07-check-cannot");
        await senco.GetByRole(AriaRole.Button, new() { Name = "Send your answer" }).ClickAsync();
        await senco.Locator(".app-partner-received").WaitForAsync();
        (await senco.Locator(".app-partner-received").InnerTextAsync()).Should().Contain($"received your answer on {DateText(Today)}");
        (await senco.Locator("main").InnerTextAsync()).Should().Contain("section 39(4)(a)").And.Contain(Reasons);
        await VisitPartnerPage(senco, "partner-setting-08-answer-received");

        // The officer's Consultations tab: the answer as the school gave it, and the clock has the setting's reply.
        await officer.ReloadAsync();
        var answered = await consultationRow.InnerTextAsync();
        answered.Should().Contain("section 39(4)(a)").And.Contain(Reasons).And.Contain(DateText(Today));
        await Visit(officer, "partner-setting-09-officer-consultations");
        await officer.GetByRole(AriaRole.Link, new() { Name = "Deadlines", Exact = true }).ClickAsync();
        await officer.WaitForURLAsync(url => url.EndsWith("/deadlines", StringComparison.Ordinal));
        (await officer.Locator("main").InnerTextAsync()).Should().MatchRegex(new Regex($"(setting|consultation)[^\\n]*{Regex.Escape(DateText(Today))}", RegexOptions.IgnoreCase));
        await Visit(officer, "partner-setting-10-officer-deadlines");

        // The LA records its outcome; the school sees it, and can no longer answer.
        await officer.GotoAsync($"{casePath}/consultations");
        await consultationRow.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Record the outcome") }).ClickAsync();
        await officer.GetByLabel("Not to be named").CheckAsync();
        await officer.GetByLabel("Why?").FillAsync("The school says it is unsuitable for Maya's needs (s.39(4)(a)); the panel's named school stands.");
        await officer.GetByRole(AriaRole.Button, new() { Name = "Record the outcome" }).ClickAsync();
        await officer.WaitForURLAsync(url => url.EndsWith("/consultations", StringComparison.Ordinal));
        (await consultationRow.Locator(".app-consultation-outcome").InnerTextAsync()).Should().Contain("Not to be named");
        await senco.ReloadAsync();
        (await senco.Locator(".app-partner-outcome").InnerTextAsync()).Should().Be("The council will not name your setting in the child's plan.");
        await VisitPartnerPage(senco, "partner-setting-11-outcome");
    }

    [Test]
    public async Task Each_partner_persona_finds_the_demonstration_work_waiting_and_the_officer_finds_their_answers()
    {
        foreach (var (persona, expected) in new[]
                 {
                     (Personas.PartnerHealth, new[] { "Waiting for you", "Answered" }),
                     (Personas.PartnerSocialCare, new[] { "Waiting for you", "Declined" }),
                     (Personas.PartnerPsychologist, new[] { "Overdue", "Waiting for you" }),
                     (Personas.SettingSendco, new[] { "Answered" }),
                 })
        {
            var page = await NewPage();
            await SignIn(page, persona, "/partner/requests");
            await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/partner/requests");
            var tags = await page.Locator("main .govuk-tag").AllInnerTextsAsync();
            tags.Should().Contain(expected, $"{persona.Id} finds the demonstration's work on first signing in");
            await VisitPartnerPage(page, $"partner-demo-{persona.Id}");
            await page.Context.CloseAsync();
        }

        // The setting's answer with adjustments, on the officer's Consultations tab of the panel's named-setting case.
        var officer = await NewPage();
        await SignIn(officer, Personas.SendOfficer, "/cases");
        await officer.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/cases");
        await officer.GetByLabel("Search").FillAsync("Campbell");
        await officer.GetByLabel("Stage").SelectOptionAsync("LetterIssued");
        await officer.GetByRole(AriaRole.Button, new() { Name = "Apply filters" }).ClickAsync();
        await officer.WaitForURLAsync(url => url.Contains("stage=LetterIssued", StringComparison.Ordinal));
        await officer.Locator("table.app-caseload tbody tr").Filter(new() { HasText = "Theo" }).First.GetByRole(AriaRole.Link).First.ClickAsync();
        await officer.Locator(".moj-identity-bar").WaitForAsync();
        await officer.GetByRole(AriaRole.Link, new() { Name = "Consultations", Exact = true }).ClickAsync();
        await officer.WaitForURLAsync(url => url.EndsWith("/consultations", StringComparison.Ordinal));
        var row = await officer.Locator("table.app-consultations tbody tr", new() { HasText = "Brookside Special School" }).InnerTextAsync();
        row.Should().Contain("A key worker for the first two terms").And.Contain("£12,500.00").And.Contain("£1,800.00");
        await Visit(officer, "partner-demo-officer-consultation-with-adjustments");
    }

    /// <summary>The officer records a request for an agency's advice on a case gathering evidence and puts it before the professional, sharing the child's details and needs.</summary>
    private static async Task<AskedOfPartner> OfficerAsksForAdvice(IPage officer, string agencyLabel, Persona professional, int caseIndex, string screenshots)
    {
        await SignIn(officer, Personas.SendOfficer, "/cases?stage=Evidence");
        await officer.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/cases");
        var hrefs = await officer.Locator("table.app-caseload tbody tr td:first-child a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        // A case not yet asked for this agency's advice, so that the clock's milestone for the agency is this request's.
        string? casePath = null;
        foreach (var href in hrefs.Distinct().Skip(caseIndex))
        {
            await officer.GotoAsync($"{href}/advice");
            var agencies = await officer.Locator("table.app-advice tbody tr td:first-child strong").AllInnerTextsAsync();
            if (!agencies.Contains(agencyLabel, StringComparer.OrdinalIgnoreCase))
            {
                casePath = href;
                break;
            }
        }

        casePath.Should().NotBeNull($"the demonstration has a case gathering evidence with no {agencyLabel} advice asked for yet");
        ArgumentNullException.ThrowIfNull(casePath);
        var addressedTo = $"{agencyLabel} team {Guid.NewGuid().ToString("N")[..6]}";
        var form = officer.Locator("form.app-request-advice");
        await form.GetByLabel(agencyLabel, new() { Exact = true }).CheckAsync();
        await form.GetByLabel("Asked of").FillAsync(addressedTo);
        var date = form.GetByRole(AriaRole.Group, new() { Name = "Date it was asked for" });
        await date.GetByLabel("Day").FillAsync(Today.Day.ToString(CultureInfo.InvariantCulture));
        await date.GetByLabel("Month").FillAsync(Today.Month.ToString(CultureInfo.InvariantCulture));
        await date.GetByLabel("Year").FillAsync(Today.Year.ToString(CultureInfo.InvariantCulture));
        await form.GetByRole(AriaRole.Button, new() { Name = "Record the request for advice" }).ClickAsync();
        await officer.Locator(".govuk-notification-banner--success").WaitForAsync();
        var row = officer.Locator("table.app-advice tbody tr", new() { HasText = addressedTo });
        await row.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Ask a professional in the service") }).ClickAsync();

        await officer.Locator("form.app-share-advice").WaitForAsync();
        await officer.GetByRole(AriaRole.Button, new() { Name = "Send the request" }).ClickAsync();
        await officer.Locator(".govuk-error-summary").WaitForAsync();
        await Visit(officer, $"{screenshots}-01-officer-share-errors");
        await officer.GetByLabel("Which professional?").SelectOptionAsync(new SelectOptionValue { Label = $"{professional.DisplayName} ({professional.Email})" });
        await officer.GetByLabel("The child's name and date of birth").CheckAsync();
        await officer.GetByLabel("The child's needs").CheckAsync();
        var reference = (await officer.Locator("h1 .govuk-caption-l").InnerTextAsync()).Trim();
        await Visit(officer, $"{screenshots}-02-officer-shares");
        await officer.GetByRole(AriaRole.Button, new() { Name = "Send the request" }).ClickAsync();
        await officer.WaitForURLAsync(url => new Uri(url).AbsolutePath == $"{casePath}/advice");
        (await row.Locator(".app-partner-asked").InnerTextAsync()).Should().Contain($"Asked of {professional.DisplayName} in the service: waiting");
        // Reg. 8: six weeks from the day it was asked for.
        return new AskedOfPartner(casePath, reference, Today.AddDays(42), addressedTo);
    }

    /// <summary>The partner signs in, finds the request waiting by its reference and due date, and opens it.</summary>
    private static async Task OpenRequestAsPartner(IPage partner, Persona persona, AskedOfPartner asked, string screenshots)
    {
        await SignIn(partner, persona, "/partner");
        await partner.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/partner");
        (await partner.Locator(".app-partner-count").InnerTextAsync()).Should().MatchRegex("[1-9][0-9]* requests? (is|are) waiting for you");
        await VisitPartnerPage(partner, $"{screenshots}-02-start");
        await partner.GetByRole(AriaRole.Button, new() { Name = "See what is waiting for you" }).Or(partner.GetByRole(AriaRole.Link, new() { Name = "See what is waiting for you" })).ClickAsync();
        await partner.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/partner/requests");
        var row = partner.Locator("table.app-partner-waiting tbody tr", new() { HasText = asked.Reference }).Filter(new() { HasText = DateText(asked.DueOn) });
        (await row.CountAsync()).Should().Be(1, $"the request on {asked.Reference} due by {DateText(asked.DueOn)} is waiting for {persona.Id}");
        (await partner.Locator("main").InnerTextAsync()).Should().NotContain(asked.AddressedTo.StartsWith("Consultation", StringComparison.Ordinal) ? "Advice:" : "Consultation:",
            "a partner sees only what is addressed to them");
        await VisitPartnerPage(partner, $"{screenshots}-03-waiting");
        await row.GetByRole(AriaRole.Link).ClickAsync();
        await partner.Locator(".app-partner-due").WaitForAsync();
        (await partner.Locator(".app-partner-due").InnerTextAsync()).Should().Contain(DateText(asked.DueOn));
        await VisitPartnerPage(partner, $"{screenshots}-03a-request");
    }

    /// <summary>A partner's page: screenshot and axe as every journey does, then the page at 320 CSS pixels (WCAG 2.2 1.4.10): no sideways scrolling.</summary>
    private static async Task VisitPartnerPage(IPage page, string screenshotName)
    {
        await Visit(page, screenshotName);
        var size = page.ViewportSize!;
        await page.SetViewportSizeAsync(320, 900);
        try
        {
            var wide = await page.EvaluateAsync<string>("""
                () => [...document.querySelectorAll('body *')]
                    .filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
                    .slice(0, 5).map(e => e.tagName.toLowerCase() + '.' + String(e.className)).join('; ')
                """);
            var (scroll, client) = (await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth"), await page.EvaluateAsync<int>("() => document.documentElement.clientWidth"));
            scroll.Should().BeLessThanOrEqualTo(client, $"{page.Url} must reflow at 320 CSS px without scrolling sideways; wider than the page: {wide}");
        }
        finally
        {
            await page.SetViewportSizeAsync(size.Width, size.Height);
        }
    }

    private static async Task<string> TempFile(string name, byte[] content)
    {
        var path = Path.Combine(Path.GetTempPath(), $"{Guid.NewGuid():N}-{name}");
        await File.WriteAllBytesAsync(path, content);
        return path;
    }

    private sealed record AskedOfPartner(string CasePath, string Reference, DateOnly DueOn, string AddressedTo);
}
