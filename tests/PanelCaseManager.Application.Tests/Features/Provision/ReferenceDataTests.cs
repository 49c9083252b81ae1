using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PanelCaseManager.Application.Features.PlacementRequests;
using PanelCaseManager.Application.Features.Provision;
using PanelCaseManager.Domain.Provision;
using PanelCaseManager.Infrastructure.DemoData;
using PanelCaseManager.Infrastructure.ReferenceData;
using PanelCaseManager.Testing;
using PanelCaseManager.Testing.Builders;

namespace PanelCaseManager.Application.Tests.Features.Provision;

public class ReferenceDataTests
{
    /// <summary>Demonstration data on: the default catalogue loads on any database, not only the embedded default.</summary>
    private static readonly Dictionary<string, string?> WithDemoData = new() { ["DemoData:Enabled"] = "true" };

    private static async Task Load(ApplicationHarness app)
    {
        await using var scope = await app.ScopeAs(Personas.Administrator);
        await scope.ServiceProvider.GetRequiredService<CatalogueReferenceData>().LoadAsync(CancellationToken.None);
    }

    [Test]
    public async Task The_default_catalogue_loads_once_into_an_empty_database_with_the_settings_the_demo_families_name()
    {
        await using var app = new ApplicationHarness(WithDemoData);

        await Load(app);
        await Load(app);

        var sectors = await app.Read(db => db.Sectors.ToListAsync());
        sectors.Should().HaveCount(16).And.OnlyContain(s => s.Published != null && s.Published.Number == 1);
        sectors.Select(s => s.Code).Should().Contain(["mainstream", "complex-cognition-and-learning", "communication-and-autism", "social-emotional-and-mental-health",
            "physical-and-neurological-impairment", "hearing-impairment", "primary-behaviour-service", "education-support-centre", "send-unit"]);
        var settings = await app.Read(db => db.Settings.ToListAsync());
        settings.Count.Should().BeGreaterThan(100);
        settings.Select(s => s.Urn.Value).Should().Contain(["117235", "117660", "145882", "117701", "137944", "117690"]).And.OnlyHaveUniqueItems();
        settings.Select(s => s.Name.ToUpperInvariant()).Should().OnlyHaveUniqueItems("a catalogue with two settings of one name reads as a mistake");
        settings.Where(s => s.InAuthorityArea).Should().OnlyContain(s => s.Location.Latitude >= 51.6 && s.Location.Latitude <= 52.05 && s.Location.Longitude >= -0.7 && s.Location.Longitude <= 0.2);
        settings.Should().Contain(s => !s.InAuthorityArea);
    }

    [Test]
    public async Task Loading_can_be_turned_off()
    {
        await using var app = new ApplicationHarness(new Dictionary<string, string?> { ["ReferenceData:LoadDefaultCatalogue"] = "false", ["DemoData:Enabled"] = "true" });

        await Load(app);

        (await app.Read(db => db.Sectors.CountAsync())).Should().Be(0);
    }

    [Test]
    public async Task Only_the_embedded_database_gets_the_default_catalogue_without_demonstration_data()
    {
        await using var app = new ApplicationHarness();

        await Load(app);

        var expected = TestDatabase.IsPostgreSql ? 0 : 16;
        (await app.Read(db => db.Sectors.CountAsync())).Should().Be(expected, "a council on a server database loads its own catalogue");
    }

    [Test]
    public async Task A_catalogue_that_already_holds_sectors_is_left_alone()
    {
        await using var app = new ApplicationHarness(WithDemoData);
        await app.PublishSector();

        await Load(app);

        (await app.Read(db => db.Sectors.CountAsync())).Should().Be(1);
    }

    [Test]
    public async Task A_child_with_autism_in_stevenage_is_offered_local_communication_settings_from_the_default_catalogue()
    {
        await using var app = new ApplicationHarness(WithDemoData);
        await Load(app);
        var submitted = await app.SendAs(Personas.SendOfficer, A.PlacementRequest());

        var match = await app.SendAs(Personas.SendOfficer, new GetSectorMatch.Query(submitted.Id));

        match.Sectors.Where(s => s.Fit == SectorFit.Fits).Select(s => s.Code).Should().Contain("communication-and-autism");
        match.Sectors.Single(s => s.Code == "mainstream").Fit.Should().Be(SectorFit.DoesNotFit);
        match.Candidates.Should().NotBeEmpty().And.Contain(c => c.Locality.Locality == Locality.Local);
        match.Preferences[0].InCatalogue.Should().BeTrue("Brookside Special School (117660) is in the default catalogue");
    }
}
