using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AngleSharp.Dom;
using PanelCaseManager.Infrastructure.DemoData;
using PanelCaseManager.Testing.Builders;

namespace PanelCaseManager.Web.Tests.Pages;

/// <summary>
/// The chair's pages in words (issue #19): the sector match as a short ranked list with its reasons, the evidence the
/// decision cites linked to the papers' documents, the agenda's outcomes, and the chair's home. A conflicted member
/// gets neither the case nor its documents.
/// </summary>
public class ChairPagesTests
{
    private static readonly string[] EnumNames = ["DoesNotFit", "PartlyFits", "AgreeFamilyPreference", "NameAnotherSetting", "AboveButSupported"];

    private PanelWebApplicationFactory _factory = null!;
    private Guid _caseId;
    private Guid _panelId;
    private Guid _evidenceId;
    private string _reference = null!;

    [SetUp]
    public async Task SetUp()
    {
        _factory = new PanelWebApplicationFactory();
        using var officer = await _factory.ClientFor(Personas.SendOfficer);
        using var chair = await _factory.ClientFor(Personas.PanelChair);
        var created = await Ok(await officer.PostAsJsonAsync("/api/v1/placement-requests", A.PlacementRequest()), HttpStatusCode.Created);
        _caseId = created.GetProperty("id").GetGuid();
        _reference = created.GetProperty("reference").GetString()!;
        await Ok(await officer.PostAsJsonAsync($"/api/v1/placement-requests/{_caseId}/start-evidence", new { expectedVersion = 0 }));
        using (var form = new MultipartFormDataContent
               {
                   { new ByteArrayContent(Files.PdfBytes()), "file", "ep-advice.pdf" },
                   { new StringContent("AgencyAdvice"), "kind" },
                   { new StringContent("EducationalPsychology"), "agency" },
                   { new StringContent("Dr Helen Morgan"), "author" },
                   { new StringContent("2026-11-18"), "receivedOn" },
                   { new StringContent("Needs a small, calm setting."), "summary" },
               })
        {
            _evidenceId = (await Ok(await officer.PostAsync($"/api/v1/placement-requests/{_caseId}/evidence", form), HttpStatusCode.Created)).GetProperty("id").GetGuid();
        }

        await Ok(await officer.PostAsJsonAsync($"/api/v1/placement-requests/{_caseId}/mark-ready-for-panel", new { expectedVersion = 1 }));
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
        foreach (var member in Panel.Members)
        {
            using var client = await _factory.ClientFor(member);
            await Ok(await client.PostAsJsonAsync($"/api/v1/panels/{_panelId}/cases/{_caseId}/views", new { summary = "Supports a specialist place.", recommendedOutcome = "NameAnotherSetting" }));
        }
    }

    [TearDown]
    public async Task TearDown() => await _factory.DisposeAsync();

