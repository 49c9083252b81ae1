using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.Testing;
using PanelCaseManager.Infrastructure.DemoData;
using PanelCaseManager.Testing.Builders;
using PanelCaseManager.Web.Identity;

namespace PanelCaseManager.Web.Tests.Security;

/// <summary>
/// Every route that names a case, its decision, letter, evidence, advice request, consultation, mediation, tribunal appeal
/// or order, a request put before a
/// partner or an unfinished request, tried with the North's real ids by an officer of another team, a member who
/// declared a conflict of interest in the case, another family, a professional and a setting's contact it was not
/// addressed to, and someone signed out: each is refused, in exactly the words it would get for
/// an id that does not exist, and never with the case's data (docs/adr/0185).
/// </summary>
public partial class AuthorisationMatrixTests
{
    private sealed record Intruder(string Name, Persona? Persona);

    private static readonly Intruder AnotherTeam = new("an officer of another team", Personas.SecondSendOfficer);

    private static readonly Intruder[] Intruders =
    [
        AnotherTeam,
        new("a member who declared a conflict of interest", IntrusionScenario.ConflictedMember),
        new("another family", Personas.Family),
        new("another professional", Personas.PartnerSocialCare),
        new("a setting's contact", Personas.SettingSendco),
        new("someone signed out", null),
    ];

    /// <summary>Bodies that pass validation, so that the ids in the route are what decides the answer.</summary>
    private static readonly Dictionary<string, string> ValidBodies = new()
    {
        ["api/v1/placement-requests/{id:guid}/advice-requests/{adviceRequestId:guid}/received"] =
            """{"expectedVersion":0,"receivedOn":"2026-11-20","summary":"The advice is in."}""",
        ["api/v1/placement-requests/{id:guid}/consultations/{consultationId:guid}/response"] =
            """{"expectedVersion":0,"respondedOn":"2026-12-02","response":"CanMeetNeeds","summary":"We can meet the child's needs."}""",
        ["api/v1/placement-requests/{id:guid}/consultations/{consultationId:guid}/outcome"] =
            """{"expectedVersion":0,"outcome":"SettingToBeNamed","reason":"The setting can meet needs."}""",
        ["api/v1/placement-requests/{id:guid}/mediations/{mediationId:guid}"] =
            """{"expectedVersion":0,"choice":"NoMediation","choiceMadeOn":"2026-12-02"}""",
        ["api/v1/placement-requests/{id:guid}/appeals/{appealId:guid}"] = """{"expectedVersion":0,"position":"Opposes","positionOn":"2026-12-02"}""",
        ["api/v1/placement-requests/{id:guid}/appeals/{appealId:guid}/orders"] = """{"expectedVersion":0,"kind":"AmendPlan","madeOn":"2026-12-02"}""",
        ["api/v1/placement-requests/{id:guid}/appeals/{appealId:guid}/orders/{orderId:guid}/met"] =
            """{"expectedVersion":0,"metOn":"2026-12-02","metByNoticeId":"6f1d7c0e-2b8a-4d7e-9a51-0c3e2f1b9d44"}""",
        ["api/v1/partner-requests/{partnerRequestId:guid}/sharing"] = """{"expectedVersion":0,"sections":["Needs"],"documentIds":[]}""",
        ["api/v1/partner/requests/{partnerRequestId:guid}/decline"] = """{"expectedVersion":0,"reason":"I do not know this child."}""",
        ["api/v1/partner/requests/{partnerRequestId:guid}/questions"] = """{"expectedVersion":0,"question":"Is there an OT report?"}""",
        ["api/v1/partner/requests/{partnerRequestId:guid}/consultation-response"] = """{"expectedVersion":0,"response":"CanMeetNeeds"}""",
        ["api/v1/plans/{planId:guid}/reviews"] = """{"meetingDate":"2026-11-01"}""",
        ["api/v1/reviews/{reviewId:guid}/decision"] = """{"expectedVersion":0,"outcome":"Maintain","notifiedOn":"2026-11-01","reasons":"Keep the plan."}""",
        ["api/v1/reviews/{reviewId:guid}/amended-plan"] = """{"expectedVersion":0,"issuedOn":"2026-11-01"}""",
        ["api/v1/partner/reviews/{reviewId:guid}/paperwork"] =
            """{"expectedVersion":0,"reportDate":"2026-11-01","attendees":"Parent, SENCO","childViews":"I like school.","recommendation":"Maintain","reasons":"Good progress."}""",
    };

