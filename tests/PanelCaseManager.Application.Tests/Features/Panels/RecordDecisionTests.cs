using Microsoft.EntityFrameworkCore;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Features.Panels;
using PanelCaseManager.Domain.Common;
using PanelCaseManager.Domain.Panels;
using PanelCaseManager.Domain.PlacementRequests;
using PanelCaseManager.Infrastructure.DemoData;
using PanelCaseManager.Testing;
using PanelCaseManager.Testing.Builders;

namespace PanelCaseManager.Application.Tests.Features.Panels;

public class RecordDecisionTests
{
    private ApplicationHarness _app = null!;
    private PanelScenario _panel = null!;

    [SetUp]
    public async Task SetUp()
    {
        _app = new ApplicationHarness();
        _panel = await PanelScenario.ReadyToDecideAsync(_app);
    }

    [TearDown]
    public async Task TearDown() => await _app.DisposeAsync();

    private RecordDecision.Command Agree() => Panel.AgreeFirstPreference(_panel.PanelId, _panel.CaseId, _panel.EvidenceId);

    private RecordDecision.Command NameAnother() => Panel.NameAnotherSetting(_panel.PanelId, _panel.CaseId, _panel.EvidenceId);

    private async Task<IReadOnlyDictionary<string, string[]>> RefusedAsBadInput(RecordDecision.Command command) =>
        (await FluentActions.Awaiting(() => _panel.DecideAsync(command)).Should().ThrowAsync<RequestValidationException>()).Which.Errors;

    private async Task<DomainRuleException> RefusedByTheRules(RecordDecision.Command command, Persona? by = null) =>
        (await FluentActions.Awaiting(() => _panel.DecideAsync(command, by)).Should().ThrowAsync<DomainRuleException>()).Which;

    private Task<int> DecisionCount() => _app.Read(db => db.PanelDecisions.CountAsync());

    [Test]
    public async Task A_decision_is_recorded_as_a_draft_with_its_tests_views_quorum_and_the_papers_it_was_made_on()
    {
        var result = await _panel.DecideAsync(NameAnother());

        result.Status.Should().Be(DecisionStatus.Draft);
        result.Revised.Should().BeFalse();
        var stored = await _app.Read(db => db.PanelDecisions.SingleAsync(d => d.Id == result.DecisionId));
        stored.Outcome.Should().Be(DecisionOutcome.NameAnotherSetting);
        stored.ReliesOnUseOfResources.Should().BeTrue();
        stored.ReliesOnUnsuitability.Should().BeFalse();
        var test = stored.Content.PreferenceTests.Should().ContainSingle().Which;
        test.Grounds.Select(g => g.Ground).Should().Equal(Section39Ground.Unsuitable, Section39Ground.IncompatibleWithEfficientEducationOfOthers, Section39Ground.IncompatibleWithEfficientUseOfResources);
        test.Grounds[2].Costs!.RequestedPlacementCostPence.Should().Be(6_500_000);
        test.Grounds[2].Costs!.AlternativeCostPence.Should().Be(2_300_000);
        stored.Content.MainstreamPresumption.Should().NotBeNull();
        stored.AgencyViews.Should().HaveCount(4);
        stored.CountedMembers.Should().HaveCount(5);
        var pack = await _app.Read(db => db.CasePacks.SingleAsync(p => p.PanelMeetingId == _panel.PanelId));
        stored.CasePackId.Should().Be(pack.Id);
        stored.CasePackSha256.Should().Be(pack.Sha256);
        (await _app.SendAs(Personas.Auditor, new GetDecision.Query(result.DecisionId))).Stands.Should().BeFalse("a draft does not stand until the chair signs it off");
    }

    [Test]
    public async Task A_decision_without_quorum_is_refused_and_nothing_is_written()
    {
        await _app.SendAs(Personas.PanelHealth, new DeclareConflict.Command(_panel.PanelId, _panel.CaseId, null, "I treat the child's sibling."));

        var refusal = await RefusedByTheRules(Agree());

        refusal.Code.Should().Be("no-quorum");
        refusal.Message.Should().Contain("no health member");
        (await DecisionCount()).Should().Be(0);
    }

    [Test]
    public async Task A_decision_at_a_meeting_where_an_agency_is_absent_is_refused()
    {
        await _app.DisposeAsync();
        _app = new ApplicationHarness();
        _panel = await PanelScenario.CaseOnAgendaAsync(_app);
        await _panel.HoldMeetingAsync(Personas.PanelChair, Personas.PanelEducation, Personas.PanelHealth, Personas.PanelPsychologist);

        (await RefusedByTheRules(Agree())).Message.Should().Contain("no social care member");
    }

