using Microsoft.EntityFrameworkCore;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Features.Panels;
using PanelCaseManager.Application.Features.Provision;
using PanelCaseManager.Application.Tests.Features.Provision;
using PanelCaseManager.Domain.Panels;
using PanelCaseManager.Domain.PlacementRequests;
using PanelCaseManager.Domain.Provision;
using PanelCaseManager.Infrastructure.DemoData;
using PanelCaseManager.Testing;
using PanelCaseManager.Testing.Builders;

namespace PanelCaseManager.Application.Tests.Features.Panels;

/// <summary>
/// The test each preference takes follows from its setting's status (CFA s.38(3), s.39; EA 1996 s.9): the
/// catalogue's, or the one the panel records once for a setting the catalogue does not hold. And the decision's
/// other rules given its case: a decline on a new plan, a change of placement outside a review, three preferences.
/// </summary>
public class DutyFromStatusTests
{
    private ApplicationHarness _app = null!;
    private PanelScenario _panel = null!;

    [SetUp]
    public async Task SetUp()
    {
        _app = new ApplicationHarness();
        await _app.PublishSector();
    }

    [TearDown]
    public async Task TearDown() => await _app.DisposeAsync();

    /// <summary>Brookside (the builders' first preference) in the catalogue with this kind and status, and the case ready to decide.</summary>
    private async Task ReadyWithBrooksideAs(ProvisionKind kind, SettingStatus status, Application.Features.PlacementRequests.SubmitPlacementRequest.Command? request = null)
    {
        await _app.SendAs(Personas.Administrator, Catalogue.Setting("117660", "Brookside Special School") with { Kind = kind, Status = status });
        _panel = await PanelScenario.ReadyToDecideAsync(_app, request);
    }

    private RecordDecision.Command NameAnother(params RecordDecision.PreferenceTestInput[] tests) =>
        Panel.NameAnotherSetting(_panel.PanelId, _panel.CaseId, _panel.EvidenceId) with { PreferenceTests = tests };

    private async Task<IReadOnlyDictionary<string, string[]>> RefusedAsBadInput(RecordDecision.Command command)
    {
        var errors = (await FluentActions.Awaiting(() => _panel.DecideAsync(command)).Should().ThrowAsync<RequestValidationException>()).Which.Errors;
        (await _app.Read(db => db.PanelDecisions.CountAsync())).Should().Be(0, "a refused decision writes nothing");
        return errors;
    }

    private Task<PanelDecision> Stored(Guid id) => _app.Read(db => db.PanelDecisions.SingleAsync(d => d.Id == id));

    [Test]
    public async Task A_non_maintained_special_school_takes_the_three_grounds_and_a_section_9_test_of_it_is_refused()
    {
        await ReadyWithBrooksideAs(ProvisionKind.NonMaintainedSpecial, SettingStatus.NonMaintainedSpecial);

        var errors = await RefusedAsBadInput(NameAnother(Panel.Section9Test(1, _panel.EvidenceId, status: null)));
        var decided = await _panel.DecideAsync(NameAnother(Panel.Section39Test(1, _panel.EvidenceId, Section39Ground.IncompatibleWithEfficientUseOfResources) with { SettingStatus = null }));

        errors["preferenceTests[0].section9"].Should().Contain(m => m.Contains("The setting is a non-maintained special school, so it is tested against the three grounds", StringComparison.Ordinal));
        errors.Should().ContainKey("preferenceTests[0].grounds");
        var test = (await Stored(decided.DecisionId)).Content.PreferenceTests.Single();
        test.Status.Should().Be(SettingStatus.NonMaintainedSpecial);
        test.Duty.Should().Be(NamingDuty.Section39);
        test.Setting.Should().NotBeNull("the catalogue setting is recorded with the test");
    }

