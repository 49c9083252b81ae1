using PanelCaseManager.Domain.Common;
using PanelCaseManager.Domain.Letters;
using PanelCaseManager.Domain.Panels;
using PanelCaseManager.Domain.PlacementRequests;
using static PanelCaseManager.Domain.Tests.Panels.PanelFactory;

namespace PanelCaseManager.Domain.Tests.Letters;

/// <summary>When a notice carrying the right of appeal may be sent (statutory-framework.md §3, CFA s.51(2)).</summary>
public class AppealableNoticeTests
{
    private static readonly CaseReference Reference = CaseReference.Create(2026, 7);
    private static readonly DateOnly Today = new(2026, 12, 7);

    private PanelMeeting _meeting = null!;
    private PlacementRequest _case = null!;

    [SetUp]
    public void SetUp() => (_meeting, _case) = AtTheMeeting();

    private PanelDecision Signed(DecisionContent content)
    {
        var decision = PanelDecision.Record(content, Setting(_meeting, _case), null, null, EducationMember.Id, MeetingDay);
        decision.SignOff(_meeting, Chair.Id, MeetingDay);
        return decision;
    }

    private NoticeCase Case(RequestType type = RequestType.NewPlan, PanelDecision? decision = null, bool finalPlanRecorded = false, params IssuedLetter[] letters) =>
        new(_case.Id, Reference, type, finalPlanRecorded, letters, decision);

    private static IssuedLetter Send(NoticeCase noticeCase, LetterOutcome notice, string? namedInPlan = "Brookside Special School", string? reasons = null, int number = 1) =>
        IssuedLetter.IssueNotice(noticeCase, notice, new NoticeContent(namedInPlan, reasons), number, 2, Today, Today.AddMonths(2), "Siân Llewelyn-Jones",
            new string('a', 64), new string('c', 64), 1000, 2, Officer, Now);

    private static string? CodeOf(LetterOutcome notice, NoticeCase noticeCase, string? namedInPlan = "Brookside Special School", string? reasons = null) =>
        AppealableNotices.Check(notice, noticeCase, new NoticeContent(namedInPlan, reasons))?.Code;

    [Test]
    public void A_final_plan_notice_before_a_signed_off_decision_is_refused()
    {
        var draft = PanelDecision.Record(Agree(), Setting(_meeting, _case), null, null, EducationMember.Id, MeetingDay);

        CodeOf(LetterOutcome.FinalPlanNotice, Case()).Should().Be("notice-needs-decision");
        CodeOf(LetterOutcome.FinalPlanNotice, Case(decision: draft)).Should().Be("notice-needs-decision", "a draft is not yet the panel's decision");
        FluentActions.Invoking(() => Send(Case(), LetterOutcome.FinalPlanNotice))
            .Should().Throw<DomainRuleException>().Which.Message.Should().Contain("no signed-off decision");
    }

    [Test]
    public void A_final_plan_notice_follows_the_signed_off_decision_and_gives_the_appeal_deadline()
    {
        var decision = Signed(Agree());

        var notice = Send(Case(decision: decision), LetterOutcome.FinalPlanNotice);

        notice.IsNotice.Should().BeTrue();
        notice.DecisionId.Should().BeNull("a notice is not the decision's own letter");
        notice.BasedOnDecisionId.Should().Be(decision.Id);
        notice.NamedInPlan.Should().Be("Brookside Special School");
        notice.AppealDeadline.Should().Be(new DateOnly(2027, 2, 7));
        notice.Reference.Should().Be("PR-2026-000007-L1");
        notice.DomainEvents.Should().ContainSingle().Which.Should().BeOfType<AppealableNoticeIssued>()
            .Which.AppealDeadline.Should().Be(new DateOnly(2027, 2, 7));
    }

    [Test]
    public void A_second_final_plan_notice_is_refused()
    {
        var decision = Signed(Agree());
        var first = Send(Case(decision: decision), LetterOutcome.FinalPlanNotice);

        var again = AppealableNotices.Check(LetterOutcome.FinalPlanNotice, Case(decision: decision, letters: first), new NoticeContent("Brookside Special School", null));

        again!.Code.Should().Be("notice-already-issued");
        again.Message.Should().Contain("7 December 2026").And.Contain(first.Reference);
        CodeOf(LetterOutcome.FinalPlanNotice, Case(decision: decision, finalPlanRecorded: true)).Should().Be("notice-already-issued", "the plan was recorded as issued outside the service");
    }

    [Test]
    public void A_child_who_has_a_plan_gets_a_new_final_plan_only_after_a_re_assessment()
    {
        var decision = Signed(Agree());

        CodeOf(LetterOutcome.FinalPlanNotice, Case(RequestType.PhaseTransfer, decision)).Should().Be("notice-not-for-request-type");
        CodeOf(LetterOutcome.FinalPlanNotice, Case(RequestType.PhaseTransfer, decision) with { ReassessmentRequested = true }).Should().BeNull();
    }

