using PanelCaseManager.Domain.Children;
using PanelCaseManager.Domain.Common;
using PanelCaseManager.Domain.Plans;
using PanelCaseManager.Domain.Provision;
using PanelCaseManager.Domain.Timeliness;
using PanelCaseManager.Domain.Users;

namespace PanelCaseManager.Domain.Tests.Plans;

/// <summary>
/// An annual review's dates (SEND Regulations 2014 regs 20, 22): the paperwork within 2 weeks of the meeting, the
/// council's decision within 4 weeks of the meeting, the final amended plan within 8 weeks of the proposed amendments.
/// "Within N weeks of" a day counts from the day after: calendar weeks, a weekend or a bank holiday does not move the
/// date. Every date below is counted by hand in its test's name.
/// </summary>
public class AnnualReviewTests
{
    private static readonly DateOnly Today = new(2028, 12, 7);
    private static readonly UserId Officer = new("send-officer");
    private static readonly DateTimeOffset At = new(2028, 12, 7, 10, 0, 0, TimeSpan.Zero);
    private static readonly ReviewPeriods Periods = ReviewPeriods.From(StatutoryClockRules.Default);

    private static DateOnly D(string text) => DateOnly.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

    private static EhcPlan Plan(DateOnly planDate) =>
        EhcPlan.Import(ChildId.New(), new DateOnly(2015, 5, 1), SettingId.New(), planDate, null, Officer, Today, Officer, At);

    private static AnnualReview Held(string meeting) => AnnualReview.Hold(Plan(new DateOnly(2024, 1, 10)), D(meeting), StatutoryClockRules.Default, Today, Officer, At);

    [TestCase("2026-01-30", "2026-02-13", "2026-02-27", TestName = "Meeting Friday 30 January 2026: paperwork by Friday 13 February (14 days on), decision by Friday 27 February (28 days on)")]
    [TestCase("2026-01-31", "2026-02-14", "2026-02-28", TestName = "Meeting Saturday 31 January 2026 (a month end): paperwork by Saturday 14 February, decision by Saturday 28 February; weekends do not move them")]
    [TestCase("2028-02-01", "2028-02-15", "2028-02-29", TestName = "Meeting Tuesday 1 February 2028: decision by Tuesday 29 February 2028, a leap day (1 Feb + 28 days)")]
    [TestCase("2026-06-06", "2026-06-20", "2026-07-04", TestName = "Meeting Saturday 6 June 2026: paperwork by Saturday 20 June, decision by Saturday 4 July")]
    public void The_paperwork_and_the_decision_are_due_2_and_4_calendar_weeks_after_the_meeting(string meeting, string paperwork, string decision)
    {
        var review = Held(meeting);

        review.PaperworkDue(Periods).Should().Be(D(paperwork));
        review.DecisionDue(Periods).Should().Be(D(decision));
    }

    [Test]
    public void Proposed_amendments_sent_on_Monday_14_December_2026_make_the_amended_plan_due_on_Monday_8_February_2027_across_Christmas()
    {
        // 14 Dec + 56 days: 17 days to 31 Dec, 31 in January, 8 in February → 8 February 2027; bank holidays do not count.
        var plan = Plan(new DateOnly(2024, 1, 10));
        var review = AnnualReview.Hold(plan, D("2026-12-01"), StatutoryClockRules.Default, Today, Officer, At);
        review.Decide(plan, ReviewOutcome.Amend, D("2026-12-14"), "Section F changes.", Today, Officer, At);

        review.AmendedPlanDue(Periods).Should().Be(D("2027-02-08"));
    }

    [Test]
    public void An_area_that_configures_other_periods_gets_them()
    {
        // 3 weeks after Friday 30 January 2026: Friday 20 February.
        var review = Held("2026-01-30");

        review.PaperworkDue(Periods with { PaperworkWeeks = 3 }).Should().Be(D("2026-02-20"));
    }

    [Test]
    public void Holding_the_meeting_makes_the_next_review_run_from_it()
    {
        // 12 months starting with 30 January 2026 end on 29 January 2027 (CFA s.44(1)(b)).
        var plan = Plan(new DateOnly(2024, 1, 10));
        var review = AnnualReview.Hold(plan, D("2026-01-30"), StatutoryClockRules.Default, Today, Officer, At);

        review.DueOn.Should().Be(D("2025-01-09"));
        review.HeldOnTime.Should().BeFalse();
        plan.LastReviewDate.Should().Be(D("2026-01-30"));
        plan.ReviewDue(StatutoryClockRules.Default).Should().Be(D("2027-01-29"));
    }

    [Test]
    public void A_meeting_in_the_future_cannot_be_recorded_as_held()
    {
        var hold = () => AnnualReview.Hold(Plan(new DateOnly(2024, 1, 10)), Today.AddDays(1), StatutoryClockRules.Default, Today, Officer, At);

        hold.Should().Throw<DomainRuleException>().Which.Code.Should().Be("meeting-in-future");
    }

    [Test]
    public void The_same_meeting_cannot_be_recorded_twice()
    {
        var plan = Plan(new DateOnly(2024, 1, 10));
        AnnualReview.Hold(plan, D("2026-01-30"), StatutoryClockRules.Default, Today, Officer, At);

        var again = () => AnnualReview.Hold(plan, D("2026-01-30"), StatutoryClockRules.Default, Today, Officer, At);

        again.Should().Throw<DomainRuleException>().Which.Code.Should().Be("meeting-already-recorded");
    }

