using PanelCaseManager.Domain.Panels;
using PanelCaseManager.Domain.PlacementRequests;
using PanelCaseManager.Domain.Provision;

namespace PanelCaseManager.Domain.Tests.Panels;

public class PlacementPreferenceTestTests
{
    private static readonly Guid Evidence = Guid.NewGuid();

    private static GroundFinding Finding(Section39Ground ground, bool applies = false, string reasons = "Considered on the EP's advice.", CostComparison? costs = null) =>
        new(ground, applies, reasons, applies ? [Evidence] : [], ground == Section39Ground.IncompatibleWithEfficientUseOfResources
            ? costs ?? new CostComparison(6_500_000, 2_300_000, "The local SRP", applies ? "Nearly three times the cost for no extra benefit." : null)
            : null);

    private static PlacementPreferenceTest Test(params GroundFinding[] grounds) => new(1, NamingDuty.Section39, grounds, null);

    private static PlacementPreferenceTest AllThree(Section39Ground? applying = null) => Test(
        Finding(Section39Ground.Unsuitable, applying == Section39Ground.Unsuitable),
        Finding(Section39Ground.IncompatibleWithEfficientEducationOfOthers, applying == Section39Ground.IncompatibleWithEfficientEducationOfOthers),
        Finding(Section39Ground.IncompatibleWithEfficientUseOfResources, applying == Section39Ground.IncompatibleWithEfficientUseOfResources));

    [Test]
    public void Each_ground_considered_in_order_with_reasons_breaks_no_rule()
    {
        AllThree(Section39Ground.IncompatibleWithEfficientUseOfResources).Breaches("t").Should().BeEmpty();
        AllThree().Breaches("t").Should().BeEmpty();
    }

    [Test]
    public void A_preference_is_refused_only_when_a_ground_applies()
    {
        AllThree().Refuses.Should().BeFalse();
        AllThree(Section39Ground.Unsuitable).Refuses.Should().BeTrue();
        AllThree(Section39Ground.Unsuitable).GroundsApplied.Should().Equal(Section39Ground.Unsuitable);
    }

    [Test]
    public void Every_ground_must_be_considered()
    {
        Test(Finding(Section39Ground.Unsuitable), Finding(Section39Ground.IncompatibleWithEfficientUseOfResources))
            .Breaches("t").Should().ContainSingle(b => b.Code == "grounds-incomplete" && b.Message.Contains("efficient education of others"));
    }

    [Test]
    public void A_ground_considered_twice_is_a_breach()
    {
        Test(Finding(Section39Ground.Unsuitable), Finding(Section39Ground.Unsuitable), Finding(Section39Ground.IncompatibleWithEfficientEducationOfOthers),
                Finding(Section39Ground.IncompatibleWithEfficientUseOfResources))
            .Breaches("t").Should().Contain(b => b.Code == "grounds-incomplete");
    }

    [Test]
    public void Resources_before_suitability_is_a_breach_whatever_the_position_of_the_third_ground()
    {
        Test(Finding(Section39Ground.IncompatibleWithEfficientUseOfResources), Finding(Section39Ground.Unsuitable), Finding(Section39Ground.IncompatibleWithEfficientEducationOfOthers))
            .Breaches("t").Should().ContainSingle(b => b.Code == "resources-before-suitability" && b.Field == "t.grounds");
        Test(Finding(Section39Ground.IncompatibleWithEfficientEducationOfOthers), Finding(Section39Ground.Unsuitable), Finding(Section39Ground.IncompatibleWithEfficientUseOfResources))
            .Breaches("t").Should().BeEmpty();
    }

    [Test]
    public void Empty_reasons_are_a_breach_for_each_ground()
    {
        Test(Finding(Section39Ground.Unsuitable, reasons: " "), Finding(Section39Ground.IncompatibleWithEfficientEducationOfOthers, reasons: ""), Finding(Section39Ground.IncompatibleWithEfficientUseOfResources))
            .Breaches("t").Select(b => b.Field).Should().Equal("t.grounds[0].reasons", "t.grounds[1].reasons");
    }

