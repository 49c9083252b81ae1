using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AngleSharp.Html.Parser;
using PanelCaseManager.Infrastructure.DemoData;
using PanelCaseManager.Testing;
using PanelCaseManager.Web.Tests.Pages;

namespace PanelCaseManager.Web.Tests.Api;

/// <summary>A decision's history for audit over HTTP, as JSON, HTML and PDF, on the case the letter tests take to an issued letter.</summary>
public partial class LettersApiTests
{
    private async Task<(Guid DecisionId, string LetterSha256)> IssuedAsync()
    {
        var decisionId = await SignedOffDecisionAsync();
        var issued = await Ok(await _officer.PostAsync($"/api/v1/decisions/{decisionId}/letter", null), HttpStatusCode.Created);
        return (decisionId, issued.GetProperty("sha256").GetString()!);
    }

    [Test]
    public async Task The_decision_history_is_a_versioned_json_document_with_the_letter_hash_and_an_intact_trail()
    {
        var (decisionId, sha256) = await IssuedAsync();
        using var auditor = await _factory.ClientFor(Personas.Auditor);

        using var response = await auditor.GetAsync($"/api/v1/decisions/{decisionId}/history?format=json");

        var bundle = await Ok(response);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/json");
        response.Content.Headers.ContentDisposition!.FileName.Should().Contain(decisionId.ToString("N")).And.NotContain("Ffion");
        bundle.GetProperty("schemaVersion").GetInt32().Should().Be(1);
        bundle.GetProperty("decision").GetProperty("id").GetGuid().Should().Be(decisionId);
        bundle.GetProperty("panelPack").GetProperty("intact").GetBoolean().Should().BeTrue();
        bundle.GetProperty("letters").EnumerateArray().Select(l => l.GetProperty("sha256").GetString()).Should().Equal(sha256);
        var sequences = bundle.GetProperty("auditEvents").EnumerateArray().Select(e => e.GetProperty("sequence").GetInt64()).ToList();
        sequences.Should().NotBeEmpty().And.BeInAscendingOrder();
        bundle.GetProperty("verification").GetProperty("verdict").GetString().Should().Be("intact");
    }

    [Test]
    public async Task The_decision_history_as_html_is_a_standalone_accessible_page_and_as_pdf_reads_back()
    {
        var (decisionId, sha256) = await IssuedAsync();

        using var html = await _officer.GetAsync($"/api/v1/decisions/{decisionId}/history?format=html");
        html.StatusCode.Should().Be(HttpStatusCode.OK);
        html.Content.Headers.ContentType!.MediaType.Should().Be("text/html");
        var document = new HtmlParser().ParseDocument(await html.Content.ReadAsStringAsync());
        document.DocumentElement.GetAttribute("lang").Should().Be("en-GB");
        document.QuerySelectorAll("h1").Should().ContainSingle();
        document.QuerySelectorAll("h2").Select(h => h.TextContent).Should().Contain(["The decision", "What the panel saw", "Letters and notices issued", "Audit events of the case"]);
        var tables = document.QuerySelectorAll("table");
        tables.Should().NotBeEmpty().And.OnlyContain(t => t.QuerySelector("caption") != null && t.QuerySelectorAll("th[scope]").Length > 0);
        document.Body!.TextContent.Should().Contain(sha256).And.Contain("intact");

        using var pdf = await _officer.GetAsync($"/api/v1/decisions/{decisionId}/history?format=pdf");
        pdf.StatusCode.Should().Be(HttpStatusCode.OK);
        pdf.Content.Headers.ContentType!.MediaType.Should().Be("application/pdf");
        pdf.Content.Headers.ContentDisposition!.FileName.Should().EndWith(".pdf").And.NotContain("Ffion");
        using var text = new PdfText(await pdf.Content.ReadAsByteArrayAsync());
        text.All.Should().Contain("History of the decision").And.Contain("Page 1 of").And.Contain("Verdict");
    }

