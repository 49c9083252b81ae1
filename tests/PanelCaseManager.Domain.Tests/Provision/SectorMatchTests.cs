using PanelCaseManager.Domain.Children;
using PanelCaseManager.Domain.Needs;
using PanelCaseManager.Domain.PlacementRequests;
using PanelCaseManager.Domain.Provision;
using static PanelCaseManager.Domain.Tests.Provision.ProvisionFactory;

namespace PanelCaseManager.Domain.Tests.Provision;

public class SectorMatchTests
{
    private static SectorVerdict Judge(MatchChild child, Sector sector) => SectorMatch.JudgeSectors(child, [sector], Sen2Catalogue.England2025).Single();

    /// <summary>Sensory and physical 3–4, every other area 0–2: the levels of a hearing-impairment or multi-sensory school.</summary>
    private static readonly (BroadAreaOfNeed, int, int)[] SensorySchoolLevels =
    [
        (BroadAreaOfNeed.SensoryAndPhysical, 3, 4), (BroadAreaOfNeed.CommunicationAndInteraction, 0, 3),
        (BroadAreaOfNeed.CognitionAndLearning, 0, 2), (BroadAreaOfNeed.SocialEmotionalAndMentalHealth, 0, 2),
    ];

    [TestCase("hearing-impairment", "Special school: Hearing Impairment", new[] { "HI" }, "hearing impairment (HI)")]
    [TestCase("non-maintained-sensory", "Non-maintained special school: multi-sensory impairment", new[] { "MSI", "VI" }, "multi-sensory impairment (MSI) and vision impairment (VI)")]
    public void A_sector_that_does_not_serve_the_childs_primary_need_does_not_fit_whatever_the_levels(string code, string name, string[] served, string servedInWords)
    {
        // A child with a physical disability whose levels sit inside every range of a sensory school.
        var child = Child(communication: 1, cognition: 1, semh: 0, sensory: 3, primary: "PD");
        var sector = PublishedSector(code, content: Content(name, SensorySchoolLevels, ["SLCN"], served));

        var verdict = Judge(child, sector);

        verdict.Fit.Should().Be(SectorFit.DoesNotFit);
        verdict.ServesPrimaryNeed.Should().BeFalse();
        verdict.Areas.Should().OnlyContain(a => a.Outcome == AreaOutcome.Within, "the levels alone would have made it fit");
        verdict.Summary.Should().Be($"Does not fit: it does not serve physical disability (PD), the child's primary need; it serves {servedInWords}.");
    }

    [Test]
    public void A_sector_that_serves_the_childs_primary_need_is_judged_on_the_levels()
    {
        var child = Child(communication: 1, cognition: 1, semh: 0, sensory: 3, primary: "PD");
        var sector = PublishedSector("physical-and-neurological-impairment", content: Content("Special school: Physical and Neurological Impairment", SensorySchoolLevels, ["VI"], ["PD"]));

        var verdict = Judge(child, sector);

        verdict.Fit.Should().Be(SectorFit.Fits);
        verdict.ServesPrimaryNeed.Should().BeTrue();
    }

    [Test]
    public void A_sector_not_serving_the_primary_need_also_says_which_levels_are_out_of_range()
    {
        var child = Child(communication: 1, cognition: 1, semh: 3, sensory: 3, primary: "PD");
        var sector = PublishedSector("hearing-impairment", content: Content("Special school: Hearing Impairment", SensorySchoolLevels, ["SLCN"], ["HI"]));

        var verdict = Judge(child, sector);

        verdict.Summary.Should().StartWith("Does not fit: it does not serve physical disability (PD), the child's primary need; it serves hearing impairment (HI). SEMH level 3 is above this sector's 0–2");
    }

    [Test]
    public void A_sector_not_serving_the_primary_need_lists_no_candidates_and_fails_a_preference_for_its_school()
    {
        var child = Child(communication: 1, cognition: 1, semh: 0, sensory: 3, primary: "PD");
        var sector = PublishedSector("hearing-impairment", content: Content("Special school: Hearing Impairment", SensorySchoolLevels, ["SLCN"], ["HI"]));
        var school = Setting(sector, urn: "117800", name: "Heathfield School for Deaf Children");
        var preference = new Preference(1, PreferenceKind.NamedSetting, "Heathfield School for Deaf Children", "117800", null, "Close to home.");

        var match = Match(child, [sector], [school], [preference]);

        match.Candidates.Should().BeEmpty();
        match.Preferences.Single().Matched.Should().BeFalse();
        match.Preferences.Single().Explanation.Should().Contain("which does not fit the child's needs");
    }

