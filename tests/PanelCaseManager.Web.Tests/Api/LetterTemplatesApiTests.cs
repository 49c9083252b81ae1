using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PanelCaseManager.Application.Features.Letters;
using PanelCaseManager.Domain.Letters;
using PanelCaseManager.Infrastructure.DemoData;
using PanelCaseManager.Testing;

namespace PanelCaseManager.Web.Tests.Api;

public class LetterTemplatesApiTests
{
    private PanelWebApplicationFactory _factory = null!;
    private HttpClient _administrator = null!;

    [OneTimeSetUp]
    public async Task SetUp()
    {
        _factory = new PanelWebApplicationFactory();
        _administrator = await _factory.ClientFor(Personas.Administrator);
    }

    [OneTimeTearDown]
    public async Task TearDown()
    {
        _administrator.Dispose();
        await _factory.DisposeAsync();
    }

    [Test]
    public async Task An_administrator_lists_reads_saves_and_previews_letter_wording()
    {
        var list = await _administrator.GetFromJsonAsync<JsonElement>("/api/v1/letter-templates");
        list.EnumerateArray().Should().HaveCount(5);

        var current = await _administrator.GetFromJsonAsync<JsonElement>("/api/v1/letter-templates/defer-for-evidence");
        var version = current.GetProperty("version").GetInt32();
        var body = current.GetProperty("body").GetString() + "\nWe will be in touch.";

        var saved = await _administrator.PostAsJsonAsync("/api/v1/letter-templates/defer-for-evidence", new { body, note = "Closing line", basedOnVersion = version });
        saved.StatusCode.Should().Be(HttpStatusCode.Created, await saved.Content.ReadAsStringAsync());
        saved.Headers.Location!.ToString().Should().Be($"/api/v1/letter-templates/defer-for-evidence?version={version + 1}");
        var read = await _administrator.GetFromJsonAsync<JsonElement>(saved.Headers.Location);
        read.GetProperty("body").GetString().Should().EndWith("We will be in touch.");

        var preview = await _administrator.PostAsJsonAsync("/api/v1/letter-templates/defer-for-evidence/preview", new { });
        preview.StatusCode.Should().Be(HttpStatusCode.OK);
        preview.Content.Headers.ContentType!.MediaType.Should().Be("application/pdf");
        using var text = new PdfText(await preview.Content.ReadAsByteArrayAsync());
        text.All.Should().Contain("We will be in touch.").And.Contain("Example SENDIASS");
    }

    [Test]
    public async Task Wording_with_an_unknown_placeholder_is_a_400_naming_the_body_and_line()
    {
        var body = "{{ child.shoe_size }}\n" + DefaultLetterTemplates.Read(LetterOutcome.Decline);

        var response = await _administrator.PostAsJsonAsync("/api/v1/letter-templates/decline", new { body, basedOnVersion = 1 });

        var problem = await response.ShouldBeValidationProblemNaming("body");
        problem.GetProperty("errors").GetProperty("body")[0].GetString().Should().StartWith("Line 1:");
    }

    [Test]
    public async Task A_10_mb_wording_is_a_400_naming_the_body_and_nothing_is_saved()
    {
        var body = new string('x', 10 * 1024 * 1024);

        var response = await _administrator.PostAsJsonAsync("/api/v1/letter-templates/agree-preference", new { body, basedOnVersion = 1 });
        var preview = await _administrator.PostAsJsonAsync("/api/v1/letter-templates/agree-preference/preview", new { body });

        var problem = await response.ShouldBeValidationProblemNaming("body");
        problem.GetProperty("errors").GetProperty("body")[0].GetString().Should().Be("The wording is 10,485,760 characters long; it must be 20,000 characters or fewer.");
        await preview.ShouldBeValidationProblemNaming("body");
        (await _administrator.GetFromJsonAsync<JsonElement>("/api/v1/letter-templates/agree-preference")).GetProperty("version").GetInt32().Should().Be(1);
    }

    [TestCase("")]
    [TestCase("/preview")]
    public async Task Wording_with_loops_nested_over_ranges_is_a_400_naming_the_line_and_nothing_is_saved(string handler)
    {
        var wording = DefaultLetterTemplates.Read(LetterOutcome.NameTypeAndConsult);
        var body = wording + "\n{% for a in (1..1000) %}{% for b in (1..1000) %}{% for c in (1..1000) %}{{ reasons }}{% endfor %}{% endfor %}{% endfor %}";

        var response = await _administrator.PostAsJsonAsync($"/api/v1/letter-templates/name-type-and-consult{handler}", new { body, basedOnVersion = 1 });

        var problem = await response.ShouldBeValidationProblemNaming("body");
        problem.GetProperty("errors").GetProperty("body")[0].GetString().Should()
            .StartWith($"Line {wording.Split('\n').Length + 1}: This is more than a letter may do:");
        (await _administrator.GetFromJsonAsync<JsonElement>("/api/v1/letter-templates/name-type-and-consult")).GetProperty("version").GetInt32().Should().Be(1);
    }

    [Test]
    public async Task An_unknown_outcome_is_a_400_naming_the_outcome()
    {
        var response = await _administrator.GetAsync("/api/v1/letter-templates/maybe-later");

        await response.ShouldBeValidationProblemNaming("outcome");
    }

    [Test]
    public async Task Staff_who_are_not_administrators_are_refused_with_403()
    {
        using var officer = await _factory.ClientFor(Personas.SendOfficer);

        (await officer.GetAsync("/api/v1/letter-templates")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await officer.PostAsJsonAsync("/api/v1/letter-templates/decline/preview", new { })).StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task A_preview_without_a_sendiass_contact_configured_is_a_409_naming_the_setting()
    {
        await using var factory = new PanelWebApplicationFactory(new Dictionary<string, string?> { ["Letters:Sendiass:Telephone"] = string.Empty });
        using var administrator = await factory.ClientFor(Personas.Administrator);

        var response = await administrator.PostAsJsonAsync("/api/v1/letter-templates/agree-preference/preview", new { });

        var problem = await response.ShouldBeProblem(HttpStatusCode.Conflict);
        problem.GetProperty("detail").GetString().Should().Contain("Letters:Sendiass:Telephone");
    }
}
