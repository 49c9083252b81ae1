using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PanelCaseManager.Infrastructure.DemoData;
using PanelCaseManager.Testing.Builders;

namespace PanelCaseManager.Web.Tests.Security;

/// <summary>
/// What intruders try their ids on, made through the API as people make it: a North team's case with its evidence,
/// advice request, family contact, a decision signed off at a meeting where the social care member declared a conflict
/// of interest, the letter issued from it and a consultation; the final plan's notice with the family's mediation, their tribunal
/// appeal and the tribunal's order; the North officer's unfinished request; and a case of
/// the South team's own, for an officer of that team to pair with the North's ids.
/// </summary>
public sealed class IntrusionScenario
{
    public const string GivenName = "Wynfor";
    public const string FamilyName = "Trevithick-Oyelaran";
    public const string ContactName = "Branwen Trevithick-Oyelaran";
    public const string ContactStreet = "7 Heol y Dderwen";

    /// <summary>The member who declared a conflict of interest in the North's case.</summary>
    public static readonly Persona ConflictedMember = Personas.PanelSocialCare;

    /// <summary>
    /// Terms of reference quorate without social care, so that the North's case is decided after its social care member
    /// declared a conflict; and the letters' contacts, so that its letter can be issued.
    /// </summary>
    public static Dictionary<string, string?> Settings(IDictionary<string, string?>? more = null)
    {
        var settings = LetterTestSettings.AsConfiguration();
        settings["Panels:QuorumAgencies:0"] = "Education";
        settings["Panels:QuorumAgencies:1"] = "Health";
        settings["Panels:QuorumAgencies:2"] = "EducationalPsychology";
        settings["Panels:QuorumMinimumMembers"] = "3";
        foreach (var (key, value) in more ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        return settings;
    }

    public Guid CaseId { get; private set; }
    public string Reference { get; private set; } = string.Empty;
    public Guid ChildId { get; private set; }
    public Guid PanelId { get; private set; }
    public Guid DecisionId { get; private set; }
    public Guid LetterId { get; private set; }
    public Guid EvidenceId { get; private set; }
    public Guid AdviceRequestId { get; private set; }
    public Guid ConsultationId { get; private set; }
    public Guid DraftId { get; private set; }

    /// <summary>The family's mediation, tribunal appeal and the tribunal's order about the North's final plan notice.</summary>
    public Guid MediationId { get; private set; }

    public Guid AppealId { get; private set; }
    public Guid OrderId { get; private set; }

    /// <summary>The North's health advice request put before the health professional, with the child's name shared.</summary>
    public Guid PartnerRequestId { get; private set; }
    public Guid SouthCaseId { get; private set; }

    /// <summary>The North child's plan, made by the final plan notice, and its annual review (asked of the plan's setting, not Brookside).</summary>
    public Guid PlanId { get; private set; }

    public Guid ReviewId { get; private set; }

    /// <summary>Text that must never reach an intruder: the child's name and the family's contact.</summary>
    public static IReadOnlyList<string> Secrets { get; } = [FamilyName, ContactName, ContactStreet];

    public static async Task<IntrusionScenario> CreateAsync(PanelWebApplicationFactory factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        var scenario = new IntrusionScenario();
        using var officer = await factory.ClientFor(Personas.SendOfficer);
        using var chair = await factory.ClientFor(Personas.PanelChair);

        var created = await Ok(await officer.PostAsJsonAsync("/api/v1/placement-requests",
            A.PlacementRequest() with { Child = A.Child() with { GivenName = GivenName, FamilyName = FamilyName } }), HttpStatusCode.Created);
        scenario.CaseId = created.GetProperty("id").GetGuid();
        scenario.Reference = created.GetProperty("reference").GetString()!;
        var id = scenario.CaseId;
        scenario.ChildId = (await Ok(await officer.GetAsync($"/api/v1/placement-requests/{id}"))).GetProperty("child").GetProperty("id").GetGuid();
        await Ok(await officer.PutAsJsonAsync($"/api/v1/placement-requests/{id}/family-contact", new
        {
            name = ContactName,
            role = "ParentOrCarer",
            addressLines = new[] { ContactStreet, "Stevenage" },
            postcode = "SG1 2AB",
        }));
        await Ok(await officer.PostAsJsonAsync($"/api/v1/placement-requests/{id}/start-evidence", new { expectedVersion = 0 }));
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
            scenario.EvidenceId = (await Ok(await officer.PostAsync($"/api/v1/placement-requests/{id}/evidence", form), HttpStatusCode.Created)).GetProperty("id").GetGuid();
        }

        scenario.AdviceRequestId = (await Ok(await officer.PostAsJsonAsync($"/api/v1/placement-requests/{id}/advice-requests",
            new { agency = "Health", addressedTo = "Community paediatrics", requestedOn = "2026-11-13" }), HttpStatusCode.Created)).GetProperty("id").GetGuid();
        scenario.PartnerRequestId = (await Ok(await officer.PostAsJsonAsync($"/api/v1/placement-requests/{id}/partner-requests",
            new { adviceRequestId = scenario.AdviceRequestId, partnerId = Personas.PartnerHealth.Id, sections = new[] { "ChildDetails", "Needs" }, documentIds = new[] { scenario.EvidenceId } }),
            HttpStatusCode.Created)).GetProperty("id").GetGuid();
        await Ok(await officer.PostAsJsonAsync($"/api/v1/placement-requests/{id}/mark-ready-for-panel", new { expectedVersion = 1 }));

        scenario.PanelId = (await Ok(await officer.PostAsJsonAsync("/api/v1/panels", new
        {
            title = "North locality panel",
            meetingDate = Panel.MeetingDate,
            chairId = Personas.PanelChair.Id,
            memberIds = Panel.Members.Select(m => m.Id),
        }), HttpStatusCode.Created)).GetProperty("id").GetGuid();
        await Ok(await officer.PostAsJsonAsync($"/api/v1/panels/{scenario.PanelId}/agenda", new { placementRequestId = id, expectedVersion = 0 }));
        factory.Clock.SetUtcNow(Panel.CutOff.AddMinutes(5));
        await Ok(await officer.PostAsync($"/api/v1/panels/{scenario.PanelId}/freeze-papers", null));
        factory.Clock.SetUtcNow(Panel.MeetingDay);
        await Ok(await chair.PostAsJsonAsync($"/api/v1/panels/{scenario.PanelId}/attendance", new
        {
            expectedVersion = 1,
            presentMemberIds = Panel.Members.Select(m => m.Id).Append(Personas.PanelChair.Id),
        }));
        using (var conflicted = await factory.ClientFor(ConflictedMember))
        {
            await Ok(await conflicted.PostAsJsonAsync($"/api/v1/panels/{scenario.PanelId}/cases/{id}/conflicts", new { reason = "I manage the child's social worker." }));
        }

        foreach (var member in Panel.Members.Where(m => m != ConflictedMember))
        {
            using var client = await factory.ClientFor(member);
            await Ok(await client.PostAsJsonAsync($"/api/v1/panels/{scenario.PanelId}/cases/{id}/views", new { summary = "Supports a specialist place.", recommendedOutcome = "NameAnotherSetting" }));
        }

        using (var education = await factory.ClientFor(Personas.PanelEducation))
        {
            scenario.DecisionId = (await Ok(await education.PostAsJsonAsync($"/api/v1/panels/{scenario.PanelId}/cases/{id}/decision", NameAnotherSetting(scenario.EvidenceId)), HttpStatusCode.Created))
                .GetProperty("decisionId").GetGuid();
        }

        await Ok(await chair.PostAsJsonAsync($"/api/v1/panels/{scenario.PanelId}/cases/{id}/decision/sign-off", new { expectedVersion = 0 }));
        scenario.LetterId = (await Ok(await officer.PostAsync($"/api/v1/decisions/{scenario.DecisionId}/letter", null), HttpStatusCode.Created)).GetProperty("letterId").GetGuid();
        scenario.ConsultationId = (await Ok(await officer.PostAsJsonAsync($"/api/v1/placement-requests/{id}/consultations",
            new { decisionId = scenario.DecisionId, settingName = "Woodlands Academy SRP", settingUrn = "145882", sentOn = Panel.MeetingDate }), HttpStatusCode.Created)).GetProperty("id").GetGuid();

        // The final plan's notice carries the right of appeal: the family goes to mediation, then appeals, the council
        // concedes and the tribunal orders the plan amended.
        await Ok(await officer.PostAsJsonAsync($"/api/v1/placement-requests/{id}/clock-events", new { @event = "DecidedToAssess", date = "2026-11-20" }));
        await Ok(await officer.PostAsJsonAsync($"/api/v1/placement-requests/{id}/clock-events", new { @event = "DraftPlanServed", date = "2026-11-25" }));
        var notice = await Ok(await officer.PostAsJsonAsync($"/api/v1/placement-requests/{id}/notices", new { notice = "FinalPlanNotice" }), HttpStatusCode.Created);
        var noticeId = notice.GetProperty("letterId").GetGuid();
        var noticeDate = notice.GetProperty("letterDate").GetString();
        scenario.MediationId = (await Ok(await officer.PostAsJsonAsync($"/api/v1/placement-requests/{id}/mediations", new { noticeId, adviserContactedOn = noticeDate }),
            HttpStatusCode.Created)).GetProperty("id").GetGuid();
        scenario.AppealId = (await Ok(await officer.PostAsJsonAsync($"/api/v1/placement-requests/{id}/appeals", new { noticeId, subject = "PlanContents", registeredOn = noticeDate }),
            HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var appealUrl = $"/api/v1/placement-requests/{id}/appeals/{scenario.AppealId}";
        var conceded = await Ok(await officer.PostAsJsonAsync(appealUrl, new { expectedVersion = 0, position = "Concedes", positionOn = noticeDate }));
        scenario.OrderId = (await Ok(await officer.PostAsJsonAsync($"{appealUrl}/orders",
            new { expectedVersion = conceded.GetProperty("version").GetInt32(), kind = "AmendPlan", madeOn = noticeDate }), HttpStatusCode.Created)).GetProperty("orderId").GetGuid();

        // The notice put the child's plan in the register: its annual review meeting is held the same day.
        scenario.PlanId = (await Ok(await officer.GetAsync($"/api/v1/plans?search={GivenName}"))).GetProperty("items")[0].GetProperty("planId").GetGuid();
        scenario.ReviewId = (await Ok(await officer.PostAsJsonAsync($"/api/v1/plans/{scenario.PlanId}/reviews", new { meetingDate = noticeDate }), HttpStatusCode.Created))
            .GetProperty("reviewId").GetGuid();

        using (var browser = await factory.HtmlClientFor(Personas.SendOfficer))
        {
            await browser.SubmitAndFollow(await browser.GetPage("/cases/new"));
            scenario.DraftId = Guid.Parse(browser.Location!.AbsolutePath.Split('/')[3]);
        }

        using var south = await factory.ClientFor(Personas.SecondSendOfficer);
        scenario.SouthCaseId = (await Ok(await south.PostAsJsonAsync("/api/v1/placement-requests",
            A.PlacementRequest() with { AssignedOfficerId = Personas.SecondSendOfficer.Id }), HttpStatusCode.Created)).GetProperty("id").GetGuid();
        return scenario;
    }

    private static object NameAnotherSetting(Guid evidenceId) => new
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
                grounds = new object[]
                {
                    new { ground = "Unsuitable", applies = false, reasons = "Brookside could meet need.", evidenceReliedOn = new[] { evidenceId } },
                    new { ground = "IncompatibleWithEfficientEducationOfOthers", applies = false, reasons = "No evidence of this.", evidenceReliedOn = Array.Empty<Guid>() },
                    new
                    {
                        ground = "IncompatibleWithEfficientUseOfResources",
                        applies = true,
                        reasons = "Nearly three times the cost.",
                        evidenceReliedOn = new[] { evidenceId },
                        costs = new { requestedPlacementCostPence = 6_500_000L, alternativeCostPence = 2_300_000L, alternativeDescription = "The SRP", proportionalityReasoning = "Disproportionate to the family's preference." },
                    },
                },
            },
        },
        mainstreamPresumption = new { familyDoesNotWantMainstream = false, incompatibleWithEfficientEducationOfOthers = false, noReasonableStepsCouldPrevent = false, reasons = "The SRP is on a mainstream site." },
    };

    private static async Task<JsonElement> Ok(HttpResponseMessage response, HttpStatusCode status = HttpStatusCode.OK)
    {
        using (response)
        {
            response.StatusCode.Should().Be(status, await response.Content.ReadAsStringAsync());
            return await response.Content.ReadFromJsonAsync<JsonElement>();
        }
    }
}
