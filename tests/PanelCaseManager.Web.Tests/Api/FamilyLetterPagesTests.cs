using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PanelCaseManager.Application.Notifications;
using PanelCaseManager.Application.Persistence;
using PanelCaseManager.Infrastructure.DemoData;
using PanelCaseManager.Testing;
using PanelCaseManager.Testing.Builders;
using PanelCaseManager.Web.Tests.Pages;

namespace PanelCaseManager.Web.Tests.Api;

/// <summary>The family reads an issued letter in their pages, from the link their notification carries.</summary>
public partial class LettersApiTests
{
    [Test]
    public async Task A_linked_family_reads_the_letter_as_a_web_page_from_the_notified_link_and_downloads_exactly_what_was_issued_beside_it()
    {
        using var html = await _factory.HtmlClientFor(Personas.Family);
        var empty = await html.GetPage($"/your-requests/{_caseId}", HttpStatusCode.NotFound);
        empty.Text("h1").Should().Be("Page not found");

        await LinkTheFamilyToTheCaseAsync();
        var before = await html.GetPage($"/your-requests/{_caseId}");
        before.Text("main").Should().Contain("There are no letters about this request yet");

        var decisionId = await SignedOffDecisionAsync();
        var issued = await Ok(await _officer.PostAsync($"/api/v1/decisions/{decisionId}/letter", null), HttpStatusCode.Created);
        var letterId = issued.GetProperty("letterId").GetGuid();
        var sha256 = issued.GetProperty("sha256").GetString();

        var request = await html.GetPage($"/your-requests/{_caseId}");
        var link = request.QuerySelector($".app-family-letters a.app-letter-page[href='/your-letters/{letterId}']");
        link.Should().NotBeNull();
        link!.TextContent.Should().Contain("Decision letter of");
        var pdfLink = link.ParentElement!.QuerySelector($"a.app-letter-pdf[href='/your-letters/{letterId}/pdf']");
        pdfLink.Should().NotBeNull("the PDF is linked beside the letter's page");
        pdfLink!.TextContent.Should().Contain("PDF");

        await using var scope = _factory.Services.CreateAsyncScope();
        var notified = await scope.ServiceProvider.GetRequiredService<PanelDbContext>().Notifications
            .Where(n => n.Kind == NotificationKinds.DecisionLetterIssued).Select(n => n.Link).ToListAsync();
        notified.Should().Contain($"/your-letters/{letterId}");

        var page = await html.GetPage($"/your-letters/{letterId}");
        page.Text("h1").Should().StartWith("Decision letter of");
        page.Text(".app-letter-hash").Should().Be(sha256);
        page.QuerySelector($"main a.app-letter-pdf[href='/your-letters/{letterId}/pdf']").Should().NotBeNull();
        var letter = page.QuerySelector("main .app-issued-letter .app-document");
        letter.Should().NotBeNull();
        letter!.GetAttribute("lang").Should().Be("en-GB");
        letter.TextContent.Should().Contain("Siân Llewelyn-Jones").And.Contain("Yours sincerely");
        page.QuerySelectorAll("main h1").Should().ContainSingle();

        var download = await html.Get($"/your-letters/{letterId}/pdf");
        download.StatusCode.Should().Be(HttpStatusCode.OK);
        download.Content.Headers.ContentType!.MediaType.Should().Be("application/pdf");
        Convert.ToHexStringLower(SHA256.HashData(await download.Content.ReadAsByteArrayAsync())).Should().Be(sha256);
    }

    [Test]
    public async Task What_the_family_letter_page_says_around_the_letter_reads_at_grade_6_or_below()
    {
        await LinkTheFamilyToTheCaseAsync();
        var issued = await Ok(await _officer.PostAsync($"/api/v1/decisions/{await SignedOffDecisionAsync()}/letter", null), HttpStatusCode.Created);
        using var html = await _factory.HtmlClientFor(Personas.Family);

        var page = await html.GetPage($"/your-letters/{issued.GetProperty("letterId").GetGuid()}");
        var main = (AngleSharp.Dom.IElement)page.QuerySelector("main")!.Clone();
        main.QuerySelector(".app-document")!.Remove();

        // The letter itself is measured with the letter templates, at grade 8 (LetterReadabilityTests).
        var score = Readability.Measure(PageText.Units(main), ProperNames.With(["Example County Council"]));
        TestContext.Out.WriteLine($"/your-letters/{{id}} around the letter: {score}");
        score.Words.Should().BeGreaterThan(30);
        score.Grade.Should().BeLessThanOrEqualTo(6.0, $"the family's letter page should be plain English: {score}");
    }

