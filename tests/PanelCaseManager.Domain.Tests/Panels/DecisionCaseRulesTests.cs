using PanelCaseManager.Domain.Panels;
using PanelCaseManager.Domain.PlacementRequests;
using PanelCaseManager.Domain.Provision;
using static PanelCaseManager.Domain.Tests.Panels.PanelFactory;
using static PanelCaseManager.Domain.Tests.PlacementRequests.PlacementRequestFactory;

namespace PanelCaseManager.Domain.Tests.Panels;

/// <summary>The rules a decision keeps given its case: every preference tested, and what the type of request allows.</summary>
public class DecisionCaseRulesTests
{
    private static readonly Preference[] Three = [Named(1, "Brookside Special School"), Named(2, "Oakleigh House School"), Named(3, "Woodlands Academy SRP")];

    private static DecisionCase Case(RequestType type = RequestType.NewPlan, params Preference[] preferences) =>
        new(type, preferences.Length == 0 ? [Named(1, "Brookside Special School")] : preferences);

    private static readonly MainstreamPresumption FamilyWantsSpecialist = new(true, false, null, false, "The family asks for a special school.");

    private static DecisionContent Decline(bool refusesToIssue = false, NamedSetting? named = null, ProvisionKind? type = null) =>
        new(DecisionOutcome.Decline, "The advice shows the school meets the needs.", null, named, type, [], [Test(1, Section39Ground.Unsuitable)],
            named is null && type is null ? null : FamilyWantsSpecialist, refusesToIssue);

    private static IEnumerable<string> Codes(DecisionContent content, DecisionCase decisionCase) => content.Breaches(decisionCase).Select(b => b.Code);

    [Test]
    public void A_decline_on_a_new_plan_that_names_nothing_and_does_not_refuse_to_issue_is_refused()
    {
        var breach = Decline().Breaches(Case()).Should().ContainSingle().Subject;

        breach.Code.Should().Be("decline-names-nothing");
        breach.Field.Should().Be("refusesToIssuePlan");
        breach.Message.Should().Contain("s.39(5), s.40");
    }

    [Test]
    public void A_decline_on_a_new_plan_either_refuses_to_issue_or_names_a_school_or_type()
    {
        Codes(Decline(refusesToIssue: true), Case()).Should().BeEmpty();
        Codes(Decline(named: new NamedSetting("Beechwood SEMH School", "117690", ProvisionKind.SpecialSchool)), Case()).Should().BeEmpty();
        Codes(Decline(type: ProvisionKind.SpecialSchool), Case()).Should().BeEmpty();
        Decline(type: ProvisionKind.SpecialSchool).PlacesTheChild.Should().BeTrue();
        Decline(refusesToIssue: true).PlacesTheChild.Should().BeFalse();
    }

    [Test]
    public void A_refusal_to_issue_is_only_a_decline_on_a_new_plan_and_names_nothing()
    {
        Codes(Decline(refusesToIssue: true), Case(RequestType.PhaseTransfer)).Should().Contain("refusal-to-issue-misplaced");
        Codes(Agree() with { RefusesToIssuePlan = true }, Case()).Should().Contain("refusal-to-issue-misplaced");
        Codes(Decline(refusesToIssue: true, type: ProvisionKind.SpecialSchool), Case()).Should().Contain("refusal-to-issue-names-a-setting");
    }

    [Test]
    public void A_decline_naming_a_setting_records_the_mainstream_presumption()
    {
        var named = Decline(named: new NamedSetting("Beechwood SEMH School", "117690", ProvisionKind.SpecialSchool)) with { MainstreamPresumption = null };

        Codes(named, Case()).Should().Contain("mainstream-presumption-required");
    }

    [Test]
    public void A_change_of_placement_says_whether_it_was_decided_at_a_review()
    {
        Codes(NameAnother(), Case(RequestType.ChangeOfPlacement)).Should().Contain("at-review-required");
        Codes(NameAnother() with { DecidedAtReview = false }, Case(RequestType.ChangeOfPlacement)).Should().BeEmpty();
        Codes(NameAnother() with { DecidedAtReview = true }, Case(RequestType.NewPlan)).Should().Contain("at-review-misplaced");
        Codes(Defer(), Case(RequestType.ChangeOfPlacement)).Should().BeEmpty("a deferral decides nothing yet");
    }

    [Test]
    public void A_refusal_without_reasons_for_one_of_three_preferences_is_refused()
    {
        var third = Test(3, Section39Ground.IncompatibleWithEfficientUseOfResources);
        var silent = third with { Grounds = third.Grounds.Select(g => g.Applies ? g with { Reasons = " " } : g).ToList() };
        var content = NameAnother() with { PreferenceTests = [Test(1, Section39Ground.Unsuitable), Test(2, Section39Ground.Unsuitable), silent] };

        content.Breaches(Case(RequestType.NewPlan, Three)).Should().ContainSingle()
            .Which.Should().Be(new RuleBreach("preferenceTests[2].grounds[2].reasons", "reasons-required",
                "Give the reasons why the ground 'incompatible with the efficient use of resources' does or does not apply."));
    }

    [Test]
    public void A_refusal_that_leaves_one_of_three_preferences_untested_is_refused()
    {
        var content = NameAnother() with { PreferenceTests = [Test(1, Section39Ground.Unsuitable), Test(2, Section39Ground.Unsuitable)] };

        content.Breaches(Case(RequestType.NewPlan, Three)).Should().ContainSingle()
            .Which.Message.Should().Contain("preference 3 (Woodlands Academy SRP)");
    }

    [Test]
    public void Agreeing_a_lower_preference_needs_a_ground_with_reasons_for_each_preference_ranked_above_it()
    {
        var agreeThird = new DecisionContent(DecisionOutcome.AgreeFamilyPreference, "Woodlands meets the needs.", 3, null, null, [],
            [Test(1, Section39Ground.Unsuitable), Test(2), Test(3)], null);

        var breach = agreeThird.Breaches(Case(RequestType.NewPlan, Three)).Should().ContainSingle().Subject;

        breach.Code.Should().Be("refusal-without-ground");
        breach.Field.Should().Be("preferenceTests[1].grounds");
        (agreeThird with { PreferenceTests = [Test(1, Section39Ground.Unsuitable), Test(2, Section39Ground.Unsuitable), Test(3)] })
            .RefusedPreferences.Select(t => t.PreferenceRank).Should().Equal(1, 2);
    }
}
