using System.Text;
using Microsoft.EntityFrameworkCore;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Features.Plans;
using PanelCaseManager.Application.Tests.Features.Provision;
using PanelCaseManager.Domain.Plans;
using PanelCaseManager.Infrastructure.DemoData;
using PanelCaseManager.Testing;
using PanelCaseManager.Testing.Builders;

namespace PanelCaseManager.Application.Tests.Features.Plans;

/// <summary>
/// The plan register through the whole pipeline: the administrator's import (all rows or none, each problem by row and
/// column), the team's register with each next review (CFA 2014 s.44(1)), and the phase transfer cohort (reg 18), seen
/// by the team that holds the plans only. Today is Friday 20 November 2026 (school year 2026/27).
/// </summary>
public class PlanRegisterTests
{
    private const string Header = "upn,given_name,family_name,date_of_birth,year_group,setting_urn,plan_date,last_review_date,officer_email";

    // Born 3 October 2015: 10 on 31 August 2026, Year 6 in 2026/27, moving to secondary in September 2027.
    private const string Ffion = ",Ffion,Davies,2015-10-03,Year 6,117660,2022-03-15,2026-03-10,amira.khan@example.gov.uk";

    // Born 25 December 2019: 6 on 31 August 2026, Year 2; infant to junior in September 2027.
    private const string Oscar = ",Oscar,Nowak,25/12/2019,Y2,117701,2024-02-29,,amira.khan@example.gov.uk";

    // Born 1 September 2010: 15 on 31 August 2026, Year 11; school to post-16 by 31 March 2027. South team's.
    private const string Priya = ",Priya,Shah,2010-09-01,11,117701,2019-06-01,2025-12-31,tom.fletcher@example.gov.uk";

    // Born 4 May 2017: 9 on 31 August 2026, Year 5; no transfer in 2027.
    private const string Leo = ",Leo,Martin,2017-05-04,Year 5,117660,2025-01-31,,amira.khan@example.gov.uk";

    private ApplicationHarness _app = null!;

    [SetUp]
    public async Task SetUp()
    {
        _app = new ApplicationHarness();
        await _app.PublishSector();
        await _app.SendAs(Personas.Administrator, Catalogue.Setting("117660", "Brookside Special School"));
        await _app.SendAs(Personas.Administrator, Catalogue.Setting("117701", "Larkspur School"));
    }

    [TearDown]
    public async Task TearDown() => await _app.DisposeAsync();

    private static byte[] Csv(params string[] rows) => Encoding.UTF8.GetBytes(string.Join("\r\n", [Header, .. rows]) + "\r\n");

    private Task<ImportPlans.Result> Import(params string[] rows) => _app.SendAs(Personas.Administrator, new ImportPlans.Command(Csv(rows)));

    private async Task<IReadOnlyDictionary<string, string[]>> Refused(byte[] content)
    {
        var act = () => _app.SendAs(Personas.Administrator, new ImportPlans.Command(content));
        var errors = (await act.Should().ThrowAsync<RequestValidationException>()).Which.Errors;
        (await _app.Read(db => db.Plans.CountAsync())).Should().Be(0, "a file with any bad row imports nothing");
        (await _app.Read(db => db.Children.CountAsync())).Should().Be(0, "nor any child");
        return errors;
    }

    [Test]
    public async Task An_import_adds_each_child_and_plan_with_its_officer_setting_and_dates()
    {
        var result = await Import(Ffion, Oscar, Priya);

        result.Should().Be(new ImportPlans.Result(3, 3, 3, 0));
        var plans = await _app.Read(db => db.Plans.Join(db.Children, p => p.ChildId, c => c.Id, (p, c) => new { p, c }).OrderBy(x => x.c.GivenName).ToListAsync());
        plans.Select(x => x.c.GivenName).Should().Equal("Ffion", "Oscar", "Priya");
        plans[0].p.OfficerId.Value.Should().Be(Personas.SendOfficer.Id);
        plans[0].p.LastReviewDate.Should().Be(new DateOnly(2026, 3, 10));
        plans[0].c.CurrentSetting.Should().Be("Brookside Special School");
        plans[1].p.PlanDate.Should().Be(new DateOnly(2024, 2, 29), "01/09/2026 style dates are read day first");
        plans[1].p.LastReviewDate.Should().BeNull();
        plans.Should().OnlyContain(x => x.p.Source == PlanSource.Imported);
    }

