using PanelCaseManager.Domain.Common;
using PanelCaseManager.Domain.Panels;
using PanelCaseManager.Domain.PlacementRequests;
using PanelCaseManager.Domain.Tests.PlacementRequests;
using PanelCaseManager.Domain.Users;
using static PanelCaseManager.Domain.Tests.Panels.PanelFactory;

namespace PanelCaseManager.Domain.Tests.Panels;

public class PanelMeetingTests
{
    [Test]
    public void A_meeting_keeps_the_quorum_and_terms_it_was_scheduled_under()
    {
        var meeting = Meeting();

        meeting.Seats.Should().HaveCount(5);
        meeting.Seats.Single(s => s.Role == PanelRole.Chair).UserId.Should().Be(Chair.Id);
        meeting.Quorum.Should().Be(DefaultQuorum);
        meeting.TermsOfReferenceNumber.Should().Be(1);
        meeting.CutOffAt.Should().Be(CutOff);
    }

    [Test]
    public void A_membership_that_can_never_be_quorate_is_refused()
    {
        FluentActions.Invoking(() => Meeting([EducationMember, HealthMember, Psychologist]))
            .Should().Throw<DomainRuleException>().Which.Code.Should().Be("membership-cannot-be-quorate");
    }

    [Test]
    public void The_chair_is_an_active_panel_chair()
    {
        FluentActions.Invoking(() => PanelMeeting.Schedule("Panel", MeetingDate, null, HealthMember, Members, Terms(), CutOff, Officer, Now))
            .Should().Throw<DomainRuleException>().Which.Code.Should().Be("not-a-chair");
    }

    [Test]
    public void Only_a_case_ready_for_panel_goes_on_the_agenda_and_only_once()
    {
        var meeting = Meeting();
        var ready = PlacementRequestFactory.At(Stage.ReadyForPanel);

        FluentActions.Invoking(() => meeting.AddToAgenda(PlacementRequestFactory.At(Stage.Evidence), null, Officer, Now))
            .Should().Throw<DomainRuleException>().Which.Code.Should().Be("case-not-ready-for-panel");
        meeting.AddToAgenda(ready, null, Officer, Now);
        FluentActions.Invoking(() => meeting.AddToAgenda(ready, null, Officer, Now))
            .Should().Throw<DomainRuleException>().Which.Code.Should().Be("already-on-agenda");
    }

    [Test]
    public void After_the_cut_off_a_case_goes_on_the_agenda_only_with_a_reason_and_is_marked_late()
    {
        var meeting = Meeting();
        var ready = PlacementRequestFactory.At(Stage.ReadyForPanel);

        FluentActions.Invoking(() => meeting.AddToAgenda(ready, null, Officer, CutOff))
            .Should().Throw<DomainRuleException>().Which.Code.Should().Be("late-reason-required");
        meeting.AddToAgenda(ready, "Urgent: out of school.", Officer, CutOff);

        meeting.AgendaItemFor(ready.Id)!.AddedAfterCutOff.Should().BeTrue();
    }

    [Test]
    public void Only_the_meetings_chair_records_attendance_and_not_before_the_day()
    {
        var meeting = Meeting();
        var everyone = Members.Prepend(Chair).Select(m => m.Id).ToList();

        FluentActions.Invoking(() => meeting.RecordAttendance(everyone, OtherChair.Id, MeetingDay))
            .Should().Throw<DomainPermissionException>().Which.Code.Should().Be("not-the-chair");
        FluentActions.Invoking(() => meeting.RecordAttendance(everyone, Chair.Id, CutOff))
            .Should().Throw<DomainRuleException>().Which.Code.Should().Be("attendance-before-meeting");
        FluentActions.Invoking(() => meeting.RecordAttendance([HealthMember.Id], Chair.Id, MeetingDay))
            .Should().Throw<DomainRuleException>().Which.Code.Should().Be("chair-absent");
    }

    [Test]
    public void A_conflict_takes_the_member_out_of_the_quorum_for_that_case_only()
    {
        var (meeting, placementRequest) = AtTheMeeting();
        var other = PlacementRequestFactory.At(Stage.ReadyForPanel);
        meeting.AddToAgenda(other, "Late.", Officer, MeetingDay);

        meeting.DeclareConflict(HealthMember.Id, placementRequest.Id, "Treats the child.", HealthMember.Id, MeetingDay);

        meeting.QuorumFor(placementRequest.Id).Check.MissingAgencies.Should().Equal(Agency.Health);
        meeting.QuorumFor(other.Id).Check.IsQuorate.Should().BeTrue();
        FluentActions.Invoking(() => meeting.PrepareDecision(placementRequest.Id, EducationMember.Id, MeetingDay))
            .Should().Throw<DomainRuleException>().Which.Code.Should().Be("no-quorum");
        FluentActions.Invoking(() => meeting.EnsureCanGiveView(HealthMember.Id, placementRequest.Id, MeetingDay))
            .Should().Throw<DomainPermissionException>().Which.Code.Should().Be("member-conflicted");
    }

    [Test]
    public void A_decision_on_a_case_not_on_the_agenda_is_refused()
    {
        var (meeting, _) = AtTheMeeting();

        FluentActions.Invoking(() => meeting.PrepareDecision(PlacementRequestId.New(), EducationMember.Id, MeetingDay))
            .Should().Throw<DomainRuleException>().Which.Code.Should().Be("case-not-on-agenda");
    }

    [Test]
    public void Papers_freeze_only_after_the_cut_off_unless_the_panel_has_begun()
    {
        var meeting = Meeting();
        var placementRequest = PlacementRequestFactory.At(Stage.ReadyForPanel);
        meeting.AddToAgenda(placementRequest, null, Officer, Now);

        FluentActions.Invoking(() => CasePack.Freeze(meeting, placementRequest.Id, 1, "{}", FreezeTrigger.CutOff, Officer, CutOff.AddMinutes(-1)))
            .Should().Throw<DomainRuleException>().Which.Code.Should().Be("before-cut-off");
        var pack = CasePack.Freeze(meeting, placementRequest.Id, 1, """{"a":1}""", FreezeTrigger.CutOff, Officer, CutOff);

        pack.IsIntact.Should().BeTrue();
        pack.Sha256.Should().Be(CasePack.HashOf("""{"a":1}"""));
    }
}
