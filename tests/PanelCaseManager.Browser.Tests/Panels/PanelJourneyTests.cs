using System.Net.Http.Json;
using Microsoft.Playwright;
using PanelCaseManager.Infrastructure.DemoData;
using PanelCaseManager.Testing.Builders;

namespace PanelCaseManager.Browser.Tests.Panels;

/// <summary>The chair's journey on the meeting day, from signing in to a signed-off decision, with a member's view on the way.</summary>
public class PanelJourneyTests : PanelJourneyTest
{
    [Test]
    public async Task A_chair_records_attendance_and_after_a_members_view_decides_corrects_an_error_and_signs_off()
    {
        var (panelId, caseId, reference, evidenceId) = await CaseOnAComingMeetingAsync();
        await PastTheCutOffToTheMeetingDay(panelId, "panel-00-papers-frozen");

        var chair = await SignedIn(Personas.PanelChair);
        await Visit(chair, "panel-00-chair-home");
        (await chair.Locator(".app-next-panel").InnerTextAsync()).Should().Contain("locality panel").And.Contain("Papers");
        await chair.GetByRole(AriaRole.Link, new() { Name = "My panels" }).ClickAsync();
        await Visit(chair, "panel-01-my-panels");
        await chair.GetByRole(AriaRole.Link, new() { Name = "West locality panel" }).First.ClickAsync();
        await chair.WaitForURLAsync(url => new Uri(url).AbsolutePath == $"/panels/{panelId}");
        await Visit(chair, "panel-02-agenda");
        (await chair.Locator("main").InnerTextAsync()).Should().Contain(reference);

        await chair.GetByRole(AriaRole.Link, new() { Name = reference, Exact = true }).ClickAsync();
        await Visit(chair, "panel-03-papers");
        (await chair.Locator("main").InnerTextAsync()).Should().Contain("These are the papers frozen");

        await chair.GotoAsync($"/panels/{panelId}");
        await chair.GetByRole(AriaRole.Link, new() { Name = "Record attendance" }).ClickAsync();
        foreach (var present in await chair.Locator("input[name=present]").AllAsync())
        {
            await present.CheckAsync();
        }

        await Visit(chair, "panel-04-attendance");
        await chair.GetByRole(AriaRole.Button, new() { Name = "Record attendance" }).ClickAsync();
        await chair.WaitForURLAsync(url => new Uri(url).AbsolutePath == $"/panels/{panelId}");
        (await chair.Locator(".govuk-notification-banner--success").InnerTextAsync()).Should().Contain("Attendance is recorded").And.Contain("Quorate");
        await Visit(chair, "panel-05-quorate");

        var member = await RecordViewAs(Members[0], panelId, caseId, "panel-06-member-view");
        (await member.Locator(".govuk-notification-banner--success").InnerTextAsync()).Should().NotBeEmpty();
        await ViewsThroughTheApi(Members.Skip(1), panelId, caseId);

        await chair.GotoAsync($"/panels/{panelId}/cases/{caseId}/decision");
        var main = await chair.Locator("main").InnerTextAsync();
        main.Should().Contain("Sector match").And.Contain("The family's preferences").And.Contain("Each preference tested against the law (CoP 9.79)");
        main.Should().NotContainAny(["DoesNotFit", "PartlyFits", "AboveButSupported"]);
        var sectors = chair.Locator(".app-sector-match");
        (await sectors.InnerTextAsync()).Should().MatchRegex("best fit the child's needs|No sector's profile fits");
        await chair.Locator("details.app-sector-all summary").ClickAsync();
        (await chair.Locator("details.app-sector-all .govuk-details__text").InnerTextAsync()).Should().Contain("Does not fit");
        await Visit(chair, "panel-06b-decision-sectors");
        var evidence = chair.Locator($".app-decision-evidence a[href='/panels/{panelId}/cases/{caseId}/documents/{evidenceId}']");
        (await evidence.InnerTextAsync()).Should().Be("ep-advice.pdf");
        var opened = await chair.APIRequest.GetAsync((await evidence.GetAttributeAsync("href"))!);
        opened.Status.Should().Be(200, "the chair opens the evidence cited in the papers");
        opened.Headers["content-type"].Should().StartWith("application/pdf");
        await FullCaseJourneyTests.AgreeTheFirstPreference(chair);
        await chair.Locator("textarea[name=reasons]").FillAsync(string.Empty);
        await Visit(chair, "panel-07-decision-form");
        await chair.GetByRole(AriaRole.Button, new() { Name = "Record the decision" }).ClickAsync();
        await chair.Locator(".govuk-error-summary").WaitForAsync();
        await Visit(chair, "panel-08-decision-error");
        var errors = await chair.Locator(".govuk-error-summary__list li").AllInnerTextsAsync();
        errors.Should().ContainSingle().Which.Should().Contain("reasons");
        (await chair.Locator("input[name=outcome][value=AgreeFamilyPreference]").IsCheckedAsync()).Should().BeTrue("what was chosen is kept");
        await chair.Locator(".govuk-error-summary a").First.ClickAsync();
        (await chair.EvaluateAsync<string>("document.activeElement.id")).Should().Be("reasons", "the summary's link takes you to the field");

        await chair.Locator("textarea[name=reasons]").FillAsync("The family's choice meets the child's needs; no ground under 9.79 applies.");
        await chair.GetByRole(AriaRole.Button, new() { Name = "Record the decision" }).ClickAsync();
        await chair.Locator("form.app-sign-off").WaitForAsync();
        await Visit(chair, "panel-09-draft-recorded");
        await chair.GotoAsync("/");
        (await chair.Locator(".app-awaiting-sign-off").InnerTextAsync()).Should().Contain(reference);
        await Visit(chair, "panel-09b-home-awaiting-sign-off");
        await chair.Locator($".app-awaiting-sign-off a[href='/panels/{panelId}/cases/{caseId}/decision']").ClickAsync();
        await chair.WaitForURLAsync(url => new Uri(url).AbsolutePath == $"/panels/{panelId}/cases/{caseId}/decision");
        await chair.GetByRole(AriaRole.Button, new() { Name = "Sign off the decision" }).ClickAsync();
        await chair.WaitForURLAsync(url => new Uri(url).AbsolutePath == $"/panels/{panelId}");
        (await chair.Locator(".govuk-notification-banner--success").InnerTextAsync()).Should().Contain($"The decision on {reference} is signed off");
        await Visit(chair, "panel-10-signed-off");
        var row = chair.Locator("table.app-agenda tbody tr", new() { HasText = reference });
        (await row.Locator(".app-agenda-outcome").TextContentAsync())!.Trim().Should().MatchRegex("^Signed off: Placement at .+ agreed$");
        (await row.Locator(".app-reference").EvaluateAsync<string>("e => getComputedStyle(e).whiteSpace")).Should().Be("nowrap", "a reference never breaks across lines");
    }