    [Test]
    public async Task A_file_with_bad_rows_imports_nothing_and_names_each_row_and_column()
    {
        var errors = await Refused(Csv(
            Ffion,
            ",Oscar,Nowak,25/12/2019,Year 3,999999,2027-01-04,,nobody@example.gov.uk",
            ",Sam,Cole,2016-01-01,Year 6,117660,2024-05-01,2024-04-30,amira.khan@example.gov.uk",
            ",ffion,DAVIES,2015-10-03,Year 6,117660,2022-03-15,,amira.khan@example.gov.uk",
            ",\"=HYPERLINK(\"\"http://evil.example\"\")\",Cole,2016-01-01,Year 6,117660,2024-05-01,,amira.khan@example.gov.uk",
            ",Ava,Reed,2016-13-01,Year 6,117660,,,amira.khan@example.gov.uk"));

        errors.Keys.Should().NotContain(k => k.StartsWith("rows[2]", StringComparison.Ordinal), "Ffion's row is good");
        errors["rows[3].year_group"].Single().Should().Be("Row 3, year_group: Year 3 does not match the date of birth 25 December 2019: a child born then is in Year 2 this school year.");
        errors["rows[3].setting_urn"].Single().Should().Contain("There is no setting with URN 999999 in the catalogue");
        errors["rows[3].plan_date"].Single().Should().Contain("The plan date 4 January 2027 is in the future");
        errors["rows[3].officer_email"].Single().Should().Contain("no active SEND officer or team manager with the email address nobody@example.gov.uk");
        errors["rows[4].last_review_date"].Single().Should().Contain("The last review date 30 April 2024 is before the plan date 1 May 2024");
        errors["rows[5].row"].Single().Should().Contain("also on row 2", "the same name and date of birth, whatever the case, is the same child");
        errors["rows[6].given_name"].Single().Should().Contain("spreadsheet formula");
        errors["rows[7].date_of_birth"].Single().Should().Contain("'2016-13-01' is not a date");
        errors["rows[7].plan_date"].Single().Should().Contain("empty");
        errors["file"].Should().Contain(m => m.Contains("Nothing was imported", StringComparison.Ordinal));
    }

    [Test]
    public async Task A_child_already_in_the_register_is_refused_and_the_register_is_unchanged()
    {
        await Import(Ffion);

        var act = () => Import(Oscar, Ffion);

        var errors = (await act.Should().ThrowAsync<RequestValidationException>()).Which.Errors;
        errors["rows[3].row"].Single().Should().Contain("already in the register");
        (await _app.Read(db => db.Plans.CountAsync())).Should().Be(1, "Oscar's good row is not imported either");
    }

    [Test]
    public async Task A_file_that_is_not_utf8_or_too_large_or_not_csv_is_refused_as_a_whole()
    {
        var latin1 = Encoding.Latin1.GetBytes($"{Header}\r\n,Zoë,Brontë,2015-10-03,Year 6,117660,2022-03-15,,amira.khan@example.gov.uk\r\n");
        (await Refused(latin1))["file"].Single().Should().Contain("not UTF-8");

        var fiftyMegabytes = new byte[50 * 1024 * 1024];
        Array.Fill(fiftyMegabytes, (byte)'a');
        (await Refused(fiftyMegabytes))["file"].Single().Should().Contain("larger than 10 MB");

        (await Refused(Encoding.UTF8.GetBytes($"{Header}\r\n,\"Ffion,Davies,2015-10-03\r\n")))["file"].Should().Contain(m => m.Contains("not well-formed CSV", StringComparison.Ordinal));
        (await Refused(Encoding.UTF8.GetBytes("name,dob\r\nFfion,2015-10-03\r\n")))["header"].Single().Should().Contain("Missing columns: upn, given_name");
        (await Refused([0x50, 0x4B, 0x03, 0x04, 0x00, 0x00]))["file"].Single().Should().Contain("binary data");
    }

    [Test]
    public async Task Only_an_administrator_may_import()
    {
        var act = () => _app.SendAs(Personas.SendOfficer, new ImportPlans.Command(Csv(Ffion)));

        await act.Should().ThrowAsync<ForbiddenException>();
        (await _app.Read(db => db.Plans.CountAsync())).Should().Be(0);
    }