    [Test]
    public void A_ground_that_applies_needs_the_evidence_relied_on()
    {
        var finding = Finding(Section39Ground.Unsuitable, applies: true) with { EvidenceReliedOn = [] };

        Test(finding, Finding(Section39Ground.IncompatibleWithEfficientEducationOfOthers), Finding(Section39Ground.IncompatibleWithEfficientUseOfResources))
            .Breaches("t").Should().ContainSingle(b => b.Code == "evidence-required");
    }

    [Test]
    public void The_resources_ground_records_both_costs_and_for_a_refusal_a_disproportionate_extra_cost()
    {
        var noCosts = Finding(Section39Ground.IncompatibleWithEfficientUseOfResources) with { Costs = null };
        var cheaper = Finding(Section39Ground.IncompatibleWithEfficientUseOfResources, true, costs: new CostComparison(2_000_000, 2_300_000, "The SRP", "It is cheaper."));
        var noReasoning = Finding(Section39Ground.IncompatibleWithEfficientUseOfResources, true, costs: new CostComparison(6_500_000, 2_300_000, "The SRP", null));

        Test(Finding(Section39Ground.Unsuitable), Finding(Section39Ground.IncompatibleWithEfficientEducationOfOthers), noCosts).Breaches("t").Should().ContainSingle(b => b.Code == "costs-required");
        Test(Finding(Section39Ground.Unsuitable), Finding(Section39Ground.IncompatibleWithEfficientEducationOfOthers), cheaper).Breaches("t").Should().ContainSingle(b => b.Code == "resources-no-extra-cost");
        Test(Finding(Section39Ground.Unsuitable), Finding(Section39Ground.IncompatibleWithEfficientEducationOfOthers), noReasoning).Breaches("t").Should().ContainSingle(b => b.Code == "proportionality-required");
    }

    [Test]
    public void Costs_belong_only_to_the_resources_ground()
    {
        var withCosts = Finding(Section39Ground.Unsuitable) with { Costs = new CostComparison(1, 1, "x", null) };

        Test(withCosts, Finding(Section39Ground.IncompatibleWithEfficientEducationOfOthers), Finding(Section39Ground.IncompatibleWithEfficientUseOfResources))
            .Breaches("t").Should().ContainSingle(b => b.Code == "costs-misplaced");
    }

    [Test]
    public void A_section_9_setting_is_tested_by_section_9_and_not_the_three_grounds()
    {
        var section9 = new PlacementPreferenceTest(1, NamingDuty.Section9, [], new Section9Test(true, false, 9_000_000, 2_000_000, "Unreasonable expenditure.", [Evidence]));

        section9.Breaches("t").Should().BeEmpty();
        section9.Refuses.Should().BeTrue();
        (section9 with { Section9 = null }).Breaches("t").Should().ContainSingle(b => b.Code == "section9-required");
        (section9 with { Grounds = AllThree().Grounds }).Breaches("t").Should().Contain(b => b.Code == "wrong-test");
        (section9 with { Section9 = section9.Section9! with { RequestedPlacementCostPence = 1_000_000 } }).Breaches("t").Should().Contain(b => b.Code == "resources-no-extra-cost");
        (AllThree() with { Section9 = section9.Section9 }).Breaches("t").Should().Contain(b => b.Code == "wrong-test");
    }

    [TestCase(SettingStatus.MaintainedSchool, NamingDuty.Section39)]
    [TestCase(SettingStatus.MaintainedNursery, NamingDuty.Section39)]
    [TestCase(SettingStatus.Academy, NamingDuty.Section39)]
    [TestCase(SettingStatus.FurtherEducation, NamingDuty.Section39)]
    [TestCase(SettingStatus.NonMaintainedSpecial, NamingDuty.Section39)]
    [TestCase(SettingStatus.IndependentApprovedS41, NamingDuty.Section39)]
    [TestCase(SettingStatus.OtherIndependent, NamingDuty.Section9)]
    public void The_settings_status_decides_the_duty_every_section_38_institution_under_section_39(SettingStatus status, NamingDuty duty)
    {
        status.DutyFor().Should().Be(duty);
        PlacementPreferenceTest.For(1, status, [], null).Duty.Should().Be(duty);
    }

