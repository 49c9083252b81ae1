using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using PanelCaseManager.Infrastructure.DemoData;
using PanelCaseManager.Testing;

namespace PanelCaseManager.Web.Tests.Api;

public class DemoDataTests
{
    [Test]
    public async Task The_demonstration_has_a_held_panel_meeting_with_signed_off_decisions_and_a_deferral()
    {
        await using var factory = new PanelWebApplicationFactory(new Dictionary<string, string?> { ["DemoData:Cases"] = "3" });
        using var chair = await factory.ClientFor(Personas.PanelChair);
        using var officer = await factory.ClientFor(Personas.SendOfficer);

        var meetings = await chair.GetFromJsonAsync<JsonElement>("/api/v1/panels?from=2026-10-01&to=2026-11-19");
        var meeting = meetings.EnumerateArray().Should().ContainSingle().Subject;
        meeting.GetProperty("cases").GetInt32().Should().Be(4);
        meeting.GetProperty("decided").GetInt32().Should().Be(4);
        var details = await chair.GetFromJsonAsync<JsonElement>($"/api/v1/panels/{meeting.GetProperty("id").GetGuid()}");
        var stages = details.GetProperty("agenda").EnumerateArray().Select(a => a.GetProperty("stage").GetString()).ToList();
        stages.Should().BeEquivalentTo(["LetterIssued", "LetterIssued", "LetterIssued", "Evidence"], "the three decisions' letters were sent the next day");
        details.GetProperty("agenda").EnumerateArray().Should().OnlyContain(a => a.GetProperty("papers").GetProperty("trigger").GetString() == "CutOff");

        var report = await chair.GetFromJsonAsync<JsonElement>("/api/v1/reports/decisions?from=2026-10-01&to=2026-11-30");
        report.GetProperty("total").GetInt32().Should().Be(4, "the draft decision of today's meeting is not signed off");
        var byGround = report.GetProperty("byGround").EnumerateArray().Single(g => g.GetProperty("key").GetString() == "IncompatibleWithEfficientUseOfResources");
        byGround.GetProperty("decisions").GetInt32().Should().Be(1);
        var cases = await officer.GetFromJsonAsync<JsonElement>("/api/v1/placement-requests?pageSize=10");
        foreach (var item in cases.GetProperty("items").EnumerateArray())
        {
            var contact = await officer.GetFromJsonAsync<JsonElement>($"/api/v1/placement-requests/{item.GetProperty("id").GetGuid()}/family-contact");
            contact.GetProperty("postalAddress").GetArrayLength().Should().BeGreaterThanOrEqualTo(3, "every demo case has the address its letters go to");
        }

        foreach (var item in details.GetProperty("agenda").EnumerateArray().Where(a => a.GetProperty("decisionId").ValueKind == JsonValueKind.String))
        {
            var decision = await chair.GetFromJsonAsync<JsonElement>($"/api/v1/decisions/{item.GetProperty("decisionId").GetGuid()}");
            var outcome = decision.GetProperty("outcome").GetString();
            if (outcome == "DeferForEvidence")
            {
                continue;
            }

            var match = await officer.GetFromJsonAsync<JsonElement>($"/api/v1/placement-requests/{item.GetProperty("placementRequestId").GetGuid()}/sector-match");
            // The other two decisions place the child in the agreed preference or in the named SEMH school.
            var placedFit = outcome switch
            {
                "AgreeFamilyPreference" => match.GetProperty("preferences")[0].GetProperty("sectorFit").GetString(),
                _ => match.GetProperty("sectors").EnumerateArray().Single(s => s.GetProperty("name").GetString()!.StartsWith("Special school: Social, Emotional", StringComparison.Ordinal)).GetProperty("fit").GetString(),
            };
            placedFit.Should().Be("Fits", "a demo child's levels of need fit the sector of the setting the panel places them in");
        }

        // The new plans' final plans went out a week after the panel with their notices: the families have a real last day to appeal.
        var agreed = new List<Guid>();
        foreach (var item in details.GetProperty("agenda").EnumerateArray().Where(a => a.GetProperty("decisionId").ValueKind == JsonValueKind.String))
        {
            var decision = await chair.GetFromJsonAsync<JsonElement>($"/api/v1/decisions/{item.GetProperty("decisionId").GetGuid()}");
            if (decision.GetProperty("outcome").GetString() == "AgreeFamilyPreference")
            {
                agreed.Add(item.GetProperty("placementRequestId").GetGuid());
            }
        }

        agreed.Should().HaveCount(2);
        foreach (var caseId in agreed)
        {
            await TheNoticeGivesARealLastDayToAppeal(officer, caseId);
        }

        // One family's appeal is in progress; the other's was conceded, and its order runs on the clock (docs/adr/0127).
        var appeals = new List<JsonElement>();
        foreach (var caseId in agreed)
        {
            var disagreements = await officer.GetFromJsonAsync<JsonElement>($"/api/v1/placement-requests/{caseId}/disagreements");
            appeals.AddRange(disagreements.GetProperty("appeals").EnumerateArray());
        }

        appeals.Should().HaveCount(2);
        appeals.Should().ContainSingle(a => a.GetProperty("isOpen").GetBoolean() && a.GetProperty("hearingOn").ValueKind == JsonValueKind.String);
        var order = appeals.Single(a => a.GetProperty("position").ValueKind == JsonValueKind.String).GetProperty("orders").EnumerateArray().Should().ContainSingle().Subject;
        order.GetProperty("kind").GetString().Should().Be("NameSchoolOrType");
        order.GetProperty("metOn").ValueKind.Should().Be(JsonValueKind.Null, "the order is being complied with");

        factory.Services.GetRequiredService<TimeProvider>().GetUtcNow().Should().Be(TestClock.DefaultNow, "the demo clock is back at the present once seeding is done");
    }

