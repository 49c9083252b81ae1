using Microsoft.EntityFrameworkCore;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Features.Provision;
using PanelCaseManager.Domain.Common;
using PanelCaseManager.Domain.Provision;
using PanelCaseManager.Infrastructure.DemoData;
using PanelCaseManager.Testing;
using PanelCaseManager.Testing.Builders;

namespace PanelCaseManager.Application.Tests.Features.Provision;

public class SettingsTests
{
    private ApplicationHarness _app = null!;

    [SetUp]
    public async Task SetUp()
    {
        _app = new ApplicationHarness();
        await _app.PublishSector();
    }

    [TearDown]
    public async Task TearDown() => await _app.DisposeAsync();

    [Test]
    public async Task An_added_setting_is_stored_with_its_cost_in_whole_pence_and_read_back_with_its_vacancies()
    {
        var added = await _app.SendAs(Personas.Administrator, Catalogue.Setting());

        var stored = await _app.Read(db => db.Settings.SingleAsync());
        stored.AnnualCost.Pence.Should().Be(3350050);
        var read = await _app.SendAs(Personas.PanelEducation, new GetSetting.Query(added.Id));
        read.Vacancies.Should().Be(9);
        read.AnnualCost.Should().Be(33500.50m);
        read.Sector.Should().Be(Catalogue.CommunicationAndAutism);
        read.SectorName.Should().Be("Special school: Communication and Autism");
    }

    private static IEnumerable<TestCaseData> BadInputs()
    {
        var valid = Catalogue.Setting();
        TestCaseData Case(string name, AddSetting.Command command, string field) =>
            new TestCaseData(command, field).SetName($"Adding a setting with {name} is refused naming {field}");

        yield return Case("no URN", valid with { Urn = null }, "urn");
        yield return Case("a malformed URN", valid with { Urn = "12-34" }, "urn");
        yield return Case("no name", valid with { Name = " " }, "name");
        yield return Case("an inverted age range", valid with { LowestAge = 11, HighestAge = 4 }, "highestAge");
        yield return Case("an age over 25", valid with { HighestAge = 26 }, "highestAge");
        yield return Case("an unknown sector", valid with { Sector = "astrology" }, "sector");
        yield return Case("places filled above commissioned", valid with { PlacesFilled = 141 }, "placesFilled");
        yield return Case("negative places", valid with { CommissionedPlaces = -1 }, "commissionedPlaces");
        yield return Case("a latitude out of range", valid with { Latitude = 91 }, "latitude");
        yield return Case("a longitude out of range", valid with { Longitude = -181 }, "longitude");
        yield return Case("no coordinates", valid with { Latitude = null }, "latitude");
        yield return Case("a postcode that is not one", valid with { Postcode = "NOT A CODE" }, "postcode");
        yield return Case("a cost in fractions of a penny", valid with { AnnualCost = 100.005m }, "annualCost");
        yield return Case("a negative cost", valid with { AnnualCost = -1m }, "annualCost");
        yield return Case("no status", valid with { Status = null }, "status");
        yield return Case("a status that is not one", valid with { Status = (Domain.Provision.SettingStatus)42 }, "status");
        yield return Case("an independent kind with a maintained status", valid with { Kind = Domain.PlacementRequests.ProvisionKind.Independent }, "status");
        yield return Case("a maintained nursery school outside the nursery phase", valid with { Status = Domain.Provision.SettingStatus.MaintainedNursery }, "status");
    }

    [TestCaseSource(nameof(BadInputs))]
    public async Task Bad_input_is_refused_with_the_field_named_and_nothing_written(AddSetting.Command command, string field)
    {
        var act = () => _app.SendAs(Personas.Administrator, command);

        (await act.Should().ThrowAsync<RequestValidationException>()).Which.Errors.Should().ContainKey(field);
        (await _app.Read(db => db.Settings.CountAsync())).Should().Be(0);
    }

    [Test]
    public async Task A_duplicate_urn_is_refused_naming_the_urn()
    {
        await _app.SendAs(Personas.Administrator, Catalogue.Setting());

        var act = () => _app.SendAs(Personas.Administrator, Catalogue.Setting(name: "Another School"));

        (await act.Should().ThrowAsync<RequestValidationException>()).Which.Errors["urn"].Single().Should().Be("Another setting already has URN 117701.");
    }

