using PanelCaseManager.Domain.Timeliness;
using PanelCaseManager.Application.Features.Timeliness;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Features.Panels;
using PanelCaseManager.Domain.Common;
using PanelCaseManager.Domain.Users;
using PanelCaseManager.Infrastructure.DemoData;
using PanelCaseManager.Testing;
using PanelCaseManager.Testing.Builders;

namespace PanelCaseManager.Application.Tests.Features.Panels;

public class ScheduleMeetingTests
{
    private ApplicationHarness _app = null!;

    [SetUp]
    public void SetUp() => _app = new ApplicationHarness();

    [TearDown]
    public async Task TearDown() => await _app.DisposeAsync();

    [Test]
    public async Task A_wednesday_meeting_has_its_evidence_cut_off_at_five_on_the_thursday_before()
    {
        var result = await _app.SendAs(Personas.SendOfficer, Panel.Meeting());

        result.CutOffAt.Should().Be(Panel.CutOff);
        var meeting = await _app.SendAs(Personas.PanelHealth, new GetPanelMeeting.Query(result.Id));
        meeting.Members.Should().HaveCount(5);
        meeting.Members.Single(m => m.Role == Domain.Panels.PanelRole.Chair).Name.Should().Be(Personas.PanelChair.DisplayName);
        meeting.QuorumRule.Should().Contain("education, health, social care, educational psychology each represented");
        meeting.PastCutOff.Should().BeFalse();
    }

    [Test]
    public async Task The_cut_off_skips_weekends_and_bank_holidays_and_is_five_oclock_london_time()
    {
        // Wednesday 30 December 2026: Christmas Day (Friday) and the Boxing Day substitute (Monday 28th) are not working days.
        var result = await _app.SendAs(Personas.SendOfficer, Panel.Meeting(new DateOnly(2026, 12, 30)));

        result.CutOffAt.Should().Be(new DateTimeOffset(2026, 12, 22, 17, 0, 0, TimeSpan.Zero));
    }

    [Test]
    public async Task In_summer_the_cut_off_is_five_oclock_british_summer_time()
    {
        _app.Clock.SetUtcNow(new DateTimeOffset(2027, 6, 1, 9, 0, 0, TimeSpan.Zero));

        var result = await _app.SendAs(Personas.SendOfficer, Panel.Meeting(new DateOnly(2027, 6, 16)));

        result.CutOffAt.Should().Be(new DateTimeOffset(2027, 6, 10, 17, 0, 0, TimeSpan.FromHours(1)));
    }

    [Test]
    public async Task The_cut_off_counts_working_days_by_the_bank_holidays_an_administrator_keeps()
    {
        await _app.DisposeAsync();
        _app = new ApplicationHarness(new Dictionary<string, string?>
        {
            ["Panels:EvidenceCutOffWorkingDays"] = "2",
            ["Panels:EvidenceCutOffTime"] = "12:00",
        });
        var holidays2026 = BankHoliday.EnglandAndWales2025To2028.Where(h => h.Date.Year == 2026)
            .Select(h => new ImportBankHolidays.HolidayInput(h.Title, h.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)))
            .Append(new ImportBankHolidays.HolidayInput("Extra bank holiday", "2026-11-30"))
            .ToList();
        await _app.SendAs(Personas.Administrator, new ImportBankHolidays.Command("england-and-wales", holidays2026));

        var result = await _app.SendAs(Personas.SendOfficer, Panel.Meeting());