    private static async Task TheNoticeGivesARealLastDayToAppeal(HttpClient officer, Guid caseId)
    {
        var letters = await officer.GetFromJsonAsync<JsonElement>($"/api/v1/placement-requests/{caseId}/letters");
        var notice = letters.EnumerateArray().Should().ContainSingle(l => l.GetProperty("isNotice").GetBoolean()).Subject;
        notice.GetProperty("outcome").GetString().Should().Be("FinalPlanNotice");
        notice.GetProperty("namedInPlan").GetString().Should().Be("Larkspur Communication and Autism School");
        var sent = DateOnly.Parse(notice.GetProperty("letterDate").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        var deadline = DateOnly.Parse(notice.GetProperty("appealDeadline").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        deadline.Should().BeOnOrAfter(sent.AddMonths(2)).And.BeAfter(DateOnly.FromDateTime(TestClock.DefaultNow.UtcDateTime), "the family can still appeal");
        letters.EnumerateArray().Should().Contain(l => !l.GetProperty("isNotice").GetBoolean() && l.GetProperty("appealDeadline").ValueKind == JsonValueKind.Null);
        var milestones = await officer.GetFromJsonAsync<JsonElement>($"/api/v1/placement-requests/{caseId}/milestones");
        milestones.ToString().Should().Contain(deadline.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), "the clock's appeal window ends on the notice's date");
    }

    [Test]
    public async Task On_the_first_day_there_is_a_meeting_today_with_a_decision_to_sign_off_one_with_papers_to_freeze_and_letters_for_the_family()
    {
        await using var factory = new PanelWebApplicationFactory(new Dictionary<string, string?> { ["DemoData:Cases"] = "20" });
        using var chair = await factory.ClientFor(Personas.PanelChair);
        using var officer = await factory.ClientFor(Personas.SendOfficer);
        using var family = await factory.ClientFor(Personas.Family);

        // Today (Friday 20 November 2026): quorate, one decision recorded and waiting for the chair, one case still to decide.
        var today = (await chair.GetFromJsonAsync<JsonElement>("/api/v1/panels?from=2026-11-20&to=2026-11-20")).EnumerateArray().Should().ContainSingle().Subject;
        var meeting = await chair.GetFromJsonAsync<JsonElement>($"/api/v1/panels/{today.GetProperty("id").GetGuid()}");
        meeting.GetProperty("attendanceRecorded").GetBoolean().Should().BeTrue();
        var agenda = meeting.GetProperty("agenda").EnumerateArray().ToList();
        agenda.Should().HaveCount(2).And.OnlyContain(a => a.GetProperty("quorate").GetBoolean() && a.GetProperty("papers").GetProperty("trigger").GetString() == "CutOff");
        var draft = agenda.Should().ContainSingle(a => a.GetProperty("draftDecisionId").ValueKind == JsonValueKind.String).Subject;
        agenda.Should().OnlyContain(a => a.GetProperty("decisionId").ValueKind == JsonValueKind.Null);
        var signedOff = await chair.PostAsJsonAsync($"/api/v1/panels/{meeting.GetProperty("id").GetGuid()}/cases/{draft.GetProperty("placementRequestId").GetGuid()}/decision/sign-off",
            new { expectedVersion = 0 });
        signedOff.StatusCode.Should().Be(System.Net.HttpStatusCode.OK, await signedOff.Content.ReadAsStringAsync());

        // Tuesday 24 November: past its cut-off, with cases on the agenda whose papers the officer freezes.
        var soon = (await officer.GetFromJsonAsync<JsonElement>("/api/v1/panels?from=2026-11-21&to=2026-11-30")).EnumerateArray().Should().ContainSingle().Subject;
        soon.GetProperty("meetingDate").GetString().Should().Be("2026-11-24");
        var upcoming = await officer.GetFromJsonAsync<JsonElement>($"/api/v1/panels/{soon.GetProperty("id").GetGuid()}");
        upcoming.GetProperty("pastCutOff").GetBoolean().Should().BeTrue();
        upcoming.GetProperty("agenda").EnumerateArray().Should().NotBeEmpty().And.OnlyContain(a => a.GetProperty("papers").ValueKind == JsonValueKind.Null);
        var frozen = await officer.PostAsync($"/api/v1/panels/{soon.GetProperty("id").GetGuid()}/freeze-papers", null);
        frozen.StatusCode.Should().Be(System.Net.HttpStatusCode.OK, await frozen.Content.ReadAsStringAsync());
        (await officer.GetFromJsonAsync<JsonElement>("/api/v1/panels?from=2026-12-01&to=2026-12-31")).EnumerateArray().Should().ContainSingle()
            .Which.GetProperty("cases").GetInt32().Should().Be(0);

        // The family follows three children: Leo's request in progress, Poppy's with her decision letter and notice, and
        // Maya's phase transfer to secondary school (the demo cohort, DemoDataSeeder.Cohort).
        var children = (await family.GetFromJsonAsync<JsonElement>("/api/v1/family/cases")).EnumerateArray().ToList();
        children.Select(c => c.GetProperty("childName").GetString()).Should().BeEquivalentTo(["Leo", "Poppy", "Maya"]);
        var poppy = children.Single(c => c.GetProperty("childName").GetString() == "Poppy").GetProperty("id").GetGuid();
        var letters = (await family.GetFromJsonAsync<JsonElement>($"/api/v1/placement-requests/{poppy}/letters")).EnumerateArray().ToList();
        letters.Select(l => l.GetProperty("isNotice").GetBoolean()).Should().BeEquivalentTo([false, true]);
    }

    [Test]
    public async Task The_demonstration_has_annual_reviews_in_every_state_and_the_senco_has_paperwork_to_return()
    {
        await using var factory = new PanelWebApplicationFactory(new Dictionary<string, string?> { ["DemoData:Cases"] = "3" });
        using var officer = await factory.ClientFor(Personas.SendOfficer);
        using var senco = await factory.ClientFor(Personas.SettingSendco);

        var reviews = (await officer.GetFromJsonAsync<JsonElement>("/api/v1/reviews?pageSize=200")).GetProperty("items").EnumerateArray()
            .ToDictionary(i => i.GetProperty("childName").GetString()!, i => i.GetProperty("standing").GetString());

        reviews.Should().Contain("Elowen Tregarthen", "Due")
            .And.Contain("Bram Okonkwo-Hale", "AwaitingPaperwork")
            .And.Contain("Saoirse Lindqvist", "PaperworkLate")
            .And.Contain("Tobias Achterberg", "DecisionDue")
            .And.Contain("Yusra Penhaligon", "AmendedPlanDue");
        var asked = (await senco.GetFromJsonAsync<JsonElement>("/api/v1/partner/reviews")).EnumerateArray().ToList();
        asked.Should().HaveCount(4);
        asked.Count(r => r.GetProperty("canReturn").GetBoolean()).Should().Be(2);
    }
}
