using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PanelCaseManager.Infrastructure.DemoData;
using PanelCaseManager.Testing;

namespace PanelCaseManager.Web.Tests.Pages;

/// <summary>
/// Mediation about the final plan's notice, through the API and the case's Mediation and appeals tab: bad input is a
/// 400 naming the field or a 409 saying why, nothing is written on a refusal, and an officer of another team finds no
/// such case.
/// </summary>
public partial class CaseLettersPageTests
{
    private async Task<(Guid DecisionLetterId, Guid NoticeId, DateOnly NoticeDate)> NoticeSentAsync()
    {
        var decisionId = await DecidedCaseAsync();
        var letter = await Ok(await _officer.PostAsync($"/api/v1/decisions/{decisionId}/letter", null), HttpStatusCode.Created);
        await DraftPlanServedAsync();
        var notice = await Ok(await _officer.PostAsJsonAsync($"/api/v1/placement-requests/{_caseId}/notices", new { notice = "FinalPlanNotice" }), HttpStatusCode.Created);
        return (letter.GetProperty("letterId").GetGuid(), notice.GetProperty("letterId").GetGuid(),
            DateOnly.ParseExact(notice.GetProperty("letterDate").GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture));
    }

    private async Task<JsonElement> DisagreementsAsync() => await Ok(await _officer.GetAsync($"/api/v1/placement-requests/{_caseId}/disagreements"));

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Test]
    public async Task The_mediation_api_records_the_familys_mediation_and_refuses_each_bad_input_writing_nothing()
    {
        var (decisionLetterId, noticeId, sentOn) = await NoticeSentAsync();
        var url = $"/api/v1/placement-requests/{_caseId}/mediations";

        var aboutTheDecisionLetter = await _officer.PostAsJsonAsync(url, new { noticeId = decisionLetterId, adviserContactedOn = Iso(sentOn) });
        var beforeTheNotice = await _officer.PostAsJsonAsync(url, new { noticeId, adviserContactedOn = Iso(sentOn.AddDays(-1)) });
        var noDate = await _officer.PostAsJsonAsync(url, new { noticeId });
        var unknownNotice = await _officer.PostAsJsonAsync(url, new { noticeId = Guid.NewGuid(), adviserContactedOn = Iso(sentOn) });
        (await aboutTheDecisionLetter.ShouldBeProblem(HttpStatusCode.Conflict)).GetProperty("code").GetString().Should().Be("no-right-of-appeal");
        await beforeTheNotice.ShouldBeValidationProblemNaming("adviserContactedOn");
        await noDate.ShouldBeValidationProblemNaming("adviserContactedOn");
        await unknownNotice.ShouldBeProblem(HttpStatusCode.NotFound);
        (await DisagreementsAsync()).GetProperty("mediations").GetArrayLength().Should().Be(0);

        var started = await Ok(await _officer.PostAsJsonAsync(url, new { noticeId, adviserContactedOn = Iso(sentOn) }), HttpStatusCode.Created);
        var twice = await _officer.PostAsJsonAsync(url, new { noticeId, adviserContactedOn = Iso(sentOn) });
        (await twice.ShouldBeProblem(HttpStatusCode.Conflict)).GetProperty("code").GetString().Should().Be("mediation-recorded");

        var mediationUrl = $"{url}/{started.GetProperty("id").GetGuid()}";
        var certificateTooEarly = await _officer.PostAsJsonAsync(mediationUrl, new
        {
            expectedVersion = 0, choice = "NoMediation", choiceMadeOn = Iso(sentOn), certificateIssuedOn = Iso(sentOn.AddDays(-1)),
        });
        await certificateTooEarly.ShouldBeValidationProblemNaming("certificateIssuedOn");
        var declined = await Ok(await _officer.PostAsJsonAsync(mediationUrl, new { expectedVersion = 0, choice = "NoMediation", choiceMadeOn = Iso(sentOn) }));
        declined.GetProperty("version").GetInt32().Should().Be(1);
        var stale = await _officer.PostAsJsonAsync(mediationUrl, new { expectedVersion = 0, choice = "Mediate", choiceMadeOn = Iso(sentOn) });
        await stale.ShouldBeProblem(HttpStatusCode.Conflict);

        var disagreements = await DisagreementsAsync();
        var mediation = disagreements.GetProperty("mediations").EnumerateArray().Single();
        mediation.GetProperty("choice").GetString().Should().Be("NoMediation");
        mediation.GetProperty("certificateIssuedOn").ValueKind.Should().Be(JsonValueKind.Null);
        disagreements.GetProperty("deadlines").EnumerateArray().Should().Contain(d => d.GetProperty("kind").GetString() == "MediationCertificate");
    }

    [Test]
    public async Task Another_teams_officer_finds_no_such_case_and_the_family_cannot_record_mediation()
    {
        var (_, noticeId, sentOn) = await NoticeSentAsync();
        using var south = await _factory.ClientFor(Personas.SecondSendOfficer);
        using var family = await _factory.ClientFor(Personas.Family);

        (await south.GetAsync($"/api/v1/placement-requests/{_caseId}/disagreements")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await south.PostAsJsonAsync($"/api/v1/placement-requests/{_caseId}/mediations", new { noticeId, adviserContactedOn = Iso(sentOn) }))
            .StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await family.PostAsJsonAsync($"/api/v1/placement-requests/{_caseId}/mediations", new { noticeId, adviserContactedOn = Iso(sentOn) }))
            .StatusCode.Should().Be(HttpStatusCode.Forbidden);
        using var southPages = await _factory.HtmlClientFor(Personas.SecondSendOfficer);
        (await southPages.Get($"/cases/{_caseId}/appeals")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await DisagreementsAsync()).GetProperty("mediations").GetArrayLength().Should().Be(0);
    }

    [Test]
    public async Task An_officer_records_the_contact_then_the_certificate_on_the_tab_and_sees_the_appeal_deadline_move()
    {
        var (_, _, sentOn) = await NoticeSentAsync();

        // Seven weeks on (signed in afresh, as a session does not last that long): the certificate two weeks ago is more
        // than a month after the notice, so the deadline follows it.
        _factory.Clock.SetUtcNow(new DateTimeOffset(sentOn.AddDays(50).ToDateTime(new TimeOnly(10, 0)), TimeSpan.Zero));
        _officer.Dispose();
        _officer = await _factory.ClientFor(Personas.SendOfficer);
        using var officer = await _factory.HtmlClientFor(Personas.SendOfficer);
        var tab = await officer.GetPage($"/cases/{_caseId}/appeals");
        tab.QuerySelector(".moj-sub-navigation a[aria-current='page']")!.TextContent.Should().Be("Mediation and appeals");
        tab.Text(".app-no-mediation").Should().Contain("No contact with the mediation adviser");

        var start = await officer.GetPage($"/cases/{_caseId}/appeals/mediations/start");
        var refused = await officer.SubmitAndFollow(start, new Dictionary<string, string?>
        {
            ["adviserContactedOn.day"] = "31", ["adviserContactedOn.month"] = "2", ["adviserContactedOn.year"] = "2027",
        });
        refused.ShouldShowErrorFor("adviserContactedOn", "real date");

        var recorded = await officer.SubmitAndFollow(refused, new Dictionary<string, string?>
        {
            ["adviserContactedOn.day"] = sentOn.Day.ToString(CultureInfo.InvariantCulture),
            ["adviserContactedOn.month"] = sentOn.Month.ToString(CultureInfo.InvariantCulture),
            ["adviserContactedOn.year"] = sentOn.Year.ToString(CultureInfo.InvariantCulture),
        });
        recorded.QuerySelectorAll(".app-mediation").Length.Should().Be(1);

        var update = await officer.GetPage(recorded.QuerySelector(".app-mediation a[href*='/mediations/']")!.GetAttribute("href")!);
        var certificate = sentOn.AddDays(45);
        var saved = await officer.SubmitAndFollow(update, new Dictionary<string, string?>
        {
            ["choice"] = "NoMediation",
            ["choiceMadeOn.day"] = sentOn.Day.ToString(CultureInfo.InvariantCulture),
            ["choiceMadeOn.month"] = sentOn.Month.ToString(CultureInfo.InvariantCulture),
            ["choiceMadeOn.year"] = sentOn.Year.ToString(CultureInfo.InvariantCulture),
            ["certificateIssuedOn.day"] = certificate.Day.ToString(CultureInfo.InvariantCulture),
            ["certificateIssuedOn.month"] = certificate.Month.ToString(CultureInfo.InvariantCulture),
            ["certificateIssuedOn.year"] = certificate.Year.ToString(CultureInfo.InvariantCulture),
        });
        saved.QuerySelector(".govuk-error-summary").Should().BeNull();

        var deadline = (await DisagreementsAsync()).GetProperty("appealDeadline").GetString();
        DateOnly.ParseExact(deadline!, "yyyy-MM-dd", CultureInfo.InvariantCulture).Should().BeOnOrAfter(certificate.AddMonths(1));
        saved.Text(".app-appeal-deadline").Should().Contain(DateOnly.ParseExact(deadline!, "yyyy-MM-dd", CultureInfo.InvariantCulture).ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB")));
        saved.Text(".app-mediation-deadlines").Should().Contain("Mediation certificate issued");
    }
}
