using PanelCaseManager.Domain.PlacementRequests;
using PanelCaseManager.Domain.Timeliness;
using static PanelCaseManager.Domain.Timeliness.ClockEventKind;

namespace PanelCaseManager.Domain.Tests.Timeliness;

/// <summary>The corrected rules of issue 14, one test each, named after the provision; dates counted by hand.</summary>
public class StatutoryRulesTests
{
    private static readonly StatutoryClock Clock = new(
        StatutoryClockRules.Default,
        new WorkingDayCalendar(BankHoliday.EnglandAndWales2025To2028.Select(h => h.Date)));

    private static Milestone Milestone(RequestType type, DateOnly received, MilestoneKind kind, params ClockEventInput[] events) =>
        Clock.MilestonesFor(new ClockInputs(type, received, new DateOnly(2016, 3, 14), events, [])).Single(m => m.Kind == kind);

    [Test]
    public void Reg_13_1_b_the_15_days_for_comments_begin_with_the_day_the_draft_is_served()
    {
        // Served Mon 2 Nov 2026 = day 1; day 15 = Mon 16 Nov 2026 (not Tue 17 Nov, a day too generous).
        var comments = Milestone(RequestType.ChangeOfPlacement, new DateOnly(2026, 10, 1), MilestoneKind.DraftPlanComments, new ClockEventInput(DraftPlanServed, new DateOnly(2026, 11, 2)));

        comments.DueDate.Should().Be(new DateOnly(2026, 11, 16));
        comments.StartedOn.Should().Be(new DateOnly(2026, 11, 2));
    }

    [Test]
    public void CFA_s44_the_first_review_is_within_12_months_starting_with_the_date_of_the_plan()
    {
        // Plan issued Tue 20 Oct 2026: the 12 months starting with it end on Tue 19 Oct 2027 (not 20 Oct, a day late).
        var review = Milestone(RequestType.NewPlan, new DateOnly(2026, 5, 1), MilestoneKind.AnnualReview,
            new ClockEventInput(DecidedToAssess, new DateOnly(2026, 6, 1)), new ClockEventInput(DraftPlanServed, new DateOnly(2026, 9, 1)),
            new ClockEventInput(FinalPlanIssued, new DateOnly(2026, 10, 20)));

        review.DueDate.Should().Be(new DateOnly(2027, 10, 19));
    }

    [Test]
    public void Reg_18_1_a_a_move_from_school_to_a_post_16_institution_after_Year_11_is_due_by_31_March()
    {
        // Born 14 Mar 2009: 17 on 31 Aug 2026, Year 13 at school in 2026/27, moving to college in September 2027 → Wed 31 Mar 2027.
        var transfer = Clock.MilestonesFor(new ClockInputs(RequestType.PhaseTransfer, new DateOnly(2026, 10, 1), new DateOnly(2009, 3, 14), [], []))
            .Single(m => m.Kind == MilestoneKind.PhaseTransferAmendment);

        transfer.DueDate.Should().Be(new DateOnly(2027, 3, 31));
    }

    [Test]
    public void Reg_18_2_a_move_between_post_16_institutions_is_due_5_months_before_it()
    {
        // Born 14 Mar 2009, past Year 11; moving colleges on Mon 10 Jan 2028: back 5 months (Dec, Nov, Oct, Sep, Aug) → Tue 10 Aug 2027.
        var transfer = Clock.MilestonesFor(new ClockInputs(RequestType.PhaseTransfer, new DateOnly(2026, 10, 1), new DateOnly(2009, 3, 14),
                [new ClockEventInput(Post16MovePlanned, new DateOnly(2028, 1, 10))], []))
            .Single(m => m.Kind == MilestoneKind.PhaseTransferAmendment);

        transfer.DueDate.Should().Be(new DateOnly(2027, 8, 10));
    }

    [Test]
    public void HESC_rule_12_a_deadline_in_a_year_without_bank_holidays_is_provisional()
    {
        // Letter Wed 15 Nov 2028 + 2 months = Mon 15 Jan 2029: a working day as far as weekends go, but 2029's bank holidays are unknown.
        var appeal = Milestone(RequestType.ChangeOfPlacement, new DateOnly(2028, 10, 1), MilestoneKind.AppealWindow, new ClockEventInput(DecisionLetterSent, new DateOnly(2028, 11, 15)));

        appeal.DueDate.Should().Be(new DateOnly(2029, 1, 15));
        appeal.Provisional.Should().BeTrue();
        appeal.DependsOnWorkingDays.Should().BeTrue();
    }
}
