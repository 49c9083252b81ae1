using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PanelCaseManager.Infrastructure.DemoData;
using PanelCaseManager.Testing;

namespace PanelCaseManager.Web.Tests.Pages;

/// <summary>
/// Tribunal appeals against the final plan's notice, through the API and the case's Mediation and appeals tab: bad input
/// is a 400 naming the field or a 409 saying why, nothing is written on a refusal, a retry with the same key gets the
/// first answer, unknown ids and another team's officer find nothing, and an order reaches the Deadlines tab.
/// </summary>
public partial class CaseLettersPageTests
{
    private static Dictionary<string, string?> DateFields(string name, DateOnly date) => new()
    {
        [$"{name}.day"] = date.Day.ToString(CultureInfo.InvariantCulture),
        [$"{name}.month"] = date.Month.ToString(CultureInfo.InvariantCulture),
        [$"{name}.year"] = date.Year.ToString(CultureInfo.InvariantCulture),
    };

    [Test]
    public async Task The_appeals_api_records_an_appeal_its_decision_and_an_order_and_refuses_each_bad_input_writing_nothing()
    {
        var (decisionLetterId, noticeId, sentOn) = await NoticeSentAsync();
        _factory.Clock.SetUtcNow(new DateTimeOffset(sentOn.AddDays(10).ToDateTime(new TimeOnly(10, 0)), TimeSpan.Zero));
        _officer.Dispose();
        _officer = await _factory.ClientFor(Personas.SendOfficer);
        var today = sentOn.AddDays(10);
        var url = $"/api/v1/placement-requests/{_caseId}/appeals";

        var againstTheDecisionLetter = await _officer.PostAsJsonAsync(url, new { noticeId = decisionLetterId, subject = "PlanContents", registeredOn = Iso(today) });
        var beforeTheNotice = await _officer.PostAsJsonAsync(url, new { noticeId, subject = "PlanContents", registeredOn = Iso(sentOn.AddDays(-1)) });
        var pastHearing = await _officer.PostAsJsonAsync(url, new { noticeId, subject = "PlanContents", registeredOn = Iso(today), hearingOn = Iso(today.AddDays(-1)) });
        var wrongSubject = await _officer.PostAsJsonAsync(url, new { noticeId, subject = "Refusal", registeredOn = Iso(today) });
        var unknownNotice = await _officer.PostAsJsonAsync(url, new { noticeId = Guid.NewGuid(), subject = "PlanContents", registeredOn = Iso(today) });
        await againstTheDecisionLetter.ShouldBeValidationProblemNaming("noticeId");
        await beforeTheNotice.ShouldBeValidationProblemNaming("registeredOn");
        await pastHearing.ShouldBeValidationProblemNaming("hearingOn");
        await wrongSubject.ShouldBeValidationProblemNaming("subject");
        await unknownNotice.ShouldBeProblem(HttpStatusCode.NotFound);
        (await DisagreementsAsync()).GetProperty("appeals").GetArrayLength().Should().Be(0);

        var body = new { noticeId, subject = "PlanContents", registeredOn = Iso(today), hearingOn = Iso(today.AddDays(90)) };
        using var first = new HttpRequestMessage(HttpMethod.Post, url) { Content = JsonContent.Create(body) };
        first.Headers.Add("Idempotency-Key", "appeal-retry-1");
        var registered = await Ok(await _officer.SendAsync(first), HttpStatusCode.Created);
        using var retry = new HttpRequestMessage(HttpMethod.Post, url) { Content = JsonContent.Create(body) };
        retry.Headers.Add("Idempotency-Key", "appeal-retry-1");
        (await Ok(await _officer.SendAsync(retry), HttpStatusCode.Created)).GetProperty("id").GetGuid().Should().Be(registered.GetProperty("id").GetGuid());
        var twice = await _officer.PostAsJsonAsync(url, body);
        (await twice.ShouldBeProblem(HttpStatusCode.Conflict)).GetProperty("code").GetString().Should().Be("appeal-recorded");

        var appealUrl = $"{url}/{registered.GetProperty("id").GetGuid()}";
        (await _officer.PostAsJsonAsync($"{url}/{Guid.NewGuid()}", new { expectedVersion = 0 })).StatusCode.Should().Be(HttpStatusCode.NotFound);
        var orderTooSoon = await _officer.PostAsJsonAsync($"{appealUrl}/orders", new { expectedVersion = 0, kind = "AmendPlan", madeOn = Iso(today) });
        await orderTooSoon.ShouldBeValidationProblemNaming("kind");
        var conceded = await Ok(await _officer.PostAsJsonAsync(appealUrl, new { expectedVersion = 0, hearingOn = Iso(today.AddDays(90)), position = "Concedes", positionOn = Iso(today) }));
        var version = conceded.GetProperty("version").GetInt32();

        var noDate = await _officer.PostAsJsonAsync($"{appealUrl}/orders", new { expectedVersion = version, kind = "AmendPlan" });
        await noDate.ShouldBeValidationProblemNaming("madeOn");
        var order = await Ok(await _officer.PostAsJsonAsync($"{appealUrl}/orders", new { expectedVersion = version, kind = "AmendPlan", madeOn = Iso(today) }), HttpStatusCode.Created);
        var orderId = order.GetProperty("orderId").GetGuid();
        version = order.GetProperty("version").GetInt32();

        var byAnEarlierNotice = await _officer.PostAsJsonAsync($"{appealUrl}/orders/{orderId}/met", new { expectedVersion = version, metOn = Iso(today), metByNoticeId = noticeId });
        await byAnEarlierNotice.ShouldBeValidationProblemNaming("metByNoticeId");
        var beforeTheOrder = await _officer.PostAsJsonAsync($"{appealUrl}/orders/{orderId}/met", new { expectedVersion = version, metOn = Iso(today.AddDays(-1)) });
        await beforeTheOrder.ShouldBeValidationProblemNaming("metOn");
        (await _officer.PostAsJsonAsync($"{appealUrl}/orders/{Guid.NewGuid()}/met", new { expectedVersion = version, metOn = Iso(today) })).StatusCode.Should().Be(HttpStatusCode.NotFound);

        var appeal = (await DisagreementsAsync()).GetProperty("appeals").EnumerateArray().Single();
        appeal.GetProperty("position").GetString().Should().Be("Concedes");
        var stored = appeal.GetProperty("orders").EnumerateArray().Single();
        stored.GetProperty("dueOn").GetString().Should().Be(Iso(today.AddDays(35)), "5 weeks from the council's notice to the tribunal (reg 45(4))");
        stored.GetProperty("metOn").ValueKind.Should().Be(JsonValueKind.Null);
        var deadlines = await Ok(await _officer.GetAsync($"/api/v1/placement-requests/{_caseId}/milestones"));
        deadlines.ToString().Should().Contain("TribunalOrderAmendPlan");
    }

