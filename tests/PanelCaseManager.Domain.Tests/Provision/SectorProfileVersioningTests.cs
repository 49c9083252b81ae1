using PanelCaseManager.Domain.Common;
using PanelCaseManager.Domain.Needs;
using PanelCaseManager.Domain.PlacementRequests;
using PanelCaseManager.Domain.Provision;
using static PanelCaseManager.Domain.Tests.Provision.ProvisionFactory;

namespace PanelCaseManager.Domain.Tests.Provision;

public class SectorProfileVersioningTests
{
    [Test]
    public void A_new_sector_starts_with_a_draft_that_publishing_makes_current()
    {
        var sector = Sector.Create("communication-and-autism", ProvisionKind.SpecialSchool, Content(), Admin, Now);

        sector.Published.Should().BeNull();
        sector.Draft!.Number.Should().Be(1);

        sector.Publish(1, Admin, Now.AddHours(1));

        sector.Published!.Number.Should().Be(1);
        sector.Published.PublishedAt.Should().Be(Now.AddHours(1));
        sector.Draft.Should().BeNull();
    }

    [Test]
    public void Editing_a_published_version_creates_a_new_draft_and_leaves_the_published_one_unchanged()
    {
        var sector = PublishedSector();
        var before = sector.Published!.Content;

        var draft = sector.Edit(1, Content(name: "Communication and Autism (renamed)", ranges: [(BroadAreaOfNeed.CommunicationAndInteraction, 2, 4)]), Admin, Now);

        draft.Number.Should().Be(2);
        draft.Status.Should().Be(ProfileStatus.Draft);
        sector.Published!.Number.Should().Be(1);
        sector.Published.Content.Should().Be(before);
        sector.Name.Should().Be("Special school: Communication and Autism");
    }

    [Test]
    public void Publishing_a_new_version_retires_the_old_one_whose_content_stays_as_it_was()
    {
        var sector = PublishedSector();
        var original = sector.Published!.Content;
        sector.Edit(1, Content(name: "Renamed", ranges: [(BroadAreaOfNeed.CommunicationAndInteraction, 2, 4)]), Admin, Now);

        sector.Publish(2, Admin, Now.AddDays(1));

        sector.Published!.Number.Should().Be(2);
        sector.Name.Should().Be("Renamed");
        var retired = sector.FindVersion(1)!;
        retired.Status.Should().Be(ProfileStatus.Retired);
        retired.RetiredAt.Should().Be(Now.AddDays(1));
        retired.Content.Should().Be(original);
        retired.RangeFor(BroadAreaOfNeed.CommunicationAndInteraction).Should().Be(new LevelRange(3, 4));
        sector.DomainEvents.OfType<SectorProfilePublished>().Last().Retired.Should().Be(1);
    }

    [Test]
    public void A_draft_is_edited_in_place()
    {
        var sector = Sector.Create("semh", ProvisionKind.SpecialSchool, Content(), Admin, Now);

        var edited = sector.Edit(1, Content(name: "SEMH"), Admin, Now.AddMinutes(5));

        edited.Number.Should().Be(1);
        sector.Versions.Should().ContainSingle();
        edited.Name.Should().Be("SEMH");
        edited.LastEditedAt.Should().Be(Now.AddMinutes(5));
    }

    [Test]
    public void There_is_only_ever_one_draft()
    {
        var sector = PublishedSector();
        sector.StartDraft(Content(), Admin, Now);

        var editPublished = () => sector.Edit(1, Content(), Admin, Now);
        var anotherDraft = () => sector.StartDraft(Content(), Admin, Now);

        editPublished.Should().Throw<DomainRuleException>().Where(e => e.Code == "draft-exists");
        anotherDraft.Should().Throw<DomainRuleException>().Where(e => e.Code == "draft-exists");
    }

