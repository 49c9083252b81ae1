using System.Globalization;
using PanelCaseManager.Domain.Appeals;
using PanelCaseManager.Domain.Common;
using PanelCaseManager.Domain.Letters;
using PanelCaseManager.Domain.PlacementRequests;
using PanelCaseManager.Domain.Timeliness;
using PanelCaseManager.Domain.Users;
using static PanelCaseManager.Domain.Timeliness.ClockEventKind;

namespace PanelCaseManager.Domain.Tests.Appeals;

/// <summary>
/// The local authority's mediation deadlines and the appeal deadline a certificate moves, counted by hand on a
/// calendar (England and Wales bank holidays 2025–2028): mediation within 30 days of being asked, counted from the
/// next day; the certificate within 3 working days, not counting the day itself; the appeal one month from a later
/// certificate, with the Tribunal's Christmas, August and non-working-day rules (HESC Rules r.12, r.20).
/// </summary>
public class MediationDeadlineTests
{
    private static readonly StatutoryClock Clock = new(
        StatutoryClockRules.Default,
        new WorkingDayCalendar(BankHoliday.EnglandAndWales2025To2028.Select(h => h.Date)));

    private static IEnumerable<TestCaseData> CertificateCases()
    {
        // Wed 23 Dec 2026: Thu 24 (1); Fri 25 Christmas, weekend, Mon 28 Boxing Day substitute; Tue 29 (2), Wed 30 (3).
        yield return Certificate("declined just before Christmas", "2026-12-23", "2026-12-30");
        // Fri 29 Jan 2027: weekend; Mon 1 Feb (1), Tue 2 (2), Wed 3 (3).
        yield return Certificate("declined on a Friday", "2027-01-29", "2027-02-03");
        // Mon 28 Feb 2028, a leap year: Tue 29 Feb (1), Wed 1 Mar (2), Thu 2 Mar (3).
        yield return Certificate("declined across a leap day", "2028-02-28", "2028-03-02");
        // Fri 27 Aug 2027: weekend, Mon 30 Aug bank holiday; Tue 31 (1), Wed 1 Sep (2), Thu 2 Sep (3).
        yield return Certificate("declined before the August bank holiday", "2027-08-27", "2027-09-02");
        // Thu 2 Apr 2026: Fri 3 Good Friday, weekend, Mon 6 Easter Monday; Tue 7 (1), Wed 8 (2), Thu 9 (3).
        yield return Certificate("declined before Easter", "2026-04-02", "2026-04-09");
        // Fri 24 Dec 2027: weekend, Mon 27 and Tue 28 substitute days; Wed 29 (1), Thu 30 (2), Fri 31 (3).
        yield return Certificate("declined on Christmas Eve with two substitute days", "2027-12-24", "2027-12-31");
    }

    [TestCaseSource(nameof(CertificateCases))]
    public void The_certificate_is_due_three_working_days_after_the_family_declines(DateOnly declined, DateOnly due)
    {
        var milestone = MilestonesAfter(E(MediationDeclined, declined)).Single(m => m.Kind == MilestoneKind.MediationCertificate);

        milestone.StartedOn.Should().Be(declined);
        milestone.DueDate.Should().Be(due);
        milestone.DependsOnWorkingDays.Should().BeTrue();
    }

    [Test]
    public void After_a_mediation_the_certificate_runs_from_the_day_it_was_held()
    {
        // Mon 28 Feb 2028 held: Tue 29 Feb (1), Wed 1 Mar (2), Thu 2 Mar (3); issued Fri 3 Mar, a day late.
        var milestones = MilestonesAfter(E(MediationRequested, "2028-02-01"), E(MediationHeld, "2028-02-28"), E(MediationCertificateIssued, "2028-03-03"));

        var certificate = milestones.Single(m => m.Kind == MilestoneKind.MediationCertificate);
        certificate.DueDate.Should().Be(D("2028-03-02"));
        certificate.MetOn.Should().Be(D("2028-03-03"));
        certificate.MetWithinLimit.Should().BeFalse();
    }

    [Test]
    public void Before_the_mediation_is_held_no_certificate_is_due()
    {
        MilestonesAfter(E(MediationRequested, "2027-01-04")).Should().NotContain(m => m.Kind == MilestoneKind.MediationCertificate);
    }

