using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PanelCaseManager.Application.Notifications;
using PanelCaseManager.Application.Persistence;
using PanelCaseManager.Infrastructure.DemoData;
using PanelCaseManager.Web.Tests.Pages;

namespace PanelCaseManager.Web.Tests.Api;

/// <summary>The family reads an issued letter in their pages, from the link their notification carries.</summary>
public partial class LettersApiTests
{
    [Test]
    public async Task A_linked_family_sees_the_letter_on_their_request_and_downloads_exactly_what_was_issued_from_the_notified_link()
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

        var page = await html.GetPage($"/your-requests/{_caseId}");
        var link = page.QuerySelector($".app-family-letters a[href='/your-letters/{letterId}']");
        link.Should().NotBeNull();
        link!.TextContent.Should().Contain("Decision letter of").And.Contain("PDF");

        await using var scope = _factory.Services.CreateAsyncScope();
        var notified = await scope.ServiceProvider.GetRequiredService<PanelDbContext>().Notifications
            .Where(n => n.Kind == NotificationKinds.DecisionLetterIssued).Select(n => n.Link).ToListAsync();
        notified.Should().Contain($"/your-letters/{letterId}");

        var download = await html.Get($"/your-letters/{letterId}");
        download.StatusCode.Should().Be(HttpStatusCode.OK);
        download.Content.Headers.ContentType!.MediaType.Should().Be("application/pdf");
        var bytes = await download.Content.ReadAsByteArrayAsync();
        Convert.ToHexStringLower(SHA256.HashData(bytes)).Should().Be(issued.GetProperty("sha256").GetString());
    }

    [Test]
    public async Task A_family_following_another_familys_letter_link_gets_page_not_found()
    {
        var decisionId = await SignedOffDecisionAsync();
        var issued = await Ok(await _officer.PostAsync($"/api/v1/decisions/{decisionId}/letter", null), HttpStatusCode.Created);

        using var html = await _factory.HtmlClientFor(Personas.Family);
        var refused = await html.Get($"/your-letters/{issued.GetProperty("letterId").GetGuid()}");
        refused.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await refused.Content.ReadAsStringAsync()).Should().NotContain("%PDF");
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
}
