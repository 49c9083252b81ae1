using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PanelCaseManager.Application.Persistence;
using PanelCaseManager.Domain.Panels;
using PanelCaseManager.Domain.PlacementRequests;
using PanelCaseManager.Infrastructure.DemoData;
using PanelCaseManager.Testing.Builders;

namespace PanelCaseManager.Web.Tests.Pages;

/// <summary>
/// Partners in the pages: the officer invites and shares, the professional sends advice, the demo school's SENCO
/// answers a consultation, each through check-your-answers; and the officer's tabs show what came back.
/// </summary>
public class PartnerPagesTests
{
    private PanelWebApplicationFactory _factory = null!;
    private HtmlClient _officer = null!;

    [OneTimeSetUp]
    public async Task SetUp()
    {
        _factory = new PanelWebApplicationFactory(new Dictionary<string, string?> { ["DemoData:Cases"] = "1" });
        _officer = await _factory.HtmlClientFor(Personas.SendOfficer);
    }

    [OneTimeTearDown]
    public async Task TearDown()
    {
        _officer.Dispose();
        await _factory.DisposeAsync();
    }

    private async Task<T> Db<T>(Func<PanelDbContext, Task<T>> read)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        return await read(scope.ServiceProvider.GetRequiredService<PanelDbContext>());
    }

    private async Task<(Guid CaseId, Guid AdviceId)> CaseWithAdviceAsync()
    {
        using var api = await _factory.ClientFor(Personas.SendOfficer);
        var created = await api.PostAsJsonAsync("/api/v1/placement-requests", A.PlacementRequest());
        var caseId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var advice = await api.PostAsJsonAsync($"/api/v1/placement-requests/{caseId}/advice-requests", new { agency = "Health", addressedTo = "Community paediatrics", requestedOn = "2026-11-13" });
        advice.StatusCode.Should().Be(HttpStatusCode.Created, await advice.Content.ReadAsStringAsync());
        return (caseId, (await advice.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid());
    }

    [Test]
    public async Task The_officer_asks_a_professional_who_sends_advice_after_checking_their_answers_and_the_advice_tab_shows_it()
    {
        var (caseId, adviceId) = await CaseWithAdviceAsync();

        var share = await _officer.GetPage($"/cases/{caseId}/advice/{adviceId}/partner");
        share.QuerySelectorAll("#partnerId option").Select(o => o.GetAttribute("value")).Should().Contain(Personas.PartnerHealth.Id).And.NotContain(Personas.PartnerSocialCare.Id);
        var shared = await _officer.SubmitAndFollow(share, new Dictionary<string, string?> { ["partnerId"] = Personas.PartnerHealth.Id, ["sections"] = "Needs" });
        shared.Text(".app-partner-asked").Should().Contain(Personas.PartnerHealth.DisplayName).And.Contain("waiting");

        using var partner = await _factory.HtmlClientFor(Personas.PartnerHealth);
        var start = await partner.GetPage("/partner");
        start.Text(".app-partner-count").Should().MatchRegex("[1-9][0-9]* requests? (is|are) waiting for you");
        var reference = await Db(db => db.PlacementRequests.Where(p => p.Id == new PlacementRequestId(caseId)).Select(p => p.Reference.Value).SingleAsync());
        var waiting = await partner.GetPage("/partner/requests");
        var link = waiting.QuerySelectorAll(".app-partner-waiting a").Single(a => a.TextContent == reference).GetAttribute("href")!;
        var request = await partner.GetPage(link);
        request.Text(".app-partner-due").Should().Contain("Due by");
        request.QuerySelector(".app-partner-needs").Should().NotBeNull();
        request.QuerySelector(".app-partner-child").Should().BeNull("the child's name was not shared");

        var form = await partner.GetPage(link + "/advice");
        var empty = await partner.SubmitAndFollow(form, new Dictionary<string, string?> { ["summary"] = "" });
        empty.ShouldShowErrorFor("summary", "Summarise your advice");
        var check = await partner.SubmitAndFollow(form, new Dictionary<string, string?> { ["summary"] = "Needs a small, calm setting.", ["recommendation"] = "Specialist provision." });
        check.QuerySelector("h1")!.TextContent.Should().Be("Check your answers and attach your advice");
        check.Text(".app-partner-advice-check").Should().Contain("Needs a small, calm setting.");

        var wrongType = await HtmlClient.ParseAsync(await partner.SubmitWithFile(check, new Dictionary<string, string?>(), "advice.pdf", "not a pdf at all"u8.ToArray()));
        wrongType.ShouldShowErrorFor("file", "content is not one of the accepted types");

        var sent = await HtmlClient.ParseAsync(await partner.Follow(await partner.SubmitWithFile(check, new Dictionary<string, string?>(), "advice.pdf", Files.PdfBytes("Paediatric advice"))));
        sent.Text(".govuk-notification-banner").Should().Contain("Your advice has been sent");
        sent.Text(".app-partner-status").Should().Be("Answered");

        var tab = await _officer.GetPage($"/cases/{caseId}/advice");
        tab.Text(".app-advice").Should().Contain("Needs a small, calm setting.").And.Contain("answered");
    }

    [Test]
    public async Task Another_professional_opening_the_request_by_its_address_finds_page_not_found()
    {
        var (caseId, adviceId) = await CaseWithAdviceAsync();
        using var api = await _factory.ClientFor(Personas.SendOfficer);
        var asked = await api.PostAsJsonAsync($"/api/v1/placement-requests/{caseId}/partner-requests",
            new { adviceRequestId = adviceId, partnerId = Personas.PartnerHealth.Id, sections = new[] { "ChildDetails" }, documentIds = Array.Empty<Guid>() });
        var id = (await asked.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        using var other = await _factory.HtmlClientFor(Personas.PartnerSocialCare);
        var page = await other.GetPage($"/partner/requests/{id}", HttpStatusCode.NotFound);
        page.Body!.TextContent.Should().NotContain(A.Child().FamilyName);
        await other.GetPage($"/partner/requests/{Guid.NewGuid()}", HttpStatusCode.NotFound);
        await other.GetPage($"/partner/requests/{id}/advice", HttpStatusCode.NotFound);
    }

    [Test]
    public async Task The_demo_schools_senco_answers_a_consultation_with_adjustments_and_the_officers_tab_shows_the_answer_as_given()
    {
        var (caseId, decisionId) = await Db(async db =>
        {
            var decision = await db.PanelDecisions.AsNoTracking().Where(d => d.Status == DecisionStatus.SignedOff
                    && (d.Outcome == DecisionOutcome.AgreeFamilyPreference || d.Outcome == DecisionOutcome.NameAnotherSetting))
                .Select(d => new { d.PlacementRequestId, d.Id }).FirstAsync();
            return (decision.PlacementRequestId.Value, decision.Id);
        });
        using var api = await _factory.ClientFor(Personas.SendOfficer);
        var started = await api.PostAsJsonAsync($"/api/v1/placement-requests/{caseId}/consultations",
            new { decisionId, settingName = "Brookside Special School", settingUrn = Personas.SettingSendcoUrn, sentOn = DateOnly.FromDateTime(_factory.Clock.GetUtcNow().UtcDateTime) });
        started.StatusCode.Should().Be(HttpStatusCode.Created, await started.Content.ReadAsStringAsync());
        var consultationId = (await started.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        var share = await _officer.GetPage($"/cases/{caseId}/consultations/{consultationId}/partner");
        await _officer.SubmitAndFollow(share, new Dictionary<string, string?> { ["sections"] = "Needs" });

        using var senco = await _factory.HtmlClientFor(Personas.SettingSendco);
        var waiting = await senco.GetPage("/partner/requests");
        var link = waiting.QuerySelectorAll(".app-partner-waiting a").Select(a => a.GetAttribute("href")!).Single();
        var form = await senco.GetPage(link + "/consultation-answer");
        var noGrounds = await senco.SubmitAndFollow(form, new Dictionary<string, string?> { ["response"] = "CannotMeetNeeds" });
        noGrounds.ShouldShowErrorFor("objections", "Choose the grounds");
        noGrounds.ShouldShowErrorFor("reasons", "Explain why");

        var check = await senco.SubmitAndFollow(form, new Dictionary<string, string?>
        {
            ["response"] = "CanMeetNeedsWithConditions",
            ["adjustments[0].what"] = "A full-time teaching assistant",
            ["adjustments[0].cost"] = "£21,500",
            ["reasons"] = "We can offer a place from January.",
        });
        check.Text(".app-consultation-answer-check").Should().Contain("A full-time teaching assistant");
        var sent = await senco.SubmitAndFollow(check, formSelector: "form.app-consultation-answer-send");
        sent.Text(".app-partner-status").Should().Be("Answered");
        sent.Text(".app-consultation-answer").Should().Contain("£21,500.00");

        var tab = await _officer.GetPage($"/cases/{caseId}/consultations");
        tab.Text(".app-answered-by-setting").Should().Be("Answered by the setting in the service.");
        tab.Text(".app-consultation-adjustment").Should().Be("A full-time teaching assistant: £21,500.00");
    }

    [Test]
    public async Task Inviting_an_email_already_linked_to_another_role_shows_the_error_beside_the_field()
    {
        var page = await _officer.GetPage("/partners");
        var refused = await _officer.SubmitAndFollow(page, new Dictionary<string, string?>
        {
            ["role"] = "AgencyProfessional", ["displayName"] = "Someone", ["email"] = Personas.Auditor.Email, ["id"] = "c7f0a3f2-1111-4e7e-9b1c-000000000001", ["agency"] = "Health",
        });
        refused.ShouldShowErrorFor("email", "cannot be used for a new partner account");

        var invited = await _officer.SubmitAndFollow(page, new Dictionary<string, string?>
        {
            ["role"] = "SettingContact", ["displayName"] = "Priya Natarajan", ["email"] = "senco@brookside.example.sch.uk", ["id"] = "c7f0a3f2-1111-4e7e-9b1c-000000000002", ["settingUrn"] = Personas.SettingSendcoUrn,
        });
        invited.Text(".govuk-notification-banner").Should().Contain("Priya Natarajan is invited");
        invited.Text(".app-partners").Should().Contain("Brookside Special School");
    }
}
