using System.Text;
using Microsoft.EntityFrameworkCore;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Features.Partners;
using PanelCaseManager.Application.Features.Plans;
using PanelCaseManager.Application.Features.Reviews;
using PanelCaseManager.Application.Tests.Features.Provision;
using PanelCaseManager.Domain.Common;
using PanelCaseManager.Domain.Plans;
using PanelCaseManager.Domain.Users;
using PanelCaseManager.Infrastructure.DemoData;
using PanelCaseManager.Testing;
using PanelCaseManager.Testing.Builders;

namespace PanelCaseManager.Application.Tests.Features.Reviews;

/// <summary>
/// Annual reviews through the whole pipeline (CFA 2014 s.44; SEND Regulations 2014 regs 20–22): the officer records the
/// meeting, the plan's setting returns the paperwork, the council decides and the amended plan follows. Today is Friday
/// 20 November 2026. Dates are counted by hand in the comments.
/// </summary>
public class AnnualReviewTests
{
    private const string Header = "upn,given_name,family_name,date_of_birth,year_group,setting_urn,plan_date,last_review_date,officer_email";

    // Brookside, the North's: reviewed 10 March 2026, next due 9 March 2027.
    private const string Ffion = ",Ffion,Davies,2015-10-03,Year 6,117660,2022-03-15,2026-03-10,amira.khan@example.gov.uk";

    // Brookside, the North's: plan of 31 January 2025, review due by 30 January 2026 — overdue.
    private const string Leo = ",Leo,Martin,2017-05-04,Year 5,117660,2025-01-31,,amira.khan@example.gov.uk";

    // Larkspur, the South's.
    private const string Priya = ",Priya,Shah,2010-09-01,11,117701,2019-06-01,2025-12-31,tom.fletcher@example.gov.uk";

    private static readonly Persona BrooksideSenco = new("brookside-senco-test", "Nia Roberts", "senco@brookside.example.sch.uk", Role.SettingContact, null, null);
    private static readonly Persona LarkspurSenco = new("larkspur-senco-test", "Sam Okafor", "senco@larkspur.example.sch.uk", Role.SettingContact, null, null);
    private static readonly DateOnly Meeting = new(2026, 11, 16);

    private ApplicationHarness _app = null!;
    private Guid _leo;
    private Guid _priya;

    [SetUp]
    public async Task SetUp()
    {
        _app = new ApplicationHarness();
        await _app.PublishSector();
        var brookside = (await _app.SendAs(Personas.Administrator, Catalogue.Setting("117660", "Brookside Special School"))).Id;
        var larkspur = (await _app.SendAs(Personas.Administrator, Catalogue.Setting("117701", "Larkspur School"))).Id;
        await _app.SendAs(Personas.SendOfficer, new InvitePartner.Command(BrooksideSenco.Id, BrooksideSenco.DisplayName, BrooksideSenco.Email, Role.SettingContact, null, brookside));
        await _app.SendAs(Personas.Administrator, new InvitePartner.Command(LarkspurSenco.Id, LarkspurSenco.DisplayName, LarkspurSenco.Email, Role.SettingContact, null, larkspur));
        var csv = Encoding.UTF8.GetBytes(string.Join("\r\n", Header, Ffion, Leo, Priya) + "\r\n");
        await _app.SendAs(Personas.Administrator, new ImportPlans.Command(csv));
        var plans = await _app.Read(db => db.Plans.Join(db.Children, p => p.ChildId, c => c.Id, (p, c) => new { p.Id, c.GivenName }).ToListAsync());
        _leo = plans.Single(p => p.GivenName == "Leo").Id;
        _priya = plans.Single(p => p.GivenName == "Priya").Id;
    }

    [TearDown]
    public async Task TearDown() => await _app.DisposeAsync();

    private Task<RecordReviewMeeting.Result> Held(DateOnly? on = null) => _app.SendAs(Personas.SendOfficer, new RecordReviewMeeting.Command(_leo, on ?? Meeting));

    private static ReturnReviewPaperwork.Command Paperwork(Guid reviewId, int version, ReviewRecommendation recommendation = ReviewRecommendation.Amend, DateOnly? reportDate = null) =>
        new(reviewId, version, reportDate ?? Meeting, "Parent, SENCO, class teacher", "I like art.", "We want more speech therapy.", recommendation, "New outcomes for Year 6.");

    [Test]
    public async Task Recording_the_meeting_asks_the_plans_setting_for_the_paperwork_in_2_weeks_and_the_decision_in_4()
    {
        var held = await Held();

        // Monday 16 November 2026: + 14 days = Monday 30 November; + 28 days = Monday 14 December.
        held.PaperworkDue.Should().Be(new DateOnly(2026, 11, 30));
        held.DecisionDue.Should().Be(new DateOnly(2026, 12, 14));
        var plan = await _app.Read(db => db.Plans.SingleAsync(p => p.Id == _leo));
        plan.LastReviewDate.Should().Be(Meeting);
        (await _app.Read(db => db.Notifications.CountAsync(n => n.RecipientId == new UserId(BrooksideSenco.Id) && n.Kind == ReviewNotifications.PaperworkAsked))).Should().Be(1);
        (await _app.SendAs(BrooksideSenco, new ListSettingReviews.Query())).Should().ContainSingle(r => r.ReviewId == held.ReviewId && r.CanReturn);
        (await _app.SendAs(LarkspurSenco, new ListSettingReviews.Query())).Should().BeEmpty();
    }