    [Test]
    public async Task A_refusal_with_no_ground_that_applies_is_refused_naming_the_grounds_of_the_preference()
    {
        var command = NameAnother() with { PreferenceTests = [Panel.Section39Test(1, _panel.EvidenceId)] };

        var errors = await RefusedAsBadInput(command);

        errors.Should().ContainKey("preferenceTests[0].grounds");
        errors["preferenceTests[0].grounds"].Should().Contain(m => m.Contains("must be named unless a ground applies"));
        (await DecisionCount()).Should().Be(0);
    }

    [Test]
    public async Task A_ground_with_empty_reasons_is_refused_naming_its_reasons()
    {
        var test = Panel.Section39Test(1, _panel.EvidenceId, Section39Ground.IncompatibleWithEfficientUseOfResources);
        var grounds = test.Grounds!.ToList();
        grounds[0] = grounds[0] with { Reasons = "  " };

        var errors = await RefusedAsBadInput(NameAnother() with { PreferenceTests = [test with { Grounds = grounds }] });

        errors.Should().ContainKey("preferenceTests[0].grounds[0].reasons");
    }

    [Test]
    public async Task The_resources_ground_considered_before_suitability_is_refused()
    {
        var test = Panel.Section39Test(1, _panel.EvidenceId, Section39Ground.IncompatibleWithEfficientUseOfResources);
        var reversed = test with { Grounds = test.Grounds!.Reverse().ToList() };

        var errors = await RefusedAsBadInput(NameAnother() with { PreferenceTests = [reversed] });

        errors["preferenceTests[0].grounds"].Should().Contain(m => m.Contains("Suitability is assessed before the efficient use of resources"));
    }

    [Test]
    public async Task A_ground_left_unconsidered_is_refused()
    {
        var test = Panel.Section39Test(1, _panel.EvidenceId, Section39Ground.IncompatibleWithEfficientUseOfResources);

        var errors = await RefusedAsBadInput(NameAnother() with { PreferenceTests = [test with { Grounds = test.Grounds!.Skip(1).ToList() }] });

        errors["preferenceTests[0].grounds"].Should().Contain(m => m.Contains("unsuitable"));
    }

    [Test]
    public async Task The_resources_ground_without_both_costs_is_refused()
    {
        var test = Panel.Section39Test(1, _panel.EvidenceId, Section39Ground.IncompatibleWithEfficientUseOfResources);
        var grounds = test.Grounds!.ToList();
        grounds[2] = grounds[2] with { Costs = null };

        var errors = await RefusedAsBadInput(NameAnother() with { PreferenceTests = [test with { Grounds = grounds }] });

        errors.Should().ContainKey("preferenceTests[0].grounds[2].costs");
    }

    [Test]
    public async Task The_resources_ground_cannot_apply_when_the_preference_costs_no_more_and_needs_proportionality_reasoning()
    {
        var test = Panel.Section39Test(1, _panel.EvidenceId, Section39Ground.IncompatibleWithEfficientUseOfResources);
        var grounds = test.Grounds!.ToList();
        grounds[2] = grounds[2] with { Costs = new RecordDecision.CostComparisonInput(2_000_000, 2_300_000, "The SRP", null) };

        var errors = await RefusedAsBadInput(NameAnother() with { PreferenceTests = [test with { Grounds = grounds }] });

        errors.Should().ContainKeys("preferenceTests[0].grounds[2].applies", "preferenceTests[0].grounds[2].costs.proportionalityReasoning");
    }

    [Test]
    public async Task A_ground_that_applies_without_the_evidence_relied_on_is_refused()
    {
        var test = Panel.Section39Test(1, _panel.EvidenceId, Section39Ground.Unsuitable);
        var grounds = test.Grounds!.ToList();
        grounds[0] = grounds[0] with { EvidenceReliedOn = [] };

        var errors = await RefusedAsBadInput(NameAnother() with { PreferenceTests = [test with { Grounds = grounds }] });

        errors.Should().ContainKey("preferenceTests[0].grounds[0].evidenceReliedOn");
    }

    [Test]
    public async Task Evidence_relied_on_must_be_before_the_panel()
    {
        var refusal = await RefusedByTheRules(NameAnother() with
        {
            PreferenceTests = [Panel.Section39Test(1, Guid.NewGuid(), Section39Ground.IncompatibleWithEfficientUseOfResources)],
        });

        refusal.Code.Should().Be("evidence-not-before-panel");
    }

    [Test]
    public async Task Every_family_preference_for_a_setting_must_be_tested()
    {
        (await RefusedByTheRules(NameAnother() with { PreferenceTests = [] })).Code.Should().Be("preference-not-tested");
    }

