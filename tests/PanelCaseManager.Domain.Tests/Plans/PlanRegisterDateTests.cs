using PanelCaseManager.Domain.Children;
using PanelCaseManager.Domain.Common;
using PanelCaseManager.Domain.PlacementRequests;
using PanelCaseManager.Domain.Plans;
using PanelCaseManager.Domain.Provision;
using PanelCaseManager.Domain.Timeliness;
using PanelCaseManager.Domain.Users;

namespace PanelCaseManager.Domain.Tests.Plans;

/// <summary>
/// CFA 2014 s.44(1): a plan is reviewed within 12 months starting with the day it was made, then with the day of each
/// review; reg 18: the plans of children moving between phases are amended by 15 February (31 March for school to
/// post-16) of the year of the move. Every date below is counted by hand in its comment.
/// </summary>
public class PlanRegisterDateTests
{
    private static readonly DateOnly Today = new(2026, 12, 7);
    private static readonly UserId Officer = new("send-officer");
    private static readonly DateTimeOffset At = new(2026, 12, 7, 10, 0, 0, TimeSpan.Zero);

    private static EhcPlan Imported(DateOnly planDate, DateOnly? lastReview) =>
        EhcPlan.Import(ChildId.New(), new DateOnly(2015, 5, 1), SettingId.New(), planDate, lastReview, Officer, Today, Officer, At);