    [Test]
    public async Task Another_teams_officer_and_the_family_cannot_record_an_appeal()
    {
        var (_, noticeId, sentOn) = await NoticeSentAsync();
        using var south = await _factory.ClientFor(Personas.SecondSendOfficer);
        using var family = await _factory.ClientFor(Personas.Family);
        var body = new { noticeId, subject = "PlanContents", registeredOn = Iso(sentOn) };

        (await south.PostAsJsonAsync($"/api/v1/placement-requests/{_caseId}/appeals", body)).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await family.PostAsJsonAsync($"/api/v1/placement-requests/{_caseId}/appeals", body)).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await _officer.PostAsJsonAsync($"/api/v1/placement-requests/{Guid.NewGuid()}/appeals", body)).StatusCode.Should().Be(HttpStatusCode.NotFound);
        using var southPages = await _factory.HtmlClientFor(Personas.SecondSendOfficer);
        (await southPages.Get($"/cases/{_caseId}/appeals/register")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await DisagreementsAsync()).GetProperty("appeals").GetArrayLength().Should().Be(0);
    }

    [Test]
    public async Task An_officer_records_an_appeal_its_decision_and_an_order_on_the_tab_and_sees_the_order_on_the_deadlines()
    {
        var (_, _, sentOn) = await NoticeSentAsync();
        var today = sentOn.AddDays(20);
        _factory.Clock.SetUtcNow(new DateTimeOffset(today.ToDateTime(new TimeOnly(10, 0)), TimeSpan.Zero));
        _officer.Dispose();
        _officer = await _factory.ClientFor(Personas.SendOfficer);
        using var officer = await _factory.HtmlClientFor(Personas.SendOfficer);
        var tab = await officer.GetPage($"/cases/{_caseId}/appeals");
        tab.Text(".app-no-appeals").Should().Contain("No appeal to the tribunal");

        var register = await officer.GetPage($"/cases/{_caseId}/appeals/register");
        var refused = await officer.SubmitAndFollow(register, new Dictionary<string, string?>(DateFields("registeredOn", sentOn.AddDays(2))) { ["subject"] = "PlanContents" }
            .Concat(DateFields("hearingOn", today.AddDays(-1))).ToDictionary());
        refused.ShouldShowErrorFor("hearingOn", "in the past");

        var recorded = await officer.SubmitAndFollow(refused, new Dictionary<string, string?>(DateFields("registeredOn", sentOn.AddDays(2))) { ["subject"] = "PlanContents" }
            .Concat(DateFields("hearingOn", today.AddDays(60))).ToDictionary());
        recorded.QuerySelectorAll(".app-appeal").Length.Should().Be(1);

        var update = await officer.GetPage(recorded.QuerySelector(".app-appeal .govuk-summary-card__action a")!.GetAttribute("href")!);
        var decided = await officer.SubmitAndFollow(update, new Dictionary<string, string?>(DateFields("positionOn", sentOn.AddDays(5))) { ["position"] = "Opposes", ["outcome"] = "Allowed" }
            .Concat(DateFields("decidedOn", today)).Concat(DateFields("hearingOn", today)).ToDictionary());
        decided.QuerySelector(".govuk-error-summary").Should().BeNull();

        var add = await officer.GetPage(decided.QuerySelector(".app-appeal a[href$='/orders/add']")!.GetAttribute("href")!);
        var noDate = await officer.SubmitAndFollow(add, new Dictionary<string, string?> { ["kind"] = "NameSchoolOrType", ["madeOn.day"] = "", ["madeOn.month"] = "", ["madeOn.year"] = "" });
        noDate.ShouldShowErrorFor("madeOn", "date of the order");
        var ordered = await officer.SubmitAndFollow(noDate, new Dictionary<string, string?>(DateFields("madeOn", today)) { ["kind"] = "NameSchoolOrType" });
        ordered.Text(".app-orders").Should().Contain("Amend the plan to name the school or type").And.Contain(today.AddDays(14).ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB")));

        var deadlinesTab = await officer.GetPage($"/cases/{_caseId}/deadlines");
        deadlinesTab.Body!.TextContent.Should().Contain("Tribunal order: plan amended to name the school or type");
    }
}