    [Test]
    public async Task Agreeing_a_later_preference_needs_a_ground_against_each_earlier_one()
    {
        await _app.DisposeAsync();
        _app = new ApplicationHarness();
        var twoSettings = A.PlacementRequest() with
        {
            Preferences =
            [
                new(1, PreferenceKind.NamedSetting, "Brookside Special School", "117660", null, "Small classes."),
                new(2, PreferenceKind.NamedSetting, "Larkspur Communication and Autism School", "117701", null, "Speech therapy on site."),
            ],
        };
        _panel = await PanelScenario.ReadyToDecideAsync(_app, twoSettings);
        var agreeSecond = Agree() with { AgreedPreferenceRank = 2, PreferenceTests = [Panel.Section39Test(1, _panel.EvidenceId), Panel.Section39Test(2, _panel.EvidenceId)] };

        var errors = await RefusedAsBadInput(agreeSecond);

        errors["preferenceTests[0].grounds"].Should().Contain(m => m.Contains("preferred preference 1"));
        var lawful = agreeSecond with { PreferenceTests = [Panel.Section39Test(1, _panel.EvidenceId, Section39Ground.Unsuitable), Panel.Section39Test(2, _panel.EvidenceId)] };
        (await _panel.DecideAsync(lawful)).Outcome.Should().Be(DecisionOutcome.AgreeFamilyPreference);
    }

    [Test]
    public async Task An_independent_setting_not_approved_under_section_41_gets_the_section_9_test_instead()
    {
        var section9 = new RecordDecision.PreferenceTestInput(1, NamingDuty.Section9, [], new RecordDecision.Section9Input(
            true, false, 9_800_000, 2_300_000, "The independent place would be unreasonable public expenditure when the SRP meets need.", [_panel.EvidenceId]));

        var result = await _panel.DecideAsync(NameAnother() with { PreferenceTests = [section9] });

        var stored = await _app.Read(db => db.PanelDecisions.SingleAsync(d => d.Id == result.DecisionId));
        stored.ReliesOnSection9.Should().BeTrue();
        stored.ReliesOnUseOfResources.Should().BeFalse();
    }

    [Test]
    public async Task The_three_grounds_are_not_recorded_for_a_section_9_setting()
    {
        var mixed = Panel.Section39Test(1, _panel.EvidenceId) with
        {
            Duty = NamingDuty.Section9,
            Section9 = new RecordDecision.Section9Input(false, true, 1, 1, "Not efficient instruction.", [_panel.EvidenceId]),
        };

        (await RefusedAsBadInput(NameAnother() with { PreferenceTests = [mixed] })).Should().ContainKey("preferenceTests[0].grounds");
    }

    [Test]
    public async Task Naming_a_special_school_without_displacing_the_mainstream_presumption_is_refused()
    {
        var special = NameAnother() with
        {
            NamedSetting = new RecordDecision.NamedSettingInput("Larkspur Communication and Autism School", "117701", ProvisionKind.SpecialSchool),
            MainstreamPresumption = new RecordDecision.MainstreamPresumptionInput(false, true, null, false, "Mainstream has been tried."),
        };

        var errors = await RefusedAsBadInput(special);

        errors.Should().ContainKeys("mainstreamPresumption", "mainstreamPresumption.reasonableStepsConsidered");
        errors["mainstreamPresumption"].Should().Contain(m => m.Contains("mainstream presumption (s.33)"));
    }

    [Test]
    public async Task Naming_a_special_school_records_why_the_presumption_gives_way()
    {
        var special = NameAnother() with
        {
            NamedSetting = new RecordDecision.NamedSettingInput("Larkspur Communication and Autism School", "117701", ProvisionKind.SpecialSchool),
            MainstreamPresumption = new RecordDecision.MainstreamPresumptionInput(
                false, true, "Full-time 1:1 support, a separate base and a reduced timetable were all tried over two terms without success.", true,
                "The child's distress led to daily disruption of classmates' learning which no reasonable step could prevent."),
        };

        var result = await _panel.DecideAsync(special);

        var stored = await _app.Read(db => db.PanelDecisions.SingleAsync(d => d.Id == result.DecisionId));
        stored.Content.MainstreamPresumption!.IsDisplaced.Should().BeTrue();
    }

    [Test]
    public async Task Naming_a_setting_without_the_mainstream_presumption_is_refused()
    {
        (await RefusedAsBadInput(NameAnother() with { MainstreamPresumption = null })).Should().ContainKey("mainstreamPresumption");
    }

    [Test]
    public async Task Naming_a_type_of_provision_and_consulting_is_recorded()
    {
        var result = await _panel.DecideAsync(NameAnother() with { Outcome = DecisionOutcome.NameTypeAndConsult, NamedSetting = null, NamedProvisionKind = ProvisionKind.SpecialistResourceProvision });

        result.Outcome.Should().Be(DecisionOutcome.NameTypeAndConsult);
    }