    [Test]
    public async Task The_register_shows_a_team_its_own_plans_with_each_next_review_soonest_first()
    {
        await Import(Ffion, Oscar, Priya);

        var north = await _app.SendAs(Personas.TeamManager, new ListPlans.Query(null, null, null, null));
        var south = await _app.SendAs(Personas.SecondSendOfficer, new ListPlans.Query(null, null, null, null));

        // Oscar: 12 months starting with 29 February 2024 end on 28 February 2025, long overdue (20 Nov 2026 − 28 Feb 2025 = 630 days).
        // Ffion: reviewed 10 March 2026, next due by 9 March 2027.
        north.Items.Select(i => (i.ChildName, i.ReviewDue, i.DaysToReview)).Should().Equal(
            ("Oscar Nowak", new DateOnly(2025, 2, 28), -630),
            ("Ffion Davies", new DateOnly(2027, 3, 9), 109));
        north.Items[1].YearGroup.Should().Be("Year 6");
        north.Items[1].Setting.Should().Be("Brookside Special School");
        south.Items.Should().ContainSingle().Which.ReviewDue.Should().Be(new DateOnly(2026, 12, 30), "12 months starting with 31 December 2025 end on 30 December 2026");

        var dueByChristmas = await _app.SendAs(Personas.SendOfficer, new ListPlans.Query(null, new DateOnly(2026, 12, 25), null, null));
        dueByChristmas.Items.Select(i => i.ChildName).Should().Equal("Oscar Nowak");
        var byName = await _app.SendAs(Personas.SendOfficer, new ListPlans.Query("ffion", null, null, null));
        byName.Items.Select(i => i.ChildName).Should().Equal("Ffion Davies");
    }

    [Test]
    public async Task The_cohort_of_September_2027_holds_the_teams_movers_with_their_statutory_dates()
    {
        await Import(Ffion, Oscar, Priya, Leo);

        var north = await _app.SendAs(Personas.SendOfficer, new GetPhaseTransferCohort.Query(2027, null, null, null, null, null));
        var south = await _app.SendAs(Personas.SecondSendOfficer, new GetPhaseTransferCohort.Query(2027, null, null, null, null, null));

        // 20 November 2026 to 15 February 2027: 10 + 31 + 31 + 15 = 87 days, more than 70: on track.
        north.Children.Select(c => (c.ChildName, c.YearGroup, c.Phase, c.Deadline, c.DaysToDeadline, c.Standing)).Should().BeEquivalentTo(new[]
        {
            ("Ffion Davies", "Year 6", TransferPhase.IntoSecondary, new DateOnly(2027, 2, 15), 87, TransferStanding.OnTrack),
            ("Oscar Nowak", "Year 2", TransferPhase.WithinPrimary, new DateOnly(2027, 2, 15), 87, TransferStanding.OnTrack),
        });
        north.Children.Should().OnlyContain(c => c.PlacementRequestId == null && c.PreferencesGiven == 0);
        // 20 November 2026 to 31 March 2027: 10 + 31 + 31 + 28 + 31 = 131 days.
        south.Children.Should().ContainSingle().Which.Should().Match<GetPhaseTransferCohort.Child>(c =>
            c.ChildName == "Priya Shah" && c.Phase == TransferPhase.IntoPost16 && c.Deadline == new DateOnly(2027, 3, 31) && c.DaysToDeadline == 131);

        // Leo is 10 on 31 August 2027: Year 6 in 2027/28, moving in September 2028.
        var leosYear = await _app.SendAs(Personas.SendOfficer, new GetPhaseTransferCohort.Query(2028, null, null, null, null, null));
        leosYear.Children.Select(c => c.ChildName).Should().Equal(["Leo Martin"], "Ffion and Oscar have moved by then, and Leo is in that cohort only");
    }

    [Test]
    public async Task As_15_February_nears_an_undecided_transfer_is_at_risk_and_after_it_late()
    {
        await Import(Ffion);

        _app.Clock.SetUtcNow(new DateTimeOffset(2027, 1, 1, 10, 0, 0, TimeSpan.Zero));
        var january = await _app.SendAs(Personas.SendOfficer, new GetPhaseTransferCohort.Query(2027, null, null, null, null, null));
        _app.Clock.SetUtcNow(new DateTimeOffset(2027, 2, 16, 10, 0, 0, TimeSpan.Zero));
        var afterTheDate = await _app.SendAs(Personas.SendOfficer, new GetPhaseTransferCohort.Query(2027, null, null, null, null, null));

        // 1 January to 15 February 2027: 31 + 14 = 45 days, fewer than 70, no decision.
        january.Children.Single().Should().Match<GetPhaseTransferCohort.Child>(c => c.Standing == TransferStanding.AtRisk && c.DaysToDeadline == 45);
        (january.AtRisk, january.OnTrack, january.Late).Should().Be((1, 0, 0));
        afterTheDate.Children.Single().Should().Match<GetPhaseTransferCohort.Child>(c => c.Standing == TransferStanding.Late && c.DaysToDeadline == -1);
    }

