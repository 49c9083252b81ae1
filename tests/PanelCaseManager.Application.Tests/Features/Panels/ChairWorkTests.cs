using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Features.Panels;
using PanelCaseManager.Domain.Panels;
using PanelCaseManager.Domain.Users;
using PanelCaseManager.Infrastructure.DemoData;
using PanelCaseManager.Testing;
using PanelCaseManager.Testing.Builders;

namespace PanelCaseManager.Application.Tests.Features.Panels;

/// <summary>What waits for a chair on their home page (<see cref="GetChairWork"/>), and the agenda's outcome of each decision.</summary>
public class ChairWorkTests
{
    private static readonly Persona OtherChair = new("panel-chair-south", "Martin Osborne", "martin.osborne@example.gov.uk", Role.PanelChair, null, Agency.Education);

    private ApplicationHarness _app = null!;
    private PanelScenario _panel = null!;

    [SetUp]
    public async Task SetUp()
    {
        _app = new ApplicationHarness();
        await using (var db = _app.Database.OpenContext())
        {
            db.Users.Add(OtherChair.ToAccount());
            await db.SaveChangesAsync();
        }

        _panel = await PanelScenario.ReadyToDecideAsync(_app);
    }

    [TearDown]
    public async Task TearDown() => await _app.DisposeAsync();

    [Test]
    public async Task The_chair_sees_the_meeting_of_the_day_and_the_draft_waiting_for_their_sign_off_until_they_sign_it()
    {
        await _app.SendAs(Personas.SendOfficer, Panel.Meeting(Panel.MeetingDate.AddDays(28)));
        await _panel.DecideAsync(Panel.AgreeFirstPreference(_panel.PanelId, _panel.CaseId, _panel.EvidenceId));

        var work = await _app.SendAs(Personas.PanelChair, new GetChairWork.Query());

        work.Next.Should().NotBeNull();
        work.Next!.Id.Should().Be(_panel.PanelId, "the meeting of the day comes before the one in four weeks");
        work.Next.MeetingDate.Should().Be(Panel.MeetingDate);
        work.Next.Cases.Should().Be(1);
        var waiting = work.AwaitingSignOff.Should().ContainSingle().Subject;
        waiting.PanelId.Should().Be(_panel.PanelId);
        waiting.PlacementRequestId.Should().Be(_panel.CaseId);
        waiting.Outcome.Should().Be(DecisionOutcome.AgreeFamilyPreference);
        waiting.Reference.Should().StartWith("PR-");

        await _panel.SignOffAsync();
        (await _app.SendAs(Personas.PanelChair, new GetChairWork.Query())).AwaitingSignOff.Should().BeEmpty();
        var agenda = await _app.SendAs(Personas.PanelChair, new GetPanelMeeting.Query(_panel.PanelId));
        agenda.Agenda.Single().Decided.Should().BeEquivalentTo(new { Outcome = DecisionOutcome.AgreeFamilyPreference, SignedOff = true });
        agenda.Agenda.Single().Decided!.Setting.Should().Be("Brookside Special School");
    }

    [Test]
    public async Task A_case_the_chair_declared_a_conflict_in_is_neither_counted_nor_listed()
    {
        await _panel.DecideAsync(Panel.AgreeFirstPreference(_panel.PanelId, _panel.CaseId, _panel.EvidenceId));
        await _app.SendAs(Personas.PanelChair, new DeclareConflict.Command(_panel.PanelId, _panel.CaseId, null, "I taught the child's sibling."));

        var work = await _app.SendAs(Personas.PanelChair, new GetChairWork.Query());

        work.Next!.Cases.Should().Be(0);
        work.Next.PapersFrozen.Should().Be(0);
        work.AwaitingSignOff.Should().BeEmpty();
    }

    [Test]
    public async Task A_chair_of_other_meetings_sees_nothing_of_this_one_and_a_member_is_refused()
    {
        await _panel.DecideAsync(Panel.AgreeFirstPreference(_panel.PanelId, _panel.CaseId, _panel.EvidenceId));

        var other = await _app.SendAs(OtherChair, new GetChairWork.Query());

        other.Next.Should().BeNull();
        other.AwaitingSignOff.Should().BeEmpty();
        await FluentActions.Awaiting(() => _app.SendAs(Personas.PanelHealth, new GetChairWork.Query())).Should().ThrowAsync<ForbiddenException>();
    }
}