    /// <summary>What a route's parameter names: a case or one of its things, its meeting ("panel"), or nothing about a case (null).</summary>
    private static string? KindOf(string route, string parameter) => parameter switch
    {
        "caseId" => "case",
        "evidenceId" => "evidence",
        "adviceRequestId" => "advice",
        "consultationId" => "consultation",
        "letterId" => "letter",
        "draftId" => "draft",
        "partnerRequestId" => "partner-request",
        "mediationId" => "mediation",
        "appealId" => "appeal",
        "orderId" => "order",
        "planId" => "plan",
        "reviewId" => "review",
        "id" when StartsWithAny(route, "api/v1/placement-requests/", "cases/", "your-requests/", "api/v1/family/cases/", "audit/cases/") => "case",
        "id" when StartsWithAny(route, "api/v1/panels/", "panels/", "audit/panels/") => "panel",
        "id" when StartsWithAny(route, "api/v1/decisions/") => "decision",
        "id" when StartsWithAny(route, "api/v1/letters/", "api/v1/family/letters/") => "letter",
        _ => null,
    };

    private static bool StartsWithAny(string route, params string[] prefixes) => prefixes.Any(p => route.StartsWith(p, StringComparison.Ordinal));

    private string NorthId(string kind) => (kind switch
    {
        "case" => _north.CaseId,
        "panel" => _north.PanelId,
        "decision" => _north.DecisionId,
        "letter" => _north.LetterId,
        "evidence" => _north.EvidenceId,
        "advice" => _north.AdviceRequestId,
        "consultation" => _north.ConsultationId,
        "draft" => _north.DraftId,
        "partner-request" => _north.PartnerRequestId,
        "mediation" => _north.MediationId,
        "appeal" => _north.AppealId,
        "order" => _north.OrderId,
        "plan" => _north.PlanId,
        "review" => _north.ReviewId,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    }).ToString();

    /// <summary>A problem's title and field errors: what must not differ between a real id and a made-up one.</summary>
    private static string? ProblemOf(string body)
    {
        if (!body.StartsWith('{'))
        {
            return null;
        }

        var problem = JsonDocument.Parse(body).RootElement;
        return $"{(problem.TryGetProperty("title", out var title) ? title.GetString() : null)} {(problem.TryGetProperty("errors", out var errors) ? errors.GetRawText() : null)}";
    }

    [Test]
    public async Task Every_id_of_another_team_another_family_or_a_conflicted_case_gets_the_answer_of_an_id_that_does_not_exist()
    {
        var apiClients = new Dictionary<Intruder, HttpClient>();
        var browsers = new Dictionary<Intruder, HttpClient>();
        foreach (var intruder in Intruders)
        {
            apiClients[intruder] = intruder.Persona is { } persona ? await _factory.ClientFor(persona) : Anonymous();
            browsers[intruder] = intruder.Persona is { } browserPersona ? (await _factory.HtmlClientFor(browserPersona)).Http : Anonymous();
        }

        var tried = 0;
        var mismatches = new List<string>();
        foreach (var (method, raw, endpoint) in _routes.Where(r => r.Endpoint.Metadata.GetMetadata<IAllowAnonymous>() is null))
        {
            var route = raw.TrimStart('/');
            var kinds = route.Split('/').Where(s => s.StartsWith('{')).Select(ParameterName).ToDictionary(p => p, p => KindOf(route, p));
            if (!kinds.Values.Any(k => k is not null and not "panel"))
            {
                continue;
            }

            // The North's ids; and the same address with the ids of the case's things made up (the meeting stays the North's).
            var attempts = Intruders.Select(intruder =>
            {
                var madeUp = kinds.ToDictionary(k => k.Key, k => k.Value is null or "panel" ? null : Guid.NewGuid().ToString());
                return (intruder,
                    Real: PathOf(route, p => kinds[p] is { } kind ? NorthId(kind) : null),
                    Unknown: PathOf(route, p => kinds[p] == "panel" ? NorthId("panel") : madeUp[p]));
            }).ToList();

            // An officer of another team pairs a case of their own with the North's evidence, advice, consultation, mediation,
        // appeal or order
            // (a meeting, which every officer may see, stays the North's here too, as above).
            if (kinds.ContainsValue("case") && kinds.Values.Any(k => k is "evidence" or "advice" or "consultation" or "mediation" or "appeal" or "order"))
            {
                var own = _north.SouthCaseId.ToString();
                attempts.Add((AnotherTeam,
                    PathOf(route, p => kinds[p] == "case" ? own : kinds[p] is { } kind ? NorthId(kind) : null),
                    PathOf(route, p => kinds[p] == "case" ? own : kinds[p] == "panel" ? NorthId("panel") : kinds[p] is null ? null : Guid.NewGuid().ToString())));
            }

            var isApi = BrowserSession.IsApiPath("/" + route);
            foreach (var (intruder, real, unknown) in attempts)
            {
                tried++;
                var client = isApi ? apiClients[intruder] : browsers[intruder];
                var json = ValidBodies.GetValueOrDefault(route);
                using var realResponse = await Send(client, method, real, endpoint, json);
                using var unknownResponse = await Send(client, method, unknown, endpoint, json);
                var status = realResponse.StatusCode;
                var body = await realResponse.Content.ReadAsStringAsync();
                var unknownBody = await unknownResponse.Content.ReadAsStringAsync();
                // A malformed or invalid request, or a form without its antiforgery token, is refused too: in the same words.
                var refused = status is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden or HttpStatusCode.NotFound or HttpStatusCode.BadRequest
                              || (status == HttpStatusCode.Redirect && realResponse.Headers.Location?.ToString().Contains("/sign-in", StringComparison.Ordinal) == true);
                if (!refused)
                {
                    mismatches.Add($"{method} {real} by {intruder.Name}: {(int)status}, expected a refusal");
                }

                if (status != unknownResponse.StatusCode)
                {
                    mismatches.Add($"{method} {real} by {intruder.Name}: {(int)status}, but {(int)unknownResponse.StatusCode} for an id that does not exist");
                }
                else if (ProblemOf(body) != ProblemOf(unknownBody))
                {
                    mismatches.Add($"{method} {real} by {intruder.Name}: '{ProblemOf(body)}', but '{ProblemOf(unknownBody)}' for an id that does not exist");
                }

                if (IntrusionScenario.Secrets.FirstOrDefault(secret => body.Contains(secret, StringComparison.Ordinal)) is { } leaked)
                {
                    mismatches.Add($"{method} {real} by {intruder.Name}: the answer holds '{leaked}'");
                }
            }
        }

        foreach (var client in apiClients.Values.Concat(browsers.Values))
        {
            client.Dispose();
        }

        tried.Should().BeGreaterThan(150, "every route about a case, its decision, letter, evidence, advice, consultation or draft is tried");
        mismatches.Should().BeEmpty();
    }