    [Test]
    public async Task A_meeting_in_the_future_is_refused_naming_the_date()
    {
        var act = () => Held(new DateOnly(2026, 11, 21));

        (await act.Should().ThrowAsync<RequestValidationException>()).Which.Errors.Should().ContainKey("meetingDate");
        (await _app.Read(db => db.AnnualReviews.CountAsync())).Should().Be(0);
    }

    [Test]
    public async Task The_same_review_twice_is_a_conflict_and_writes_nothing()
    {
        await Held();

        var again = () => Held();

        (await again.Should().ThrowAsync<DomainRuleException>()).Which.Code.Should().Be("meeting-already-recorded");
        var other = () => Held(new DateOnly(2026, 11, 18));
        (await other.Should().ThrowAsync<DomainRuleException>()).Which.Code.Should().Be("review-in-progress");
        (await _app.Read(db => db.AnnualReviews.CountAsync())).Should().Be(1);
    }

    [Test]
    public async Task Another_teams_plan_and_review_are_not_found()
    {
        var held = await Held();

        await FluentActions.Awaiting(() => _app.SendAs(Personas.SecondSendOfficer, new RecordReviewMeeting.Command(_leo, Meeting))).Should().ThrowAsync<NotFoundException>();
        await FluentActions.Awaiting(() => _app.SendAs(Personas.SecondSendOfficer, new GetReview.Query(held.ReviewId))).Should().ThrowAsync<NotFoundException>();
        await FluentActions.Awaiting(() => _app.SendAs(Personas.SecondSendOfficer, new DecideReview.Command(held.ReviewId, 1, ReviewOutcome.Maintain, Meeting, "Keep."))).Should().ThrowAsync<NotFoundException>();
        await FluentActions.Awaiting(() => _app.SendAs(Personas.SendOfficer, new GetPlanReviews.Query(_priya))).Should().ThrowAsync<NotFoundException>();
        (await _app.SendAs(Personas.SecondSendOfficer, new ListReviews.Query(null, null, null, null))).Items.Should().NotContain(i => i.PlanId == _leo);
        await FluentActions.Awaiting(() => _app.SendAs(Personas.SendOfficer, new ListReviews.Query(null, "South", null, null))).Should().ThrowAsync<NotFoundException>();
        await FluentActions.Awaiting(() => _app.SendAs(Personas.Family, new ListReviews.Query(null, null, null, null))).Should().ThrowAsync<ForbiddenException>();
        await FluentActions.Awaiting(() => _app.SendAs(Personas.Family, new GetReview.Query(held.ReviewId))).Should().ThrowAsync<ForbiddenException>();
    }

    [Test]
    public async Task The_setting_returns_the_paperwork_once_and_another_setting_finds_nothing()
    {
        var held = await Held();

        await FluentActions.Awaiting(() => _app.SendAs(LarkspurSenco, Paperwork(held.ReviewId, held.Version))).Should().ThrowAsync<NotFoundException>();
        await FluentActions.Awaiting(() => _app.SendAs(LarkspurSenco, new GetSettingReview.Query(held.ReviewId))).Should().ThrowAsync<NotFoundException>();
        await FluentActions.Awaiting(() => _app.SendAs(Personas.SendOfficer, Paperwork(held.ReviewId, held.Version))).Should().ThrowAsync<ForbiddenException>();
        var returned = await _app.SendAs(BrooksideSenco, Paperwork(held.ReviewId, held.Version));

        returned.ReturnedOn.Should().Be(new DateOnly(2026, 11, 20));
        returned.Late.Should().BeFalse();
        var review = await _app.SendAs(Personas.SendOfficer, new GetReview.Query(held.ReviewId));
        review.Recommendation.Should().Be(ReviewRecommendation.Amend);
        review.Attendees.Should().Be("Parent, SENCO, class teacher");
        review.Standing.Should().Be(ReviewStanding.DecisionDue);
        var twice = () => _app.SendAs(BrooksideSenco, Paperwork(held.ReviewId, returned.Version));
        (await twice.Should().ThrowAsync<DomainRuleException>()).Which.Code.Should().Be("paperwork-already-returned");
    }

