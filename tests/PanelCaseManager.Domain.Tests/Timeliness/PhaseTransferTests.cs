using PanelCaseManager.Domain.Children;
using PanelCaseManager.Domain.Common;
using PanelCaseManager.Domain.PlacementRequests;
using PanelCaseManager.Domain.Timeliness;
using PanelCaseManager.Domain.Users;

namespace PanelCaseManager.Domain.Tests.Timeliness;

/// <summary>Reg 18: the transfer comes from the child's year group, never from when the request arrived alone.</summary>
public class PhaseTransferTests
{
    private static readonly DateTimeOffset Now = new(2026, 6, 1, 10, 0, 0, TimeSpan.Zero);

    private static ClockSettings Settings(StatutoryClockRules? rules = null) => new(
        new StatutoryClock(rules ?? StatutoryClockRules.Default, new WorkingDayCalendar(BankHoliday.EnglandAndWales2025To2028.Select(h => h.Date))),
        ExceptionReason.Defaults.ToDictionary(r => r.Code),
        ReminderSchedule.Default,
        new DateOnly(2026, 6, 1));

    [Test]
    public void Reg_18_a_phase_transfer_for_a_child_not_in_a_transfer_year_is_refused()
    {
        // Born 10 Mar 2017: 8 on 31 Aug 2025, so Year 4 in 2025/26.
        var start = () => CaseClock.Start(PlacementRequestId.New(), RequestType.PhaseTransfer, new DateOnly(2025, 10, 1), ChildId.New(), new DateOnly(2017, 3, 10), true, Settings());

        start.Should().Throw<DomainRuleException>().Which.Should().BeEquivalentTo(new
        {
            Code = "not-a-transfer-year",
            Message = "A phase transfer is for a child in the last year before a move between phases (the year before Reception, Year 2, Year 6 or Year 11 or later); "
                      + "on the day the request was received the child is in Year 4 (2025/26). Choose another type of request.",
        });
    }

    [Test]
    public void Reg_18_an_area_with_middle_schools_adds_its_transfer_years()
    {
        var rules = StatutoryClockRules.Default with { TransferYears = new SortedSet<int> { -1, 4, 8 } };

        // Year 4 (born 10 Mar 2017, received 1 Oct 2025): first to middle school in September 2026 → 15 Feb 2026.
        PhaseTransfer.For(rules, new DateOnly(2025, 10, 1), new DateOnly(2017, 3, 10)).Should().BeEquivalentTo(new { Kind = PhaseTransferKind.BetweenPhases, Deadline = new DateOnly(2026, 2, 15) });
        // Year 6 is not a transfer year there (born 10 Mar 2015).
        PhaseTransfer.For(rules, new DateOnly(2025, 10, 1), new DateOnly(2015, 3, 10)).Kind.Should().Be(PhaseTransferKind.NotATransferYear);
    }

    [Test]
    public void Reg_18_1_a_school_to_a_post_16_institution_after_Year_11_gets_31_March()
    {
        // Born 20 Jan 2009: Year 12 in 2025/26 (16 on 31 Aug 2025); without a move between colleges, the move is from school.
        var transfer = PhaseTransfer.For(StatutoryClockRules.Default, new DateOnly(2025, 11, 3), new DateOnly(2009, 1, 20));

        transfer.Should().BeEquivalentTo(new { Kind = PhaseTransferKind.SchoolToPost16, Deadline = new DateOnly(2026, 3, 31) });
        transfer.YearGroup.Number.Should().Be(12);
    }

    [Test]
    public void Reg_18_2_a_move_between_post_16_institutions_is_due_5_months_before_it()
    {
        var clock = CaseClock.Start(PlacementRequestId.New(), RequestType.PhaseTransfer, new DateOnly(2025, 11, 3), ChildId.New(), new DateOnly(2008, 1, 20), true, Settings());
        clock.Milestones.Single(m => m.Kind == MilestoneKind.PhaseTransferAmendment).DueDate.Should().Be(new DateOnly(2026, 3, 31), "until a move between colleges is recorded");

        // Moving in January 2027 (recorded ahead): 5 months before Mon 11 Jan 2027 → Tue 11 Aug 2026.
        clock.Record(ClockEventKind.Post16MovePlanned, new DateOnly(2027, 1, 11), null, "officer", new UserId("send-officer"), Now, Settings());

        clock.Milestones.Single(m => m.Kind == MilestoneKind.PhaseTransferAmendment).DueDate.Should().Be(new DateOnly(2026, 8, 11));
    }

    [Test]
    public void Reg_18_2_a_move_between_post_16_institutions_is_refused_for_a_child_in_Year_11()
    {
        // Born 20 Jan 2010: Year 11 in 2025/26, still at school.
        var clock = CaseClock.Start(PlacementRequestId.New(), RequestType.PhaseTransfer, new DateOnly(2025, 11, 3), ChildId.New(), new DateOnly(2010, 1, 20), true, Settings());

        clock.Invoking(c => c.Record(ClockEventKind.Post16MovePlanned, new DateOnly(2026, 9, 1), null, "officer", new UserId("send-officer"), Now, Settings()))
            .Should().Throw<DomainRuleException>().Which.Code.Should().Be("not-post-16");
    }
}
