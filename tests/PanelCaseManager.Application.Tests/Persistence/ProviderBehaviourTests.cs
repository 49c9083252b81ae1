using Microsoft.EntityFrameworkCore;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Features.PlacementRequests;
using PanelCaseManager.Application.Features.Provision;
using PanelCaseManager.Application.Persistence;
using PanelCaseManager.Application.Tests.Features.Provision;
using PanelCaseManager.Domain.Common;
using PanelCaseManager.Domain.PlacementRequests;
using PanelCaseManager.Domain.Timeliness;
using PanelCaseManager.Domain.Users;
using PanelCaseManager.Infrastructure.DemoData;
using PanelCaseManager.Infrastructure.Persistence;
using PanelCaseManager.Infrastructure.ReferenceData;
using PanelCaseManager.Testing;
using PanelCaseManager.Testing.Builders;

namespace PanelCaseManager.Application.Tests.Persistence;

/// <summary>
/// What differs between database providers, proven on the one this run uses (SQLite, and PostgreSQL in the
/// server-database run): concurrency tokens, case-insensitive search, date types, and several instances at once.
/// </summary>
public class ProviderBehaviourTests
{
    [Test]
    public async Task Searching_cases_by_name_ignores_case()
    {
        await using var app = new ApplicationHarness();
        await app.SendAs(Personas.SendOfficer, A.PlacementRequest());

        foreach (var text in new[] { "llewelyn", "FFION LLEWELYN", "Ffion Llewelyn-Jones", "wELyn-j" })
        {
            var found = await app.SendAs(Personas.SendOfficer, new ListPlacementRequests.Query(null, null, null, text, null, null, null));
            found.TotalCount.Should().Be(1, $"'{text}' is part of the child's name");
        }

        var none = await app.SendAs(Personas.SendOfficer, new ListPlacementRequests.Query(null, null, null, "llewelyn_jones", null, null, null));
        none.TotalCount.Should().Be(0, "an underscore is a character to find, not a wildcard");
    }

    [Test]
    public async Task Searching_the_catalogue_by_name_ignores_case()
    {
        await using var app = new ApplicationHarness();
        await app.PublishSector();
        await app.SendAs(Personas.Administrator, Catalogue.Setting());

        var found = await app.SendAs(Personas.Administrator, new ListSettings.Query(null, null, "larkspur COMMUNICATION", null, null, null));

        found.Items.Select(s => s.Name).Should().Equal("Larkspur Communication and Autism School");
    }

    [Test]
    public async Task A_london_summer_time_is_read_back_as_the_same_instant_and_ordered_by_instant()
    {
        await using var app = new ApplicationHarness();
        // 10:30 in London in July is 09:30 UTC: earlier than 10:00 UTC although its clock reads later.
        var summerMorning = new DateTimeOffset(2026, 7, 1, 10, 30, 0, TimeSpan.FromHours(1));
        var utcMorning = new DateTimeOffset(2026, 7, 1, 10, 0, 0, TimeSpan.Zero);
        var finerThanAMillisecond = new DateTimeOffset(2026, 7, 1, 11, 0, 0, TimeSpan.Zero).AddTicks(1_234_560);
        await using (var db = app.Database.OpenContext())
        {
            db.IdempotencyRecords.AddRange(
                IdempotencyRecord.Create(new UserId("send-officer"), "utc", "t", "h", "{}", utcMorning),
                IdempotencyRecord.Create(new UserId("send-officer"), "london", "t", "h", "{}", summerMorning),
                IdempotencyRecord.Create(new UserId("send-officer"), "fine", "t", "h", "{}", finerThanAMillisecond));
            await db.SaveChangesAsync();
        }

        var stored = await app.Read(db => db.IdempotencyRecords.OrderBy(r => r.CreatedAt).Select(r => new { r.Key, r.CreatedAt }).ToListAsync());
        var afterNine = await app.Read(db => db.IdempotencyRecords.CountAsync(r => r.CreatedAt > new DateTimeOffset(2026, 7, 1, 9, 45, 0, TimeSpan.Zero)));

        stored.Select(r => r.Key).Should().Equal("london", "utc", "fine");
        stored[0].CreatedAt.Should().Be(summerMorning, "the same instant, whichever offset it is read back in");
        stored[2].CreatedAt.Should().BeCloseTo(finerThanAMillisecond, TimeSpan.FromTicks(1000), "SQLite keeps a tenth of a millisecond, PostgreSQL a microsecond");
        afterNine.Should().Be(2);
    }

