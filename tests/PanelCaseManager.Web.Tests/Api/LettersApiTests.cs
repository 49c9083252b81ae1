using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using PanelCaseManager.Infrastructure.DemoData;
using PanelCaseManager.Testing.Builders;

namespace PanelCaseManager.Web.Tests.Api;

/// <summary>Issuing a signed-off decision's letter over HTTP, and reading it back as staff, an auditor and a family.</summary>
public partial class LettersApiTests
{
    private PanelWebApplicationFactory _factory = null!;
    private HttpClient _officer = null!;
    private HttpClient _chair = null!;
    private Guid _caseId;
    private Guid _panelId;
    private Guid _evidenceId;

    [SetUp]
    public async Task SetUp()
    {
        _factory = new PanelWebApplicationFactory(LetterTestSettings.AsConfiguration());
        _officer = await _factory.ClientFor(Personas.SendOfficer);
        _chair = await _factory.ClientFor(Personas.PanelChair);
        await CaseOnTheAgendaAtTheMeetingAsync();
        await Ok(await _officer.PutAsJsonAsync($"/api/v1/placement-requests/{_caseId}/family-contact", new
        {
            name = "Siân Llewelyn-Jones",
            role = "ParentOrCarer",
            addressLines = new[] { "4 Heol y Bont", "Stevenage" },
            postcode = "SG1 2AB",
        }));
    }

    [TearDown]
    public async Task TearDown()
    {
        _officer.Dispose();
        _chair.Dispose();
        await _factory.DisposeAsync();
    }