    private static IEnumerable<TestCaseData> ArrangeCases()
    {
        // 31 Jan 2026: 28 days of February, 1 Mar (29), Mon 2 Mar (30).
        yield return Arrange("from a month end in an ordinary year", "2026-01-31", "2026-03-02");
        // 31 Jan 2028: 29 days of February, Wed 1 Mar (30).
        yield return Arrange("from a month end in a leap year", "2028-01-31", "2028-03-01");
        // 10 Dec 2026: 31 Dec (21), Sat 9 Jan 2027 (30): calendar days, a weekend does not move it.
        yield return Arrange("over Christmas, ending on a Saturday", "2026-12-10", "2027-01-09");
        // 15 Dec 2027: 31 Dec (16), Fri 14 Jan 2028 (30).
        yield return Arrange("across the new year", "2027-12-15", "2028-01-14");
    }

    [TestCaseSource(nameof(ArrangeCases))]
    public void Mediation_is_due_within_30_days_of_the_family_asking(DateOnly asked, DateOnly due)
    {
        var milestone = MilestonesAfter(E(MediationRequested, asked)).Single(m => m.Kind == MilestoneKind.MediationArranged);

        milestone.DueDate.Should().Be(due);
        milestone.IsOpen.Should().BeTrue();
    }

    [Test]
    public void Mediation_held_on_the_thirtieth_day_is_on_time_and_on_the_thirty_first_is_late()
    {
        MilestonesAfter(E(MediationRequested, "2026-01-31"), E(MediationHeld, "2026-03-02")).Single(m => m.Kind == MilestoneKind.MediationArranged)
            .MetWithinLimit.Should().BeTrue();
        MilestonesAfter(E(MediationRequested, "2026-01-31"), E(MediationHeld, "2026-03-03")).Single(m => m.Kind == MilestoneKind.MediationArranged)
            .MetWithinLimit.Should().BeFalse();
    }

    [Test]
    public void A_family_who_asked_for_mediation_then_declined_it_has_no_mediation_to_arrange_and_is_owed_a_certificate()
    {
        var milestones = MilestonesAfter(E(MediationRequested, "2027-01-04"), E(MediationDeclined, "2027-01-08"));

        milestones.Single(m => m.Kind == MilestoneKind.MediationArranged).NotApplicable.Should().BeTrue();
        // Fri 8 Jan 2027: Mon 11 (1), Tue 12 (2), Wed 13 (3).
        milestones.Single(m => m.Kind == MilestoneKind.MediationCertificate).DueDate.Should().Be(D("2027-01-13"));
    }

    [Test]
    public void The_periods_come_from_the_rules()
    {
        var clock = new StatutoryClock(StatutoryClockRules.Default with { MediationArrangeDays = 28, MediationCertificateWorkingDays = 5 }, WorkingDayCalendar.WeekendsOnly);
        var milestones = clock.MilestonesFor(Inputs(E(MediationDeclined, "2027-01-04"), E(MediationRequested, "2027-01-05")));

        // Tue 5 Jan + 28 = Tue 2 Feb 2027.
        milestones.Single(m => m.Kind == MilestoneKind.MediationArranged).DueDate.Should().Be(D("2027-02-02"));
    }

    private static IEnumerable<TestCaseData> AppealCases()
    {
        // Notice 5 Jan 2028 → Sun 5 Mar → Mon 6 Mar; certificate 29 Feb 2028 (leap day) + 1 month = Wed 29 Mar, later.
        yield return Appeal("a leap-day certificate", "2028-01-05", "2028-02-29", "2028-03-29");
        // Notice 20 Oct 2026 → Sun 20 Dec → Mon 21 Dec; certificate 26 Nov + 1 month = 26 Dec, in the Christmas period:
        // the next working day after 1 January, Mon 4 Jan 2027.
        yield return Appeal("a certificate that lands the deadline at Christmas", "2026-10-20", "2026-11-26", "2027-01-04");
        // Notice 1 Dec 2026 → Mon 1 Feb 2027; certificate 30 Jan 2027 + 1 month: no 30 February, so Sun 28 Feb → Mon 1 Mar.
        yield return Appeal("a certificate at the month's end, then a Sunday", "2026-12-01", "2027-01-30", "2027-03-01");
        // Notice 1 Feb 2027 → Thu 1 Apr; certificate 3 Apr + 1 month = Mon 3 May, the early May bank holiday → Tue 4 May.
        yield return Appeal("a certificate that lands the deadline on a bank holiday", "2027-02-01", "2027-04-03", "2027-05-04");
    }