    [Test]
    public void Without_a_primary_need_in_the_SEN2_list_the_served_needs_are_not_judged()
    {
        var child = Child(communication: 1, cognition: 1, semh: 0, sensory: 3, primary: "XYZ");
        var sector = PublishedSector("hearing-impairment", content: Content("Special school: Hearing Impairment", SensorySchoolLevels, ["SLCN"], ["HI"]));

        var verdict = Judge(child, sector);

        verdict.ServesPrimaryNeed.Should().BeNull();
        verdict.Fit.Should().Be(SectorFit.Fits);
    }

    [TestCase(3, AreaOutcome.Within, TestName = "A level equal to the range's minimum is within it")]
    [TestCase(4, AreaOutcome.Within, TestName = "A level equal to the range's maximum is within it")]
    [TestCase(2, AreaOutcome.Below, TestName = "A level one under the range's minimum is below it")]
    public void Communication_levels_at_and_beyond_the_bounds_of_the_range(int level, AreaOutcome expected)
    {
        var verdict = Judge(Child(communication: level), PublishedSector());

        verdict.Areas.Single(a => a.Area == BroadAreaOfNeed.CommunicationAndInteraction).Outcome.Should().Be(expected);
    }

    private static IEnumerable<TestCaseData> EveryAreaBoundary()
    {
        // Each area given a 1–3 range: 0 is below, 1 and 3 are within, 4 is above.
        foreach (var area in Enum.GetValues<BroadAreaOfNeed>())
        {
            foreach (var (level, outcome) in new[] { (0, AreaOutcome.Below), (1, AreaOutcome.Within), (3, AreaOutcome.Within), (4, AreaOutcome.Above) })
            {
                yield return new TestCaseData(area, level, outcome).SetName($"{area} level {level} against 1–3 is {outcome}");
            }
        }
    }

    [TestCaseSource(nameof(EveryAreaBoundary))]
    public void Every_area_is_judged_at_the_boundaries_of_its_range(BroadAreaOfNeed area, int level, AreaOutcome expected)
    {
        var ranges = Enum.GetValues<BroadAreaOfNeed>().Select(a => (a, a == area ? 1 : 0, a == area ? 3 : 4)).ToArray();
        var sector = PublishedSector(content: Content(ranges: ranges, coOccurring: []));
        int LevelFor(BroadAreaOfNeed a) => a == area ? level : 0;
        var child = Child(LevelFor(BroadAreaOfNeed.CommunicationAndInteraction), LevelFor(BroadAreaOfNeed.CognitionAndLearning),
            LevelFor(BroadAreaOfNeed.SocialEmotionalAndMentalHealth), LevelFor(BroadAreaOfNeed.SensoryAndPhysical));

        var verdict = Judge(child, sector);

        verdict.Areas.Single(a => a.Area == area).Outcome.Should().Be(expected);
        verdict.Fit.Should().Be(expected == AreaOutcome.Within ? SectorFit.Fits : SectorFit.DoesNotFit);
    }

    [Test]
    public void A_child_within_every_range_fits_with_a_reason_for_each_area()
    {
        var verdict = Judge(Child(communication: 3, cognition: 1, semh: 2, sensory: 0), PublishedSector());

        verdict.Fit.Should().Be(SectorFit.Fits);
        verdict.Areas.Should().HaveCount(4).And.OnlyContain(a => a.Outcome == AreaOutcome.Within);
        verdict.Areas.Single(a => a.Area == BroadAreaOfNeed.SocialEmotionalAndMentalHealth).Reason.Should().Be("SEMH level 2 is within this sector's 0–2.");
        verdict.ProfileVersion.Should().Be(1);
    }

    [Test]
    public void A_level_above_the_range_without_a_supported_need_does_not_fit_and_says_why()
    {
        var verdict = Judge(Child(semh: 3), PublishedSector());

        verdict.Fit.Should().Be(SectorFit.DoesNotFit);
        var semh = verdict.Areas.Single(a => a.Area == BroadAreaOfNeed.SocialEmotionalAndMentalHealth);
        semh.Outcome.Should().Be(AreaOutcome.Above);
        semh.Reason.Should().StartWith("SEMH level 3 is above this sector's 0–2");
        verdict.Summary.Should().Contain("SEMH level 3 is above this sector's 0–2");
    }