    [Test]
    public void A_profile_with_no_areas_cannot_be_published()
    {
        var sector = Sector.Create("empty", ProvisionKind.SpecialSchool, Content(ranges: []), Admin, Now);

        var publish = () => sector.Publish(1, Admin, Now);

        publish.Should().Throw<DomainRuleException>().Where(e => e.Code == "profile-incomplete").WithMessage("*at least one broad area*");
        sector.Draft!.Content.MissingForPublication().Select(m => m.Field).Should().Equal("areas");
    }

    [Test]
    public void A_profile_that_names_no_primary_need_it_serves_cannot_be_published()
    {
        var sector = Sector.Create("unnamed-needs", ProvisionKind.SpecialSchool, Content(served: []), Admin, Now);

        var publish = () => sector.Publish(1, Admin, Now);

        publish.Should().Throw<DomainRuleException>().Where(e => e.Code == "profile-incomplete").WithMessage("*primary needs (SEN2) the sector serves*");
        sector.Draft!.Content.MissingForPublication().Select(m => m.Field).Should().Equal("servedNeeds");
        sector.Published.Should().BeNull();
    }

    [Test]
    public void The_primary_needs_served_are_versioned_with_the_rest_of_the_profile()
    {
        var sector = PublishedSector(content: Content(served: ["hi"]));

        var draft = sector.Edit(1, Content(served: ["HI", "MSI", " msi "]), Admin, Now);
        sector.Publish(draft.Number, Admin, Now);

        sector.FindVersion(1)!.ServedNeeds.Should().Equal("HI");
        sector.FindVersion(2)!.ServedNeeds.Should().Equal("HI", "MSI");
        sector.FindVersion(2)!.Content.Serves("msi").Should().BeTrue();
    }

    [Test]
    public void Only_a_draft_can_be_published_and_only_the_published_version_retired()
    {
        var sector = PublishedSector();

        sector.Invoking(s => s.Publish(1, Admin, Now)).Should().Throw<DomainRuleException>().Where(e => e.Code == "not-a-draft");
        sector.Retire(1, Admin, Now);
        sector.Published.Should().BeNull();
        sector.Invoking(s => s.Retire(1, Admin, Now)).Should().Throw<DomainRuleException>().Where(e => e.Code == "not-published");
    }

    [Test]
    public void An_inverted_range_is_refused()
    {
        var inverted = () => new LevelRange(3, 1);

        inverted.Should().Throw<DomainRuleException>().Where(e => e.Code == "level-range-inverted").WithMessage("*3–1 is the wrong way round*");
    }

    [Test]
    public void A_range_outside_zero_to_four_is_refused()
    {
        var outside = () => new LevelRange(0, 5);

        outside.Should().Throw<DomainRuleException>().Where(e => e.Code == "level-out-of-range");
    }

    [Test]
    public void Overlapping_ranges_for_one_area_are_refused()
    {
        var overlapping = () => Content(ranges: [(BroadAreaOfNeed.SocialEmotionalAndMentalHealth, 0, 2), (BroadAreaOfNeed.SocialEmotionalAndMentalHealth, 2, 4)]);
        var twice = () => Content(ranges: [(BroadAreaOfNeed.SocialEmotionalAndMentalHealth, 0, 1), (BroadAreaOfNeed.SocialEmotionalAndMentalHealth, 3, 4)]);

        overlapping.Should().Throw<DomainRuleException>().Where(e => e.Code == "ranges-overlap").WithMessage("Social, emotional and mental health is given 2 ranges (0–2 and 2–4), which overlap*");
        twice.Should().Throw<DomainRuleException>().Where(e => e.Code == "area-stated-twice");
    }

    [Test]
    public void A_sector_code_must_be_lower_case_words_joined_by_hyphens()
    {
        Sector.IsValidCode("communication-and-autism").Should().BeTrue();
        Sector.IsValidCode("Communication and Autism").Should().BeFalse();
        Sector.IsValidCode("-semh").Should().BeFalse();
    }
}
