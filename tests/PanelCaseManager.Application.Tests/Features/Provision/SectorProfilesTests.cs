using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Features.Provision;
using PanelCaseManager.Domain.Common;
using PanelCaseManager.Domain.Needs;
using PanelCaseManager.Domain.Provision;
using PanelCaseManager.Infrastructure.DemoData;
using PanelCaseManager.Testing;
using PanelCaseManager.Testing.Builders;

namespace PanelCaseManager.Application.Tests.Features.Provision;

public class SectorProfilesTests
{
    private ApplicationHarness _app = null!;

    [SetUp]
    public void SetUp() => _app = new ApplicationHarness();

    [TearDown]
    public async Task TearDown() => await _app.DisposeAsync();

    [Test]
    public async Task A_published_profile_is_read_by_families_but_a_draft_only_by_administrators()
    {
        var published = await _app.PublishSector();
        var draftOnly = await _app.SendAs(Personas.Administrator, Catalogue.SectorProfile("semh"));

        var familyList = await _app.SendAs(Personas.Family, new ListSectorProfiles.Query());
        var adminList = await _app.SendAs(Personas.Administrator, new ListSectorProfiles.Query(IncludeUnpublished: true));
        var familyReadsDraft = () => _app.SendAs(Personas.Family, new GetSectorProfile.Query(draftOnly.Id));
        var familyAsksForDrafts = () => _app.SendAs(Personas.Family, new ListSectorProfiles.Query(IncludeUnpublished: true));

        var item = familyList.Should().ContainSingle().Subject;
        item.Code.Should().Be(Catalogue.CommunicationAndAutism);
        item.Published!.Description.Should().StartWith("A special school for autistic children");
        item.Published.Areas.Should().HaveCount(4);
        item.Published.CoOccurringNeeds.Select(n => n.Description).Should().Contain("Speech, language and communication needs");
        adminList.Select(s => s.Code).Should().BeEquivalentTo([Catalogue.CommunicationAndAutism, "semh"]);
        await familyReadsDraft.Should().ThrowAsync<NotFoundException>();
        await familyAsksForDrafts.Should().ThrowAsync<ForbiddenException>();
        (await _app.SendAs(Personas.Family, new GetSectorProfile.Query(published.Id))).Versions.Should().ContainSingle();
    }

    [Test]
    public async Task Editing_the_published_version_creates_a_new_draft_and_publishing_it_retires_the_old_one_unchanged()
    {
        var published = await _app.PublishSector();
        var renamed = Catalogue.ProfileContent("Communication and Autism (2027)") with
        {
            Areas = [new AreaRangeInput(BroadAreaOfNeed.CommunicationAndInteraction, 2, 4), new AreaRangeInput(BroadAreaOfNeed.SocialEmotionalAndMentalHealth, 0, 3)],
        };

        var edit = await _app.SendAs(Personas.Administrator, new EditSectorProfileVersion.Command(published.Id, 1, published.Version, renamed));
        var republished = await _app.SendAs(Personas.Administrator, new PublishSectorProfileVersion.Command(published.Id, edit.Change.VersionNumber, edit.Change.Version));

        edit.CreatedNewDraft.Should().BeTrue();
        edit.Change.VersionNumber.Should().Be(2);
        republished.RetiredVersionNumber.Should().Be(1);
        var history = await _app.SendAs(Personas.Family, new GetSectorProfile.Query(published.Id));
        history.Name.Should().Be("Communication and Autism (2027)");
        history.PublishedVersion.Should().Be(2);
        var retired = history.Versions.Single(v => v.Number == 1);
        retired.Status.Should().Be(ProfileStatus.Retired);
        retired.Name.Should().Be("Special school: Communication and Autism");
        retired.Areas.Single(a => a.Area == BroadAreaOfNeed.CommunicationAndInteraction).Minimum.Should().Be(3);
    }

    [Test]
    public async Task Administrators_read_who_drafted_and_published_each_version_and_families_do_not()
    {
        var published = await _app.PublishSector();

        var forAdministrator = (await _app.SendAs(Personas.Administrator, new GetSectorProfile.Query(published.Id))).Versions.Single();
        var forFamily = (await _app.SendAs(Personas.Family, new GetSectorProfile.Query(published.Id))).Versions.Single();

        forAdministrator.CreatedBy.Should().Be(Personas.Administrator.DisplayName);
        forAdministrator.PublishedBy.Should().Be(Personas.Administrator.DisplayName);
        forAdministrator.RetiredBy.Should().BeNull();
        forFamily.CreatedBy.Should().BeNull();
        forFamily.PublishedBy.Should().BeNull();
    }

    [Test]
    public async Task A_draft_is_edited_in_place()
    {
        var created = await _app.SendAs(Personas.Administrator, Catalogue.SectorProfile());

        var edit = await _app.SendAs(Personas.Administrator, new EditSectorProfileVersion.Command(created.Id, 1, created.Version, Catalogue.ProfileContent("Renamed draft")));

        edit.CreatedNewDraft.Should().BeFalse();
        edit.Change.Version.Should().Be(created.Version + 1);
        (await _app.SendAs(Personas.Administrator, new GetSectorProfile.Query(created.Id))).Versions.Should().ContainSingle().Which.Name.Should().Be("Renamed draft");
    }

    [Test]
    public async Task Publishing_a_profile_with_no_areas_is_refused_naming_the_areas()
    {
        var created = await _app.SendAs(Personas.Administrator, Catalogue.SectorProfile(content: Catalogue.ProfileContent() with { Areas = [], Description = null }));

        var act = () => _app.SendAs(Personas.Administrator, new PublishSectorProfileVersion.Command(created.Id, 1, created.Version));

        (await act.Should().ThrowAsync<RequestValidationException>()).Which.Errors.Keys.Should().BeEquivalentTo(["areas", "description"]);
        (await _app.SendAs(Personas.Administrator, new GetSectorProfile.Query(created.Id))).PublishedVersion.Should().BeNull();
    }