    [Test]
    public void A_level_above_the_range_in_an_area_whose_need_is_a_supported_co_occurring_need_partly_fits()
    {
        var sector = PublishedSector(content: Content(coOccurring: ["SEMH"]));

        var verdict = Judge(Child(semh: 3, secondary: "SEMH"), sector);

        verdict.Fit.Should().Be(SectorFit.PartlyFits);
        var semh = verdict.Areas.Single(a => a.Area == BroadAreaOfNeed.SocialEmotionalAndMentalHealth);
        semh.Outcome.Should().Be(AreaOutcome.AboveButSupported);
        semh.Reason.Should().Contain("above this sector's 0–2, but SEMH (social, emotional and mental health) is a co-occurring need it supports");
    }

    [Test]
    public void A_co_occurring_need_the_sector_does_not_list_does_not_lift_the_verdict()
    {
        var sector = PublishedSector(content: Content(coOccurring: ["SLCN"]));

        Judge(Child(semh: 3, secondary: "SEMH"), sector).Fit.Should().Be(SectorFit.DoesNotFit);
    }

    [Test]
    public void A_supported_co_occurring_need_cannot_stand_in_for_the_primary_need()
    {
        // The primary need (ASD) is in communication and interaction, above 3–4 is impossible; use a 2–3 range instead.
        var sector = PublishedSector(content: Content(
            ranges: [(BroadAreaOfNeed.CommunicationAndInteraction, 2, 3), (BroadAreaOfNeed.CognitionAndLearning, 0, 3), (BroadAreaOfNeed.SocialEmotionalAndMentalHealth, 0, 2), (BroadAreaOfNeed.SensoryAndPhysical, 0, 2)],
            coOccurring: ["ASD"]));

        var verdict = Judge(Child(communication: 4), sector);

        verdict.Fit.Should().Be(SectorFit.DoesNotFit);
        verdict.Areas.Single(a => a.Area == BroadAreaOfNeed.CommunicationAndInteraction).Reason.Should().EndWith("and this is the area of the child's primary need.");
    }

    [Test]
    public void An_area_the_profile_does_not_state_counts_as_none_and_any_need_there_is_above_it()
    {
        var sector = PublishedSector(content: Content(ranges: [(BroadAreaOfNeed.CommunicationAndInteraction, 3, 4)], coOccurring: []));

        var withoutOtherNeeds = Judge(Child(communication: 3, cognition: 0, semh: 0, sensory: 0), sector);
        var withLearningNeed = Judge(Child(communication: 3, cognition: 1, semh: 0, sensory: 0), sector);

        withoutOtherNeeds.Fit.Should().Be(SectorFit.Fits);
        withLearningNeed.Fit.Should().Be(SectorFit.DoesNotFit);
        withLearningNeed.Areas.Single(a => a.Area == BroadAreaOfNeed.CognitionAndLearning).Reason.Should().Contain("states no range for this area");
    }

    [Test]
    public void With_no_published_profile_nothing_is_matched_but_the_preferences_are_still_answered()
    {
        var draftOnly = Sector.Create("semh", ProvisionKind.SpecialSchool, Content(), Admin, Now);
        var setting = Setting(draftOnly, urn: "117690", name: "Beechwood SEMH School");
        Preference[] preferences = [new(1, PreferenceKind.NamedSetting, "Beechwood SEMH School", "117690", null, "Close to home.")];

        var result = Match(Child(), [draftOnly], [setting], preferences);

        result.Sectors.Should().BeEmpty();
        result.Candidates.Should().BeEmpty();
        result.Notes.Should().Contain(n => n.Contains("No sector profile is published", StringComparison.Ordinal));
        var preference = result.Preferences.Should().ContainSingle().Subject;
        preference.Matched.Should().BeFalse();
        preference.Setting.Should().BeSameAs(setting);
        preference.Explanation.Should().Contain("which has no published profile");
    }

    [Test]
    public void A_child_with_no_home_location_gets_candidates_without_distances_in_name_order()
    {
        var sector = PublishedSector();
        var settings = new[] { Setting(sector, "100002", "Zeal School"), Setting(sector, "100001", "Apple School"), Setting(sector, "100003", "apple school") };

        var result = Match(Child(noHome: true), [sector], settings);

        result.Candidates.Select(c => c.Setting.Urn.Value).Should().Equal("100001", "100003", "100002");
        result.Candidates.Should().OnlyContain(c => c.Locality.Locality == Locality.Unknown && c.Locality.StraightLineKilometres == null);
        result.Notes.Should().Contain(n => n.Contains("home address is not recorded", StringComparison.Ordinal));
    }