    [TestCase("2026-03-15", null, "2027-03-14", TestName = "s.44(1)(a): 12 months starting with 15 March 2026 end on 14 March 2027")]
    [TestCase("2025-12-31", null, "2026-12-30", TestName = "s.44(1)(a): 12 months starting with 31 December 2025 end on 30 December 2026")]
    [TestCase("2024-02-29", null, "2025-02-28", TestName = "s.44(1)(a): a plan made on 29 February 2024 has no 29 February 2025; its months end on 28 February 2025")]
    [TestCase("2023-03-01", null, "2024-02-29", TestName = "s.44(1)(a): 12 months starting with 1 March 2023 end on 29 February 2024, a leap day")]
    [TestCase("2022-01-10", "2025-11-30", "2026-11-29", TestName = "s.44(1)(b): after a review on 30 November 2025 the next is due by 29 November 2026, whatever the plan's date")]
    [TestCase("2020-09-01", "2026-02-28", "2027-02-27", TestName = "s.44(1)(b): 12 months starting with Saturday 28 February 2026 end on Saturday 27 February 2027; a weekend does not move it")]
    public void The_next_review_is_due_on_the_last_day_of_the_12_months(string planDate, string? lastReview, string expected)
    {
        var plan = Imported(DateOnly.Parse(planDate, System.Globalization.CultureInfo.InvariantCulture), lastReview is null ? null : DateOnly.Parse(lastReview, System.Globalization.CultureInfo.InvariantCulture));

        plan.ReviewDue(StatutoryClockRules.Default).Should().Be(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Test]
    public void An_area_that_configures_a_shorter_review_period_gets_it()
    {
        // 6 months starting with 15 March 2026: 15 Mar–14 Sep 2026.
        var plan = Imported(new DateOnly(2026, 3, 15), null);

        plan.ReviewDue(StatutoryClockRules.Default with { AnnualReviewMonths = 6 }).Should().Be(new DateOnly(2026, 9, 14));
    }

    [Test]
    public void A_plan_dated_in_the_future_is_refused()
    {
        var import = () => Imported(Today.AddDays(1), null);

        import.Should().Throw<DomainRuleException>().Which.Code.Should().Be("plan-date-in-future");
    }

    [Test]
    public void A_review_before_the_plan_was_made_is_refused_naming_both_dates()
    {
        var problems = EhcPlan.DateProblems(new DateOnly(2015, 5, 1), new DateOnly(2024, 3, 1), new DateOnly(2024, 2, 29), Today).ToList();

        problems.Should().ContainSingle().Which.Message.Should().Be("The last review date 29 February 2024 is before the plan date 1 March 2024.");
    }

    [Test]
    public void A_review_in_the_future_and_a_plan_before_birth_are_both_reported()
    {
        var problems = EhcPlan.DateProblems(new DateOnly(2015, 5, 1), new DateOnly(2015, 4, 30), new DateOnly(2026, 12, 8), Today).ToList();

        problems.Select(p => p.Code).Should().Equal("plan-date-before-birth", "review-date-in-future");
    }

    [Test]
    public void An_amended_plan_names_the_new_setting_and_keeps_the_review_date()
    {
        var plan = Imported(new DateOnly(2024, 3, 15), new DateOnly(2026, 3, 10));
        var college = SettingId.New();

        plan.RecordAmendedPlan(college, "Northfield College", new DateOnly(2026, 3, 31), Officer, At);

        plan.SettingId.Should().Be(college);
        plan.LastAmendedOn.Should().Be(new DateOnly(2026, 3, 31));
        // Still 12 months starting with the review on 10 March 2026: 9 March 2027.
        plan.ReviewDue(StatutoryClockRules.Default).Should().Be(new DateOnly(2027, 3, 9));
    }

    [Test]
    public void A_plan_finalised_in_the_service_is_dated_by_its_notice()
    {
        var plan = EhcPlan.FinalisedIn(PlacementRequestId.New(), ChildId.New(), null, "Brookside Special School", new DateOnly(2026, 12, 31), Officer, Officer, At);

        plan.Source.Should().Be(PlanSource.FinalisedInService);
        // 12 months starting with Thursday 31 December 2026 end on Thursday 30 December 2027 (a working day; no bank holiday moves it).
        plan.ReviewDue(StatutoryClockRules.Default).Should().Be(new DateOnly(2027, 12, 30));
    }

    [Test]
    public void Reg_18_the_cohort_of_September_2027_is_the_year_groups_of_2026_27_with_their_dates()
    {
        var cohort = PhaseTransferCohort.For(StatutoryClockRules.Default, 2027);

        // In 2026/27 Year Y is aged Y + 4 on 31 August 2026: the year before Reception (−1) born 1 Sep 2022–31 Aug 2023;
        // Year 2 born 1 Sep 2019–31 Aug 2020; Year 6 born 1 Sep 2015–31 Aug 2016; Year 11 born 1 Sep 2010–31 Aug 2011.
        cohort.YearGroups.Select(g => (g.Year.Number, g.Phase, g.BornFrom, g.BornTo, g.Deadline)).Should().Equal(
            (-1, TransferPhase.IntoSchool, new DateOnly(2022, 9, 1), new DateOnly(2023, 8, 31), new DateOnly(2027, 2, 15)),
            (2, TransferPhase.WithinPrimary, new DateOnly(2019, 9, 1), new DateOnly(2020, 8, 31), new DateOnly(2027, 2, 15)),
            (6, TransferPhase.IntoSecondary, new DateOnly(2015, 9, 1), new DateOnly(2016, 8, 31), new DateOnly(2027, 2, 15)),
            (11, TransferPhase.IntoPost16, new DateOnly(2010, 9, 1), new DateOnly(2011, 8, 31), new DateOnly(2027, 3, 31)));
    }

    [TestCase("2015-09-01", 6, TestName = "Born 1 September 2015: 10 on 31 August 2026, Year 6 in 2026/27, the first of the year group")]
    [TestCase("2016-08-31", 6, TestName = "Born 31 August 2016: 10 on 31 August 2026, Year 6, the last of the year group")]
    [TestCase("2016-02-29", 6, TestName = "Born 29 February 2016 (leap day): 10 on 31 August 2026, Year 6")]
    [TestCase("2010-09-01", 11, TestName = "Born 1 September 2010: 15 on 31 August 2026, Year 11, moving to post-16 by 31 March 2027")]
    public void A_child_belongs_to_the_year_group_their_birthday_puts_them_in(string born, int year)
    {
        var dob = DateOnly.Parse(born, System.Globalization.CultureInfo.InvariantCulture);
        var cohort = PhaseTransferCohort.For(StatutoryClockRules.Default, 2027);

        cohort.GroupOf(dob)!.Year.Number.Should().Be(year);
        SchoolYear.For(dob, cohort.TransferYearStarts).Number.Should().Be(year, "the cohort's ranges agree with the year group rule");
    }

    [TestCase("2015-08-31", TestName = "Born 31 August 2015: Year 7 in 2026/27, already moved")]
    [TestCase("2016-09-01", TestName = "Born 1 September 2016: Year 5 in 2026/27, moves the year after")]
    public void A_child_one_day_either_side_of_a_transfer_year_is_not_in_the_cohort(string born)
    {
        PhaseTransferCohort.For(StatutoryClockRules.Default, 2027).GroupOf(DateOnly.Parse(born, System.Globalization.CultureInfo.InvariantCulture)).Should().BeNull();
    }

    [Test]
    public void A_child_is_in_one_cohort_only()
    {
        // Born 1 March 2016: Year 6 in 2026/27 (cohort 2027); in 2025/26 Year 5 and in 2027/28 Year 7, in neither cohort.
        var dob = new DateOnly(2016, 3, 1);

        Enumerable.Range(2020, 15).Where(september => PhaseTransferCohort.For(StatutoryClockRules.Default, september).GroupOf(dob)?.Year.Number == 6)
            .Should().Equal(2027);
    }

    // 15 February 2027 is a Monday; 31 March 2027 a Wednesday. At-risk window: 70 days.
    [TestCase("2027-02-16", null, false, TransferStanding.Late, TestName = "No amended plan on Tuesday 16 February 2027, the day after the date: late")]
    [TestCase("2027-02-15", null, false, TransferStanding.AtRisk, TestName = "No amended plan on the statutory day itself: 0 days left, at risk, not yet late")]
    [TestCase("2026-12-08", null, false, TransferStanding.AtRisk, TestName = "8 December 2026 to 15 February 2027 is 69 days, fewer than 70, and no decision: at risk")]
    [TestCase("2026-12-07", null, false, TransferStanding.OnTrack, TestName = "7 December 2026 to 15 February 2027 is 70 days: not fewer than 70, on track")]
    [TestCase("2027-02-01", null, true, TransferStanding.OnTrack, TestName = "Decided by the panel with 14 days left: on track for the notice")]
    [TestCase("2027-03-01", "2027-02-15", false, TransferStanding.OnTrack, TestName = "Amended plan issued on 15 February itself: on time")]
    [TestCase("2027-03-01", "2027-02-16", true, TransferStanding.Late, TestName = "Amended plan issued on 16 February: late for good")]
    public void Reg_18_a_transfer_stands_by_the_days_left_to_15_February(string today, string? issued, bool decided, TransferStanding expected)
    {
        var standing = PhaseTransferCohort.Standing(
            new DateOnly(2027, 2, 15),
            DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture),
            issued is null ? null : DateOnly.Parse(issued, System.Globalization.CultureInfo.InvariantCulture),
            decided,
            atRiskDays: 70);

        standing.Should().Be(expected);
    }

    [Test]
    public void Reg_18_a_configured_transfer_date_moves_every_deadline_of_its_kind()
    {
        var rules = StatutoryClockRules.Default with { PhaseTransferDeadline = new MonthDay(1, 31), Post16TransferDeadline = new MonthDay(2, 28) };

        var cohort = PhaseTransferCohort.For(rules, 2028);

        cohort.YearGroups.Where(g => g.Phase != TransferPhase.IntoPost16).Select(g => g.Deadline).Distinct().Should().Equal(new DateOnly(2028, 1, 31));
        cohort.YearGroups.Single(g => g.Phase == TransferPhase.IntoPost16).Deadline.Should().Be(new DateOnly(2028, 2, 28));
    }
}