    [Test]
    public void Paperwork_dated_before_the_meeting_is_refused()
    {
        var review = Held("2026-01-30");

        var send = () => review.ReturnPaperwork(D("2026-01-29"), "Parent, SENCO", null, null, ReviewRecommendation.Maintain, "Progress is good.", Today, Officer, At);

        send.Should().Throw<DomainRuleException>().Which.Code.Should().Be("report-before-meeting");
        review.PaperworkReturnedOn.Should().BeNull();
    }

    [Test]
    public void Paperwork_is_returned_once()
    {
        var review = Held("2026-01-30");
        review.ReturnPaperwork(D("2026-01-30"), "Parent, SENCO", "I like school.", "We agree.", ReviewRecommendation.Maintain, "Progress is good.", Today, Officer, At);

        var again = () => review.ReturnPaperwork(D("2026-01-30"), "Parent", null, null, ReviewRecommendation.Cease, "No.", Today, Officer, At);

        again.Should().Throw<DomainRuleException>().Which.Code.Should().Be("paperwork-already-returned");
        review.Recommendation.Should().Be(ReviewRecommendation.Maintain);
    }

    [Test]
    public void A_decision_to_cease_ends_the_plan_and_nothing_is_decided_after_it()
    {
        var plan = Plan(new DateOnly(2024, 1, 10));
        var review = AnnualReview.Hold(plan, D("2026-01-30"), StatutoryClockRules.Default, Today, Officer, At);
        review.Decide(plan, ReviewOutcome.Cease, D("2026-02-20"), "Outcomes met.", Today, Officer, At);

        plan.CeasedOn.Should().Be(D("2026-02-20"));
        var again = () => review.Decide(plan, ReviewOutcome.Maintain, D("2026-02-21"), "Keep.", Today, Officer, At);
        again.Should().Throw<DomainRuleException>().Which.Code.Should().Be("review-decided");
        var next = () => AnnualReview.Hold(plan, D("2027-01-20"), StatutoryClockRules.Default, Today, Officer, At);
        next.Should().Throw<DomainRuleException>().Which.Code.Should().Be("plan-ceased");
    }

    [Test]
    public void A_decision_on_a_plan_already_ceased_is_refused()
    {
        var plan = Plan(new DateOnly(2024, 1, 10));
        var review = AnnualReview.Hold(plan, D("2026-01-30"), StatutoryClockRules.Default, Today, Officer, At);
        plan.Cease(D("2026-02-01"), Officer, At);

        var decide = () => review.Decide(plan, ReviewOutcome.Maintain, D("2026-02-20"), "Keep.", Today, Officer, At);

        decide.Should().Throw<DomainRuleException>().Which.Code.Should().Be("plan-ceased");
    }

    [Test]
    public void A_decision_told_before_the_meeting_is_refused()
    {
        var plan = Plan(new DateOnly(2024, 1, 10));
        var review = AnnualReview.Hold(plan, D("2026-01-30"), StatutoryClockRules.Default, Today, Officer, At);

        var decide = () => review.Decide(plan, ReviewOutcome.Maintain, D("2026-01-29"), "Keep.", Today, Officer, At);

        decide.Should().Throw<DomainRuleException>().Which.Code.Should().Be("decision-before-meeting");
    }

    [TestCase("2026-02-13", ReviewStanding.AwaitingPaperwork, TestName = "On the paperwork's last day (13 February) it is still awaited")]
    [TestCase("2026-02-14", ReviewStanding.PaperworkLate, TestName = "The day after (14 February) the paperwork is late")]
    public void Where_a_review_stands_without_its_paperwork(string today, ReviewStanding expected)
    {
        var review = AnnualReview.Hold(Plan(new DateOnly(2024, 1, 10)), D("2026-01-30"), StatutoryClockRules.Default, D("2026-01-30"), Officer, At);

        review.Standing(Periods, D(today)).Should().Be(expected);
    }

    [Test]
    public void Where_a_review_stands_from_decision_to_amended_plan()
    {
        var plan = Plan(new DateOnly(2024, 1, 10));
        var review = AnnualReview.Hold(plan, D("2026-01-30"), StatutoryClockRules.Default, Today, Officer, At);
        review.ReturnPaperwork(D("2026-02-02"), "Parent, SENCO", null, null, ReviewRecommendation.Amend, "New targets.", D("2026-02-03"), Officer, At);
        review.Standing(Periods, D("2026-02-27")).Should().Be(ReviewStanding.DecisionDue);
        review.Standing(Periods, D("2026-02-28")).Should().Be(ReviewStanding.DecisionLate);

        // Proposed on Friday 27 February 2026: 8 weeks on is Friday 24 April 2026 (1 day of Feb, 31 of March, 24 of April).
        review.Decide(plan, ReviewOutcome.Amend, D("2026-02-27"), "Section F changes.", Today, Officer, At);
        review.DecisionOnTime(Periods).Should().BeTrue();
        review.AmendedPlanDue(Periods).Should().Be(D("2026-04-24"));
        review.Standing(Periods, D("2026-04-25")).Should().Be(ReviewStanding.AmendedPlanLate);

        review.RecordAmendedPlan(plan, D("2026-04-24"), Today, Officer, At);
        review.AmendedPlanOnTime(Periods).Should().BeTrue();
        review.Standing(Periods, Today).Should().Be(ReviewStanding.Complete);
        plan.LastAmendedOn.Should().Be(D("2026-04-24"));
    }
}
