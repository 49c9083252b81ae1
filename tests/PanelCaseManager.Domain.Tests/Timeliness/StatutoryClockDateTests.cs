using PanelCaseManager.Domain.Common;
using PanelCaseManager.Domain.PlacementRequests;
using PanelCaseManager.Domain.Timeliness;
using PanelCaseManager.Domain.Users;
using static PanelCaseManager.Domain.Timeliness.ClockEventKind;

namespace PanelCaseManager.Domain.Tests.Timeliness;

/// <summary>
/// Hand-checked statutory dates. Each case says, in its comment, how the expected date was counted on a calendar
/// (weekdays checked against a printed calendar); bank holidays are England and Wales 2025–2028.
/// </summary>
public class StatutoryClockDateTests
{
    private static readonly DateOnly Born2016 = new(2016, 3, 14);

    private static readonly StatutoryClock Clock = new(
        StatutoryClockRules.Default,
        new WorkingDayCalendar(BankHoliday.EnglandAndWales2025To2028.Select(h => h.Date)));

    private static IEnumerable<TestCaseData> Cases()
    {
        // --- Weeks from the received date (6 weeks = 42 days, 16 = 112, 20 = 140) ---
        // Mon 5 Jan 2026 + 42: 26 days to 31 Jan, 16 more → Mon 16 Feb 2026.
        yield return Due("6 weeks to decide whether to assess", RequestType.NewPlan, "2026-01-05", MilestoneKind.DecisionToAssess, "2026-02-16");
        // 5 Jan + 140: 31 Jan (26), 28 Feb (54), 31 Mar (85), 30 Apr (115), 25 May (140) → Spring bank holiday; a plan deadline does not move.
        yield return Due("20-week final plan on a bank holiday stays put", RequestType.NewPlan, "2026-01-05", MilestoneKind.FinalPlan, "2026-05-25");
        // 5 Jan + 112: 31 Jan (26), 28 Feb (54), 31 Mar (85), 27 Apr (112).
        yield return Due("16 weeks to notify a decision not to issue", RequestType.NewPlan, "2026-01-05", MilestoneKind.DecisionWhetherToIssue, "2026-04-27");
        // 20 Jan 2028 + 42: 31 Jan (11), 29 Feb (40, leap year), 2 Mar (42).
        yield return Due("6 weeks across a leap-year February", RequestType.NewPlan, "2028-01-20", MilestoneKind.DecisionToAssess, "2028-03-02");
        // 20 Jan 2027 + 42: 31 Jan (11), 28 Feb (39), 3 Mar (42).
        yield return Due("6 weeks across an ordinary February", RequestType.NewPlan, "2027-01-20", MilestoneKind.DecisionToAssess, "2027-03-03");
        // 20 Dec 2027 + 42: 31 Dec (11), 31 Jan 2028 (42).
        yield return Due("6 weeks across the new year", RequestType.NewPlan, "2027-12-20", MilestoneKind.DecisionToAssess, "2028-01-31");
        // 29 Feb 2028 + 140: 31 Mar (31), 30 Apr (61), 31 May (92), 30 Jun (122), 18 Jul (140).
        yield return Due("20 weeks from 29 February", RequestType.NewPlan, "2028-02-29", MilestoneKind.FinalPlan, "2028-07-18");
        // 1 Mar 2026 + 42 across the clocks going forward on 29 Mar: 31 Mar (30), 12 Apr (42); dates carry no hours to lose.
        yield return Due("6 weeks across the spring DST change", RequestType.NewPlan, "2026-03-01", MilestoneKind.DecisionToAssess, "2026-04-12");
        // 1 Oct 2026 + 42 across the clocks going back on 25 Oct: 31 Oct (30), 12 Nov (42).
        yield return Due("6 weeks across the autumn DST change", RequestType.NewPlan, "2026-10-01", MilestoneKind.DecisionToAssess, "2026-11-12");
        // 31 Jan 2026 + 42: 28 Feb (28), 14 Mar (42).
        yield return Due("6 weeks from a month end", RequestType.NewPlan, "2026-01-31", MilestoneKind.DecisionToAssess, "2026-03-14");

        // --- Agency advice: 6 weeks from the agency's receipt of the request ---
        // 10 Feb 2026 + 42: 28 Feb (18), 24 Mar (42).
        yield return Due("health advice 6 weeks from its request", RequestType.NewPlan, "2026-01-05", MilestoneKind.AgencyAdvice, "2026-03-24",
            Agency.Health, Assessed("2026-02-01"), E(AdviceRequested, "2026-02-10", Agency.Health));
        // 10 Feb 2028 + 42: 29 Feb (19), 23 Mar (42).
        yield return Due("EP advice across a leap day", RequestType.ChangeOfPlacement, "2028-01-10", MilestoneKind.AgencyAdvice, "2028-03-23",
            Agency.EducationalPsychology, E(AdviceRequested, "2028-02-10", Agency.EducationalPsychology));

        // A calendar-day deadline in 2029 is not provisional: it never depends on bank holidays. 1 Mar 2029 + 140:
        // 30 to 31 Mar, 60 to 30 Apr, 91 to 31 May, 121 to 30 Jun, 19 more → Thu 19 Jul 2029.
        yield return Due("20 weeks into a year without bank holidays is still final", RequestType.NewPlan, "2029-03-01", MilestoneKind.FinalPlan, "2029-07-19");
        // 6 weeks from a Saturday end on a Saturday and stay there: Sat 3 Jan 2026 + 42: 28 days to 31 Jan, 14 more → Sat 14 Feb.
        yield return Due("6 weeks from a Saturday end on a Saturday, not moved", RequestType.NewPlan, "2026-01-03", MilestoneKind.DecisionToAssess, "2026-02-14");
        // 16 weeks over Christmas: 1 Sep 2026 + 112: 29 to 30 Sep, 60 to 31 Oct, 90 to 30 Nov, 112 → Tue 22 Dec 2026.
        yield return Due("16 weeks from 1 September", RequestType.NewPlan, "2026-09-01", MilestoneKind.DecisionWhetherToIssue, "2026-12-22");
        // 20 weeks ending in the Christmas period, not moved (the Christmas rule is the Tribunal's, for appeals only):
        // 7 Aug 2026 + 140: 24 to 31 Aug, 54 to 30 Sep, 85 to 31 Oct, 115 to 30 Nov, 25 more → Fri 25 Dec 2026.
        yield return Due("20 weeks ending on Christmas Day stay there", RequestType.NewPlan, "2026-08-07", MilestoneKind.FinalPlan, "2026-12-25");

        // --- Comments on the draft: at least 15 days beginning with the day it is served (reg 13(1)(b)) ---
        // Served 20 Dec 2026 is day 1: 20–31 Dec are days 1–12, 1–3 Jan 2027 days 13–15 → Sun 3 Jan; no Christmas rule here.
        yield return Due("15 days beginning with the day the draft is served, over Christmas", RequestType.ChangeOfPlacement, "2026-11-01", MilestoneKind.DraftPlanComments, "2027-01-03",
            null, E(DraftPlanServed, "2026-12-20"));
        // Served 20 Feb 2028 is day 1: 20–29 Feb are days 1–10 (leap year), 1–5 Mar days 11–15 → Sun 5 Mar.
        yield return Due("15 days beginning with the day served, across a leap day", RequestType.PhaseTransfer, "2027-11-01", MilestoneKind.DraftPlanComments, "2028-03-05",
            null, E(DraftPlanServed, "2028-02-20"));
        // Served 31 Jan 2027 is day 1; 1–14 Feb are days 2–15 → Sun 14 Feb.
        yield return Due("15 days beginning with the day served, from a month end", RequestType.ChangeOfPlacement, "2027-01-04", MilestoneKind.DraftPlanComments, "2027-02-14",
            null, E(DraftPlanServed, "2027-01-31"));
        // Served Fri 1 May 2026 is day 1: day 15 is Fri 15 May; the Early May bank holiday (4 May) changes nothing.
        yield return Due("15 days beginning with the day served count weekends and bank holidays", RequestType.ChangeOfPlacement, "2026-04-01", MilestoneKind.DraftPlanComments, "2026-05-15",
            null, E(DraftPlanServed, "2026-05-01"));

        // --- A consulted setting's reply: 15 days from the day after it was consulted (guidance) ---
        // 20 Aug 2026 + 15: 31 Aug (11), 4 Sep (15); no August rule for a setting's reply.
        yield return Due("15 days for a consulted setting to reply", RequestType.ChangeOfPlacement, "2026-08-01", MilestoneKind.SettingConsultation, "2026-09-04",
            null, E(SettingConsultationSent, "2026-08-20"));

        // --- Re-assessment (14 weeks = 98 days) and amendments (8 weeks = 56 days) ---
        // 2 Mar 2026 + 98: 31 Mar (29), 30 Apr (59), 31 May (90), 8 Jun (98).
        yield return Due("14 weeks for the final plan after a re-assessment", RequestType.ChangeOfPlacement, "2026-03-01", MilestoneKind.FinalPlanAfterReassessment, "2026-06-08",
            null, E(ReassessmentRequested, "2026-03-02"));
        // 8 Jul 2026 + 56: 31 Jul (23), 31 Aug (54), 2 Sep (56).
        yield return Due("8 weeks for the final amended plan", RequestType.AmendmentAfterAnnualReview, "2026-06-01", MilestoneKind.AmendedFinalPlan, "2026-09-02",
            null, E(AmendmentsProposed, "2026-07-08"));

        // --- Annual review: within the 12 months starting with the plan's date (CFA s.44(1)), and its 2/4-week steps ---
        // 12 months starting with 15 Mar 2026 end the day before the corresponding date 15 Mar 2027 → Sun 14 Mar 2027.
        yield return Due("annual review within 12 months starting with the final plan", RequestType.NewPlan, "2025-10-01", MilestoneKind.AnnualReview, "2027-03-14",
            null, Assessed("2025-11-01"), E(DraftPlanServed, "2026-01-10"), E(FinalPlanIssued, "2026-03-15"));
        // Starting with 29 Feb 2028: 2029 has no 29 Feb, so the period ends on the last day of February, Wed 28 Feb 2029.
        yield return Due("annual review from 29 February ends on 28 February", RequestType.NewPlan, "2027-11-01", MilestoneKind.AnnualReview, "2029-02-28",
            null, Assessed("2027-12-01"), E(DraftPlanServed, "2028-01-10"), E(FinalPlanIssued, "2028-02-29"));
        // Starting with 28 Feb 2027: the corresponding date is 28 Feb 2028, so the day before, 27 Feb 2028 (not the month end).
        yield return Due("annual review from 28 February ends on the 27th in a leap year", RequestType.NewPlan, "2026-10-01", MilestoneKind.AnnualReview, "2028-02-27",
            null, Assessed("2026-11-01"), E(DraftPlanServed, "2027-01-10"), E(FinalPlanIssued, "2027-02-28"));
        // Starting with 1 Mar 2027: the day before 1 Mar 2028 is the leap day, Tue 29 Feb 2028.
        yield return Due("annual review from 1 March ends on the leap day", RequestType.NewPlan, "2026-10-01", MilestoneKind.AnnualReview, "2028-02-29",
            null, Assessed("2026-11-01"), E(DraftPlanServed, "2027-01-10"), E(FinalPlanIssued, "2027-03-01"));
        // Starting with 31 Jan 2027: corresponding date 31 Jan 2028 exists → Sun 30 Jan 2028.
        yield return Due("annual review from a month end ends the day before its corresponding date", RequestType.NewPlan, "2026-09-01", MilestoneKind.AnnualReview, "2028-01-30",
            null, Assessed("2026-10-01"), E(DraftPlanServed, "2026-12-10"), E(FinalPlanIssued, "2027-01-31"));
        // Meeting Wed 10 Jun 2026 - 14 days = Wed 27 May.
        yield return Due("review notice 2 weeks before the meeting", RequestType.AmendmentAfterAnnualReview, "2026-05-01", MilestoneKind.ReviewNotice, "2026-05-27",
            null, E(AnnualReviewMeetingScheduled, "2026-06-10"));
        // 10 Jun 2026 + 14 = 24 Jun.
        yield return Due("review report 2 weeks after the meeting", RequestType.AmendmentAfterAnnualReview, "2026-05-01", MilestoneKind.ReviewReport, "2026-06-24",
            null, E(AnnualReviewMeetingHeld, "2026-06-10"));
        // 10 Jun 2026 + 28: 30 Jun (20), 8 Jul (28).
        yield return Due("review decision 4 weeks after the meeting", RequestType.AmendmentAfterAnnualReview, "2026-05-01", MilestoneKind.ReviewDecision, "2026-07-08",
            null, E(AnnualReviewMeetingHeld, "2026-06-10"));

        // --- Phase transfer: 15 February (31 March for post-16) of the transfer year, even on a weekend ---
        // Born 10 Mar 2015: 10 on 31 Aug 2025, so Year 6 in 2025/26; transfers Sep 2026; 15 Feb 2026 is a Sunday and stays.
        yield return Due("15 February on a Sunday stays 15 February", RequestType.PhaseTransfer, "2025-10-01", MilestoneKind.PhaseTransferAmendment, "2026-02-15",
            null, Born("2015-03-10"));
        // Same child, request received in May 2026: still the 2025/26 year, so the same deadline, already passed.
        yield return Due("a transfer request received after 15 February keeps that year's date", RequestType.PhaseTransfer, "2026-05-01", MilestoneKind.PhaseTransferAmendment, "2026-02-15",
            null, Born("2015-03-10"));
        // Born 10 Mar 2016: 10 on 31 Aug 2026, Year 6 in 2026/27; transfers Sep 2027 → Mon 15 Feb 2027.
        yield return Due("primary to secondary transfer", RequestType.PhaseTransfer, "2026-09-15", MilestoneKind.PhaseTransferAmendment, "2027-02-15",
            null, Born("2016-03-10"));
        // Born 20 Jan 2010: 15 on 31 Aug 2025, Year 11 in 2025/26 → post-16 by Tue 31 Mar 2026.
        yield return Due("secondary to post-16 transfer by 31 March", RequestType.PhaseTransfer, "2025-11-03", MilestoneKind.PhaseTransferAmendment, "2026-03-31",
            null, Born("2010-01-20"));
        // Born 15 Oct 2010: 15 on 31 Aug 2026; received 1 Sep 2026, the first day of 2026/27 (Year 11) → 31 Mar 2027.
        yield return Due("a request received on 1 September belongs to the new academic year", RequestType.PhaseTransfer, "2026-09-01", MilestoneKind.PhaseTransferAmendment, "2027-03-31",
            null, Born("2010-10-15"));
        // Born 1 Jun 2022: 3 on 31 Aug 2025, early years in 2025/26; starts school Sep 2026 → 15 Feb 2026.
        yield return Due("early years to reception transfer", RequestType.PhaseTransfer, "2025-11-10", MilestoneKind.PhaseTransferAmendment, "2026-02-15",
            null, Born("2022-06-01"));
        // Born 31 Aug 2015 (youngest in the year): 10 on 31 Aug 2025, Year 6 → 15 Feb 2026 (a Sunday, kept).
        yield return Due("a child born on 31 August is the youngest of their year", RequestType.PhaseTransfer, "2025-12-01", MilestoneKind.PhaseTransferAmendment, "2026-02-15",
            null, Born("2015-08-31"));
        // Born 10 Mar 2019: 6 on 31 Aug 2025, Year 2 in 2025/26 (infant to junior) → 15 Feb 2026.
        yield return Due("infant to junior transfer after Year 2", RequestType.PhaseTransfer, "2025-10-01", MilestoneKind.PhaseTransferAmendment, "2026-02-15",
            null, Born("2019-03-10"));
        // Born 20 Jan 2009: 16 on 31 Aug 2025, Year 12 in 2025/26; a school sixth form to a college is still school to post-16 → Tue 31 Mar 2026.
        yield return Due("Year 12 at school to a college gets 31 March", RequestType.PhaseTransfer, "2025-11-03", MilestoneKind.PhaseTransferAmendment, "2026-03-31",
            null, Born("2009-01-20"));
        // Born 20 Jan 2008: 17 on 31 Aug 2025, Year 13, moving between colleges on Tue 1 Sep 2026: 5 months before → Wed 1 Apr 2026.
        yield return Due("a move between post-16 institutions 5 months ahead", RequestType.PhaseTransfer, "2025-11-03", MilestoneKind.PhaseTransferAmendment, "2026-04-01",
            null, Born("2008-01-20"), E(Post16MovePlanned, "2026-09-01"));
        // Move on Fri 31 Jul 2026: 5 months before is 31 Feb, which does not exist; 28 Feb is the last day at least 5 months before → Sat 28 Feb 2026.
        yield return Due("a post-16 move on 31 July: 5 months before is the end of February", RequestType.PhaseTransfer, "2025-11-03", MilestoneKind.PhaseTransferAmendment, "2026-02-28",
            null, Born("2008-01-20"), E(Post16MovePlanned, "2026-07-31"));
        // Born 20 Jan 2009: 18 on 31 Aug 2027, past Year 13 in 2027/28; a move on Sat 29 Jul 2028: 5 months before → Tue 29 Feb 2028, the leap day.
        yield return Due("a post-16 move 5 months ahead lands on the leap day", RequestType.PhaseTransfer, "2027-10-01", MilestoneKind.PhaseTransferAmendment, "2028-02-29",
            null, Born("2009-01-20"), E(Post16MovePlanned, "2028-07-29"));
        // Born 10 Mar 2017: 8 on 31 Aug 2025, Year 4 in 2025/26: not a transfer year, so no date at all.
        yield return NoDate("a child in Year 4 has no phase transfer", RequestType.PhaseTransfer, "2025-10-01", MilestoneKind.PhaseTransferAmendment, Born("2017-03-10"));

        // --- Appeal window: 2 months by the corresponding date, or 1 month from a mediation certificate if later ---
        // Tue 10 Mar 2026 + 2 months = Sun 10 May → next working day Mon 11 May.
        yield return Appeal("appeal deadline on a Sunday moves to Monday", "2026-03-10", null, "2026-05-11");
        // Thu 12 Mar 2026 + 2 months = Tue 12 May, a working day.
        yield return Appeal("appeal deadline on a working day stays", "2026-03-12", null, "2026-05-12");
        // 31 Dec 2026 + 2 months: no 31 Feb, so 28 Feb 2027 (a Sunday) → Mon 1 Mar 2027.
        yield return Appeal("month end: 31 December plus 2 months is the end of February", "2026-12-31", null, "2027-03-01");
        // 31 Dec 2027 + 2 months = 29 Feb 2028 (leap year, a Tuesday).
        yield return Appeal("month end in a leap year: 29 February", "2027-12-31", null, "2028-02-29");
        // 31 May 2026 + 2 months = Fri 31 Jul 2026.
        yield return Appeal("month end to month end: 31 July", "2026-05-31", null, "2026-07-31");
        // 30 Jun 2026 + 2 months = 30 Aug → August rule → first working day of September, Tue 1 Sep 2026.
        yield return Appeal("August rule: a deadline in August moves to September", "2026-06-30", null, "2026-09-01");
        // 1 Jun 2026 + 2 months = 1 Aug → Tue 1 Sep 2026.
        yield return Appeal("August rule from the first of August", "2026-06-01", null, "2026-09-01");
        // 15 Jun 2029 + 2 months = 15 Aug 2029 → 1 Sep 2029 is a Saturday → Mon 3 Sep 2029; provisional: no 2029 bank holidays yet.
        yield return Appeal("August rule when 1 September is a Saturday", "2029-06-15", null, "2029-09-03", provisional: true);
        // 10 Nov 2028 + 2 months = Wed 10 Jan 2029, a weekday; provisional, since a 2029 bank holiday could still fall on it.
        yield return Appeal("a deadline in a year without bank holidays is provisional", "2028-11-10", null, "2029-01-10", provisional: true);
        // 28 Oct 2028 + 2 months = 28 Dec 2028 → Christmas rule → after 1 Jan 2029 (a Monday, whose holiday is not recorded) → Tue 2 Jan 2029, provisional.
        yield return Appeal("the Christmas rule into a year without bank holidays is provisional", "2028-10-28", null, "2029-01-02", provisional: true);
        // 12 Oct 2028 + 2 months = Tue 12 Dec 2028, a working day in a year whose bank holidays are known: final.
        yield return Appeal("a deadline late in the last year with bank holidays is final", "2028-10-12", null, "2028-12-12");
        // 20 Oct 2028 + 2 months = Wed 20 Dec 2028, before the Christmas period: final.
        yield return Appeal("a deadline on 20 December 2028 is final", "2028-10-20", null, "2028-12-20");
        // 2 Jul 2027 + 2 months = Thu 2 Sep 2027, out of August already.
        yield return Appeal("a deadline in early September is not moved", "2027-07-02", null, "2027-09-02");
        // 1 Jul 2025 + 2 months = Mon 1 Sep 2025.
        yield return Appeal("a deadline on 1 September stays", "2025-07-01", null, "2025-09-01");
        // 26 Oct 2026 + 2 months = 26 Dec → Christmas rule → after 1 Jan: Sat 2, Sun 3 → Mon 4 Jan 2027.
        yield return Appeal("Christmas rule: 26 December moves to the first working day after new year", "2026-10-26", null, "2027-01-04");
        // 25 Oct 2026 + 2 months = 25 Dec, the first day of the period → Mon 4 Jan 2027.
        yield return Appeal("Christmas rule from 25 December", "2026-10-25", null, "2027-01-04");
        // 1 Nov 2026 + 2 months = Fri 1 Jan 2027, the last day of the period → Mon 4 Jan 2027.
        yield return Appeal("Christmas rule up to 1 January", "2026-11-01", null, "2027-01-04");
        // 2 Nov 2026 + 2 months = Sat 2 Jan 2027, after the period; a weekend → Mon 4 Jan 2027.
        yield return Appeal("2 January is outside the Christmas period but a Saturday", "2026-11-02", null, "2027-01-04");
        // 24 Oct 2026 + 2 months = Thu 24 Dec, before the period, a working day.
        yield return Appeal("24 December is before the Christmas period", "2026-10-24", null, "2026-12-24");
        // 28 Oct 2027 + 2 months = 28 Dec → after 1 Jan 2028: Sun 2 Jan, Mon 3 Jan a bank holiday (substitute) → Tue 4 Jan 2028.
        yield return Appeal("Christmas rule skips the substitute new year bank holiday", "2027-10-28", null, "2028-01-04");
        // 4 Mar 2026 + 2 months = Mon 4 May, Early May bank holiday → Tue 5 May.
        yield return Appeal("appeal deadline on a bank holiday moves to the next working day", "2026-03-04", null, "2026-05-05");
        // 3 Feb 2026 + 2 months = Fri 3 Apr, Good Friday; then Sat, Sun, Easter Monday → Tue 7 Apr.
        yield return Appeal("appeal deadline at Easter skips four days", "2026-02-03", null, "2026-04-07");
        // Letter 10 Mar 2026 (→ 11 May); certificate 20 Apr + 1 month = Wed 20 May, later, so it counts.
        yield return Appeal("a later mediation certificate extends the window", "2026-03-10", "2026-04-20", "2026-05-20");
        // Letter 10 Mar 2026 (→ 10 May, moved to 11 May); certificate 20 Mar + 1 month = 20 Apr, earlier: 2 months stand.
        yield return Appeal("an earlier mediation certificate does not shorten the window", "2026-03-10", "2026-03-20", "2026-05-11");
        // Certificate 31 Mar 2026 + 1 month: no 31 Apr → Thu 30 Apr; later than 15 Mar (→ 16 Mar).
        yield return Appeal("mediation month end: 31 March plus a month is 30 April", "2026-01-15", "2026-03-31", "2026-04-30");
        // Letter 20 May 2026 (→ 20 Jul); certificate 10 Jul + 1 month = 10 Aug → August rule → Tue 1 Sep 2026.
        yield return Appeal("a mediation certificate can push the deadline into the August rule", "2026-05-20", "2026-07-10", "2026-09-01");
    }