    [Test]
    public async Task An_independent_school_outside_section_41_takes_the_section_9_test_and_the_three_grounds_are_refused()
    {
        await ReadyWithBrooksideAs(ProvisionKind.Independent, SettingStatus.OtherIndependent);

        var errors = await RefusedAsBadInput(NameAnother(Panel.Section39Test(1, _panel.EvidenceId, Section39Ground.Unsuitable) with { SettingStatus = null }));
        var decided = await _panel.DecideAsync(NameAnother(Panel.Section9Test(1, _panel.EvidenceId, status: null)));

        errors["preferenceTests[0].grounds"].Should().Contain(m => m.Contains("not approved under section 41", StringComparison.Ordinal));
        errors.Should().ContainKey("preferenceTests[0].section9");
        var stored = await Stored(decided.DecisionId);
        stored.ReliesOnSection9.Should().BeTrue();
        stored.Content.PreferenceTests.Single().Should().Match<PlacementPreferenceTest>(t => t.Duty == NamingDuty.Section9 && t.Status == SettingStatus.OtherIndependent);
    }

    [Test]
    public async Task An_independent_school_approved_under_section_41_takes_the_three_grounds()
    {
        await ReadyWithBrooksideAs(ProvisionKind.Independent, SettingStatus.IndependentApprovedS41);

        var decided = await _panel.DecideAsync(NameAnother(Panel.Section39Test(1, _panel.EvidenceId, Section39Ground.IncompatibleWithEfficientUseOfResources) with { SettingStatus = null }));

        (await Stored(decided.DecisionId)).Content.PreferenceTests.Single().Duty.Should().Be(NamingDuty.Section39);
    }

    [Test]
    public async Task A_status_that_contradicts_the_catalogue_is_refused()
    {
        await ReadyWithBrooksideAs(ProvisionKind.SpecialSchool, SettingStatus.MaintainedSchool);

        var errors = await RefusedAsBadInput(NameAnother(Panel.Section9Test(1, _panel.EvidenceId, SettingStatus.OtherIndependent)));

        errors["preferenceTests[0].settingStatus"].Single().Should().Contain("Brookside Special School is a maintained school in the provision catalogue");
    }

    [Test]
    public async Task A_preference_for_a_setting_the_catalogue_does_not_hold_needs_its_status_and_the_status_is_recorded_with_the_decision()
    {
        _panel = await PanelScenario.ReadyToDecideAsync(_app);

        var errors = await RefusedAsBadInput(NameAnother(Panel.Section39Test(1, _panel.EvidenceId, Section39Ground.IncompatibleWithEfficientUseOfResources) with { SettingStatus = null }));
        var decided = await _panel.DecideAsync(NameAnother(Panel.Section9Test(1, _panel.EvidenceId, SettingStatus.OtherIndependent)));

        errors["preferenceTests[0].settingStatus"].Single().Should().StartWith("Brookside Special School is not in the provision catalogue: say what kind of setting it is");
        var test = (await Stored(decided.DecisionId)).Content.PreferenceTests.Single();
        test.Should().Match<PlacementPreferenceTest>(t => t.Status == SettingStatus.OtherIndependent && t.Duty == NamingDuty.Section9 && t.Setting == null);
    }

    [Test]
    public async Task The_form_is_told_each_preferences_duty_from_the_catalogue_and_which_need_a_status()
    {
        await _app.SendAs(Personas.Administrator, Catalogue.Setting("117701", "Larkspur Communication and Autism School") with { Kind = ProvisionKind.Independent, Status = SettingStatus.OtherIndependent });
        var request = A.PlacementRequest() with
        {
            Preferences =
            [
                new(1, PreferenceKind.NamedSetting, "Brookside Special School", "117660", null, "Small classes."),
                new(2, PreferenceKind.NamedSetting, "Larkspur Communication and Autism School", "117701", null, "Speech therapy on site."),
                new(3, PreferenceKind.TypeOfProvision, null, null, ProvisionKind.SpecialistResourceProvision, "Time in mainstream."),
            ],
        };
        _panel = await PanelScenario.ReadyToDecideAsync(_app, request);

        var duties = await _app.SendAs(Personas.PanelChair, new GetPreferenceDuties.Query(_panel.PanelId, _panel.CaseId));

        duties.Should().Equal(
            new GetPreferenceDuties.PreferenceDuty(1, "Brookside Special School", false, null, null),
            new GetPreferenceDuties.PreferenceDuty(2, "Larkspur Communication and Autism School", true, SettingStatus.OtherIndependent, NamingDuty.Section9));
        await FluentActions.Awaiting(() => _app.SendAs(Personas.Family, new GetPreferenceDuties.Query(_panel.PanelId, _panel.CaseId))).Should().ThrowAsync<ForbiddenException>();
    }