    [Test]
    public void A_child_whose_postcode_has_no_coordinates_is_told_so()
    {
        var sector = PublishedSector();
        var child = Child(home: new HomeLocation(Postcode.Parse("SG1 2AB"), null));

        var result = Match(child, [sector], [Setting(sector)]);

        result.Candidates.Single().Locality.Explanation.Should().Contain("postcode has no coordinates");
    }

    [Test]
    public void Candidates_come_from_fitting_sectors_only_and_only_those_taking_the_childs_school_year()
    {
        var fitting = PublishedSector();
        var notFitting = PublishedSector("semh", content: Content("SEMH school", [(BroadAreaOfNeed.SocialEmotionalAndMentalHealth, 3, 4)], []));
        var primaryAge = Setting(fitting, "100001", "Juniper School", lowestAge: 3, highestAge: 11);
        var secondaryAge = Setting(fitting, "100002", "Greenacre School", lowestAge: 11, highestAge: 19);
        var otherSector = Setting(notFitting, "100003", "Moorlands School");

        var result = Match(Child(year: 5), [fitting, notFitting], [primaryAge, secondaryAge, otherSector]);

        result.Candidates.Select(c => c.Setting.Name).Should().Equal("Juniper School");
        result.CandidatesFound.Should().Be(1);
    }

    [TestCase(6, 10, true, TestName = "Year 6 (age 10 at the start of the year) is taken by a 4–11 primary")]
    [TestCase(7, 11, false, TestName = "Year 7 (age 11 at the start of the year) is not taken by a 4–11 primary")]
    [TestCase(0, 4, true, TestName = "Reception (age 4) is taken by a 4–11 primary")]
    public void A_settings_age_range_is_read_as_age_at_entry_to_age_on_leaving(int year, int age, bool taken)
    {
        var setting = Setting(PublishedSector(), lowestAge: 4, highestAge: 11);

        Domain.Provision.Setting.AgeAtStartOf(new SchoolYear(year)).Should().Be(age);
        setting.TakesPupilsIn(new SchoolYear(year)).Should().Be(taken);
    }

    [Test]
    public void Candidates_are_ordered_by_fit_then_distance_then_name_and_the_same_input_gives_the_same_answer()
    {
        var fits = PublishedSector();
        var partly = PublishedSector("srp", ProvisionKind.SpecialistResourceProvision, Content("SRP", [(BroadAreaOfNeed.CommunicationAndInteraction, 2, 3), (BroadAreaOfNeed.SocialEmotionalAndMentalHealth, 0, 1)], ["MLD"]));
        var settings = new[]
        {
            Setting(partly, "200001", "Near SRP", NorthOfStevenage(0.5)),
            Setting(fits, "100003", "Far School", NorthOfStevenage(9)),
            Setting(fits, "100001", "Near School", NorthOfStevenage(1)),
            Setting(fits, "100002", "Also Near School", NorthOfStevenage(1)),
        };
        var child = Child(communication: 3, cognition: 1, semh: 1, secondary: "MLD");

        var first = Match(child, [partly, fits], settings);
        var again = Match(child, [fits, partly], settings.Reverse());

        first.Candidates.Select(c => c.Setting.Name).Should().Equal("Also Near School", "Near School", "Far School", "Near SRP");
        again.Candidates.Select(c => c.Setting.Urn).Should().Equal(first.Candidates.Select(c => c.Setting.Urn));
        first.Sectors.Select(s => s.Fit).Should().Equal(SectorFit.Fits, SectorFit.PartlyFits);
    }

    [Test]
    public void Only_the_configured_number_of_best_candidates_is_listed_with_a_note_of_how_many_there_were()
    {
        var sector = PublishedSector();
        var settings = Enumerable.Range(1, 30).Select(i => Setting(sector, $"{100000 + i}", $"School {i:D2}", NorthOfStevenage(i))).ToList();

        var result = Match(Child(), [sector], settings, maximum: 5);

        result.Candidates.Select(c => c.Setting.Name).Should().Equal("School 01", "School 02", "School 03", "School 04", "School 05");
        result.CandidatesFound.Should().Be(30);
        result.Notes.Should().Contain("Showing the first 5 of 30 settings in sectors that fit.");
    }