    /// <summary>An officer's case, ready for panel, on the agenda of a meeting three weeks away (set up through the API).</summary>
    private static async Task<(Guid PanelId, Guid CaseId, string Reference, Guid EvidenceId)> CaseOnAComingMeetingAsync()
    {
        using var officer = await ApiAs(Personas.SendOfficer);
        var created = await Json(await officer.PostAsJsonAsync("/api/v1/placement-requests", A.PlacementRequest()));
        var caseId = created.GetProperty("id").GetGuid();
        await Json(await officer.PostAsJsonAsync($"/api/v1/placement-requests/{caseId}/start-evidence", new { expectedVersion = 0 }));
        Guid evidenceId;
        using (var form = new MultipartFormDataContent
               {
                   { new ByteArrayContent(Files.PdfBytes()), "file", "ep-advice.pdf" },
                   { new StringContent("AgencyAdvice"), "kind" },
                   { new StringContent("EducationalPsychology"), "agency" },
                   { new StringContent("Dr Helen Morgan"), "author" },
                   { new StringContent(DateOnly.FromDateTime(Clock.GetUtcNow().UtcDateTime).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)), "receivedOn" },
                   { new StringContent("Needs a small, calm setting."), "summary" },
               })
        {
            evidenceId = (await Json(await officer.PostAsync($"/api/v1/placement-requests/{caseId}/evidence", form))).GetProperty("id").GetGuid();
        }

        await Json(await officer.PostAsJsonAsync($"/api/v1/placement-requests/{caseId}/mark-ready-for-panel", new { expectedVersion = 1 }));
        var panel = await Json(await officer.PostAsJsonAsync("/api/v1/panels", new
        {
            title = "West locality panel",
            meetingDate = ComingMeetingDate(),
            chairId = Personas.PanelChair.Id,
            memberIds = Members.Select(m => m.Id),
        }));
        var panelId = panel.GetProperty("id").GetGuid();
        await Json(await officer.PostAsJsonAsync($"/api/v1/panels/{panelId}/agenda", new { placementRequestId = caseId, expectedVersion = 0 }));
        return (panelId, caseId, created.GetProperty("reference").GetString()!, evidenceId);
    }
}