    [Test]
    public async Task A_decline_on_a_new_plan_that_names_nothing_is_refused_and_one_refusing_to_issue_is_recorded()
    {
        await ReadyWithBrooksideAs(ProvisionKind.SpecialSchool, SettingStatus.MaintainedSchool);
        var decline = NameAnother(Panel.Section39Test(1, _panel.EvidenceId, Section39Ground.Unsuitable)) with
        {
            Outcome = DecisionOutcome.Decline,
            NamedSetting = null,
            MainstreamPresumption = null,
            Reasons = "Ffion's school can meet her needs.",
        };

        var errors = await RefusedAsBadInput(decline);
        var refusal = await _panel.DecideAsync(decline with { RefusesToIssuePlan = true });
        var named = await FluentActions.Awaiting(() => _panel.DecideAsync(decline with { RefusesToIssuePlan = true, NamedProvisionKind = ProvisionKind.SpecialSchool }))
            .Should().ThrowAsync<RequestValidationException>();

        errors["refusesToIssuePlan"].Single().Should().Contain("s.39(5), s.40");
        (await Stored(refusal.DecisionId)).Content.RefusesToIssuePlan.Should().BeTrue();
        named.Which.Errors.Should().ContainKey("refusesToIssuePlan");
    }

    [Test]
    public async Task A_change_of_placement_says_whether_it_was_decided_at_a_review()
    {
        await ReadyWithBrooksideAs(ProvisionKind.SpecialSchool, SettingStatus.MaintainedSchool, A.PlacementRequest() with { Type = RequestType.ChangeOfPlacement });
        var decision = NameAnother(Panel.Section39Test(1, _panel.EvidenceId, Section39Ground.IncompatibleWithEfficientUseOfResources));

        var errors = await RefusedAsBadInput(decision);
        var decided = await _panel.DecideAsync(decision with { DecidedAtReview = false });

        errors["decidedAtReview"].Single().Should().Contain("annual or early review");
        (await Stored(decided.DecisionId)).Content.DecidedAtReview.Should().BeFalse();
    }

    [Test]
    public async Task A_refusal_without_reasons_for_one_of_three_preferences_is_refused_naming_it()
    {
        await _app.SendAs(Personas.Administrator, Catalogue.Setting("117701", "Larkspur Communication and Autism School"));
        await _app.SendAs(Personas.Administrator, Catalogue.Setting("117690", "Beechwood SEMH School"));
        var three = A.PlacementRequest() with
        {
            Preferences =
            [
                new(1, PreferenceKind.NamedSetting, "Brookside Special School", "117660", null, "Small classes."),
                new(2, PreferenceKind.NamedSetting, "Larkspur Communication and Autism School", "117701", null, "Speech therapy on site."),
                new(3, PreferenceKind.NamedSetting, "Beechwood SEMH School", "117690", null, "Near his grandparents."),
            ],
        };
        await ReadyWithBrooksideAs(ProvisionKind.SpecialSchool, SettingStatus.MaintainedSchool, three);
        var third = Panel.Section39Test(3, _panel.EvidenceId, Section39Ground.Unsuitable);
        var silent = third with { Grounds = third.Grounds!.Select(g => g.Applies == true ? g with { Reasons = " " } : g).ToList() };

        var errors = await RefusedAsBadInput(NameAnother(
            Panel.Section39Test(1, _panel.EvidenceId, Section39Ground.Unsuitable),
            Panel.Section39Test(2, _panel.EvidenceId, Section39Ground.Unsuitable),
            silent));
        var untested = await RefusedAsBadInput(NameAnother(
            Panel.Section39Test(1, _panel.EvidenceId, Section39Ground.Unsuitable),
            Panel.Section39Test(2, _panel.EvidenceId, Section39Ground.Unsuitable)));

        errors.Keys.Should().Equal("preferenceTests[2].grounds[0].reasons");
        untested["preferenceTests"].Single().Should().Contain("preference 3 (Beechwood SEMH School) has not been tested");
    }
}
