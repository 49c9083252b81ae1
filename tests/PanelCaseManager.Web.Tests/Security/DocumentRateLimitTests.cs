using System.Net;
using System.Net.Http.Json;
using PanelCaseManager.Infrastructure.DemoData;
using PanelCaseManager.Web.Tests.Pages;

namespace PanelCaseManager.Web.Tests.Security;

/// <summary>
/// Rendering PDFs and previews, and exporting histories and the audit trail, have a budget per user and minute
/// (RateLimits:DocumentsPerMinute, ExportsPerMinute); beyond it the answer is 429 with Retry-After, through the API
/// and the pages' handlers alike, while showing the pages themselves costs nothing (docs/adr/0136).
/// </summary>
public class DocumentRateLimitTests
{
    private PanelWebApplicationFactory _factory = null!;

    [SetUp]
    public void SetUp() => _factory = new PanelWebApplicationFactory(new Dictionary<string, string?>
    {
        ["RateLimits:DocumentsPerMinute"] = "2",
        ["RateLimits:ExportsPerMinute"] = "2",
    });

    [TearDown]
    public async Task TearDown() => await _factory.DisposeAsync();

    private static async Task<List<HttpStatusCode>> Repeat(int times, Func<Task<HttpResponseMessage>> call)
    {
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < times; i++)
        {
            using var response = await call();
            statuses.Add(response.StatusCode);
        }

        return statuses;
    }

    [Test]
    public async Task Letter_pdfs_beyond_the_budget_are_refused_with_429_and_retry_after_for_that_user_only()
    {
        using var officer = await _factory.ClientFor(Personas.SendOfficer);
        using var colleague = await _factory.ClientFor(Personas.SecondSendOfficer);
        var path = $"/api/v1/letters/{Guid.NewGuid()}/pdf";

        (await Repeat(2, () => officer.GetAsync(path))).Should().Equal(HttpStatusCode.NotFound, HttpStatusCode.NotFound);
        var refused = await officer.GetAsync(path);

        var problem = await refused.ShouldBeProblem(HttpStatusCode.TooManyRequests);
        problem.GetProperty("code").GetString().Should().Be("too-many-requests");
        refused.Headers.RetryAfter!.Delta!.Value.Should().BePositive().And.BeLessThanOrEqualTo(TimeSpan.FromMinutes(1));
        (await colleague.GetAsync(path)).StatusCode.Should().Be(HttpStatusCode.NotFound, "each user has a budget of their own");
        (await officer.GetAsync($"/api/v1/decisions/{Guid.NewGuid()}/letter/preview")).StatusCode.Should().Be(HttpStatusCode.TooManyRequests, "previews share the budget");
    }

    [Test]
    public async Task Template_previews_through_the_api_share_the_budget()
    {
        using var admin = await _factory.ClientFor(Personas.Administrator);

        var statuses = await Repeat(3, () => admin.PostAsync("/api/v1/letter-templates/decline/preview", JsonContent.Create(new { })));

        statuses.Take(2).Should().OnlyContain(s => s == HttpStatusCode.OK);
        statuses[2].Should().Be(HttpStatusCode.TooManyRequests);
    }

    [Test]
    public async Task A_pages_pdf_handler_is_limited_but_the_page_itself_is_not()
    {
        using var admin = await _factory.HtmlClientFor(Personas.Administrator);

        var statuses = await Repeat(3, () => admin.Get("/admin/letter-templates/decline?handler=pdf"));

        statuses.Should().Equal(HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests);
        using var refused = await admin.Get("/admin/letter-templates/decline?handler=pdf");
        refused.Headers.RetryAfter.Should().NotBeNull();
        var page = await HtmlClient.ParseAsync(refused);
        page.Text("h1").Should().Be("Too many requests");
        page.Text("main").Should().Contain("Wait a minute, then try again.");
        (await Repeat(3, () => admin.Get("/admin/letter-templates/decline"))).Should().OnlyContain(s => s == HttpStatusCode.OK);
    }

    [Test]
    public async Task Exports_of_the_audit_trail_and_of_a_decisions_history_have_their_own_budget()
    {
        using var auditor = await _factory.ClientFor(Personas.Auditor);
        using var browser = await _factory.HtmlClientFor(Personas.Auditor);

        (await Repeat(2, () => auditor.GetAsync("/api/v1/audit/events?format=csv"))).Should().OnlyContain(s => s == HttpStatusCode.OK);
        (await auditor.GetAsync($"/api/v1/decisions/{Guid.NewGuid()}/history")).StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
        (await auditor.GetAsync($"/api/v1/letters/{Guid.NewGuid()}/pdf")).StatusCode.Should().Be(HttpStatusCode.NotFound, "documents are counted apart from exports");

        (await browser.Get("/audit/export?handler=file&format=csv")).StatusCode.Should().Be(HttpStatusCode.TooManyRequests, "the budget is the user's, whichever door they use");
        (await browser.Get("/audit/export")).StatusCode.Should().Be(HttpStatusCode.OK, "showing the export form costs nothing");
    }

    [Test]
    public async Task The_audit_export_pages_file_handler_is_limited()
    {
        using var browser = await _factory.HtmlClientFor(Personas.Auditor);

        (await Repeat(3, () => browser.Get("/audit/export?handler=file&format=csv"))).Should().Equal(HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests);
    }
}
