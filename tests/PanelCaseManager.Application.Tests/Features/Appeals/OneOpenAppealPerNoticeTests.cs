using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Features.Appeals;
using PanelCaseManager.Application.Features.Letters;
using PanelCaseManager.Application.Features.Panels;
using PanelCaseManager.Application.Features.PlacementRequests;
using PanelCaseManager.Application.Features.Timeliness;
using PanelCaseManager.Application.Persistence;
using PanelCaseManager.Application.Tests.Features.Provision;
using PanelCaseManager.Domain.Appeals;
using PanelCaseManager.Domain.Common;
using PanelCaseManager.Domain.Letters;
using PanelCaseManager.Domain.PlacementRequests;
using PanelCaseManager.Domain.Timeliness;
using PanelCaseManager.Domain.Users;
using PanelCaseManager.Infrastructure.DemoData;
using PanelCaseManager.Testing;
using PanelCaseManager.Testing.Builders;

namespace PanelCaseManager.Application.Tests.Features.Appeals;

/// <summary>
/// One open appeal per notice is held by the database as well as by the command (docs/adr/0257): a second open appeal
/// that races past the command's check is refused as a conflict (409), with nothing written; an appeal that has ended
/// frees its notice for another.
/// </summary>
public class OneOpenAppealPerNoticeTests
{
    private TestDatabase _database = null!;
    private ApplicationHarness _app = null!;
    private PanelScenario _panel = null!;
    private readonly RivalRegistration _rival = new();

    [SetUp]
    public async Task SetUp()
    {
        _database = TestDatabase.Create();
        _app = new ApplicationHarness(_database, TestClock.Create(), LetterTestSettings.AsConfiguration(),
            services => services.AddSingleton(_rival).AddScoped<IDomainEventHandler<TribunalAppealChanged>, RivalRegistration.Handler>());
        await _app.PublishSector();
        await _app.SendAs(Personas.Administrator, Catalogue.Setting("117660", "Brookside Special School"));
        _panel = await PanelScenario.ReadyToDecideAsync(_app);
        await _app.SendAs(Personas.SendOfficer, new RecordFamilyContact.Command(
            _panel.CaseId, null, "Sam Bennett", ContactRole.ParentOrCarer, null, ["4 Orchard Way", "Stevenage"], "SG1 2AB", null));
    }

    [TearDown]
    public async Task TearDown()
    {
        await _app.DisposeAsync();
        _database.Dispose();
    }

    private DateOnly Today => UkCalendar.Today(_app.Clock);

    private async Task<Guid> NoticeSentAsync()
    {
        var decided = await _panel.DecideAsync(Panel.AgreeFirstPreference(_panel.PanelId, _panel.CaseId, _panel.EvidenceId));
        await _panel.SignOffAsync();
        await _app.SendAs(Personas.SendOfficer, new IssueDecisionLetter.Command(decided.DecisionId));
        await _app.SendAs(Personas.SendOfficer, new RecordClockEvent.Command(_panel.CaseId, ClockEventKind.DecidedToAssess, Today.AddDays(-2), null));
        await _app.SendAs(Personas.SendOfficer, new RecordClockEvent.Command(_panel.CaseId, ClockEventKind.DraftPlanServed, Today.AddDays(-1), null));
        return (await _app.SendAs(Personas.SendOfficer, new IssueAppealableNotice.Command(_panel.CaseId, LetterOutcome.FinalPlanNotice, null, null))).LetterId;
    }

    private Task<RegisterAppeal.Result> Register(Guid noticeId, string? key = null) =>
        _app.SendAs(Personas.SendOfficer, new RegisterAppeal.Command(_panel.CaseId, noticeId, AppealSubject.PlanContents, Today, null, null, Today.AddDays(90)) { IdempotencyKey = key });

    private Task<List<TribunalAppeal>> Appeals() => _app.Read(db => db.TribunalAppeals.AsNoTracking().Where(a => a.PlacementRequestId == new PlacementRequestId(_panel.CaseId)).ToListAsync());

    [Test]
    public async Task A_second_open_appeal_saved_past_the_commands_check_is_refused_as_a_conflict_and_nothing_is_written()
    {
        var noticeId = await NoticeSentAsync();
        _rival.Armed = true;

        var racing = async () => await Register(noticeId);

        // The API maps this to 409 (Errors/ApiExceptionHandler), never 500.
        await racing.Should().ThrowAsync<ConcurrencyConflictException>();
        (await Appeals()).Should().BeEmpty("the transaction with both appeals was rolled back");
    }

    [Test]
    public async Task The_database_holds_the_notice_only_while_the_appeal_is_open_so_an_appeal_that_ended_frees_it()
    {
        var noticeId = await NoticeSentAsync();
        var first = await Register(noticeId);
        (await Appeals()).Single().OpenNoticeLetterId.Should().Be(noticeId);

        await _app.SendAs(Personas.SendOfficer, new RecordAppeal.Command(_panel.CaseId, first.Id, first.Version, null, null, Today.AddDays(90),
            AppealPosition.WithdrawnByFamily, Today, null, null));
        (await Appeals()).Single().OpenNoticeLetterId.Should().BeNull();

        var second = await Register(noticeId);
        (await Appeals()).Single(a => a.Id == second.Id).OpenNoticeLetterId.Should().Be(noticeId);
    }

    [Test]
    public async Task Two_open_appeals_on_one_notice_written_straight_to_the_database_break_its_unique_index()
    {
        var noticeId = await NoticeSentAsync();
        await using var scope = _app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PanelDbContext>();
        var notice = await db.IssuedLetters.SingleAsync(l => l.Id == noticeId);
        foreach (var _ in new[] { 1, 2 })
        {
            db.TribunalAppeals.Add(TribunalAppeal.Register(notice, AppealSubject.PlanContents, Today, null, null, null, Today, new UserId("send-officer"), _app.Clock.GetUtcNow()));
        }

        var saving = async () => await db.SaveChangesAsync();

        var refused = await saving.Should().ThrowAsync<DbUpdateException>();
        scope.ServiceProvider.GetRequiredService<IDatabaseErrors>().IsUniqueViolation(refused.Which).Should().BeTrue();
    }

    /// <summary>
    /// When armed, another officer's registration of the same notice is saved in the same moment as this one: after this
    /// command's check, in its transaction (SQLite lets one writer at a time, so a rival's commit cannot come between).
    /// </summary>
    private sealed class RivalRegistration
    {
        public bool Armed { get; set; }

        public sealed class Handler(RivalRegistration rival, PanelDbContext db) : IDomainEventHandler<TribunalAppealChanged>
        {
            public async ValueTask Handle(TribunalAppealChanged domainEvent, CancellationToken cancellationToken)
            {
                if (!rival.Armed || domainEvent.What != "appeal registered")
                {
                    return;
                }

                rival.Armed = false;
                var registered = db.ChangeTracker.Entries<TribunalAppeal>().Single(e => e.Entity.Id == domainEvent.AppealId).Entity;
                var notice = await db.IssuedLetters.SingleAsync(l => l.Id == registered.NoticeLetterId, cancellationToken);
                db.TribunalAppeals.Add(TribunalAppeal.Register(notice, AppealSubject.PlanContents, registered.RegisteredOn, null, null, null, registered.RegisteredOn,
                    new UserId("send-officer"), registered.RecordedAt));
            }
        }
    }
}
