using PanelCaseManager.Domain.Common;
using PanelCaseManager.Domain.Panels;
using PanelCaseManager.Domain.PlacementRequests;
using static PanelCaseManager.Domain.Tests.Panels.PanelFactory;

namespace PanelCaseManager.Domain.Tests.Panels;

public class PanelDecisionTests
{
    private PanelMeeting _meeting = null!;
    private PlacementRequest _case = null!;
    private DecisionSetting _setting = null!;

    [SetUp]
    public void SetUp()
    {
        (_meeting, _case) = AtTheMeeting();
        _setting = Setting(_meeting, _case);
    }

    private PanelDecision Signed(DecisionContent? content = null)
    {
        var decision = PanelDecision.Record(content ?? Agree(), _setting, null, null, EducationMember.Id, MeetingDay);
        decision.SignOff(_meeting, Chair.Id, MeetingDay);
        return decision;
    }

    [Test]
    public void A_draft_records_the_members_views_and_papers_it_was_made_with()
    {
        var decision = PanelDecision.Record(NameAnother(), _setting, null, null, EducationMember.Id, MeetingDay);

        decision.Status.Should().Be(DecisionStatus.Draft);
        decision.CountedMembers.Should().HaveCount(5);
        decision.AgencyViews.Should().HaveCount(4);
        decision.CasePackSha256.Should().Be(_setting.Pack.Sha256);
        decision.ReliesOnUseOfResources.Should().BeTrue();
        _meeting.AgendaItemFor(_case.Id)!.DraftDecisionId.Should().Be(decision.Id);
    }

    [Test]
    public void Signing_off_makes_it_final_with_a_hash_that_detects_change()
    {
        var decision = Signed();

        decision.IsSignedOff.Should().BeTrue();
        decision.IsIntact.Should().BeTrue();
        _meeting.AgendaItemFor(_case.Id)!.DecisionId.Should().Be(decision.Id);
        FluentActions.Invoking(() => decision.Revise(NameAnother(), _setting, EducationMember.Id, MeetingDay))
            .Should().Throw<DomainRuleException>().Which.Code.Should().Be("decision-signed-off");
        FluentActions.Invoking(() => decision.SignOff(_meeting, Chair.Id, MeetingDay))
            .Should().Throw<DomainRuleException>().Which.Code.Should().Be("decision-signed-off");
    }

    [Test]
    public void Only_the_meetings_chair_signs_off()
    {
        var decision = PanelDecision.Record(Agree(), _setting, null, null, EducationMember.Id, MeetingDay);

        FluentActions.Invoking(() => decision.SignOff(_meeting, OtherChair.Id, MeetingDay))
            .Should().Throw<DomainPermissionException>().Which.Code.Should().Be("not-the-chair");
        FluentActions.Invoking(() => decision.SignOff(_meeting, EducationMember.Id, MeetingDay))
            .Should().Throw<DomainPermissionException>();
        decision.IsSignedOff.Should().BeFalse();
    }

    [Test]
    public void A_second_decision_beside_a_signed_off_one_is_refused_but_a_correction_with_a_reason_is_not()
    {
        var original = Signed();

        FluentActions.Invoking(() => PanelDecision.Record(NameAnother(), _setting, null, null, EducationMember.Id, MeetingDay))
            .Should().Throw<DomainRuleException>().Which.Code.Should().Be("decision-signed-off");
        FluentActions.Invoking(() => PanelDecision.Record(NameAnother(), _setting, original, " ", EducationMember.Id, MeetingDay))
            .Should().Throw<DomainRuleException>().Which.Code.Should().Be("supersede-reason-required");
        FluentActions.Invoking(() => PanelDecision.Record(Defer(), _setting, original, "More evidence needed.", EducationMember.Id, MeetingDay))
            .Should().Throw<DomainRuleException>().Which.Code.Should().Be("correction-changes-deferral");

        var correction = PanelDecision.Record(NameAnother(), _setting, original, "The wrong outcome was recorded.", EducationMember.Id, MeetingDay);
        correction.SignOff(_meeting, Chair.Id, MeetingDay);

        correction.SupersedesDecisionId.Should().Be(original.Id);
        _meeting.AgendaItemFor(_case.Id)!.DecisionId.Should().Be(correction.Id);
        original.IsIntact.Should().BeTrue();
    }