        result.CutOffAt.Should().Be(new DateTimeOffset(2026, 11, 27, 12, 0, 0, TimeSpan.Zero));
    }

    [Test]
    public async Task The_first_meeting_records_the_configured_terms_of_reference_as_version_one()
    {
        var result = await _app.SendAs(Personas.SendOfficer, Panel.Meeting());

        result.TermsOfReferenceNumber.Should().Be(1);
        var terms = await _app.Read(db => db.TermsOfReference.SingleAsync());
        terms.FromConfiguration.Should().BeTrue();
        terms.EffectiveFrom.Should().Be(TestClock.Today);
        terms.QuorumAgencies.Should().Equal(Agency.Education, Agency.Health, Agency.SocialCare, Agency.EducationalPsychology);
        terms.EvidenceCutOffWorkingDays.Should().Be(4);
        (await _app.SendAs(Personas.SendOfficer, Panel.Meeting(new DateOnly(2026, 12, 9)))).TermsOfReferenceNumber.Should().Be(1);
        (await _app.Read(db => db.TermsOfReference.CountAsync())).Should().Be(1);
    }

    [Test]
    public async Task A_membership_that_could_never_be_quorate_is_refused()
    {
        var command = Panel.Meeting() with { MemberIds = [Personas.PanelEducation.Id, Personas.PanelHealth.Id, Personas.PanelPsychologist.Id] };

        var refusal = await FluentActions.Awaiting(() => _app.SendAs(Personas.SendOfficer, command)).Should().ThrowAsync<DomainRuleException>();

        refusal.Which.Code.Should().Be("membership-cannot-be-quorate");
        refusal.Which.Message.Should().Contain("no social care member");
        (await _app.Read(db => db.PanelMeetings.CountAsync())).Should().Be(0);
    }

    [Test]
    public async Task A_meeting_whose_cut_off_has_passed_cannot_be_scheduled()
    {
        var refusal = await FluentActions.Awaiting(() => _app.SendAs(Personas.SendOfficer, Panel.Meeting(new DateOnly(2026, 11, 24))))
            .Should().ThrowAsync<DomainRuleException>();

        refusal.Which.Code.Should().Be("cut-off-already-past");
    }

    [Test]
    public async Task Bad_input_names_each_field()
    {
        var command = new ScheduleMeeting.Command("", TestClock.Today.AddDays(-1), null, Personas.PanelHealth.Id, [Personas.SendOfficer.Id, Personas.SendOfficer.Id]);

        var errors = (await FluentActions.Awaiting(() => _app.SendAs(Personas.SendOfficer, command)).Should().ThrowAsync<RequestValidationException>()).Which.Errors;

        errors.Should().ContainKeys("title", "meetingDate", "chairId", "memberIds");
    }

    [Test]
    public async Task A_meeting_without_members_names_them()
    {
        (await FluentActions.Awaiting(() => _app.SendAs(Personas.SendOfficer, Panel.Meeting() with { MemberIds = null })).Should().ThrowAsync<RequestValidationException>())
            .Which.Errors.Should().ContainKey("memberIds");
    }

    [Test]
    public async Task Someone_who_is_not_a_panel_member_cannot_sit_on_the_panel()
    {
        var command = Panel.Meeting() with { MemberIds = [.. Panel.Members.Select(m => m.Id), Personas.Auditor.Id] };

        (await FluentActions.Awaiting(() => _app.SendAs(Personas.SendOfficer, command)).Should().ThrowAsync<RequestValidationException>())
            .Which.Errors.Should().ContainKey("memberIds");
    }

    [Test]
    public async Task A_panel_member_cannot_schedule_a_meeting()
    {
        await FluentActions.Awaiting(() => _app.SendAs(Personas.PanelHealth, Panel.Meeting())).Should().ThrowAsync<ForbiddenException>();
    }

    [Test]
    public async Task Meetings_are_listed_by_date()
    {
        await _app.SendAs(Personas.SendOfficer, Panel.Meeting(new DateOnly(2026, 12, 9)));
        await _app.SendAs(Personas.SendOfficer, Panel.Meeting());

        var list = await _app.SendAs(Personas.Auditor, new ListPanelMeetings.Query(new DateOnly(2026, 12, 1), new DateOnly(2026, 12, 31)));

        list.Select(m => m.MeetingDate).Should().Equal(new DateOnly(2026, 12, 2), new DateOnly(2026, 12, 9));
    }
}