    [TestCase(5, 2.0, Locality.Local, TestName = "A primary child 2 km away (2.6 km by road) is within walking distance")]
    [TestCase(5, 2.6, Locality.NotLocal, TestName = "A primary child 2.6 km away (3.4 km by road) is beyond walking distance")]
    [TestCase(9, 8.0, Locality.Local, TestName = "A secondary child 8 km away (about 18 minutes) is local")]
    [TestCase(9, 10.0, Locality.NotLocal, TestName = "A secondary child 10 km away (about 22 minutes) is not local")]
    public void Locality_follows_the_thresholds_for_the_childs_phase(int year, double kilometres, Locality expected)
    {
        var sector = PublishedSector();
        var setting = Setting(sector, location: NorthOfStevenage(kilometres));

        var assessment = SectorMatch.AssessLocality(Child(year: year), setting.Location, Rules);

        assessment.Locality.Should().Be(expected);
        assessment.StraightLineKilometres.Should().BeApproximately(kilometres, 0.01);
        assessment.Explanation.Should().NotBeNullOrWhiteSpace();
    }

    [Test]
    public void Out_of_area_full_and_non_s41_independent_settings_are_flagged()
    {
        var sector = PublishedSector("independent", ProvisionKind.Independent);
        var setting = Setting(sector, inArea: false, commissioned: 30, filled: 30, s41: false);

        var candidate = Match(Child(), [sector], [setting]).Candidates.Single();

        candidate.Flags.Should().Contain("Outside the authority's area.")
            .And.Contain("No vacancies: 30 of 30 places filled.")
            .And.Contain(f => f.Contains("not approved under section 41", StringComparison.Ordinal));
    }

    [Test]
    public void Every_family_preference_is_answered_matched_or_not()
    {
        var fits = PublishedSector();
        var semh = PublishedSector("semh", content: Content("SEMH school", [(BroadAreaOfNeed.SocialEmotionalAndMentalHealth, 3, 4)], []));
        var larkspur = Setting(fits, "117701", "Larkspur Communication and Autism School");
        var beechwood = Setting(semh, "117690", "Beechwood SEMH School");
        Preference[] preferences =
        [
            new(3, PreferenceKind.NamedSetting, "Somewhere Else Academy", "999999", null, "Friends go there."),
            new(1, PreferenceKind.NamedSetting, "larkspur communication and autism school", null, null, "Calm and small."),
            new(2, PreferenceKind.NamedSetting, "Beechwood SEMH School", "117690", null, "Near home."),
            new(4, PreferenceKind.TypeOfProvision, null, null, ProvisionKind.SpecialSchool, "Small classes."),
        ];

        var result = Match(Child(), [fits, semh], [larkspur, beechwood], preferences);

        result.Preferences.Select(p => p.Preference.Rank).Should().Equal(1, 2, 3, 4);
        result.Preferences[0].Matched.Should().BeTrue();
        result.Preferences[0].Setting.Should().BeSameAs(larkspur);
        result.Preferences[0].Explanation.Should().Contain("which fits the child's needs (profile version 1)");
        result.Preferences[1].Matched.Should().BeFalse();
        result.Preferences[1].Explanation.Should().Contain("which does not fit");
        result.Preferences[2].Matched.Should().BeFalse();
        result.Preferences[2].Setting.Should().BeNull();
        result.Preferences[2].Explanation.Should().Contain("is not in the settings catalogue");
        result.Preferences[3].Matched.Should().BeTrue();
        result.Preferences[3].SectorsOfKind.Should().HaveCount(2);
        result.Preferences[3].Explanation.Should().Be(
            "A special school place: the sector 'Special school: Communication and Autism' fits; the sector 'SEMH school' does not fit.");
    }

    [Test]
    public void A_preferred_setting_that_does_not_take_the_childs_age_is_not_matched_and_says_why()
    {
        var sector = PublishedSector();
        var secondary = Setting(sector, "137944", "Greenacre School", lowestAge: 11, highestAge: 19);
        Preference[] preferences = [new(1, PreferenceKind.NamedSetting, "Greenacre School", "137944", null, "Sibling there.")];

        var preference = Match(Child(year: 3), [sector], [secondary], preferences).Preferences.Single();

        preference.Matched.Should().BeFalse();
        preference.Explanation.Should().Contain("It takes pupils aged 11–19; the child is in Year 3 (age 7 at the start of the school year).");
    }
}