    [Test]
    public void A_case_that_is_not_ready_for_panel_is_not_decided()
    {
        _case.ReturnToEvidence("More evidence.", Officer, MeetingDay);

        FluentActions.Invoking(() => PanelDecision.Record(Agree(), _setting, null, null, EducationMember.Id, MeetingDay))
            .Should().Throw<DomainRuleException>().Which.Code.Should().Be("case-not-ready-for-panel");
    }

    [Test]
    public void Each_required_agency_gives_its_view_first()
    {
        var setting = _setting with { Views = Views(_meeting, _case, [EducationMember, HealthMember]) };

        FluentActions.Invoking(() => PanelDecision.Record(Agree(), setting, null, null, EducationMember.Id, MeetingDay))
            .Should().Throw<DomainRuleException>().Which.Code.Should().Be("views-missing");
    }

    [Test]
    public void A_view_from_a_member_not_counted_is_left_out()
    {
        var chairsView = Views(_meeting, _case, [Chair]);
        _meeting.DeclareConflict(EducationMember.Id, _case.Id, "Governor at Brookside.", EducationMember.Id, MeetingDay);

        var decision = PanelDecision.Record(Agree(), _setting with { Views = [.. _setting.Views, .. chairsView] }, null, null, HealthMember.Id, MeetingDay);

        decision.AgencyViews.Should().HaveCount(4).And.NotContain(v => v.MemberId == EducationMember.Id).And.Contain(v => v.MemberId == Chair.Id);
        decision.CountedMembers.Should().NotContain(m => m.UserId == EducationMember.Id);
    }

    [Test]
    public void Every_preference_for_a_setting_is_tested_and_only_the_familys_preferences()
    {
        FluentActions.Invoking(() => PanelDecision.Record(Agree() with { PreferenceTests = [] }, _setting, null, null, EducationMember.Id, MeetingDay))
            .Should().Throw<DomainRuleException>().Which.Code.Should().Be("preference-not-tested");
        FluentActions.Invoking(() => PanelDecision.Record(Agree() with { PreferenceTests = [Test(1), Test(2)] }, _setting, null, null, EducationMember.Id, MeetingDay))
            .Should().Throw<DomainRuleException>().Which.Code.Should().Be("preference-not-found");
    }

    [Test]
    public void A_refusal_needs_a_ground_that_applies()
    {
        var noGround = NameAnother() with { PreferenceTests = [Test(1)] };

        FluentActions.Invoking(() => PanelDecision.Record(noGround, _setting, null, null, EducationMember.Id, MeetingDay))
            .Should().Throw<DomainRuleException>().Which.Code.Should().Be("refusal-without-ground");
    }

    [Test]
    public void A_deferral_needs_no_tests_but_names_what_is_missing()
    {
        PanelDecision.Record(Defer(), _setting, null, null, EducationMember.Id, MeetingDay).Content.IsDeferral.Should().BeTrue();
        FluentActions.Invoking(() => PanelDecision.Record(Defer() with { MissingEvidence = [] }, _setting, null, null, EducationMember.Id, MeetingDay))
            .Should().Throw<DomainRuleException>().Which.Code.Should().Be("missing-evidence-required");
    }

    [Test]
    public void A_draft_counting_a_member_who_has_since_declared_a_conflict_cannot_be_signed_off()
    {
        var decision = PanelDecision.Record(Agree(), _setting, null, null, EducationMember.Id, MeetingDay);
        _meeting.DeclareConflict(SocialCareMember.Id, _case.Id, "Knows the family.", SocialCareMember.Id, MeetingDay);

        FluentActions.Invoking(() => decision.SignOff(_meeting, Chair.Id, MeetingDay))
            .Should().Throw<DomainRuleException>().Which.Code.Should().Be("draft-counts-conflicted-member");
    }
}
