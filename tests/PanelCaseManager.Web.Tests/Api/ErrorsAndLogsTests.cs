using System.Data.Common;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using PanelCaseManager.Application.Persistence;
using PanelCaseManager.Infrastructure.DemoData;

namespace PanelCaseManager.Web.Tests.Api;

/// <summary>
/// What a client and an operator see when a request fails: every 400 names its fields, a client's mistake is logged
/// once without a stack trace, a fault of ours at Error with the trace id the client and the person are shown.
/// </summary>
public partial class ErrorsAndLogsTests
{
    private PanelWebApplicationFactory _factory = null!;
    private HttpClient _officer = null!;

    [OneTimeSetUp]
    public async Task SetUp()
    {
        _factory = new PanelWebApplicationFactory(new Dictionary<string, string?> { ["Jobs:ServerEnabled"] = "false" });
        _officer = await _factory.ClientFor(Personas.SendOfficer);
    }

    [OneTimeTearDown]
    public async Task TearDown()
    {
        _officer.Dispose();
        await _factory.DisposeAsync();
    }

    [Test]
    public async Task An_empty_body_is_a_400_naming_the_body_as_a_whole()
    {
        // Found by the generated bad input: an empty body was a 400 without the errors every other validation failure has.
        using var content = new StringContent(string.Empty, Encoding.UTF8, "application/json");

        var response = await _officer.PostAsync("/api/v1/placement-requests", content);

        var problem = await response.ShouldBeValidationProblemNaming("$");
        problem.GetProperty("code").GetString().Should().Be("missing-body");
    }

    [TestCase("{\"child\": ")]
    [TestCase("not json at all")]
    [TestCase("[1, 2")]
    public async Task A_body_that_is_not_json_is_a_400_naming_the_body_as_a_whole(string body)
    {
        using var content = new StringContent(body, Encoding.UTF8, "application/json");

        var response = await _officer.PostAsync("/api/v1/placement-requests", content);

        await response.ShouldBeValidationProblemNaming("$");
    }

    [Test]
    public async Task A_body_sent_as_another_media_type_is_a_415_saying_which_to_use()
    {
        using var content = new StringContent("{}", Encoding.UTF8, "text/plain");

        var response = await _officer.PostAsync("/api/v1/placement-requests", content);

        var problem = await response.ShouldBeProblem(HttpStatusCode.UnsupportedMediaType);
        problem.GetProperty("detail").GetString().Should().Contain("application/json");
    }

    [Test]
    public async Task An_enum_value_is_read_by_its_exact_name_only()
    {
        foreach (var type in new[] { "newplan", " NewPlan", "1", "NewPlan, PhaseTransfer" })
        {
            var body = ApiJson.ToNode(Testing.Builders.A.PlacementRequest());
            body["type"] = type == "1" ? 1 : type;

            var response = await _officer.PostAsJsonAsync("/api/v1/placement-requests", body);

            await response.ShouldBeValidationProblemNaming("type");
        }
    }

    [Test]
    public async Task Client_errors_are_logged_once_at_information_or_warning_without_a_stack_trace()
    {
        var before = _factory.Logs.Lines.Count;

        await (await _officer.PostAsJsonAsync("/api/v1/placement-requests", new { })).ShouldBeProblem(HttpStatusCode.BadRequest);
        await (await _officer.GetAsync($"/api/v1/placement-requests/{Guid.NewGuid()}")).ShouldBeProblem(HttpStatusCode.NotFound);
        await (await _officer.GetAsync("/api/v1/sector-profiles?includeUnpublished=true")).ShouldBeProblem(HttpStatusCode.Forbidden);
        var created = await (await _officer.PostAsJsonAsync("/api/v1/placement-requests", Testing.Builders.A.PlacementRequest())).Content.ReadFromJsonAsync<Created>();
        await (await _officer.PostAsJsonAsync($"/api/v1/placement-requests/{created!.Id}/start-evidence", new { expectedVersion = 7 })).ShouldBeProblem(HttpStatusCode.Conflict);

        var lines = _factory.Logs.Lines.Skip(before).Where(l => l.Contains("Errors.", StringComparison.Ordinal)).ToList();
        lines.Should().HaveCount(4);
        lines.Should().Contain(l => l.StartsWith("Information ", StringComparison.Ordinal) && l.Contains("answered 400 (RequestValidationException)", StringComparison.Ordinal));
        lines.Should().Contain(l => l.StartsWith("Information ", StringComparison.Ordinal) && l.Contains("GET /api/v1/placement-requests/{id:guid} answered 404", StringComparison.Ordinal));
        lines.Should().Contain(l => l.StartsWith("Warning ", StringComparison.Ordinal) && l.Contains("refused with 403 (ForbiddenException)", StringComparison.Ordinal));
        lines.Should().Contain(l => l.StartsWith("Information ", StringComparison.Ordinal) && l.Contains("answered 409 (ConcurrencyConflictException)", StringComparison.Ordinal));
        _factory.Logs.Lines.Skip(before).Should().NotContain(l => l.StartsWith("Error ", StringComparison.Ordinal) || l.Contains("\n   at ", StringComparison.Ordinal));
    }