    [Test]
    public void A_section_9_test_on_a_non_maintained_special_school_is_refused_naming_its_status()
    {
        var test = PlacementPreferenceTest.For(1, SettingStatus.NonMaintainedSpecial, [], new Section9Test(true, false, 9_000_000, 2_000_000, "Too costly.", [Evidence]));

        var breaches = test.Breaches("preferenceTests[0]").ToList();

        breaches.Should().Contain(b => b.Code == "wrong-test" && b.Field == "preferenceTests[0].section9"
            && b.Message.Contains("The setting is a non-maintained special school", StringComparison.Ordinal)
            && b.Message.Contains("three grounds", StringComparison.Ordinal));
        breaches.Should().Contain(b => b.Code == "grounds-incomplete");
    }

    [Test]
    public void The_section_39_grounds_on_an_independent_setting_outside_section_41_are_refused()
    {
        var test = PlacementPreferenceTest.For(1, SettingStatus.OtherIndependent, AllThree(Section39Ground.Unsuitable).Grounds, null);

        test.Breaches("preferenceTests[1]").Should().Contain(b => b.Code == "wrong-test" && b.Field == "preferenceTests[1].grounds"
            && b.Message.Contains("not approved under section 41", StringComparison.Ordinal)).And.Contain(b => b.Code == "section9-required");
    }

    [Test]
    public void A_duty_that_contradicts_the_settings_status_is_refused()
    {
        var test = new PlacementPreferenceTest(1, NamingDuty.Section9, [], new Section9Test(true, true, 0, 0, "Fine.", []), null, SettingStatus.Academy);

        test.Breaches("t").Should().ContainSingle().Which.Should().Be(new RuleBreach("t.settingStatus", "duty-does-not-follow-status",
            "The setting is an academy or free school, so section 39 of the Children and Families Act 2014 applies, not section 9 of the Education Act 1996."));
    }

    [TestCase(ProvisionKind.Mainstream, true)]
    [TestCase(ProvisionKind.SpecialistResourceProvision, true)]
    [TestCase(ProvisionKind.SendUnit, true)]
    [TestCase(ProvisionKind.FurtherEducationCollege, true)]
    [TestCase(ProvisionKind.SpecialSchool, false)]
    [TestCase(ProvisionKind.Independent, false)]
    public void The_mainstream_presumption_gives_way_only_for_a_recorded_reason(ProvisionKind named, bool mainstream)
    {
        var notDisplaced = new MainstreamPresumption(false, false, null, false, "Considered.");
        var familyChoice = notDisplaced with { FamilyDoesNotWantMainstream = true };
        var incompatible = new MainstreamPresumption(false, true, "Support assistant, reduced timetable and a quiet base were tried.", true, "Classmates' learning disrupted daily.");

        notDisplaced.Breaches("m", named).Any(b => b.Code == "mainstream-presumption-not-displaced").Should().Be(!mainstream);
        familyChoice.Breaches("m", named).Should().BeEmpty();
        incompatible.Breaches("m", named).Should().BeEmpty();
    }

    [Test]
    public void Incompatibility_needs_the_reasonable_steps_considered_and_no_steps_could_prevent_it()
    {
        var withoutSteps = new MainstreamPresumption(false, true, null, true, "Disruption.");
        var stepsCouldHelp = new MainstreamPresumption(false, true, "A support assistant would prevent it.", false, "Disruption.");

        withoutSteps.Breaches("m", ProvisionKind.SpecialSchool).Should().ContainSingle(b => b.Code == "reasonable-steps-required");
        stepsCouldHelp.Breaches("m", ProvisionKind.SpecialSchool).Should().ContainSingle(b => b.Code == "mainstream-presumption-not-displaced");
        new MainstreamPresumption(false, false, null, true, "x").Breaches("m", ProvisionKind.Mainstream).Should().ContainSingle(b => b.Code == "reasonable-steps-without-incompatibility");
    }
}