    [Test]
    public async Task A_change_moves_the_version_on_and_a_change_made_against_an_old_version_is_refused()
    {
        var added = await _app.SendAs(Personas.Administrator, Catalogue.Setting());
        var change = ToChange(added.Id, 0, Catalogue.Setting() with { PlacesFilled = 140 });

        var changed = await _app.SendAs(Personas.Administrator, change);
        var stale = () => _app.SendAs(Personas.Administrator, change with { PlacesFilled = 120 });

        changed.Version.Should().Be(1);
        (await _app.SendAs(Personas.SendOfficer, new GetSetting.Query(added.Id))).Vacancies.Should().Be(0);
        await stale.Should().ThrowAsync<ConcurrencyConflictException>();
    }

    [Test]
    public async Task Changing_a_setting_to_another_settings_urn_is_refused()
    {
        await _app.SendAs(Personas.Administrator, Catalogue.Setting());
        var other = await _app.SendAs(Personas.Administrator, Catalogue.Setting("117702", "Juniper School"));

        var act = () => _app.SendAs(Personas.Administrator, ToChange(other.Id, 0, Catalogue.Setting("117701", "Juniper School")));

        (await act.Should().ThrowAsync<RequestValidationException>()).Which.Errors.Should().ContainKey("urn");
    }

    [Test]
    public async Task Changing_a_setting_that_does_not_exist_is_not_found()
    {
        var act = () => _app.SendAs(Personas.Administrator, ToChange(Guid.NewGuid(), 0, Catalogue.Setting()));

        await act.Should().ThrowAsync<NotFoundException>();
    }

    [Test]
    public async Task The_catalogue_lists_in_name_order_and_filters_by_sector_kind_area_and_text()
    {
        await _app.SendAs(Personas.Administrator, Catalogue.Setting("117701", "Larkspur School"));
        await _app.SendAs(Personas.Administrator, Catalogue.Setting("117702", "Juniper School") with { InAuthorityArea = false });

        var all = await _app.SendAs(Personas.Auditor, new ListSettings.Query(null, null, null, null, null, null));
        var outOfArea = await _app.SendAs(Personas.Auditor, new ListSettings.Query(null, null, null, false, null, null));
        var byText = await _app.SendAs(Personas.Auditor, new ListSettings.Query(Catalogue.CommunicationAndAutism, "specialschool", "lark", null, null, null));
        var byUrn = await _app.SendAs(Personas.Auditor, new ListSettings.Query(null, null, "117702", null, null, null));

        all.Items.Select(s => s.Name).Should().Equal("Juniper School", "Larkspur School");
        outOfArea.Items.Should().ContainSingle().Which.Name.Should().Be("Juniper School");
        byText.Items.Should().ContainSingle().Which.Name.Should().Be("Larkspur School");
        byUrn.Items.Should().ContainSingle().Which.Urn.Should().Be("117702");
    }

    [Test]
    public async Task Only_administrators_maintain_the_catalogue_and_families_cannot_read_it()
    {
        var officerAdds = () => _app.SendAs(Personas.SendOfficer, Catalogue.Setting());
        var chairAdds = () => _app.SendAs(Personas.PanelChair, Catalogue.Setting());
        var familyReads = () => _app.SendAs(Personas.Family, new ListSettings.Query(null, null, null, null, null, null));

        await officerAdds.Should().ThrowAsync<ForbiddenException>();
        await chairAdds.Should().ThrowAsync<ForbiddenException>();
        await familyReads.Should().ThrowAsync<ForbiddenException>();
    }

    private static ChangeSetting.Command ToChange(Guid id, int version, AddSetting.Command s) => new(
        id, version, s.Urn, s.Name, s.Phase, s.LowestAge, s.HighestAge, s.Kind, s.Sector, s.Status, s.InAuthorityArea, s.Postcode, s.Latitude,
        s.Longitude, s.CommissionedPlaces, s.PlacesFilled, s.AnnualCost);
}
