using Microsoft.Extensions.DependencyInjection;
using PanelCaseManager.Application.Features.Timeliness;
using PanelCaseManager.Domain.PlacementRequests;
using PanelCaseManager.Domain.Timeliness;
using PanelCaseManager.Infrastructure.DemoData;
using PanelCaseManager.Infrastructure.Jobs;
using PanelCaseManager.Testing;
using PanelCaseManager.Testing.Builders;

namespace PanelCaseManager.Application.Tests.Features.Timeliness;

/// <summary>
/// Bank holidays are recorded to the end of 2028 (the migration's seed). A deadline counted in working days in a later
/// year is provisional until the administrator imports that year, and the administrator is warned ahead of time.
/// </summary>
public class ProvisionalDatesTests
{
    private ApplicationHarness _app = null!;

    [SetUp]
    public void SetUp() => _app = new ApplicationHarness();

    [TearDown]
    public async Task TearDown() => await _app.DisposeAsync();

    private static readonly ImportBankHolidays.HolidayInput[] EnglandAndWales2029 =
    [
        new("New Year’s Day", "2029-01-01"), new("Good Friday", "2029-03-30"), new("Easter Monday", "2029-04-02"), new("Early May bank holiday", "2029-05-07"),
        new("Spring bank holiday", "2029-05-28"), new("Summer bank holiday", "2029-08-27"), new("Christmas Day", "2029-12-25"), new("Boxing Day", "2029-12-26"),
    ];

    [Test]
    public async Task An_appeal_deadline_in_a_year_without_bank_holidays_is_provisional_until_they_are_imported()
    {
        // Friday 10 November 2028: a decision letter sent today gives 10 Jan 2029 (a Wednesday), in a year with no bank holidays yet.
        _app.Clock.SetUtcNow(new DateTimeOffset(2028, 11, 10, 10, 0, 0, TimeSpan.Zero));
        var submitted = await _app.SendAs(Personas.SendOfficer, A.PlacementRequest() with { Type = RequestType.ChangeOfPlacement, ReceivedDate = new DateOnly(2028, 11, 1) });
        await _app.SendAs(Personas.SendOfficer, new RecordClockEvent.Command(submitted.Id, ClockEventKind.DecisionLetterSent, new DateOnly(2028, 11, 10), null));

        var before = await _app.SendAs(Personas.SendOfficer, new GetMilestones.Query(submitted.Id));
        var appeal = before.Milestones.Single(m => m.Kind == MilestoneKind.AppealWindow);
        appeal.Should().BeEquivalentTo(new { DueDate = new DateOnly(2029, 1, 10), Provisional = true });
        before.BankHolidaysKnownUntil.Should().Be(2028);
        before.Milestones.Where(m => m.Kind != MilestoneKind.AppealWindow).Should().OnlyContain(m => !m.Provisional, "calendar-day deadlines never depend on bank holidays");
        (await _app.SendAs(Personas.Administrator, new GetBankHolidayCoverage.Query())).ProvisionalDeadlines.Should().Be(1);

        await _app.SendAs(Personas.Administrator, new ImportBankHolidays.Command("england-and-wales", EnglandAndWales2029));

        var after = await _app.SendAs(Personas.SendOfficer, new GetMilestones.Query(submitted.Id));
        after.Milestones.Single(m => m.Kind == MilestoneKind.AppealWindow).Should().BeEquivalentTo(new { DueDate = new DateOnly(2029, 1, 10), Provisional = false });
        after.BankHolidaysKnownUntil.Should().Be(2029);
    }

    [Test]
    public async Task The_family_is_told_a_provisional_date_may_change()
    {
        _app.Clock.SetUtcNow(new DateTimeOffset(2028, 11, 10, 10, 0, 0, TimeSpan.Zero));
        var submitted = await _app.SendAs(Personas.SendOfficer, A.PlacementRequest() with { Type = RequestType.ChangeOfPlacement, ReceivedDate = new DateOnly(2028, 11, 1) });
        var family = (await _app.SendAs(Personas.Administrator, new Application.Features.Users.ListUsers.Query(Domain.Users.Role.Family))).Single(u => u.Id == Personas.Family.Id);
        await _app.SendAs(Personas.Administrator, new Application.Features.Users.LinkFamilyMember.Command(Personas.Family.Id, submitted.Reference, "Mother", family.Version));
        await _app.SendAs(Personas.SendOfficer, new RecordClockEvent.Command(submitted.Id, ClockEventKind.DecisionLetterSent, new DateOnly(2028, 11, 10), null));

        var next = await _app.SendAs(Personas.Family, new GetWhatHappensNext.Query(submitted.Id));

        next.Ahead.Single(d => d.Kind == MilestoneKind.AppealWindow).Should().BeEquivalentTo(new { By = new DateOnly(2029, 1, 10), MayChange = true });
        next.Ahead.Should().ContainSingle(d => d.MayChange, "only the appeal deadline is counted in working days");
    }