    [Test]
    public async Task An_auditor_signed_in_to_the_pages_downloads_the_history_from_each_link_of_the_find_decisions_page()
    {
        var (decisionId, sha256) = await IssuedAsync();
        var reference = (await _officer.GetFromJsonAsync<JsonElement>($"/api/v1/placement-requests/{_caseId}")).GetProperty("reference").GetString();
        using var auditor = await _factory.HtmlClientFor(Personas.Auditor);

        var page = await auditor.GetPage($"/audit?caseReference={reference}");

        page.Text("td.app-decision-history").Should().StartWith("Download the decision's history");
        var links = page.QuerySelectorAll("td.app-decision-history a").Select(a => a.GetAttribute("href")!).ToList();
        links.Should().Equal(
            $"/audit/decisions/{decisionId}/history?format=pdf",
            $"/audit/decisions/{decisionId}/history?format=html",
            $"/audit/decisions/{decisionId}/history?format=json");
        using var pdf = await auditor.Get(links[0]);
        pdf.StatusCode.Should().Be(HttpStatusCode.OK, "the browser session's cookie is enough; no bearer token");
        pdf.Content.Headers.ContentType!.MediaType.Should().Be("application/pdf");
        pdf.Content.Headers.ContentDisposition!.FileName.Should().EndWith(".pdf").And.NotContain("Ffion");
        using (var text = new PdfText(await pdf.Content.ReadAsByteArrayAsync()))
        {
            text.All.Should().Contain("History of the decision");
        }

        using var html = await auditor.Get(links[1]);
        html.Content.Headers.ContentType!.MediaType.Should().Be("text/html");
        (await html.Content.ReadAsStringAsync()).Should().Contain(sha256);
        using var json = await auditor.Get(links[2]);
        json.Content.Headers.ContentType!.MediaType.Should().Be("application/json");
        var bundle = await json.Content.ReadFromJsonAsync<JsonElement>();
        bundle.GetProperty("decision").GetProperty("id").GetGuid().Should().Be(decisionId);
        bundle.GetProperty("decision").GetProperty("outcome").GetString().Should().Be("NameAnotherSetting", "the same JSON as the API's, enums by name");
    }

    [Test]
    public async Task The_history_pages_answer_a_bad_format_as_a_bad_request_an_unknown_decision_as_not_found_and_other_roles_as_forbidden()
    {
        var (decisionId, _) = await IssuedAsync();
        using var auditor = await _factory.HtmlClientFor(Personas.Auditor);

        (await auditor.GetPage($"/audit/decisions/{decisionId}/history?format=docx", HttpStatusCode.BadRequest)).Text("h1").Should().Be("Sorry, there is a problem with your request");
        (await auditor.GetPage($"/audit/decisions/{Guid.NewGuid()}/history?format=pdf", HttpStatusCode.NotFound)).Text("h1").Should().Be("Page not found");
        foreach (var persona in new[] { Personas.SendOfficer, Personas.SecondSendOfficer, Personas.PanelChair, Personas.Family, Personas.Administrator })
        {
            using var other = await _factory.HtmlClientFor(persona);
            (await other.GetPage($"/audit/decisions/{decisionId}/history?format=pdf", HttpStatusCode.Forbidden)).Text("h1").Should().Be("You do not have access to this page");
        }
    }

    [Test]
    public async Task An_unknown_format_is_a_400_naming_format_and_a_caller_who_may_not_see_the_case_never_gets_the_history()
    {
        var (decisionId, _) = await IssuedAsync();
        using var auditor = await _factory.ClientFor(Personas.Auditor);

        await (await auditor.GetAsync($"/api/v1/decisions/{decisionId}/history?format=docx")).ShouldBeValidationProblemNaming("format");
        await (await auditor.GetAsync($"/api/v1/decisions/{Guid.NewGuid()}/history")).ShouldBeProblem(HttpStatusCode.NotFound);
        using var otherTeam = await _factory.ClientFor(Personas.SecondSendOfficer);
        await (await otherTeam.GetAsync($"/api/v1/decisions/{decisionId}/history?format=pdf")).ShouldBeProblem(HttpStatusCode.NotFound);
        using var family = await _factory.ClientFor(Personas.Family);
        await (await family.GetAsync($"/api/v1/decisions/{decisionId}/history")).ShouldBeProblem(HttpStatusCode.Forbidden);
        using var administrator = await _factory.ClientFor(Personas.Administrator);
        await (await administrator.GetAsync($"/api/v1/decisions/{decisionId}/history")).ShouldBeProblem(HttpStatusCode.Forbidden);
    }
}
