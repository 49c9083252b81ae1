using PanelCaseManager.Domain.Common;
using PanelCaseManager.Domain.Consultations;
using PanelCaseManager.Domain.Panels;
using PanelCaseManager.Domain.Tests.Panels;
using static PanelCaseManager.Domain.Tests.Panels.PanelFactory;

namespace PanelCaseManager.Domain.Tests.Consultations;

public class ConsultationTests
{
    private static PanelDecision SignedDecision(DecisionContent content)
    {
        var (meeting, placementRequest) = AtTheMeeting();
        var decision = PanelDecision.Record(content, Setting(meeting, placementRequest), null, null, EducationMember.Id, MeetingDay);
        decision.SignOff(meeting, Chair.Id, MeetingDay);
        return decision;
    }

    [Test]
    public void A_setting_has_the_configured_days_to_reply_and_the_outcome_waits_for_them()
    {
        var consultation = Consultation.Start(SignedDecision(PanelFactory.NameAnother()), "Woodlands Academy SRP", null, null, MeetingDate, 15, Officer, MeetingDay);

        consultation.DueOn.Should().Be(MeetingDate.AddDays(15));
        FluentActions.Invoking(() => consultation.RecordOutcome(ConsultationOutcome.SettingToBeNamed, "No reply.", Officer, MeetingDay.AddDays(15)))
            .Should().Throw<DomainRuleException>().Which.Code.Should().Be("awaiting-response");
        consultation.RecordOutcome(ConsultationOutcome.SettingToBeNamed, "No reply within 15 days.", Officer, MeetingDay.AddDays(16));
        consultation.IsOpen.Should().BeFalse();
    }

    [Test]
    public void A_reply_comes_after_the_consultation_was_sent_and_only_once()
    {
        var consultation = Consultation.Start(SignedDecision(PanelFactory.NameAnother()), "Woodlands Academy SRP", null, null, MeetingDate, 15, Officer, MeetingDay);

        FluentActions.Invoking(() => consultation.RecordResponse(MeetingDate.AddDays(-1), ConsultationResponse.CanMeetNeeds, "Yes.", Officer, MeetingDay))
            .Should().Throw<DomainRuleException>().Which.Code.Should().Be("response-before-sent");
        consultation.RecordResponse(MeetingDate, ConsultationResponse.CannotMeetNeeds, "Full.", Officer, MeetingDay);
        FluentActions.Invoking(() => consultation.RecordResponse(MeetingDate, ConsultationResponse.CanMeetNeeds, "Yes.", Officer, MeetingDay))
            .Should().Throw<DomainRuleException>().Which.Code.Should().Be("response-already-recorded");
    }

    [Test]
    public void Only_a_signed_off_decision_naming_a_setting_or_type_is_consulted_on()
    {
        FluentActions.Invoking(() => Consultation.Start(SignedDecision(PanelFactory.Defer()), "Any", null, null, MeetingDate, 15, Officer, MeetingDay))
            .Should().Throw<DomainRuleException>().Which.Code.Should().Be("decision-names-no-setting");
    }
}