    [Test]
    public void An_instant_written_by_an_earlier_version_beside_its_local_offset_is_read_as_the_same_instant()
    {
        // EF Core's own layout: 10:30 local clock time in ticks / 1000, shifted over the offset of +60 minutes.
        var summerMorning = new DateTimeOffset(2026, 7, 1, 10, 30, 0, TimeSpan.FromHours(1));
        var earlierLayout = ((summerMorning.Ticks / 1000) << 11) | 60;

        SqliteInstant.FromLong(earlierLayout).Should().Be(summerMorning);
        SqliteInstant.FromLong(SqliteInstant.ToLong(summerMorning)).Should().Be(summerMorning);
        SqliteInstant.ToLong(summerMorning).Should().BeLessThan(SqliteInstant.ToLong(new DateTimeOffset(2026, 7, 1, 10, 0, 0, TimeSpan.Zero)));
    }

    [Test]
    public async Task Dates_round_trip_exactly_and_compare_as_dates_across_leap_days_and_year_ends()
    {
        await using var app = new ApplicationHarness();
        var dates = new[] { new DateOnly(2028, 2, 29), new DateOnly(2029, 12, 31), new DateOnly(2030, 1, 1) };
        await using (var db = app.Database.OpenContext())
        {
            db.BankHolidays.AddRange(dates.Select((d, i) => BankHoliday.Create(d, $"Test day {i}")));
            await db.SaveChangesAsync();
        }

        var leapDay = await app.Read(db => db.BankHolidays.Where(h => h.Date == new DateOnly(2028, 2, 29)).Select(h => h.Date).SingleAsync());
        var acrossTheYearEnd = await app.Read(db => db.BankHolidays
            .Where(h => h.Date >= new DateOnly(2029, 12, 31) && h.Date <= new DateOnly(2030, 1, 1)).OrderBy(h => h.Date).Select(h => h.Date).ToListAsync());

        leapDay.Should().Be(new DateOnly(2028, 2, 29));
        acrossTheYearEnd.Should().Equal(new DateOnly(2029, 12, 31), new DateOnly(2030, 1, 1));
    }

    [Test]
    public async Task Two_instances_changing_the_same_version_of_a_case_at_once_one_is_refused_as_a_conflict()
    {
        await using var first = new ApplicationHarness();
        await using var second = new ApplicationHarness(first.Database, first.Clock);
        var created = await first.SendAs(Personas.SendOfficer, A.PlacementRequest());

        var attempts = await Task.WhenAll(
            Attempt(() => first.SendAs(Personas.SendOfficer, new MoveStage.Command(created.Id, StageTransition.StartEvidence, created.Version, null, null, null))),
            Attempt(() => second.SendAs(Personas.TeamManager, new MoveStage.Command(created.Id, StageTransition.Withdraw, created.Version, "Duplicate request.", null, null))));

        attempts.Count(a => a is null).Should().Be(1);
        attempts.Single(a => a is not null).Should().BeOfType<ConcurrencyConflictException>();
        (await first.Read(db => db.PlacementRequests.Where(p => p.Id == new PlacementRequestId(created.Id)).Select(p => p.Version).SingleAsync()))
            .Should().Be(created.Version + 1);
    }

    [Test]
    public async Task The_same_idempotent_create_sent_to_two_instances_at_once_creates_one_case_and_both_get_its_answer()
    {
        await using var first = new ApplicationHarness();
        await using var second = new ApplicationHarness(first.Database, first.Clock);
        var command = A.PlacementRequest() with { IdempotencyKey = $"retry-{Guid.NewGuid():N}" };

        var answers = await Task.WhenAll(
            Enumerable.Range(0, 6).Select(i => (i % 2 == 0 ? first : second).SendAs(Personas.SendOfficer, command)));

        answers.Select(a => a.Id).Distinct().Should().ContainSingle();
        (await first.Read(db => db.PlacementRequests.CountAsync())).Should().Be(1);
    }

    [Test]
    public async Task Two_instances_starting_on_an_empty_database_at_once_migrate_it_once_and_load_it_once()
    {
        using var database = TestDatabase.CreateEmpty();
        var settings = new Dictionary<string, string?> { ["DemoData:Enabled"] = "true", ["DemoData:Cases"] = "0" };
        await using var first = new ApplicationHarness(database, TestClock.Create(), settings);
        await using var second = new ApplicationHarness(database, TestClock.Create(), settings);

        await Task.WhenAll(
            DatabaseStartup.InitialiseAsync(first.Services, CancellationToken.None),
            DatabaseStartup.InitialiseAsync(second.Services, CancellationToken.None));

        await using var db = database.OpenContext();
        (await db.Database.GetPendingMigrationsAsync()).Should().BeEmpty();
        (await db.Database.GetAppliedMigrationsAsync()).Should().OnlyHaveUniqueItems().And.HaveCount(db.Database.GetMigrations().Count());
        (await db.Users.CountAsync()).Should().Be(Personas.All.Count);
        (await db.Sectors.CountAsync()).Should().Be(DefaultSectors.All.Count);
    }

    private static async Task<Exception?> Attempt(Func<Task> action)
    {
        try
        {
            await action();
            return null;
        }
        catch (Exception exception) when (exception is ConcurrencyConflictException or DomainRuleException)
        {
            return exception;
        }
    }
}