    [TestCaseSource(nameof(Cases))]
    public void Statutory_date(RequestType type, DateOnly received, DateOnly dateOfBirth, ClockEventInput[] events, MilestoneKind kind, Agency? agency, DateOnly? expected, bool provisional)
    {
        var milestones = Clock.MilestonesFor(new ClockInputs(type, received, dateOfBirth, events, []));

        var milestone = milestones.Single(m => m.Kind == kind && m.Agency == agency);
        milestone.DueDate.Should().Be(expected);
        milestone.Provisional.Should().Be(provisional, "only a date counted in working days in a year without bank holidays (here, after 2028) is provisional");
    }

    [TestCase("2026-03-28T23:30:00Z", "2026-03-28", Description = "GMT: 23:30 UTC is still the same day in London")]
    [TestCase("2026-03-29T23:30:00Z", "2026-03-30", Description = "BST: 23:30 UTC is 00:30 the next day in London")]
    [TestCase("2026-10-24T23:30:00Z", "2026-10-25", Description = "the last night of BST")]
    [TestCase("2026-10-25T23:30:00Z", "2026-10-25", Description = "GMT again after the clocks go back")]
    public void Today_is_the_date_in_London_across_daylight_saving_changes(string instant, string londonDate)
    {
        UkCalendar.DateOf(DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture)).Should().Be(DateOnly.Parse(londonDate, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Test]
    public void A_deadline_is_due_today_from_midnight_in_London_not_midnight_UTC()
    {
        // 30 Mar 2026 is the first full day of BST: at 23:30 UTC on the 29th it is already the 30th in London.
        var due = new DateOnly(2026, 3, 30);
        var schedule = ReminderSchedule.Default;

        schedule.CurrentStep(due, UkCalendar.DateOf(new DateTimeOffset(2026, 3, 29, 22, 59, 0, TimeSpan.Zero)))!.Key.Should().Be("due-in-5");
        schedule.CurrentStep(due, UkCalendar.DateOf(new DateTimeOffset(2026, 3, 29, 23, 30, 0, TimeSpan.Zero)))!.Key.Should().Be(ReminderStep.DueTodayKey);
    }

    private static TestCaseData Due(string name, RequestType type, string received, MilestoneKind kind, string expected, Agency? agency = null, params object[] extra)
    {
        var dateOfBirth = extra.OfType<DateOnly>().Cast<DateOnly?>().FirstOrDefault() ?? Born2016;
        var events = extra.OfType<ClockEventInput[]>().SelectMany(e => e).Concat(extra.OfType<ClockEventInput>()).ToArray();
        return new TestCaseData(type, D(received), dateOfBirth, events, kind, agency, D(expected), false).SetName($"{name} ({expected})");
    }

    private static TestCaseData NoDate(string name, RequestType type, string received, MilestoneKind kind, DateOnly dateOfBirth) =>
        new TestCaseData(type, D(received), dateOfBirth, Array.Empty<ClockEventInput>(), kind, null, null, false).SetName($"{name} (no date)");

    private static TestCaseData Appeal(string name, string letterSent, string? mediationCertificate, string expected, bool provisional = false)
    {
        var events = new List<ClockEventInput> { E(DecisionLetterSent, letterSent) };
        if (mediationCertificate is not null)
        {
            events.Add(E(MediationCertificateIssued, mediationCertificate));
        }

        return new TestCaseData(RequestType.ChangeOfPlacement, D(letterSent).AddMonths(-1), Born2016, events.ToArray(), MilestoneKind.AppealWindow, null, D(expected), provisional)
            .SetName($"Appeal: {name} ({expected}{(provisional ? ", provisional" : string.Empty)})");
    }

    private static ClockEventInput E(ClockEventKind kind, string date, Agency? agency = null) => new(kind, D(date), agency);

    private static ClockEventInput Assessed(string date) => E(DecidedToAssess, date);

    private static DateOnly Born(string date) => D(date);

    private static DateOnly D(string date) => DateOnly.ParseExact(date, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