    [Test]
    public async Task A_deferral_must_name_the_missing_evidence()
    {
        (await RefusedAsBadInput(Panel.Defer(_panel.PanelId, _panel.CaseId) with { MissingEvidence = [] })).Should().ContainKey("missingEvidence");
    }

    [Test]
    public async Task Outcome_and_reasons_are_required()
    {
        var errors = await RefusedAsBadInput(Agree() with { Outcome = null, Reasons = null });

        errors.Should().ContainKey("outcome");
        (await RefusedAsBadInput(Agree() with { Reasons = "" })).Should().ContainKey("reasons");
    }

    [Test]
    public async Task Empty_entries_and_numbers_outside_the_lists_are_refused_naming_them()
    {
        var errors = await RefusedAsBadInput(NameAnother() with { Outcome = (DecisionOutcome)99, PreferenceTests = [null!] });

        errors.Should().ContainKeys("outcome", "preferenceTests[0]");
        var test = Panel.Section39Test(1, _panel.EvidenceId, Section39Ground.IncompatibleWithEfficientUseOfResources);
        (await RefusedAsBadInput(NameAnother() with { PreferenceTests = [test with { Grounds = [null!, .. test.Grounds!] }] }))
            .Should().ContainKey("preferenceTests[0].grounds[0]");
        (await RefusedAsBadInput(NameAnother() with { PreferenceTests = [test with { Duty = (NamingDuty)7 }] }))
            .Should().ContainKey("preferenceTests[0].duty");
        (await DecisionCount()).Should().Be(0);
    }

    [Test]
    public async Task A_decision_on_a_case_not_on_the_meetings_agenda_is_refused_as_a_case_the_member_cannot_see()
    {
        var otherCase = await _app.SendAs(Personas.SendOfficer, A.PlacementRequest());

        await FluentActions.Awaiting(() => _app.SendAs(Personas.PanelEducation, Panel.AgreeFirstPreference(_panel.PanelId, otherCase.Id, _panel.EvidenceId)))
            .Should().ThrowAsync<NotFoundException>();
        (await _app.Read(db => db.PanelDecisions.CountAsync())).Should().Be(0);
    }

    [Test]
    public async Task A_member_who_declared_a_conflict_cannot_record_the_decision_for_them_the_case_is_not_found()
    {
        await _app.SendAs(Personas.PanelEducation, new DeclareConflict.Command(_panel.PanelId, _panel.CaseId, null, "My daughter attends Brookside."));

        await FluentActions.Awaiting(() => _panel.DecideAsync(Agree(), Personas.PanelEducation)).Should().ThrowAsync<NotFoundException>();

        (await _app.Read(db => db.PanelDecisions.CountAsync())).Should().Be(0);
    }

    [Test]
    public async Task A_decision_before_every_agency_has_given_its_view_is_refused()
    {
        await _app.DisposeAsync();
        _app = new ApplicationHarness();
        _panel = await PanelScenario.CaseOnAgendaAsync(_app);
        await _panel.HoldMeetingAsync();
        await _panel.ViewsAsync(_panel.CaseId, [Personas.PanelEducation, Personas.PanelHealth]);

        var refusal = await RefusedByTheRules(Agree());

        refusal.Code.Should().Be("views-missing");
        refusal.Message.Should().Contain("social care").And.Contain("educational psychology");
    }

    [Test]
    public async Task A_decision_before_the_meeting_day_is_refused()
    {
        await _app.DisposeAsync();
        _app = new ApplicationHarness();
        _panel = await PanelScenario.CaseOnAgendaAsync(_app);

        (await RefusedByTheRules(Agree())).Code.Should().Be("before-meeting");
    }

    [Test]
    public async Task Recording_again_revises_the_draft_against_its_version()
    {
        var first = await _panel.DecideAsync(Agree());

        var revised = await _panel.DecideAsync(NameAnother() with { ExpectedVersion = first.Version });

        revised.DecisionId.Should().Be(first.DecisionId);
        revised.Revised.Should().BeTrue();
        revised.Outcome.Should().Be(DecisionOutcome.NameAnotherSetting);
        (await DecisionCount()).Should().Be(1);
        await FluentActions.Awaiting(() => _panel.DecideAsync(Agree() with { ExpectedVersion = first.Version })).Should().ThrowAsync<ConcurrencyConflictException>();
    }

    [Test]
    public async Task Recording_a_second_decision_while_a_draft_exists_is_refused()
    {
        await _panel.DecideAsync(Agree());

        (await RefusedByTheRules(NameAnother())).Code.Should().Be("draft-exists");
        (await DecisionCount()).Should().Be(1);
    }

    [Test]
    public async Task An_officer_cannot_record_a_panel_decision()
    {
        await FluentActions.Awaiting(() => _app.SendAs(Personas.SendOfficer, Agree())).Should().ThrowAsync<ForbiddenException>();
    }
}