    [Test]
    public async Task Ids_of_another_teams_child_case_decision_or_advice_in_a_body_get_the_answer_of_an_id_that_does_not_exist()
    {
        using var south = await _factory.ClientFor(Personas.SecondSendOfficer);
        var unknown = Guid.NewGuid();
        var own = _north.SouthCaseId;
        var version = (await south.GetFromJsonAsync<JsonElement>($"/api/v1/panels/{_north.PanelId}")).GetProperty("version").GetInt32();

        foreach (var (path, real, madeUp) in new (string Path, object Real, object MadeUp)[]
        {
            ("/api/v1/placement-requests",
                A.PlacementRequest() with { Child = null, ChildId = _north.ChildId, AssignedOfficerId = Personas.SecondSendOfficer.Id },
                A.PlacementRequest() with { Child = null, ChildId = unknown, AssignedOfficerId = Personas.SecondSendOfficer.Id }),
            ($"/api/v1/panels/{_north.PanelId}/agenda", new { placementRequestId = _north.CaseId, expectedVersion = version }, new { placementRequestId = unknown, expectedVersion = version }),
            ($"/api/v1/placement-requests/{own}/consultations",
                new { decisionId = _north.DecisionId, settingName = "Woodlands Academy SRP", sentOn = "2026-12-02" },
                new { decisionId = unknown, settingName = "Woodlands Academy SRP", sentOn = "2026-12-02" }),
        })
        {
            using var realResponse = await south.PostAsJsonAsync(path, real);
            using var unknownResponse = await south.PostAsJsonAsync(path, madeUp);
            await ShouldBeAnsweredAsUnknown(path, realResponse, unknownResponse, HttpStatusCode.NotFound);
        }

        // An upload to their own case, filed as the answer to the North's advice request.
        using var realUpload = await south.PostAsync($"/api/v1/placement-requests/{own}/evidence", Upload(_north.AdviceRequestId));
        using var unknownUpload = await south.PostAsync($"/api/v1/placement-requests/{own}/evidence", Upload(unknown));
        await ShouldBeAnsweredAsUnknown("evidence for the North's advice request", realUpload, unknownUpload, HttpStatusCode.BadRequest);
    }

    private HttpClient Anonymous() => _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    private static MultipartFormDataContent Upload(Guid adviceRequestId) => new()
    {
        { new ByteArrayContent(Files.PdfBytes()), "file", "advice.pdf" },
        { new StringContent("AgencyAdvice"), "kind" },
        { new StringContent("Health"), "agency" },
        { new StringContent("Dr Priya Shah"), "author" },
        { new StringContent("2026-11-18"), "receivedOn" },
        { new StringContent("The paediatric advice."), "summary" },
        { new StringContent(adviceRequestId.ToString()), "adviceRequestId" },
    };

    private static async Task ShouldBeAnsweredAsUnknown(string what, HttpResponseMessage real, HttpResponseMessage unknown, HttpStatusCode expected)
    {
        var body = await real.Content.ReadAsStringAsync();
        real.StatusCode.Should().Be(expected, $"{what}: {body}");
        unknown.StatusCode.Should().Be(real.StatusCode, what);
        ProblemOf(body).Should().Be(ProblemOf(await unknown.Content.ReadAsStringAsync()), what);
        body.Should().NotContain(IntrusionScenario.FamilyName);
    }
}