    [Test]
    public async Task A_child_the_service_knows_keeps_their_record_and_the_cohort_shows_their_transfer_request()
    {
        // A.PlacementRequest's child: Ffion Llewelyn-Jones, born 14 March 2016, 10 on 31 August 2026, Year 6 in 2026/27.
        var request = await _app.SendAs(Personas.SendOfficer, A.PlacementRequest() with { Type = Domain.PlacementRequests.RequestType.PhaseTransfer });

        var result = await Import(",FFION,llewelyn-jones,2016-03-14,Year 6,117660,2022-03-15,,amira.khan@example.gov.uk");

        result.Should().Be(new ImportPlans.Result(1, 1, 0, 1));
        (await _app.Read(db => db.Children.CountAsync())).Should().Be(1, "the child of the request is the child of the plan");
        var cohort = await _app.SendAs(Personas.SendOfficer, new GetPhaseTransferCohort.Query(2027, null, null, null, null, null));
        cohort.Children.Should().ContainSingle().Which.Should().Match<GetPhaseTransferCohort.Child>(c =>
            c.PlacementRequestId == request.Id && c.CaseReference == request.Reference && c.RequestReceived == new DateOnly(2026, 11, 10)
            && c.PreferencesGiven == 2 && c.SettingsConsulted == 0 && c.PanelDate == null && c.AmendedPlanIssued == null);
    }

    [Test]
    public async Task The_cohort_filters_by_phase_sector_and_setting()
    {
        await Import(Ffion, Oscar);
        var brookside = await _app.Read(db => db.Settings.Where(s => s.Name == "Brookside Special School").Select(s => s.Id.Value).SingleAsync());

        var secondary = await _app.SendAs(Personas.SendOfficer, new GetPhaseTransferCohort.Query(2027, null, TransferPhase.IntoSecondary, null, null, null));
        var atBrookside = await _app.SendAs(Personas.SendOfficer, new GetPhaseTransferCohort.Query(2027, null, null, null, brookside, null));
        var noSuchSector = await _app.SendAs(Personas.SendOfficer, new GetPhaseTransferCohort.Query(2027, null, null, "astrology", null, null));

        secondary.Children.Select(c => c.ChildName).Should().Equal("Ffion Davies");
        atBrookside.Children.Select(c => c.ChildName).Should().Equal("Ffion Davies");
        noSuchSector.Children.Should().BeEmpty();
    }

    [Test]
    public async Task Another_teams_cohort_is_not_found_and_others_see_none()
    {
        await Import(Ffion);

        var otherTeam = () => _app.SendAs(Personas.SendOfficer, new GetPhaseTransferCohort.Query(2027, "South", null, null, null, null));
        var noTeam = () => _app.SendAs(Personas.SendOfficer, new GetPhaseTransferCohort.Query(2027, "Nowhere", null, null, null, null));
        var panel = () => _app.SendAs(Personas.PanelChair, new GetPhaseTransferCohort.Query(2027, null, null, null, null, null));

        (await otherTeam.Should().ThrowAsync<NotFoundException>()).Which.Message.Should().Be((await noTeam.Should().ThrowAsync<NotFoundException>()).Which.Message.Replace("Nowhere", "South", StringComparison.Ordinal));
        await panel.Should().ThrowAsync<ForbiddenException>();
        (await _app.SendAs(Personas.SendOfficer, new GetPhaseTransferCohort.Query(2027, "north", null, null, null, null))).Children.Should().ContainSingle();
    }

    [Test]
    public async Task A_September_out_of_range_is_refused_naming_the_field()
    {
        var act = () => _app.SendAs(Personas.SendOfficer, new GetPhaseTransferCohort.Query(1900, null, null, null, null, null));

        (await act.Should().ThrowAsync<RequestValidationException>()).Which.Errors.Should().ContainKey("september");
    }
}