    [TestCaseSource(nameof(AppealCases))]
    public void A_later_certificate_moves_the_last_day_to_appeal(DateOnly noticeSent, DateOnly certificate, DateOnly lastDay)
    {
        var milestones = Clock.MilestonesFor(new ClockInputs(RequestType.ChangeOfPlacement, noticeSent.AddMonths(-1), new DateOnly(2016, 3, 14),
            [new(AppealableNoticeSent, noticeSent), new(MediationDeclined, certificate.AddDays(-1)), new(MediationCertificateIssued, certificate)], []));

        milestones.Single(m => m.Kind == MilestoneKind.AppealWindow).DueDate.Should().Be(lastDay);
    }

    // --- The mediation record's own rules ---

    private static readonly UserId Officer = new("officer-1");
    private static readonly DateTimeOffset Now = new(2027, 3, 1, 10, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = new(2027, 3, 1);

    [Test]
    public void Mediation_about_a_decision_letter_is_refused_as_it_carries_no_right_of_appeal()
    {
        var letter = Letter(LetterOutcome.AgreePreference, D("2027-01-10"));

        FluentActions.Invoking(() => Mediation.Start(letter, D("2027-01-12"), Today, Officer, Now))
            .Should().Throw<DomainRuleException>().Which.Code.Should().Be("no-right-of-appeal");
    }

    [Test]
    public void Contact_with_the_adviser_before_the_notice_was_sent_is_refused()
    {
        var notice = Letter(LetterOutcome.FinalPlanNotice, D("2027-01-10"));

        Mediation.ProblemsStarting(notice, D("2027-01-09"), Today).Should().ContainSingle(p => p.Field == Mediation.AdviserContactedOnField);
        FluentActions.Invoking(() => Mediation.Start(notice, D("2027-01-09"), Today, Officer, Now)).Should().Throw<DomainRuleException>();
    }

    [Test]
    public void A_certificate_dated_before_the_family_contacted_the_adviser_is_refused_naming_the_certificate()
    {
        var mediation = Mediation.Start(Letter(LetterOutcome.FinalPlanNotice, D("2027-01-10")), D("2027-01-20"), Today, Officer, Now);

        mediation.ProblemsWith(MediationChoice.NoMediation, D("2027-01-20"), null, null, D("2027-01-19"), Today)
            .Should().ContainSingle(p => p.Field == Mediation.CertificateIssuedOnField && p.Message.Contains("before the family contacted", StringComparison.Ordinal));
        FluentActions.Invoking(() => mediation.Record(MediationChoice.NoMediation, D("2027-01-20"), null, null, D("2027-01-19"), Today, Officer, Now))
            .Should().Throw<DomainRuleException>();
        mediation.CertificateIssuedOn.Should().BeNull("nothing is half-written");
    }

    [Test]
    public void A_mediation_held_needs_the_family_to_have_chosen_it_and_an_outcome()
    {
        var mediation = Mediation.Start(Letter(LetterOutcome.FinalPlanNotice, D("2027-01-10")), D("2027-01-20"), Today, Officer, Now);

        mediation.ProblemsWith(MediationChoice.NoMediation, D("2027-01-21"), D("2027-02-10"), MediationOutcome.NoAgreement, null, Today)
            .Should().Contain(p => p.Field == Mediation.HeldOnField);
        mediation.ProblemsWith(MediationChoice.Mediate, D("2027-01-21"), D("2027-02-10"), null, null, Today)
            .Should().ContainSingle(p => p.Field == Mediation.OutcomeField);
        mediation.ProblemsWith(MediationChoice.Mediate, D("2027-01-21"), D("2027-01-20"), MediationOutcome.NoAgreement, null, Today)
            .Should().ContainSingle(p => p.Field == Mediation.HeldOnField);
        mediation.ProblemsWith(MediationChoice.Mediate, null, null, null, null, Today)
            .Should().ContainSingle(p => p.Field == Mediation.ChoiceMadeOnField);
        mediation.ProblemsWith(MediationChoice.Mediate, D("2027-03-02"), null, null, null, Today)
            .Should().ContainSingle(p => p.Field == Mediation.ChoiceMadeOnField, "nothing is dated in the future");
    }

    [Test]
    public void Recording_puts_only_the_dates_that_changed_on_the_clock()
    {
        var mediation = Mediation.Start(Letter(LetterOutcome.FinalPlanNotice, D("2027-01-10")), D("2027-01-20"), Today, Officer, Now);
        mediation.ClearDomainEvents();

        mediation.Record(MediationChoice.Mediate, D("2027-01-21"), null, null, null, Today, Officer, Now);
        mediation.Record(MediationChoice.Mediate, D("2027-01-21"), D("2027-02-15"), MediationOutcome.PartlyAgreed, D("2027-02-17"), Today, Officer, Now);
        mediation.Record(MediationChoice.Mediate, D("2027-01-21"), D("2027-02-15"), MediationOutcome.PartlyAgreed, D("2027-02-17"), Today, Officer, Now);

        mediation.DomainEvents.OfType<MediationChanged>().Select(e => e.OnTheClock).Should().BeEquivalentTo(new[]
        {
            new[] { new ClockEventInput(MediationRequested, D("2027-01-21")) },
            new[] { new ClockEventInput(MediationHeld, D("2027-02-15")), new ClockEventInput(MediationCertificateIssued, D("2027-02-17")) },
        }, o => o.WithStrictOrdering(), "recording the same answers again changes nothing");
    }

    [Test]
    public void A_certificate_once_recorded_cannot_be_cleared_as_the_appeal_deadline_follows_it()
    {
        var mediation = Mediation.Start(Letter(LetterOutcome.FinalPlanNotice, D("2027-01-10")), D("2027-01-20"), Today, Officer, Now);
        mediation.Record(MediationChoice.NoMediation, D("2027-01-20"), null, null, D("2027-01-22"), Today, Officer, Now);

        FluentActions.Invoking(() => mediation.Record(MediationChoice.NoMediation, D("2027-01-20"), null, null, null, Today, Officer, Now))
            .Should().Throw<DomainRuleException>().Which.Code.Should().Be("mediation-certificate-recorded");
    }

    private static IReadOnlyList<Milestone> MilestonesAfter(params ClockEventInput[] events) => Clock.MilestonesFor(Inputs(events));

    private static ClockInputs Inputs(params ClockEventInput[] events)
    {
        var notice = new ClockEventInput(AppealableNoticeSent, events.Min(e => e.Date).AddDays(-10));
        return new ClockInputs(RequestType.ChangeOfPlacement, notice.Date.AddMonths(-2), new DateOnly(2016, 3, 14), [notice, .. events], []);
    }

    private static TestCaseData Certificate(string name, string declined, string due) => new TestCaseData(D(declined), D(due)).SetName($"Certificate: {name} ({due})");

    private static TestCaseData Arrange(string name, string asked, string due) => new TestCaseData(D(asked), D(due)).SetName($"Mediation: {name} ({due})");

    private static TestCaseData Appeal(string name, string notice, string certificate, string lastDay) =>
        new TestCaseData(D(notice), D(certificate), D(lastDay)).SetName($"Appeal after mediation: {name} ({lastDay})");

    private static ClockEventInput E(ClockEventKind kind, string date) => new(kind, D(date));

    private static ClockEventInput E(ClockEventKind kind, DateOnly date) => new(kind, date);

    private static DateOnly D(string date) => DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>An issued letter as stored, made the way the database reads it back (its own factories need a whole case).</summary>
    private static IssuedLetter Letter(LetterOutcome outcome, DateOnly date)
    {
        var letter = (IssuedLetter)Activator.CreateInstance(typeof(IssuedLetter), nonPublic: true)!;
        void Set(string property, object value) => typeof(IssuedLetter).GetProperty(property)!.SetValue(letter, value);
        Set(nameof(IssuedLetter.Id), Guid.NewGuid());
        Set(nameof(IssuedLetter.PlacementRequestId), new PlacementRequestId(Guid.NewGuid()));
        Set(nameof(IssuedLetter.Reference), "PR-2026-000123-L2");
        Set(nameof(IssuedLetter.Outcome), outcome);
        Set(nameof(IssuedLetter.LetterDate), date);
        return letter;
    }
}