    private static async Task<JsonElement> Ok(HttpResponseMessage response, HttpStatusCode status = HttpStatusCode.OK)
    {
        response.StatusCode.Should().Be(status, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private async Task CaseOnTheAgendaAtTheMeetingAsync()
    {
        var created = await Ok(await _officer.PostAsJsonAsync("/api/v1/placement-requests", A.PlacementRequest()), HttpStatusCode.Created);
        _caseId = created.GetProperty("id").GetGuid();
        await Ok(await _officer.PostAsJsonAsync($"/api/v1/placement-requests/{_caseId}/start-evidence", new { expectedVersion = 0 }));
        using var form = new MultipartFormDataContent
        {
            { new ByteArrayContent(Files.PdfBytes()), "file", "ep-advice.pdf" },
            { new StringContent("AgencyAdvice"), "kind" },
            { new StringContent("EducationalPsychology"), "agency" },
            { new StringContent("Dr Helen Morgan"), "author" },
            { new StringContent("2026-11-18"), "receivedOn" },
            { new StringContent("Needs a small, calm setting."), "summary" },
        };
        _evidenceId = (await Ok(await _officer.PostAsync($"/api/v1/placement-requests/{_caseId}/evidence", form), HttpStatusCode.Created)).GetProperty("id").GetGuid();
        await Ok(await _officer.PostAsJsonAsync($"/api/v1/placement-requests/{_caseId}/mark-ready-for-panel", new { expectedVersion = 1 }));

        var meeting = await _officer.PostAsJsonAsync("/api/v1/panels", new
        {
            title = "North locality panel",
            meetingDate = Panel.MeetingDate,
            chairId = Personas.PanelChair.Id,
            memberIds = Panel.Members.Select(m => m.Id),
        });
        meeting.Headers.Location.Should().NotBeNull();
        _panelId = (await Ok(meeting, HttpStatusCode.Created)).GetProperty("id").GetGuid();
        await Ok(await _officer.PostAsJsonAsync($"/api/v1/panels/{_panelId}/agenda", new { placementRequestId = _caseId, expectedVersion = 0 }));

        _factory.Clock.SetUtcNow(Panel.CutOff.AddMinutes(5));
        var frozen = await Ok(await _officer.PostAsync($"/api/v1/panels/{_panelId}/freeze-papers", null));
        frozen.GetProperty("packs").GetArrayLength().Should().Be(1);

        _factory.Clock.SetUtcNow(Panel.MeetingDay);
        var attendance = await Ok(await _chair.PostAsJsonAsync($"/api/v1/panels/{_panelId}/attendance", new
        {
            expectedVersion = 1,
            presentMemberIds = Panel.Members.Select(m => m.Id).Append(Personas.PanelChair.Id),
        }));
        attendance.GetProperty("quorate").GetBoolean().Should().BeTrue();
        foreach (var member in Panel.Members)
        {
            using var client = await _factory.ClientFor(member);
            await Ok(await client.PostAsJsonAsync($"/api/v1/panels/{_panelId}/cases/{_caseId}/views", new { summary = "Supports a specialist place.", recommendedOutcome = "NameAnotherSetting" }));
        }
    }

    private object NameAnotherSetting(object? grounds = null) => new
    {
        outcome = "NameAnotherSetting",
        reasons = "Brookside would be incompatible with the efficient use of resources; the SRP meets need locally.",
        namedSetting = new { name = "Woodlands Academy SRP", urn = "145882", provisionKind = "SpecialistResourceProvision" },
        preferenceTests = new[]
        {
            new
            {
                preferenceRank = 1,
                duty = "Section39",
                grounds = grounds ?? new object[]
                {
                    new { ground = "Unsuitable", applies = false, reasons = "Brookside could meet need.", evidenceReliedOn = new[] { _evidenceId } },
                    new { ground = "IncompatibleWithEfficientEducationOfOthers", applies = false, reasons = "No evidence of this.", evidenceReliedOn = Array.Empty<Guid>() },
                    new
                    {
                        ground = "IncompatibleWithEfficientUseOfResources",
                        applies = true,
                        reasons = "Nearly three times the cost.",
                        evidenceReliedOn = new[] { _evidenceId },
                        costs = new { requestedPlacementCostPence = 6_500_000L, alternativeCostPence = 2_300_000L, alternativeDescription = "The SRP", proportionalityReasoning = "Disproportionate to the family's preference." },
                    },
                },
            },
        },
        mainstreamPresumption = new { familyDoesNotWantMainstream = false, incompatibleWithEfficientEducationOfOthers = false, noReasonableStepsCouldPrevent = false, reasons = "The SRP is on a mainstream site." },
    };

    private async Task<Guid> SignedOffDecisionAsync()
    {
        using var member = await _factory.ClientFor(Personas.PanelEducation);
        var recorded = await Ok(await member.PostAsJsonAsync($"/api/v1/panels/{_panelId}/cases/{_caseId}/decision", NameAnotherSetting()), HttpStatusCode.Created);
        await Ok(await _chair.PostAsJsonAsync($"/api/v1/panels/{_panelId}/cases/{_caseId}/decision/sign-off", new { expectedVersion = 0 }));
        return recorded.GetProperty("decisionId").GetGuid();
    }

    [Test]
    public async Task Issuing_twice_gives_201_then_200_with_the_same_letter_whose_pdf_is_the_stored_bytes()
    {
        var decisionId = await SignedOffDecisionAsync();

        var created = await _officer.PostAsync($"/api/v1/decisions/{decisionId}/letter", null);
        var first = await Ok(created, HttpStatusCode.Created);
        var again = await Ok(await _officer.PostAsync($"/api/v1/decisions/{decisionId}/letter", null));

        var letterId = first.GetProperty("letterId").GetGuid();
        again.GetProperty("letterId").GetGuid().Should().Be(letterId);
        created.Headers.Location!.ToString().Should().Be($"/api/v1/letters/{letterId}");
        var letter = await Ok(await _officer.GetAsync($"/api/v1/letters/{letterId}"));
        letter.GetProperty("decisionId").GetGuid().Should().Be(decisionId);
        letter.GetProperty("templateVersion").GetInt32().Should().Be(2, "version 1 is the first edition; the wording shipped now is version 2");
        letter.GetProperty("isNotice").GetBoolean().Should().BeFalse();
        letter.GetProperty("appealDeadline").ValueKind.Should().Be(JsonValueKind.Null, "a panel's letter gives no appeal deadline");
        using var pdf = await _officer.GetAsync($"/api/v1/letters/{letterId}/pdf");
        pdf.StatusCode.Should().Be(HttpStatusCode.OK);
        pdf.Content.Headers.ContentType!.MediaType.Should().Be("application/pdf");
        pdf.Content.Headers.ContentDisposition!.FileName.Should().Contain(letter.GetProperty("reference").GetString()!);
        var bytes = await pdf.Content.ReadAsByteArrayAsync();
        Convert.ToHexStringLower(SHA256.HashData(bytes)).Should().Be(letter.GetProperty("sha256").GetString());

        using var auditor = await _factory.ClientFor(Personas.Auditor);
        (await auditor.GetByteArrayAsync($"/api/v1/letters/{letterId}/pdf")).Should().Equal(bytes);
        var letters = await Ok(await auditor.GetAsync($"/api/v1/placement-requests/{_caseId}/letters"));
        letters.EnumerateArray().Select(l => l.GetProperty("id").GetGuid()).Should().Equal(letterId);
        var caseView = await _officer.GetFromJsonAsync<JsonElement>($"/api/v1/placement-requests/{_caseId}");
        caseView.GetProperty("stage").GetString().Should().Be("LetterIssued");
    }

    [Test]
    public async Task A_family_not_linked_to_the_child_is_told_the_letter_is_not_found_and_an_unsigned_decision_is_a_409()
    {
        using var member = await _factory.ClientFor(Personas.PanelEducation);
        var draft = await Ok(await member.PostAsJsonAsync($"/api/v1/panels/{_panelId}/cases/{_caseId}/decision", NameAnotherSetting()), HttpStatusCode.Created);
        await (await _officer.PostAsync($"/api/v1/decisions/{draft.GetProperty("decisionId").GetGuid()}/letter", null)).ShouldBeProblem(HttpStatusCode.Conflict);

        await Ok(await _chair.PostAsJsonAsync($"/api/v1/panels/{_panelId}/cases/{_caseId}/decision/sign-off", new { expectedVersion = 0 }));
        var issued = await Ok(await _officer.PostAsync($"/api/v1/decisions/{draft.GetProperty("decisionId").GetGuid()}/letter", null), HttpStatusCode.Created);
        var letterId = issued.GetProperty("letterId").GetGuid();

        using var family = await _factory.ClientFor(Personas.Family);
        await (await family.GetAsync($"/api/v1/family/letters/{letterId}/pdf")).ShouldBeProblem(HttpStatusCode.NotFound);
        await (await family.GetAsync($"/api/v1/letters/{letterId}")).ShouldBeProblem(HttpStatusCode.NotFound);
        await (await family.GetAsync($"/api/v1/family/cases/{_caseId}/letters")).ShouldBeProblem(HttpStatusCode.NotFound);
        using var administrator = await _factory.ClientFor(Personas.Administrator);
        await (await administrator.GetAsync($"/api/v1/letters/{letterId}/pdf")).ShouldBeProblem(HttpStatusCode.Forbidden);
    }
}