    [Test]
    public async Task A_fault_is_logged_as_an_error_with_the_trace_id_the_client_and_the_person_are_given()
    {
        var failing = new FailingQueries();
        await using var app = new PanelWebApplicationFactory(new Dictionary<string, string?> { ["Jobs:ServerEnabled"] = "false" });
        await using var factory = app.WithWebHostBuilder(builder =>
            builder.ConfigureServices(services => services.ConfigureDbContext<PanelDbContext>(options => options.AddInterceptors(failing))));
        using var officer = await ClientFor(factory, Personas.SendOfficer);
        using var administrator = new Pages.HtmlClient(factory.CreateClient(new() { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false, HandleCookies = true }));
        await administrator.SignInAs(Personas.Administrator);
        failing.On = true;

        var api = await officer.GetAsync("/api/v1/bank-holidays");
        var page = await administrator.Get("/admin/bank-holidays");

        var problem = await api.ShouldBeProblem(HttpStatusCode.InternalServerError);
        var apiTraceId = problem.GetProperty("traceId").GetString()!;
        apiTraceId.Should().MatchRegex("^[0-9a-f]{32}$");
        problem.GetProperty("detail").GetString().Should().Contain("Nothing was saved").And.NotContain("BankHolidays");
        page.StatusCode.Should().Be(HttpStatusCode.InternalServerError);
        var html = await page.Content.ReadAsStringAsync();
        var pageTraceId = Reference().Match(html).Groups["id"].Value;
        pageTraceId.Should().MatchRegex("^[0-9a-f]{32}$", "the error page gives the person the reference to quote");
        var errors = app.Logs.Lines.Where(l => l.StartsWith("Error ", StringComparison.Ordinal)).ToList();
        errors.Should().ContainSingle(l => l.Contains($"GET /api/v1/bank-holidays failed with InvalidOperationException; trace id {apiTraceId}", StringComparison.Ordinal))
            .Which.Should().Contain("\n   at ", "a fault is logged with its stack trace");
        errors.Should().ContainSingle(l => l.Contains($"trace id {pageTraceId}", StringComparison.Ordinal) && l.Contains("admin/bank-holidays", StringComparison.Ordinal));
    }

    private static async Task<HttpClient> ClientFor(Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> factory, Persona persona)
    {
        var client = factory.CreateClient();
        var token = await (await client.PostAsJsonAsync("/dev/token", new { persona = persona.Id })).Content.ReadFromJsonAsync<Token>();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token!.AccessToken);
        return client;
    }

    [GeneratedRegex("give them this reference: <strong>(?<id>[^<]+)</strong>")]
    private static partial Regex Reference();

    private sealed record Token(string AccessToken);

    private sealed record Created(Guid Id);

    /// <summary>A database that fails the bank holidays' query once switched on: a fault of ours, not of the request.</summary>
    private sealed class FailingQueries : DbCommandInterceptor
    {
        public volatile bool On;

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default) =>
            On && command.CommandText.Contains("\"BankHolidays\"", StringComparison.Ordinal)
                ? throw new InvalidOperationException("The database went away.")
                : base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }
}
