using System.Text;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Features.Plans;
using PanelCaseManager.Application.Tests.Features.Provision;
using PanelCaseManager.Domain.Plans;
using PanelCaseManager.Infrastructure.DemoData;
using PanelCaseManager.Testing;
using PanelCaseManager.Testing.Builders;

namespace PanelCaseManager.Application.Tests.Features.Plans;

/// <summary>
/// The team manager's phase transfer picture (docs/adr/0265): per phase and in total, the team's movers on track, at
/// risk and late, and amended plans issued by the statutory date, including and excluding exceptions; the figures
/// counted by hand. Today is Friday 20 November 2026 unless a test moves the clock.
/// </summary>
public class PhaseTransferPictureTests
{
    private const string Header = "upn,given_name,family_name,date_of_birth,year_group,setting_urn,plan_date,last_review_date,officer_email";

    // Year 6 in 2026/27 (born 3 October 2015): into secondary, September 2027, by 15 February 2027. North.
    private const string Ffion = ",Ffion,Davies,2015-10-03,Year 6,117660,2022-03-15,2026-03-10,amira.khan@example.gov.uk";

    // Year 6 too (born 2 February 2016). North.
    private const string Aled = ",Aled,Price,2016-02-02,Year 6,117660,2022-03-15,,amira.khan@example.gov.uk";

    // Year 2 (born 25 December 2019): infant to junior, by 15 February 2027. North.
    private const string Oscar = ",Oscar,Nowak,2019-12-25,Year 2,117660,2024-02-29,,amira.khan@example.gov.uk";

    // Year 11 (born 1 September 2010): school to post-16, by 31 March 2027. South.
    private const string Priya = ",Priya,Shah,2010-09-01,Year 11,117660,2019-06-01,2025-12-31,tom.fletcher@example.gov.uk";

    private ApplicationHarness _app = null!;

    [SetUp]
    public async Task SetUp()
    {
        _app = new ApplicationHarness();
        await _app.PublishSector();
        await _app.SendAs(Personas.Administrator, Catalogue.Setting("117660", "Brookside Special School"));
        await _app.SendAs(Personas.Administrator, new ImportPlans.Command(Encoding.UTF8.GetBytes(string.Join("\r\n", Header, Ffion, Aled, Oscar, Priya) + "\r\n")));
    }

    [TearDown]
    public async Task TearDown() => await _app.DisposeAsync();

    [Test]
    public async Task The_picture_counts_the_teams_movers_by_phase_and_in_total()
    {
        // 1 January to 15 February 2027: 31 + 14 = 45 days, fewer than 70 and nothing decided: at risk.
        _app.Clock.SetUtcNow(new DateTimeOffset(2027, 1, 1, 10, 0, 0, TimeSpan.Zero));

        var north = await _app.SendAs(Personas.TeamManager, new GetPhaseTransferPicture.Query(2027, null));

        north.Team.Should().Be("North");
        north.Phases.Select(r => (r.Phase, r.Deadline, r.Children, r.OnTrack, r.AtRisk, r.Late)).Should().Equal(
            (TransferPhase.IntoSchool, new DateOnly(2027, 2, 15), 0, 0, 0, 0),
            (TransferPhase.WithinPrimary, new DateOnly(2027, 2, 15), 1, 0, 1, 0),
            (TransferPhase.IntoSecondary, new DateOnly(2027, 2, 15), 2, 0, 2, 0),
            (TransferPhase.IntoPost16, new DateOnly(2027, 3, 31), 0, 0, 0, 0));
        (north.Total.Children, north.Total.AtRisk, north.Total.IncludingExceptions.IssuedByDeadline, north.Total.IncludingExceptions.Percentage).Should().Be((3, 3, 0, 0m));
        north.Phases[0].IncludingExceptions.Percentage.Should().BeNull("no child moves into school: there is no share to show");
        north.ExceptionsCanApply.Should().BeFalse("reg 18 has no exception and no default reason applies to its date");
        north.Notes.Should().Contain(n => n.Contains("the same as those including them", StringComparison.Ordinal));

        // South's Priya: 1 January to 31 March 2027 is 31 + 28 + 31 - 1 = 89 days, more than 70: on track.
        var south = await _app.SendAs(Personas.SecondSendOfficer, new GetPhaseTransferPicture.Query(2027, null));
        (south.Total.Children, south.Total.OnTrack).Should().Be((1, 1));
        south.Phases.Single(r => r.Phase == TransferPhase.IntoPost16).Children.Should().Be(1);
    }

