using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Features.PlacementRequests;
using PanelCaseManager.Application.Features.Provision;
using PanelCaseManager.Domain.Children;
using PanelCaseManager.Domain.Provision;
using PanelCaseManager.Infrastructure.DemoData;
using PanelCaseManager.Testing;
using PanelCaseManager.Testing.Builders;

namespace PanelCaseManager.Application.Tests.Features.Provision;

public class GetSectorMatchTests
{
    private ApplicationHarness _app = null!;

    [SetUp]
    public void SetUp() => _app = new ApplicationHarness();

    [TearDown]
    public async Task TearDown() => await _app.DisposeAsync();

    [Test]
    public async Task A_case_is_matched_against_the_published_profiles_with_candidates_and_every_preference()
    {
        var sector = await _app.PublishSector();
        await _app.SendAs(Personas.Administrator, Catalogue.Setting());
        await _app.SendAs(Personas.Administrator, Catalogue.Setting("117702", "Far Away School") with { Latitude = 52.3, InAuthorityArea = false });
        var submitted = await _app.SendAs(Personas.SendOfficer, A.PlacementRequest());

        var match = await _app.SendAs(Personas.TeamManager, new GetSectorMatch.Query(submitted.Id));

        match.Reference.Should().Be(submitted.Reference);
        match.Phase.Phase.Should().Be(EducationPhase.Primary);
        match.Rule.Should().Be(SectorMatch.Rule);
        var judged = match.Sectors.Should().ContainSingle().Subject;
        judged.SectorId.Should().Be(sector.Id);
        judged.ProfileVersion.Should().Be(1);
        judged.Fit.Should().Be(SectorFit.Fits);
        judged.Areas.Should().HaveCount(4).And.OnlyContain(a => !string.IsNullOrWhiteSpace(a.Reason));
        match.Candidates.Select(c => c.Name).Should().Equal("Larkspur Communication and Autism School", "Far Away School");
        match.Candidates[0].Locality.Locality.Should().Be(Locality.Local);
        match.Candidates[0].Vacancies.Should().Be(9);
        match.Candidates[1].Flags.Should().Contain("Outside the authority's area.");
        match.Preferences.Select(p => p.Rank).Should().Equal(1, 2);
        match.Preferences[0].InCatalogue.Should().BeFalse("Brookside is not in this catalogue");
        match.Preferences[0].Explanation.Should().Contain("not in the settings catalogue");
        match.Preferences[1].Kind.Should().Be(Domain.PlacementRequests.PreferenceKind.TypeOfProvision);
        match.Preferences[1].Matched.Should().BeFalse();
    }

    [Test]
    public async Task A_family_preference_for_a_setting_in_a_sector_that_does_not_fit_is_shown_unmatched_with_its_reason()
    {
        await _app.PublishSector();
        var semh = Catalogue.ProfileContent("Special school: SEMH") with
        {
            Areas = [new AreaRangeInput(Domain.Needs.BroadAreaOfNeed.SocialEmotionalAndMentalHealth, 3, 4)],
        };
        await _app.PublishSector(Catalogue.SectorProfile("semh", content: semh));
        await _app.SendAs(Personas.Administrator, Catalogue.Setting("117660", "Brookside Special School", "semh"));
        var submitted = await _app.SendAs(Personas.SendOfficer, A.PlacementRequest());

        var match = await _app.SendAs(Personas.SendOfficer, new GetSectorMatch.Query(submitted.Id));

        var brookside = match.Preferences[0];
        brookside.InCatalogue.Should().BeTrue();
        brookside.Matched.Should().BeFalse();
        brookside.SectorFit.Should().Be(SectorFit.DoesNotFit);
        brookside.Sector.Should().Be("semh");
        brookside.Explanation.Should().Contain("which does not fit the child's needs (profile version 1)");
        match.Candidates.Should().NotContain(c => c.Urn == "117660");
    }

    [Test]
    public async Task With_no_published_profile_the_answer_says_so()
    {
        var submitted = await _app.SendAs(Personas.SendOfficer, A.PlacementRequest());

        var match = await _app.SendAs(Personas.SendOfficer, new GetSectorMatch.Query(submitted.Id));

        match.Sectors.Should().BeEmpty();
        match.Candidates.Should().BeEmpty();
        match.Preferences.Should().HaveCount(2);
        match.Notes.Should().Contain(n => n.StartsWith("No sector profile is published", StringComparison.Ordinal));
    }

    [Test]
    public async Task A_child_with_no_home_address_is_matched_without_distances()
    {
        await _app.PublishSector();
        await _app.SendAs(Personas.Administrator, Catalogue.Setting());
        var submitted = await _app.SendAs(Personas.SendOfficer, A.PlacementRequest() with { Child = A.Child() with { Postcode = null, Latitude = null, Longitude = null } });

        var match = await _app.SendAs(Personas.SendOfficer, new GetSectorMatch.Query(submitted.Id));

        match.Candidates.Should().ContainSingle().Which.Locality.Locality.Should().Be(Locality.Unknown);
        match.Notes.Should().Contain(n => n.Contains("home address is not recorded", StringComparison.Ordinal));
    }

    [Test]
    public async Task The_match_follows_the_newly_published_version_while_the_old_version_stays_readable()
    {
        var published = await _app.PublishSector();
        var narrower = Catalogue.ProfileContent() with
        {
            Areas = [new AreaRangeInput(Domain.Needs.BroadAreaOfNeed.CommunicationAndInteraction, 4, 4)],
        };
        var edit = await _app.SendAs(Personas.Administrator, new EditSectorProfileVersion.Command(published.Id, 1, published.Version, narrower));
        await _app.SendAs(Personas.Administrator, new PublishSectorProfileVersion.Command(published.Id, 2, edit.Change.Version));
        var submitted = await _app.SendAs(Personas.SendOfficer, A.PlacementRequest());

        var match = await _app.SendAs(Personas.SendOfficer, new GetSectorMatch.Query(submitted.Id));

        var judged = match.Sectors.Single();
        judged.ProfileVersion.Should().Be(2);
        judged.Fit.Should().Be(SectorFit.DoesNotFit);
        judged.Summary.Should().Contain("Communication and interaction level 3 is below this sector's 4");
        var history = await _app.SendAs(Personas.PanelChair, new GetSectorProfile.Query(published.Id));
        history.Versions.Single(v => v.Number == 1).Areas.Should().HaveCount(4, "the version earlier decisions used is unchanged");
    }

    [Test]
    public async Task The_match_is_for_staff_who_read_cases_and_an_unknown_case_is_not_found()
    {
        var submitted = await _app.SendAs(Personas.SendOfficer, A.PlacementRequest());

        await FluentActions.Awaiting(() => _app.SendAs(Personas.Family, new GetSectorMatch.Query(submitted.Id))).Should().ThrowAsync<ForbiddenException>();
        await FluentActions.Awaiting(() => _app.SendAs(Personas.Administrator, new GetSectorMatch.Query(submitted.Id))).Should().ThrowAsync<ForbiddenException>();
        await FluentActions.Awaiting(() => _app.SendAs(Personas.SendOfficer, new GetSectorMatch.Query(Guid.NewGuid()))).Should().ThrowAsync<NotFoundException>();
    }
}