    private static IEnumerable<TestCaseData> BadContent()
    {
        var valid = Catalogue.ProfileContent();
        TestCaseData Case(string name, SectorProfileInput content, string field) =>
            new TestCaseData(content, field).SetName($"A profile with {name} is refused naming {field}");

        yield return Case("an inverted range", valid with { Areas = [new AreaRangeInput(BroadAreaOfNeed.CognitionAndLearning, 3, 1)] }, "content.areas[0].maximum");
        yield return Case("overlapping ranges for one area", valid with
        {
            Areas = [new AreaRangeInput(BroadAreaOfNeed.CognitionAndLearning, 0, 2), new AreaRangeInput(BroadAreaOfNeed.CognitionAndLearning, 2, 4)],
        }, "content.areas[1]");
        yield return Case("a level of 5", valid with { Areas = [new AreaRangeInput(BroadAreaOfNeed.CognitionAndLearning, 0, 5)] }, "content.areas[0].maximum");
        yield return Case("a range with no area", valid with { Areas = [new AreaRangeInput(null, 0, 2)] }, "content.areas[0].area");
        yield return Case("an unknown co-occurring need", valid with { CoOccurringNeeds = ["AUT"] }, "content.coOccurringNeeds[0]");
        yield return Case("no name", valid with { Name = "" }, "content.name");
        yield return Case("a class of 100", valid with { MaximumClassSize = 100 }, "content.maximumClassSize");
    }

    [TestCaseSource(nameof(BadContent))]
    public async Task Bad_content_is_refused_with_the_field_named(SectorProfileInput content, string field)
    {
        var act = () => _app.SendAs(Personas.Administrator, Catalogue.SectorProfile(content: content));

        (await act.Should().ThrowAsync<RequestValidationException>()).Which.Errors.Should().ContainKey(field);
    }

    [Test]
    public async Task A_sector_code_can_be_used_once()
    {
        await _app.SendAs(Personas.Administrator, Catalogue.SectorProfile());

        var act = () => _app.SendAs(Personas.Administrator, Catalogue.SectorProfile());

        (await act.Should().ThrowAsync<RequestValidationException>()).Which.Errors.Should().ContainKey("code");
    }

    [Test]
    public async Task A_change_made_against_an_old_version_of_the_sector_is_refused()
    {
        var created = await _app.SendAs(Personas.Administrator, Catalogue.SectorProfile());
        await _app.SendAs(Personas.Administrator, new EditSectorProfileVersion.Command(created.Id, 1, created.Version, Catalogue.ProfileContent("First edit")));

        var stale = () => _app.SendAs(Personas.Administrator, new EditSectorProfileVersion.Command(created.Id, 1, created.Version, Catalogue.ProfileContent("Second edit")));

        await stale.Should().ThrowAsync<ConcurrencyConflictException>();
    }

    [Test]
    public async Task A_second_draft_while_one_is_open_is_a_conflict_and_an_unknown_version_is_not_found()
    {
        var published = await _app.PublishSector();
        var draft = await _app.SendAs(Personas.Administrator, new StartSectorProfileDraft.Command(published.Id, published.Version, Catalogue.ProfileContent()));

        var another = () => _app.SendAs(Personas.Administrator, new StartSectorProfileDraft.Command(published.Id, draft.Version, Catalogue.ProfileContent()));
        var unknown = () => _app.SendAs(Personas.Administrator, new PublishSectorProfileVersion.Command(published.Id, 9, draft.Version));

        (await another.Should().ThrowAsync<DomainRuleException>()).Which.Code.Should().Be("draft-exists");
        await unknown.Should().ThrowAsync<NotFoundException>();
    }

    [Test]
    public async Task Retiring_the_published_version_takes_the_sector_out_of_the_published_list()
    {
        var published = await _app.PublishSector();

        await _app.SendAs(Personas.Administrator, new RetireSectorProfileVersion.Command(published.Id, 1, published.Version));

        (await _app.SendAs(Personas.Family, new ListSectorProfiles.Query())).Should().BeEmpty();
    }

    [Test]
    public async Task Only_administrators_draft_edit_publish_and_retire()
    {
        var created = await _app.SendAs(Personas.Administrator, Catalogue.SectorProfile());

        foreach (var persona in new[] { Personas.SendOfficer, Personas.PanelChair, Personas.Family, Personas.Auditor })
        {
            await FluentActions.Awaiting(() => _app.SendAs(persona, Catalogue.SectorProfile("other"))).Should().ThrowAsync<ForbiddenException>();
            await FluentActions.Awaiting(() => _app.SendAs(persona, new EditSectorProfileVersion.Command(created.Id, 1, created.Version, Catalogue.ProfileContent())))
                .Should().ThrowAsync<ForbiddenException>();
            await FluentActions.Awaiting(() => _app.SendAs(persona, new PublishSectorProfileVersion.Command(created.Id, 1, created.Version))).Should().ThrowAsync<ForbiddenException>();
            await FluentActions.Awaiting(() => _app.SendAs(persona, new RetireSectorProfileVersion.Command(created.Id, 1, created.Version))).Should().ThrowAsync<ForbiddenException>();
            await FluentActions.Awaiting(() => _app.SendAs(persona, new StartSectorProfileDraft.Command(created.Id, created.Version, Catalogue.ProfileContent())))
                .Should().ThrowAsync<ForbiddenException>();
        }
    }
}
