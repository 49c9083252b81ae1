using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using PanelCaseManager.Infrastructure.DemoData;
using PanelCaseManager.Testing;

namespace PanelCaseManager.Browser.Tests.Panels;

/// <summary>
/// A whole case through the service's pages: logged, prepared and put on a meeting's agenda by the officer, decided
/// and signed off by the chair on the meeting day, its letter previewed and issued by the officer, the amended plan's
/// notice (which carries the right of appeal) checked and sent, and both read and downloaded by the family member the
/// administrator linked to the child, who sees the last day to appeal.
/// </summary>
public partial class FullCaseJourneyTests : PanelJourneyTest
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    [Test]
    public async Task A_request_goes_from_logging_to_the_issued_letter_the_family_downloads()
    {
        // The officer logs the request through the new-request journey.
        var officer = await SignedIn(Personas.SendOfficer);
        await officer.GetByRole(AriaRole.Link, new() { Name = "Log a request" }).ClickAsync();
        await officer.GetByRole(AriaRole.Button, new() { Name = "Start now" }).ClickAsync();
        await officer.GetByLabel("Given name").FillAsync("Nia");
        await officer.GetByLabel("Family name").FillAsync("Adeyemi-Clarke");
        // A phase transfer is for a child in a transfer year (reg 18): born in May ten years before the school year of the request began, Nia is in Year 6.
        var received = DateOnly.FromDateTime(Clock.GetUtcNow().UtcDateTime).AddDays(-3);
        var schoolYearStarts = received.Month >= 9 ? received.Year : received.Year - 1;
        await officer.GetByLabel("Day").FillAsync("9");
        await officer.GetByLabel("Month").FillAsync("5");
        await officer.GetByLabel("Year").FillAsync((schoolYearStarts - 10).ToString(Invariant));
        await officer.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();

        await officer.GetByLabel("Phase transfer").CheckAsync();
        await officer.GetByLabel("Day").FillAsync(received.Day.ToString(Invariant));
        await officer.GetByLabel("Month").FillAsync(received.Month.ToString(Invariant));
        await officer.GetByLabel("Year").FillAsync(received.Year.ToString(Invariant));
        await officer.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();

        await officer.GetByLabel("Primary need").SelectOptionAsync("SEMH");
        foreach (var (area, level) in new[] { ("Communication and interaction", "1 – low"), ("Cognition and learning", "1 – low"), ("Social, emotional and mental health", "3 – high"), ("Sensory and/or physical", "0 – none") })
        {
            await officer.GetByRole(AriaRole.Group, new() { Name = area }).GetByLabel(level, new() { Exact = true }).CheckAsync();
        }

        await officer.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        var first = officer.GetByRole(AriaRole.Group, new() { Name = "First choice" });
        await first.GetByLabel("A school or setting in the catalogue").CheckAsync();
        await first.GetByRole(AriaRole.Combobox, new() { Name = "School or setting" }).FillAsync("Beechwood");
        await officer.GetByRole(AriaRole.Option, new() { Name = "Beechwood SEMH School (HP2 7DS, URN 117690)" }).ClickAsync();
        await first.GetByLabel("The family's reasons").FillAsync("Small classes and staff who understand anxiety.");
        await officer.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await officer.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await officer.GetByRole(AriaRole.Button, new() { Name = "Log the request" }).ClickAsync();
        await officer.WaitForURLAsync(CasePageRegex());
        var banner = await officer.Locator(".govuk-notification-banner--success").InnerTextAsync();
        var reference = ReferenceRegex().Match(banner).Value;
        reference.Should().NotBeEmpty(banner);
        var caseId = Guid.Parse(new Uri(officer.Url).AbsolutePath.Split('/')[2]);
        await Visit(officer, "full-01-case-logged");

        // Evidence is gathered, and the case is ready for a panel.
        foreach (var move in new[] { "start-evidence", "mark-ready-for-panel" })
        {
            await officer.GotoAsync($"/cases/{caseId}/{move}");
            await Visit(officer, $"full-02-{move}");
            await officer.Locator("main form button[type=submit]").ClickAsync();
            await officer.WaitForURLAsync(CasePageRegex());
        }

        (await officer.Locator(".moj-identity-bar").InnerTextAsync()).Should().Contain("Ready for panel");

        // The officer schedules a meeting and puts the case on its agenda.
        var meetingDate = ComingMeetingDate();
        await officer.GetByRole(AriaRole.Link, new() { Name = "Panels" }).First.ClickAsync();
        await Visit(officer, "full-03-panels");
        await officer.GotoAsync("/panels/schedule");
        await officer.GetByLabel("Title").FillAsync("East locality panel");
        await officer.GetByLabel("Day").FillAsync(meetingDate.Day.ToString(Invariant));
        await officer.GetByLabel("Month").FillAsync(meetingDate.Month.ToString(Invariant));
        await officer.GetByLabel("Year").FillAsync(meetingDate.Year.ToString(Invariant));
        await officer.Locator($"input[name=chairId][value='{Personas.PanelChair.Id}']").CheckAsync();
        foreach (var member in Members)
        {
            await officer.Locator($"input[name=memberIds][value='{member.Id}']").CheckAsync();
        }

        await Visit(officer, "full-04-schedule");
        await officer.GetByRole(AriaRole.Button, new() { Name = "Schedule the meeting" }).ClickAsync();
        await officer.WaitForURLAsync(MeetingPageRegex());
        var panelId = Guid.Parse(new Uri(officer.Url).AbsolutePath.Split('/')[2]);

        await officer.GotoAsync($"/cases/{caseId}/panel");
        await officer.GetByLabel("East locality panel", new() { Exact = false }).CheckAsync();
        await Visit(officer, "full-05-case-panel");
        await officer.GetByRole(AriaRole.Button, new() { Name = "Put on the agenda" }).ClickAsync();
        (await officer.Locator(".govuk-notification-banner--success").InnerTextAsync()).Should().Contain($"{reference} is on the agenda");

        // Past the cut-off the officer freezes the papers; then it is the meeting day.
        await PastTheCutOffToTheMeetingDay(panelId, "full-05b-papers-frozen");

        // The chair records who came, decides and signs off.
        var chair = await SignedIn(Personas.PanelChair, $"/panels/{panelId}");
        await chair.GotoAsync($"/panels/{panelId}/attendance");
        foreach (var present in await chair.Locator("input[name=present]").AllAsync())
        {
            await present.CheckAsync();
        }

        await chair.GetByRole(AriaRole.Button, new() { Name = "Record attendance" }).ClickAsync();
        await chair.WaitForURLAsync(url => new Uri(url).AbsolutePath == $"/panels/{panelId}");
        (await chair.Locator(".govuk-notification-banner--success").InnerTextAsync()).Should().Contain("Attendance is recorded");
        await Visit(chair, "full-06-meeting-on-the-day");

        await chair.GotoAsync($"/panels/{panelId}/cases/{caseId}");
        (await chair.Locator("main").InnerTextAsync()).Should().Contain("These are the papers frozen");
        await Visit(chair, "full-07-frozen-papers");

        await RecordViewAs(Members[0], panelId, caseId);
        await ViewsThroughTheApi(Members.Skip(1), panelId, caseId);
        await chair.GotoAsync($"/panels/{panelId}/cases/{caseId}/decision");
        await AgreeTheFirstPreference(chair);
        await chair.GetByRole(AriaRole.Button, new() { Name = "Record the decision" }).ClickAsync();
        await chair.Locator("form.app-sign-off, .govuk-error-summary").First.WaitForAsync();
        (await chair.Locator(".govuk-error-summary").AllInnerTextsAsync()).Should().BeEmpty();
        await chair.GetByRole(AriaRole.Button, new() { Name = "Sign off the decision" }).ClickAsync();
        await chair.WaitForURLAsync(url => new Uri(url).AbsolutePath == $"/panels/{panelId}");
        (await chair.Locator(".govuk-notification-banner--success").InnerTextAsync()).Should().Contain($"The decision on {reference} is signed off: Agree the family's preference.");
        await Visit(chair, "full-08-signed-off");

        // The officer records whom the letter goes to, previews it and issues it.
        officer = await SignedIn(Personas.SendOfficer, $"/cases/{caseId}/letters");
        await Visit(officer, "full-09-letters-no-contact");
        await officer.GetByRole(AriaRole.Link, new() { Name = "Record who the letters are written to" }).ClickAsync();
        await officer.GetByLabel("Full name").FillAsync("Grace Adeyemi-Clarke");
        await officer.GetByLabel("A parent or carer").CheckAsync();
        await officer.GetByLabel("Address line 1", new() { Exact = true }).FillAsync("12 Mill Lane");
        await officer.GetByLabel("Address line 2 (optional)").FillAsync("Hitchin");
        await officer.GetByLabel("Postcode").FillAsync("SG4 9AB");
        await Visit(officer, "full-10-family-contact");
        await officer.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await officer.WaitForURLAsync(url => new Uri(url).AbsolutePath == $"/cases/{caseId}/letters");

        var preview = await officer.RunAndWaitForDownloadAsync(() => officer.GetByRole(AriaRole.Link, new() { Name = "Preview the draft letter (PDF, marked DRAFT)" }).ClickAsync());
        using (var draft = new PdfText(await File.ReadAllBytesAsync(await preview.PathAsync())))
        {
            string.Concat(draft.Page(1).Letters.Take(5).Select(l => l.Value)).Should().Be("DRAFT");
        }

        await Visit(officer, "full-11-letters-to-issue");
        await officer.GetByRole(AriaRole.Button, new() { Name = "Issue the letter" }).ClickAsync();
        (await officer.Locator(".govuk-notification-banner--success").InnerTextAsync()).Should().Contain("is issued");
        await officer.Locator("table.app-issued-letters").WaitForAsync();
        await Visit(officer, "full-12-letter-issued");
        // Beside its PDF, the letter as a web page: the same words, the PDF's hash, the PDF as its printable copy.
        await officer.Locator("table.app-issued-letters a.app-letter-page").First.ClickAsync();
        await officer.Locator(".app-issued-letter .app-document").WaitForAsync();
        await Visit(officer, "full-12-letter-page");
        (await officer.Locator(".app-issued-letter").InnerTextAsync()).Should().Contain("Beechwood SEMH School").And.NotContain("DRAFT");
        (await officer.Locator(".app-letter-hash").InnerTextAsync()).Trim().Should().MatchRegex("^[0-9a-f]{64}$");
        await officer.GetByRole(AriaRole.Link, new() { Name = "All the letters on this case" }).ClickAsync();
        await officer.Locator("table.app-issued-letters").WaitForAsync();

        // The plan amended for the phase transfer names Beechwood: the officer checks its notice and sends it.
        await officer.GetByRole(AriaRole.Link, new() { Name = "Record a decision the family can appeal, and send its notice" }).ClickAsync();
        await officer.GetByLabel("Final amended plan issued", new() { Exact = true }).CheckAsync();
        await Visit(officer, "full-12a-choose-notice");
        await officer.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        (await officer.GetByLabel("What does section I of the plan name?").InputValueAsync()).Should().Be("Beechwood SEMH School");
        await Visit(officer, "full-12b-notice-answers");
        await officer.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await officer.Locator(".app-appeal-deadline").WaitForAsync();
        await Visit(officer, "full-12c-check-notice");
        var appealBy = (await officer.Locator(".app-appeal-deadline").InnerTextAsync()).Trim();
        await officer.GetByRole(AriaRole.Button, new() { Name = "Send the notice" }).ClickAsync();
        await officer.WaitForURLAsync(url => new Uri(url).AbsolutePath == $"/cases/{caseId}/letters");
        (await officer.Locator(".govuk-notification-banner--success").InnerTextAsync()).Should().Contain($"The last day to appeal is {appealBy}");
        await Visit(officer, "full-12d-notice-sent");

        // The administrator links the family member to the child.
        var administrator = await SignedIn(Personas.Administrator, "/admin/users");
        await administrator.GetByRole(AriaRole.Link, new() { Name = Personas.Family.DisplayName }).First.ClickAsync();
        await administrator.GetByLabel("Link them to the child of a case").FillAsync(reference);
        await administrator.GetByLabel("How are they related to the child?").FillAsync("Mother");
        await administrator.GetByRole(AriaRole.Button, new() { Name = "Link to the case" }).ClickAsync();
        (await administrator.Locator(".govuk-notification-banner--success").InnerTextAsync()).Should().Contain($"can now follow {reference}");
        await Visit(administrator, "full-13-family-linked");

        // The family sees the decision on their request and downloads the letter.
        var family = await SignedIn(Personas.Family, $"/your-requests/{caseId}");
        (await family.Locator("main").InnerTextAsync()).Should().Contain("Decision letter issued");
        await Visit(family, "full-14-family-request");
        (await family.Locator(".app-appeal-by").InnerTextAsync()).Should().Contain($"you can appeal until {appealBy}");
        // The letter's page, from the link beside its PDF: the family reads it, checks it with axe at 320 px, and downloads the PDF from it.
        await family.Locator(".app-family-letters a.app-letter-page", new() { HasText = "Decision letter" }).ClickAsync();
        await family.Locator(".app-issued-letter .app-document").WaitForAsync();
        await Visit(family, "full-15-family-letter-page");
        var letterPage = await family.Locator(".app-issued-letter").InnerTextAsync();
        letterPage.Should().Contain("We have agreed to your request").And.Contain("Beechwood SEMH School").And.Contain(reference).And.NotContain("DRAFT");
        var hash = (await family.Locator(".app-letter-hash").InnerTextAsync()).Trim();
        var download = await family.RunAndWaitForDownloadAsync(() => family.Locator("main a.app-letter-pdf").ClickAsync());
        var bytes = await File.ReadAllBytesAsync(await download.PathAsync());
        System.Text.Encoding.ASCII.GetString(bytes, 0, 5).Should().Be("%PDF-");
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)).Should().Be(hash, "the page shows the hash of the PDF it links");
        using var letter = new PdfText(bytes);
        letter.All.Should().Contain("We have agreed to your request").And.Contain("Beechwood SEMH School").And.Contain(reference).And.NotContain("DRAFT");
        letter.All.Should().Contain("Your right to appeal starts when we send you the changed (amended) plan").And.NotContain("You must appeal by");
        await family.Locator(".govuk-back-link").ClickAsync();

        await family.Locator(".app-family-letters a.app-letter-page", new() { HasText = "Notice with the final amended EHC plan" }).ClickAsync();
        await family.Locator(".app-issued-letter .app-document").WaitForAsync();
        await Visit(family, "full-16-family-notice-page");
        (await family.Locator(".app-issued-letter").InnerTextAsync()).Should().Contain("The last day to appeal is");
        var noticeDownload = await family.RunAndWaitForDownloadAsync(() => family.Locator("main a.app-letter-pdf").ClickAsync());
        using var notice = new PdfText(await File.ReadAllBytesAsync(await noticeDownload.PathAsync()));
        notice.All.Should().Contain("Section I of the plan now names Beechwood SEMH School").And.Contain("The last day to appeal is");
    }

    /// <summary>
    /// Fills the decision form: the first preference, a maintained school in the catalogue and so under section 39
    /// (the form says so and asks no duty), no ground applying, agreed.
    /// </summary>
    internal static async Task AgreeTheFirstPreference(IPage chair)
    {
        (await chair.Locator(".app-preference-duty").First.InnerTextAsync()).Should().Contain("Section 39");
        for (var j = 0; j < 3; j++)
        {
            await chair.Locator($"input[name='preferenceTests[0].grounds[{j}].applies'][value=false]").CheckAsync();
            await chair.Locator($"textarea[name='preferenceTests[0].grounds[{j}].reasons']").FillAsync("The panel found nothing to support this ground.");
        }

        await chair.Locator("input[name=outcome][value=AgreeFamilyPreference]").CheckAsync();
        await chair.Locator("select[name=agreedPreferenceRank]").SelectOptionAsync("1");
        await chair.Locator("textarea[name=reasons]").FillAsync("Beechwood meets Nia's needs, and the family's reasons are sound.");
    }

    [GeneratedRegex("/cases/[0-9a-f-]{36}$")]
    private static partial Regex CasePageRegex();

    [GeneratedRegex("/panels/[0-9a-f-]{36}$")]
    private static partial Regex MeetingPageRegex();

    [GeneratedRegex(@"PR-\d{4}-\d{6}")]
    private static partial Regex ReferenceRegex();
}
