using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using PanelCaseManager.Infrastructure.DemoData;

namespace PanelCaseManager.Browser.Tests.Panels;

/// <summary>A journey through a panel meeting, on the app whose clock it moves forward (<see cref="PanelJourneyApp"/>).</summary>
public abstract class PanelJourneyTest : JourneyTest
{
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    protected override Uri AppAddress => PanelJourneyApp.BaseAddress;

    protected static MovableClock Clock => PanelJourneyApp.Clock;

    /// <summary>A weekday three weeks after the app's today: in the future, with its cut-off still to come.</summary>
    protected static DateOnly ComingMeetingDate()
    {
        var date = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(Clock.GetUtcNow(), London).Date).AddDays(21);
        while (date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
        {
            date = date.AddDays(1);
        }

        return date;
    }

    /// <summary>10 o'clock in the morning of the meeting, London time.</summary>
    protected static DateTimeOffset MorningOf(DateOnly date)
    {
        var local = date.ToDateTime(new TimeOnly(10, 0));
        return new DateTimeOffset(local, London.GetUtcOffset(local));
    }

    /// <summary>A client of the app's API signed in as the persona (a token from the development sign-in).</summary>
    protected static async Task<HttpClient> ApiAs(Persona persona)
    {
        ArgumentNullException.ThrowIfNull(persona);
        var client = new HttpClient { BaseAddress = PanelJourneyApp.BaseAddress, Timeout = TimeSpan.FromMinutes(2) };
        var response = await client.PostAsJsonAsync("/dev/token", new { persona = persona.Id });
        response.EnsureSuccessStatusCode();
        var token = await response.Content.ReadFromJsonAsync<JsonElement>();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.GetProperty("accessToken").GetString());
        return client;
    }

    protected static async Task<JsonElement> Json(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var body = await response.Content.ReadAsStringAsync();
        response.IsSuccessStatusCode.Should().BeTrue(body);
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    /// <summary>
    /// Past the meeting's evidence cut-off, the officer freezes its papers from the meeting's page, and the clock moves
    /// on to the morning of the meeting.
    /// </summary>
    protected async Task PastTheCutOffToTheMeetingDay(Guid panelId, string screenshot)
    {
        using var api = await ApiAs(Personas.SendOfficer);
        var meeting = await Json(await api.GetAsync($"/api/v1/panels/{panelId}"));
        Clock.MoveTo(meeting.GetProperty("cutOffAt").GetDateTimeOffset().AddMinutes(5));

        var officer = await SignedIn(Personas.SendOfficer, $"/panels/{panelId}");
        await officer.GetByRole(AriaRole.Button, new() { Name = "Freeze the papers" }).ClickAsync();
        (await officer.Locator(".govuk-notification-banner--success").InnerTextAsync()).Should().Contain("are frozen");
        await Visit(officer, screenshot);
        (await officer.Locator("table.app-agenda").InnerTextAsync()).Should().NotContain("Not frozen");
        await officer.Context.CloseAsync();

        Clock.MoveTo(MorningOf(DateOnly.Parse(meeting.GetProperty("meetingDate").GetString()!, CultureInfo.InvariantCulture)));
    }

    /// <summary>A panel member records their agency's view on the case in its papers.</summary>
    protected async Task<IPage> RecordViewAs(Persona member, Guid panelId, Guid caseId, string? screenshot = null)
    {
        var page = await SignedIn(member, $"/panels/{panelId}/cases/{caseId}");
        await page.GetByLabel("Your agency's view on the case").FillAsync("Needs a small, calm setting with staff who know anxiety well; the family's choice provides it.");
        await page.Locator("input[name=recommendedOutcome][value=AgreeFamilyPreference]").CheckAsync();
        if (screenshot is not null)
        {
            await Visit(page, screenshot);
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Record your view" }).ClickAsync();
        await page.Locator(".govuk-notification-banner--success, .govuk-error-summary").First.WaitForAsync();
        (await page.Locator(".govuk-error-summary").AllInnerTextsAsync()).Should().BeEmpty();
        return page;
    }

    /// <summary>The other members give their views through the API, as they would from their own pages.</summary>
    protected static async Task ViewsThroughTheApi(IEnumerable<Persona> members, Guid panelId, Guid caseId)
    {
        ArgumentNullException.ThrowIfNull(members);
        foreach (var member in members)
        {
            using var api = await ApiAs(member);
            await Json(await api.PostAsJsonAsync($"/api/v1/panels/{panelId}/cases/{caseId}/views", new { summary = "Agrees with the family's choice.", recommendedOutcome = "AgreeFamilyPreference" }));
        }
    }

    protected static IReadOnlyList<Persona> Members => Personas.All.Where(p => p.Role == Domain.Users.Role.PanelMember).ToList();

    /// <summary>Signs in afresh (a new window: the old session has run out while the clock moved) and waits for the page.</summary>
    protected async Task<IPage> SignedIn(Persona persona, string path = "/")
    {
        var page = await NewPage();
        await SignIn(page, persona, path);
        try
        {
            await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == path.Split('?')[0]);
        }
        catch (TimeoutException)
        {
            await Screenshot(page, $"failed-sign-in-{persona.Id}");
            throw;
        }

        return page;
    }
}
