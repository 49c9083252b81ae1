using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PanelCaseManager.Application.Persistence;
using PanelCaseManager.Domain.Provision;
using PanelCaseManager.Domain.Users;
using PanelCaseManager.Infrastructure.DemoData;

namespace PanelCaseManager.Web.Tests.Security;

/// <summary>
/// The demonstration's partners' work, tried by every other partner: each partner persona — and a second health
/// professional and the contact of another school, invited for the purpose — with every request put before someone
/// else, to read, to open a document of and to answer in every way. Each is "not found", exactly as an id that does not
/// exist, and nothing changes for the partner it was put before.
/// </summary>
public class PartnerIsolationTests
{
    private static readonly Persona SecondHealthProfessional = new("partner-health-2", "Dr Ola Adebayo", "ola.adebayo@example.nhs.uk", Role.AgencyProfessional, null, Agency.Health);
    private static readonly Persona OtherSchoolContact = new("setting-larkspur", "Sam Reid", "senco@larkspur.example.sch.uk", Role.SettingContact, null, null);
    private static readonly Persona[] SeededPartners = [Personas.PartnerHealth, Personas.PartnerSocialCare, Personas.PartnerPsychologist, Personas.SettingSendco];

    private PanelWebApplicationFactory _factory = null!;
    private Dictionary<string, List<(Guid Id, string Status)>> _addressedTo = null!;

    [OneTimeSetUp]
    public async Task SetUp()
    {
        _factory = new PanelWebApplicationFactory(new Dictionary<string, string?> { ["DemoData:Cases"] = "24" });
        using var officer = await _factory.ClientFor(Personas.SendOfficer);
        Guid larkspur;
        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PanelDbContext>();
            var urn = Urn.Parse("117701");
            larkspur = (await db.Settings.AsNoTracking().Where(s => s.Urn == urn).Select(s => s.Id).SingleAsync()).Value;
        }

        foreach (var (persona, settingId) in new[] { (SecondHealthProfessional, (Guid?)null), (OtherSchoolContact, larkspur) })
        {
            var invited = await officer.PostAsJsonAsync("/api/v1/partners", new { id = persona.Id, displayName = persona.DisplayName, email = persona.Email, role = persona.Role.ToString(), agency = persona.Agency?.ToString(), settingId });
            invited.StatusCode.Should().Be(HttpStatusCode.Created, await invited.Content.ReadAsStringAsync());
        }

        _addressedTo = [];
        foreach (var partner in SeededPartners)
        {
            _addressedTo[partner.Id] = await ListAsync(partner);
            _addressedTo[partner.Id].Should().NotBeEmpty($"the demonstration puts work before {partner.Id}");
        }
    }

    [OneTimeTearDown]
    public async Task TearDown() => await _factory.DisposeAsync();

    private async Task<List<(Guid Id, string Status)>> ListAsync(Persona partner)
    {
        using var client = await _factory.ClientFor(partner);
        var list = await client.GetFromJsonAsync<JsonElement>("/api/v1/partner/requests");
        return list.EnumerateArray().Select(r => (r.GetProperty("id").GetGuid(), r.GetProperty("status").GetString()!)).ToList();
    }

    [Test]
    public async Task Invited_partners_of_the_same_agency_or_another_school_see_nothing_put_before_someone_else()
    {
        (await ListAsync(SecondHealthProfessional)).Should().BeEmpty("requests are addressed to a professional, not to their agency");
        (await ListAsync(OtherSchoolContact)).Should().BeEmpty("a consultation is addressed to the setting it names");
    }

    [Test]
    public async Task Every_partner_finds_every_request_put_before_someone_else_not_found_to_read_download_or_answer_and_nothing_changes()
    {
        var nonexistent = Guid.CreateVersion7();
        foreach (var intruder in SeededPartners.Append(SecondHealthProfessional).Append(OtherSchoolContact))
        {
            using var client = await _factory.ClientFor(intruder);
            var expected = await NotFoundBody(client, nonexistent);
            var others = _addressedTo.Where(a => a.Key != intruder.Id).SelectMany(a => a.Value.Select(r => r.Id)).ToList();
            others.Should().NotBeEmpty();
            foreach (var id in others)
            {
                var attempts = new (string What, Func<Task<HttpResponseMessage>> Send)[]
                {
                    ("read", () => client.GetAsync($"/api/v1/partner/requests/{id}")),
                    ("download a document", () => client.GetAsync($"/api/v1/partner/requests/{id}/documents/{Guid.CreateVersion7()}")),
                    ("decline", () => client.PostAsJsonAsync($"/api/v1/partner/requests/{id}/decline", new { expectedVersion = 0, reason = "I do not know this child." })),
                    ("ask", () => client.PostAsJsonAsync($"/api/v1/partner/requests/{id}/questions", new { expectedVersion = 0, question = "Is there an OT report?" })),
                    ("answer a consultation", () => client.PostAsJsonAsync($"/api/v1/partner/requests/{id}/consultation-response", new { expectedVersion = 0, response = "CanMeetNeeds" })),
                    ("send advice", () => client.SendAsync(AdviceRequest(id))),
                };
                foreach (var (what, send) in attempts)
                {
                    using var response = await send();
                    response.StatusCode.Should().Be(HttpStatusCode.NotFound, $"{intruder.Id} may not {what} request {id}");
                    if (what == "read")
                    {
                        Words(await response.Content.ReadAsStringAsync()).Should().Be(expected, "a request put before someone else is refused in the words of one that does not exist");
                    }
                }
            }
        }

        foreach (var partner in SeededPartners)
        {
            (await ListAsync(partner)).Should().BeEquivalentTo(_addressedTo[partner.Id], $"nothing another partner tried changed what was put before {partner.Id}");
        }
    }

    private static async Task<string> NotFoundBody(HttpClient client, Guid nonexistent)
    {
        using var response = await client.GetAsync($"/api/v1/partner/requests/{nonexistent}");
        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        return Words(await response.Content.ReadAsStringAsync());
    }

    /// <summary>What a refusal says, without its trace id.</summary>
    private static string Words(string problem)
    {
        using var json = JsonDocument.Parse(problem);
        return string.Join(" | ", json.RootElement.EnumerateObject().Where(p => p.Name != "traceId").Select(p => $"{p.Name}={p.Value}"));
    }

    private static HttpRequestMessage AdviceRequest(Guid id)
    {
        var form = new MultipartFormDataContent { { new StringContent("0"), "expectedVersion" }, { new StringContent("My advice."), "summary" } };
        var file = new ByteArrayContent(System.Text.Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"));
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/pdf");
        form.Add(file, "file", "advice.pdf");
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/partner/requests/{id}/advice") { Content = form };
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
        return request;
    }
}