    [Test]
    public async Task Another_team_is_not_found_and_other_roles_are_refused()
    {
        var otherTeam = () => _app.SendAs(Personas.TeamManager, new GetPhaseTransferPicture.Query(2027, "South"));
        var chair = () => _app.SendAs(Personas.PanelChair, new GetPhaseTransferPicture.Query(2027, null));
        var family = () => _app.SendAs(Personas.Family, new GetPhaseTransferPicture.Query(2027, null));
        var longAgo = () => _app.SendAs(Personas.TeamManager, new GetPhaseTransferPicture.Query(1990, null));

        await otherTeam.Should().ThrowAsync<NotFoundException>();
        await chair.Should().ThrowAsync<ForbiddenException>();
        await family.Should().ThrowAsync<ForbiddenException>();
        (await longAgo.Should().ThrowAsync<RequestValidationException>()).Which.Errors.Should().ContainKey("september");
    }

    [Test]
    public void Issued_by_the_date_is_on_or_before_each_childs_own_date_and_exceptions_are_left_out_when_asked()
    {
        var february = new DateOnly(2027, 2, 15);
        var march = new DateOnly(2027, 3, 31);
        GetPhaseTransferCohort.Child[] children =
        [
            Child("on the day", february, new DateOnly(2027, 2, 15), TransferStanding.OnTrack, exception: false),
            Child("a day after", february, new DateOnly(2027, 2, 16), TransferStanding.Late, exception: false),
            Child("post-16 in March", march, new DateOnly(2027, 3, 1), TransferStanding.OnTrack, exception: false),
            Child("not yet, excepted", february, null, TransferStanding.Late, exception: true),
        ];

        var row = GetPhaseTransferPicture.Handler.Tally(null, "Every phase", null, children);

        // Including: 2 of 4 by their date (15 February on the day, 1 March before 31 March) = 50%.
        // Excluding the excepted child: 2 of 3 = 66.66…% = 66.7%.
        (row.Children, row.OnTrack, row.AtRisk, row.Late, row.IssuedLate).Should().Be((4, 2, 0, 2, 1));
        row.IncludingExceptions.Should().Be(new GetPhaseTransferPicture.Issued(4, 2, 50.0m));
        row.ExcludingExceptions.Should().Be(new GetPhaseTransferPicture.Issued(3, 2, 66.7m));
    }

    [Test]
    public void The_csv_has_a_row_per_phase_and_a_total_and_defuses_a_formula_in_a_team_name()
    {
        var row = new GetPhaseTransferPicture.Row(TransferPhase.IntoSecondary, "Primary to secondary", new DateOnly(2027, 2, 15), 2, 1, 1, 0, 0,
            new GetPhaseTransferPicture.Issued(2, 1, 50m), new GetPhaseTransferPicture.Issued(2, 1, 50m));
        var total = row with { Phase = null, Name = "Every phase", Deadline = null };
        var picture = new GetPhaseTransferPicture.Picture(2027, new DateOnly(2026, 11, 20), "=North", [row], total, false, []);

        var lines = GetPhaseTransferPicture.ToCsv(picture).TrimEnd().Split(Environment.NewLine);

        lines.Should().HaveCount(3);
        lines[1].Should().Be("2027,\"'=North\",\"Primary to secondary\",2027-02-15,2,1,1,0,0,1,50.0,2,1,50.0");
        lines[2].Should().StartWith("2027,\"'=North\",\"Every phase\",,2,");
    }

    private static GetPhaseTransferCohort.Child Child(string name, DateOnly deadline, DateOnly? issued, TransferStanding standing, bool exception) =>
        new(Guid.NewGuid(), name, "Year 6", TransferPhase.IntoSecondary, null, null, null, "Officer", "North", deadline, 0, standing,
            Guid.NewGuid(), "REF", null, 1, 1, null, null, issued, exception);
}