    [Test]
    public async Task Paperwork_dated_before_the_meeting_is_refused_and_nothing_is_written()
    {
        var held = await Held();

        var act = () => _app.SendAs(BrooksideSenco, Paperwork(held.ReviewId, held.Version, reportDate: new DateOnly(2026, 11, 13)));

        (await act.Should().ThrowAsync<DomainRuleException>()).Which.Code.Should().Be("report-before-meeting");
        (await _app.Read(db => db.AnnualReviews.SingleAsync())).PaperworkReturnedOn.Should().BeNull();
        (await _app.Read(db => db.Notifications.CountAsync(n => n.Kind == ReviewNotifications.PaperworkReturned))).Should().Be(0);
    }

    [Test]
    public async Task Paperwork_without_a_recommendation_or_attendees_is_refused_by_field()
    {
        var held = await Held();

        var act = () => _app.SendAs(BrooksideSenco, new ReturnReviewPaperwork.Command(held.ReviewId, held.Version, Meeting, " ", null, null, null, null));

        (await act.Should().ThrowAsync<RequestValidationException>()).Which.Errors.Keys.Should().Contain(["attendees", "childViews", "recommendation", "reasons"]);
    }

    [Test]
    public async Task Amendments_proposed_make_the_amended_plan_due_in_8_weeks_and_its_issue_is_recorded_on_the_plan()
    {
        var held = await Held();
        var returned = await _app.SendAs(BrooksideSenco, Paperwork(held.ReviewId, held.Version));

        // Proposed on Friday 20 November 2026: + 56 days = Friday 15 January 2027 (11 days of November, 31 of December, 14... counted: 20 Nov + 10 = 30 Nov, + 31 = 31 Dec, + 15 = 15 Jan).
        var decided = await _app.SendAs(Personas.SendOfficer, new DecideReview.Command(held.ReviewId, returned.Version, ReviewOutcome.Amend, new DateOnly(2026, 11, 20), "Section F to change."));
        decided.OnTime.Should().BeTrue();
        decided.AmendedPlanDue.Should().Be(new DateOnly(2027, 1, 15));
        (await _app.SendAs(Personas.SendOfficer, new ListReviews.Query(ReviewStanding.AmendedPlanDue, null, null, null))).Items.Should().ContainSingle(i => i.ReviewId == held.ReviewId);

        var issued = await _app.SendAs(Personas.SendOfficer, new RecordReviewAmendedPlan.Command(held.ReviewId, decided.Version, new DateOnly(2026, 11, 20)));

        issued.OnTime.Should().BeTrue();
        (await _app.Read(db => db.Plans.SingleAsync(p => p.Id == _leo))).LastAmendedOn.Should().Be(new DateOnly(2026, 11, 20));
        (await _app.SendAs(Personas.SendOfficer, new GetReview.Query(held.ReviewId))).Standing.Should().Be(ReviewStanding.Complete);
    }

    [Test]
    public async Task A_decision_to_cease_ends_the_plan_and_nothing_is_decided_or_reviewed_after_it()
    {
        var held = await Held();
        var decided = await _app.SendAs(Personas.SendOfficer, new DecideReview.Command(held.ReviewId, held.Version, ReviewOutcome.Cease, new DateOnly(2026, 11, 19), "Outcomes met."));

        (await _app.Read(db => db.Plans.SingleAsync(p => p.Id == _leo))).CeasedOn.Should().Be(new DateOnly(2026, 11, 19));
        var again = () => _app.SendAs(Personas.SendOfficer, new DecideReview.Command(held.ReviewId, decided.Version, ReviewOutcome.Maintain, new DateOnly(2026, 11, 20), "Keep."));
        (await again.Should().ThrowAsync<DomainRuleException>()).Which.Code.Should().Be("review-decided");
        var next = () => Held(new DateOnly(2026, 11, 20));
        (await next.Should().ThrowAsync<DomainRuleException>()).Which.Code.Should().Be("plan-ceased");
        (await _app.SendAs(Personas.SendOfficer, new ListReviews.Query(null, null, null, null))).Items.Should().NotContain(i => i.PlanId == _leo);
    }

    [Test]
    public async Task The_officers_list_shows_each_review_by_its_standing()
    {
        var list = await _app.SendAs(Personas.SendOfficer, new ListReviews.Query(null, null, null, null));
        // Leo's review was due by 30 January 2026: overdue. Ffion's is due 9 March 2027, beyond the 90 days from 20 November 2026 (18 February 2027).
        list.Items.Should().ContainSingle(i => i.PlanId == _leo && i.Standing == ReviewStanding.Overdue && i.NextDate == new DateOnly(2026, 1, 30));
        list.Items.Should().HaveCount(1);

        var held = await Held();
        _app.Clock.Advance(TimeSpan.FromDays(11));
        // Tuesday 1 December 2026: the paperwork was due on 30 November.
        var late = await _app.SendAs(Personas.SendOfficer, new ListReviews.Query(ReviewStanding.PaperworkLate, null, null, null));
        late.Items.Should().ContainSingle(i => i.ReviewId == held.ReviewId && i.DaysToNext == -1);
        (await _app.SendAs(Personas.SendOfficer, new ListReviews.Query(ReviewStanding.AwaitingPaperwork, null, null, null))).Items.Should().BeEmpty();
    }
}