    [Test]
    public void An_amended_plan_notice_on_a_case_without_a_plan_is_refused()
    {
        var decision = Signed(Agree());

        CodeOf(LetterOutcome.FinalAmendedPlanNotice, Case(RequestType.NewPlan, decision)).Should().Be("case-has-no-plan");
        CodeOf(LetterOutcome.FinalAmendedPlanNotice, Case(RequestType.AmendmentAfterAnnualReview, decision)).Should().BeNull("the child already has a plan");
        var finalPlan = Send(Case(decision: decision), LetterOutcome.FinalPlanNotice);
        CodeOf(LetterOutcome.FinalAmendedPlanNotice, Case(RequestType.NewPlan, decision, letters: finalPlan)).Should().BeNull("the new plan has been issued");
    }

    [TestCase(LetterOutcome.RefusalToReassessNotice)]
    [TestCase(LetterOutcome.RefusalToAmendNotice)]
    [TestCase(LetterOutcome.CessationNotice)]
    public void Refusing_to_re_assess_or_amend_or_ceasing_needs_a_plan_and_reasons(LetterOutcome notice)
    {
        CodeOf(notice, Case(RequestType.NewPlan), reasons: "Nothing has changed.").Should().Be("case-has-no-plan");
        CodeOf(notice, Case(RequestType.PhaseTransfer), reasons: " ").Should().Be("reasons-required");
        CodeOf(notice, Case(RequestType.PhaseTransfer), reasons: "Nothing has changed since the review.").Should().BeNull();
    }

    [TestCase(LetterOutcome.RefusalToAssessNotice)]
    [TestCase(LetterOutcome.RefusalToIssueNotice)]
    public void Refusing_to_assess_or_to_issue_answers_only_a_request_for_a_new_plan(LetterOutcome notice)
    {
        CodeOf(notice, Case(RequestType.ChangeOfPlacement), reasons: "The school can meet the needs.").Should().Be("notice-not-for-request-type");
        CodeOf(notice, Case(RequestType.NewPlan), reasons: "The school can meet the needs.").Should().BeNull();
        CodeOf(notice, Case(RequestType.NewPlan, finalPlanRecorded: true), reasons: "The school can meet the needs.").Should().Be("plan-already-issued");
    }

    [Test]
    public void A_refusal_to_issue_follows_a_decision_refusing_to_issue_and_takes_its_reasons()
    {
        var refusal = new DecisionContent(DecisionOutcome.Decline, "The school can meet the needs with its own resources.", null, null, null, [],
            [Test(1, Section39Ground.Unsuitable)], null, RefusesToIssuePlan: true);
        var decision = Signed(refusal);

        CodeOf(LetterOutcome.RefusalToIssueNotice, Case(decision: decision), reasons: null).Should().BeNull("the decision gives the reasons");
        AppealableNotices.BasisOf(LetterOutcome.RefusalToIssueNotice, decision).Should().BeSameAs(decision);
        AppealableNotices.BasisOf(LetterOutcome.FinalPlanNotice, decision).Should().BeNull("a refusal names no placement");
        CodeOf(LetterOutcome.FinalPlanNotice, Case(decision: decision)).Should().Be("notice-needs-decision");
    }

    [Test]
    public void A_refusal_to_issue_contradicting_a_decision_that_places_the_child_is_refused() =>
        CodeOf(LetterOutcome.RefusalToIssueNotice, Case(decision: Signed(Agree())), reasons: "No plan is needed.").Should().Be("notice-contradicts-decision");

    [Test]
    public void A_plan_notice_names_the_school_or_type_in_the_plan()
    {
        var decision = Signed(Agree());

        CodeOf(LetterOutcome.FinalPlanNotice, Case(decision: decision), namedInPlan: "  ").Should().Be("named-in-plan-required");
        CodeOf(LetterOutcome.FinalPlanNotice, Case(decision: decision), namedInPlan: new string('x', IssuedLetter.NamedInPlanMaxLength + 1)).Should().Be("named-in-plan-too-long");
    }

    [Test]
    public void No_final_plan_after_a_refusal_to_assess()
    {
        var decision = Signed(Agree());
        var refused = Send(Case(), LetterOutcome.RefusalToAssessNotice, reasons: "The school can meet the needs.");

        CodeOf(LetterOutcome.FinalPlanNotice, Case(decision: decision, letters: refused)).Should().Be("plan-refused");
    }

    [Test]
    public void A_decision_letter_is_not_a_notice_and_gives_no_appeal_deadline()
    {
        var decision = Signed(Agree());

        var letter = IssuedLetter.Issue(decision, Reference, 1, LetterOutcome.AgreePreference, 2, Today, "Siân", new string('b', 64), null, 100, 1, null, Officer, Now);

        letter.IsNotice.Should().BeFalse();
        letter.AppealDeadline.Should().BeNull();
        FluentActions.Invoking(() => IssuedLetter.Issue(decision, Reference, 1, LetterOutcome.FinalPlanNotice, 2, Today, "Siân", new string('b', 64), null, 100, 1, null, Officer, Now))
            .Should().Throw<ArgumentException>();
        AppealableNotices.Check(LetterOutcome.AgreePreference, Case(decision: decision), new NoticeContent(null, null))!.Code.Should().Be("not-a-notice");
    }
}