    [Test]
    public async Task A_family_following_another_familys_letter_link_gets_page_not_found()
    {
        var decisionId = await SignedOffDecisionAsync();
        var issued = await Ok(await _officer.PostAsync($"/api/v1/decisions/{decisionId}/letter", null), HttpStatusCode.Created);
        var letterId = issued.GetProperty("letterId").GetGuid();

        using var html = await _factory.HtmlClientFor(Personas.Family);
        foreach (var path in new[] { $"/your-letters/{letterId}", $"/your-letters/{letterId}/pdf", $"/your-letters/{Guid.NewGuid()}", $"/your-letters/{Guid.NewGuid()}/pdf" })
        {
            var refused = await html.Get(path);
            refused.StatusCode.Should().Be(HttpStatusCode.NotFound, path);
            var body = await refused.Content.ReadAsStringAsync();
            body.Should().NotContain("%PDF").And.NotContain("app-document").And.NotContain(issued.GetProperty("sha256").GetString()!);
        }
    }

    [Test]
    public async Task Staff_read_each_issued_letter_as_a_web_page_beside_its_pdf_and_another_teams_officer_finds_nothing()
    {
        var decisionId = await SignedOffDecisionAsync();
        var issued = await Ok(await _officer.PostAsync($"/api/v1/decisions/{decisionId}/letter", null), HttpStatusCode.Created);
        var letterId = issued.GetProperty("letterId").GetGuid();
        var sha256 = issued.GetProperty("sha256").GetString();
        using var officer = await _factory.HtmlClientFor(Personas.SendOfficer);

        var letters = await officer.GetPage($"/cases/{_caseId}/letters");
        var row = letters.QuerySelector($".app-issued-letters a.app-letter-page[href='/cases/{_caseId}/letters/{letterId}']")!.Closest("tr")!;
        IsPdfLink(row.QuerySelector("a.app-letter-pdf")?.GetAttribute("href"), letterId).Should().BeTrue("the PDF is linked beside the page");

        var page = await officer.GetPage($"/cases/{_caseId}/letters/{letterId}");
        page.Text("h1").Should().Contain(issued.GetProperty("reference").GetString());
        page.Text(".app-letter-hash").Should().Be(sha256);
        IsPdfLink(page.QuerySelector("main a.app-letter-pdf")?.GetAttribute("href"), letterId).Should().BeTrue();
        page.Text(".app-issued-letter .app-document").Should().Contain("Yours sincerely");
        using var auditor = await _factory.HtmlClientFor(Personas.Auditor);
        (await auditor.GetPage($"/cases/{_caseId}/letters/{letterId}")).Text(".app-letter-hash").Should().Be(sha256);

        using var south = await _factory.HtmlClientFor(Personas.SecondSendOfficer);
        (await south.Get($"/cases/{_caseId}/letters/{letterId}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await officer.Get($"/cases/{_caseId}/letters/{Guid.NewGuid()}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        using var member = await _factory.HtmlClientFor(Personas.PanelEducation);
        (await member.Get($"/cases/{_caseId}/letters/{letterId}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        var otherCase = await Ok(await _officer.PostAsJsonAsync("/api/v1/placement-requests", A.PlacementRequest()), HttpStatusCode.Created);
        (await officer.Get($"/cases/{otherCase.GetProperty("id").GetGuid()}/letters/{letterId}")).StatusCode.Should().Be(HttpStatusCode.NotFound, "a letter is read on its own case");
    }

    private async Task LinkTheFamilyToTheCaseAsync()
    {
        using var admin = await _factory.ClientFor(Personas.Administrator);
        var reference = (await Ok(await _officer.GetAsync($"/api/v1/placement-requests/{_caseId}"))).GetProperty("reference").GetString();
        var users = await admin.GetFromJsonAsync<List<JsonElement>>("/api/v1/users?role=Family");
        var family = users!.Single(u => u.GetProperty("id").GetString() == Personas.Family.Id);
        var linked = await admin.PostAsJsonAsync($"/api/v1/users/{Uri.EscapeDataString(Personas.Family.Id)}/child-links",
            new { caseReference = reference, relationship = "Mother", expectedVersion = family.GetProperty("version").GetInt32() });
        linked.StatusCode.Should().Be(HttpStatusCode.OK, await linked.Content.ReadAsStringAsync());
    }

    /// <summary>The case's PDF download for the letter, whatever order routing writes the query in.</summary>
    private bool IsPdfLink(string? href, object letterId)
    {
        if (href is null || href.Split('?') is not [var path, var query])
        {
            return false;
        }

        var parameters = query.Split('&');
        return path == $"/cases/{_caseId}/letters" && parameters.Contains("handler=download") && parameters.Contains($"letterId={letterId}");
    }
}