    [Test]
    public async Task The_administrator_is_warned_from_the_configured_months_before_the_bank_holidays_run_out()
    {
        // Today, 20 Nov 2026: the calendar runs to 31 Dec 2028, and the warning starts 12 months before its end, on 1 Jan 2028.
        var now = await _app.SendAs(Personas.Administrator, new GetBankHolidayCoverage.Query());
        now.Should().BeEquivalentTo(new { LastYear = 2028, CalendarEndsOn = new DateOnly(2028, 12, 31), WarnFrom = new DateOnly(2028, 1, 1), ImportDue = false, RunOut = false });

        _app.Clock.SetUtcNow(new DateTimeOffset(2027, 12, 31, 12, 0, 0, TimeSpan.Zero));
        (await _app.SendAs(Personas.Administrator, new GetBankHolidayCoverage.Query())).ImportDue.Should().BeFalse("the day before the warning starts");

        _app.Clock.SetUtcNow(new DateTimeOffset(2028, 1, 1, 12, 0, 0, TimeSpan.Zero));
        (await _app.SendAs(Personas.Administrator, new GetBankHolidayCoverage.Query())).ImportDue.Should().BeTrue();

        _app.Clock.SetUtcNow(new DateTimeOffset(2029, 1, 2, 12, 0, 0, TimeSpan.Zero));
        (await _app.SendAs(Personas.Administrator, new GetBankHolidayCoverage.Query())).Should().BeEquivalentTo(new { ImportDue = true, RunOut = true });
    }

    [Test]
    public async Task A_missing_year_ends_the_calendar_even_when_a_later_year_is_recorded()
    {
        // 2031 is imported, but 2029 and 2030 are not: the calendar still ends with 2028.
        await _app.SendAs(Personas.Administrator, new ImportBankHolidays.Command(null, [new ImportBankHolidays.HolidayInput("New Year’s Day", "2031-01-01")]));

        (await _app.SendAs(Personas.Administrator, new GetBankHolidayCoverage.Query())).LastYear.Should().Be(2028);
    }

    [Test]
    public async Task The_warning_period_is_configuration()
    {
        await using var app = new ApplicationHarness(new Dictionary<string, string?> { ["BankHolidays:WarnMonthsBeforeCalendarEnds"] = "25" });

        // 25 months before 1 Jan 2029 is 1 Dec 2026; today is 20 Nov 2026.
        (await app.SendAs(Personas.Administrator, new GetBankHolidayCoverage.Query())).Should().BeEquivalentTo(new { WarnFrom = new DateOnly(2026, 12, 1), ImportDue = false });
        app.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero));
        (await app.SendAs(Personas.Administrator, new GetBankHolidayCoverage.Query())).ImportDue.Should().BeTrue();
    }

    [Test]
    public async Task The_daily_job_writes_a_warning_to_the_log_only_once_the_import_is_due()
    {
        var quiet = await _app.Services.GetRequiredService<BankHolidayCoverageJob>().RunAsync(CancellationToken.None);
        quiet.ImportDue.Should().BeFalse();
        _app.Logs.Lines.Should().NotContain(l => l.StartsWith("Warning", StringComparison.Ordinal) && l.Contains("Bank holidays", StringComparison.Ordinal));

        _app.Clock.SetUtcNow(new DateTimeOffset(2028, 6, 1, 7, 0, 0, TimeSpan.Zero));
        await _app.Services.GetRequiredService<BankHolidayCoverageJob>().RunAsync(CancellationToken.None);

        _app.Logs.Lines.Should().Contain(l => l.StartsWith("Warning", StringComparison.Ordinal)
                                              && l.Contains("Bank holidays are recorded only up to 2028", StringComparison.Ordinal));
    }
}