    private static async Task<JsonElement> Ok(HttpResponseMessage response, HttpStatusCode status = HttpStatusCode.OK)
    {
        response.StatusCode.Should().Be(status, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private string DecisionPath => $"/panels/{_panelId}/cases/{_caseId}/decision";

    private string DocumentPath => $"/panels/{_panelId}/cases/{_caseId}/documents/{_evidenceId}";

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
    public async Task The_decision_page_ranks_the_sectors_in_words_with_their_reasons_and_keeps_the_full_list_behind_show_all()
    {
        using var chair = await _factory.HtmlClientFor(Personas.PanelChair);

        var page = await chair.GetPage(DecisionPath);

        var match = page.QuerySelector(".app-sector-match")!;
        var shortList = match.QuerySelectorAll("ol.app-sector-shortlist > li");
        shortList.Length.Should().BeLessThanOrEqualTo(5, "a short list");
        if (shortList.Length > 0)
        {
            shortList[0].TextContent.Should().MatchRegex("fits|partly fits").And.Contain("Meets the child's needs in");
        }
        else
        {
            match.TextContent.Should().Contain("No sector's profile fits the child's needs");
        }

        var all = match.QuerySelector("details.app-sector-all")!;
        var sectors = all.QuerySelectorAll(".govuk-details__text li");
        sectors.Length.Should().BeGreaterThan(shortList.Length);
        all.Text(".govuk-details__summary-text").Should().Be($"Show all {sectors.Length} sectors");
        sectors.Select(s => s.QuerySelector(".govuk-tag")!.TextContent.Trim()).Should().OnlyContain(t => t == "Fits" || t == "Partly fits" || t == "Does not fit");
        var main = page.QuerySelector("main")!.TextContent;
        EnumNames.Should().NotContain(name => main.Contains(name, StringComparison.Ordinal), "no raw enum name reaches the page");
    }

    [Test]
    public async Task The_evidence_a_decision_cites_links_to_the_papers_document_and_a_conflicted_member_gets_neither_page_nor_document()
    {
        using var member = await _factory.HtmlClientFor(Personas.PanelEducation);
        var form = await member.GetPage(DecisionPath);
        form.QuerySelector($".app-decision-evidence a[href='{DocumentPath}']")!.TextContent.Trim().Should().Be("ep-advice.pdf");
        var recorded = await member.SubmitAndFollow(form, NameAnotherSetting(), formSelector: "form.app-decision-form");

        var cited = recorded.QuerySelector(".app-draft-decision .app-cited-evidence")!;
        cited.TextContent.Should().Contain("Preference 1 (Brookside Special School)").And.Contain("efficient use of resources");
        cited.QuerySelectorAll($"a[href='{DocumentPath}']").Should().HaveCount(2, "two grounds rely on the EP's report");
        using var chair = await _factory.HtmlClientFor(Personas.PanelChair);
        using (var document = await chair.Get(DocumentPath))
        {
            document.StatusCode.Should().Be(HttpStatusCode.OK);
            (await document.Content.ReadAsByteArrayAsync()).Should().Equal(Files.PdfBytes());
        }

        using var api = await _factory.ClientFor(Personas.PanelHealth);
        await Ok(await api.PostAsJsonAsync($"/api/v1/panels/{_panelId}/cases/{_caseId}/conflicts", new { reason = "I treat the child." }));
        using var conflicted = await _factory.HtmlClientFor(Personas.PanelHealth);
        (await conflicted.GetPage(DecisionPath, HttpStatusCode.NotFound)).Body!.TextContent.Should().NotContain(_reference);
        (await conflicted.GetPage(DocumentPath, HttpStatusCode.NotFound)).Text("h1").Should().Be("Page not found");
        (await conflicted.GetPage($"/panels/{_panelId}")).QuerySelectorAll($"a[href*='{_evidenceId}']").Should().BeEmpty();
    }

    [Test]
    public async Task The_chairs_home_shows_the_next_panel_and_the_decision_to_sign_off_and_the_agenda_then_says_what_was_decided()
    {
        using (var member = await _factory.HtmlClientFor(Personas.PanelEducation))
        {
            var form = await member.GetPage(DecisionPath);
            await member.SubmitAndFollow(form, NameAnotherSetting(), formSelector: "form.app-decision-form");
            (await member.GetPage("/")).QuerySelector(".app-chair-home").Should().BeNull("a member signs nothing off");
        }

        using var chair = await _factory.HtmlClientFor(Personas.PanelChair);
        var home = await chair.GetPage("/");
        var next = home.QuerySelector(".app-next-panel")!;
        next.QuerySelector($"a[href='/panels/{_panelId}']")!.TextContent.Should().Contain("North locality panel").And.Contain("2 December 2026");
        next.TextContent.Should().Contain("1 case").And.Contain("Frozen");
        home.Text(".app-awaiting-count").Should().Be("1 decision is waiting for your sign-off.");
        var link = home.QuerySelector($".app-awaiting-sign-off a[href='{DecisionPath}']")!;
        link.TextContent.Should().Contain(_reference);
        home.Text(".app-awaiting-sign-off").Should().Contain("Name another setting");

        var agenda = await chair.GetPage($"/panels/{_panelId}");
        agenda.Text(".app-agenda-outcome").Should().Be("Woodlands Academy SRP named instead of the family's preference, awaiting the chair's sign-off");
        var toSign = await chair.GetPage(DecisionPath);
        var signed = await chair.SubmitAndFollow(toSign, formSelector: "form.app-sign-off");

        var outcome = signed.QuerySelector("table.app-agenda .app-agenda-outcome")!;
        outcome.TextContent.Trim().Should().Be("Signed off: Woodlands Academy SRP named instead of the family's preference");
        signed.QuerySelector($"table.app-agenda .app-reference")!.TextContent.Trim().Should().Be(_reference);
        var after = await chair.GetPage("/");
        after.Text(".app-awaiting-none").Should().Be("No decision is waiting for your sign-off.");
    }
}
