using System.Net;
using System.Net.Http.Json;
using PanelCaseManager.Infrastructure.DemoData;
using PanelCaseManager.Testing.Builders;

namespace PanelCaseManager.Web.Tests.Pages;

/// <summary>
/// A young person is over compulsory school age (CFA 2014 s.83(2); Education Act 1996 s.8): from then the preferences
/// and the letters are theirs. The case pages say from when, by the date, not by an age of 16.
/// </summary>
public class YoungPersonPagesTests
{
    private PanelWebApplicationFactory _factory = null!;
    private HtmlClient _officer = null!;

    [OneTimeSetUp]
    public async Task SetUp()
    {
        _factory = new PanelWebApplicationFactory();
        _officer = await _factory.HtmlClientFor(Personas.SendOfficer);
    }

    [OneTimeTearDown]
    public async Task TearDown()
    {
        _officer.Dispose();
        await _factory.DisposeAsync();
    }

    private async Task<Guid> CaseForChildBorn(DateOnly dateOfBirth)
    {
        using var api = await _factory.ClientFor(Personas.SendOfficer);
        var response = await api.PostAsJsonAsync("/api/v1/placement-requests", A.PlacementRequest() with { Child = A.Child() with { DateOfBirth = dateOfBirth } });
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<Created>())!.Id;
    }

    [Test]
    public async Task Over_compulsory_school_age_the_preferences_are_the_young_persons()
    {
        // Born 10 Mar 2010: 16 in March 2026, over compulsory school age from Sat 27 June 2026; today is 20 November 2026.
        var id = await CaseForChildBorn(new DateOnly(2010, 3, 10));

        var page = await _officer.GetPage($"/cases/{id}/needs-and-preferences");

        page.QuerySelectorAll("h2").Select(h => h.TextContent.Trim()).Should().Contain("The young person's preferences");
        page.Text(".app-who-prefers").Should().Contain("has been over compulsory school age since 27 June 2026");
        (await _officer.GetPage($"/cases/{id}/family-contact")).Text("main").Should().Contain("Over compulsory school age since 27 June 2026");
    }

    [Test]
    public async Task A_sixteen_year_old_still_of_compulsory_school_age_has_the_familys_preferences()
    {
        // Born 15 Sep 2010: 16 in September 2026, but of compulsory school age until Fri 25 June 2027.
        var id = await CaseForChildBorn(new DateOnly(2010, 9, 15));

        var page = await _officer.GetPage($"/cases/{id}/needs-and-preferences");

        page.QuerySelectorAll("h2").Select(h => h.TextContent.Trim()).Should().Contain("The family's preferences");
        page.Text(".app-who-prefers").Should().Contain("until").And.Contain("is over compulsory school age, on 26 June 2027");
        (await _officer.GetPage($"/cases/{id}/family-contact")).Text("main").Should().Contain("from 26 June 2027 for this child");
    }

    private sealed record Created(Guid Id);
}
