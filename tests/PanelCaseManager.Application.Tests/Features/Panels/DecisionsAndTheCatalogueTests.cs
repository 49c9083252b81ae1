using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PanelCaseManager.Application.Features.Consultations;
using PanelCaseManager.Application.Features.PlacementRequests;
using PanelCaseManager.Application.Features.Panels;
using PanelCaseManager.Application.Features.Provision;
using PanelCaseManager.Application.Features.Reports;
using PanelCaseManager.Application.Features.Timeliness;
using PanelCaseManager.Application.Tests.Features.Provision;
using PanelCaseManager.Domain.Common;
using PanelCaseManager.Domain.Panels;
using PanelCaseManager.Domain.PlacementRequests;
using PanelCaseManager.Domain.Provision;
using PanelCaseManager.Domain.Timeliness;
using PanelCaseManager.Domain.Users;
using PanelCaseManager.Infrastructure.DemoData;
using PanelCaseManager.Testing;
using PanelCaseManager.Testing.Builders;

namespace PanelCaseManager.Application.Tests.Features.Panels;

/// <summary>A decision tied to the provision catalogue: the match in the papers, the settings it names, the reports and clocks fed from it.</summary>
public class DecisionsAndTheCatalogueTests
{
    private ApplicationHarness _app = null!;
    private SectorProfileChanged _sector = null!;
    private Guid _woodlandsId;

    [SetUp]
    public async Task SetUp()
    {
        _app = new ApplicationHarness();
        _sector = await _app.PublishSector();
        await _app.SendAs(Personas.Administrator, Catalogue.Setting("117660", "Brookside Special School"));
        _woodlandsId = (await _app.SendAs(Personas.Administrator, Catalogue.Setting("145882", "Woodlands Academy SRP") with
        {
            InAuthorityArea = false,
            AnnualCost = 23000m,
        })).Id;
    }

    [TearDown]
    public async Task TearDown() => await _app.DisposeAsync();

    /// <summary>Naming a special school: the presumption of mainstream education displaced, as the law requires.</summary>
    private static readonly RecordDecision.MainstreamPresumptionInput Displaced = new(
        false, true, "Full-time 1:1 support, a separate base and a reduced timetable were all tried over two terms without success.", true,
        "The child's distress led to daily disruption of classmates' learning which no reasonable step could prevent.");

    private RecordDecision.Command NameWoodlands(PanelScenario panel, Guid? caseId = null)
    {
        var id = caseId ?? panel.CaseId;
        return Panel.NameAnotherSetting(panel.PanelId, id, panel.EvidenceFor(id)) with
        {
            NamedSetting = new RecordDecision.NamedSettingInput(null, null, null, _woodlandsId),
            MainstreamPresumption = Displaced,
        };
    }

    private static readonly (DateOnly From, DateOnly To) Period = (Panel.MeetingDate.AddDays(-7), Panel.MeetingDate);

    private async Task PublishNarrowerVersion()
    {
        var narrower = Catalogue.ProfileContent() with { Areas = [new AreaRangeInput(Domain.Needs.BroadAreaOfNeed.CommunicationAndInteraction, 4, 4)] };
        var edit = await _app.SendAs(Personas.Administrator, new EditSectorProfileVersion.Command(_sector.Id, 1, _sector.Version, narrower));
        await _app.SendAs(Personas.Administrator, new PublishSectorProfileVersion.Command(_sector.Id, 2, edit.Change.Version));
    }

    [Test]
    public async Task The_papers_keep_the_sector_match_and_the_decision_its_profile_versions_which_a_new_version_changes_in_neither()
    {
        var panel = await PanelScenario.ReadyToDecideAsync(_app);
        var decided = await panel.DecideAsync(Panel.AgreeFirstPreference(panel.PanelId, panel.CaseId, panel.EvidenceId));
        await panel.SignOffAsync();

        var saw = await _app.SendAs(Personas.Auditor, new GetDecisionPanelPack.Query(decided.DecisionId));
        saw.Pack.GetProperty("schemaVersion").GetInt32().Should().Be(2);
        var match = saw.Pack.GetProperty("sectorMatch");
        var sector = match.GetProperty("sectors").EnumerateArray().Single();
        sector.GetProperty("code").GetString().Should().Be(Catalogue.CommunicationAndAutism);
        sector.GetProperty("profileVersion").GetInt32().Should().Be(1);
        sector.GetProperty("fit").GetString().Should().Be(nameof(SectorFit.Fits));
        var first = match.GetProperty("preferences").EnumerateArray().First();
        first.GetProperty("urn").GetString().Should().Be("117660");
        first.GetProperty("profileVersion").GetInt32().Should().Be(1);

        var decision = await _app.SendAs(Personas.Auditor, new GetDecision.Query(decided.DecisionId));
        decision.SectorProfiles.Should().Equal(new SectorProfileUsed(Catalogue.CommunicationAndAutism, "Special school: Communication and Autism", 1, SectorFit.Fits));
        decision.Placement.Should().BeEquivalentTo(new { SettingUrn = "117660", SettingName = "Brookside Special School", SectorCode = Catalogue.CommunicationAndAutism, ProfileVersion = 1, InAuthorityArea = true });

        await PublishNarrowerVersion();

        var sawAfter = await _app.SendAs(Personas.Auditor, new GetDecisionPanelPack.Query(decided.DecisionId));
        sawAfter.Pack.GetRawText().Should().Be(saw.Pack.GetRawText(), "the papers are as the panel saw them");
        sawAfter.Intact.Should().BeTrue();
        var after = await _app.SendAs(Personas.Auditor, new GetDecision.Query(decided.DecisionId));
        after.SectorProfiles.Should().Equal(decision.SectorProfiles);
        after.Placement.Should().Be(decision.Placement);
        after.Intact.Should().BeTrue("the signed-off record, with its profile versions, still has its hash");
        (await _app.SendAs(Personas.SendOfficer, new GetSectorMatch.Query(panel.CaseId))).Sectors.Single().ProfileVersion.Should().Be(2, "today's match uses the new version");
    }

    [Test]
    public void A_pack_stored_before_the_match_was_in_it_still_reads()
    {
        var old = """{"schema":"panel-case-pack","schemaVersion":1,"meeting":null,"case":null,"preferences":[],"evidence":[],"advice":[],"views":[],"frozenAt":"2026-01-05T10:00:00+00:00"}""";

        var pack = CasePackDocument.FromJson(old);

        pack.SchemaVersion.Should().Be(1);
        pack.SectorMatch.Should().BeNull();
    }

    [Test]
    public async Task A_setting_named_by_its_catalogue_id_takes_its_details_and_the_resources_ground_its_costs_from_the_catalogue()
    {
        var panel = await PanelScenario.ReadyToDecideAsync(_app);
        var command = NameWoodlands(panel);
        var resources = Panel.Ground(Section39Ground.IncompatibleWithEfficientUseOfResources, true, panel.EvidenceId) with
        {
            Costs = new RecordDecision.CostComparisonInput(null, null, null, "Brookside costs far more for nothing Woodlands cannot give."),
        };
        command = command with
        {
            PreferenceTests = [command.PreferenceTests![0] with { Grounds = [.. command.PreferenceTests[0].Grounds!.Take(2), resources] }],
        };

        var decided = await panel.DecideAsync(command);

        var stored = await _app.Read(db => db.PanelDecisions.SingleAsync(d => d.Id == decided.DecisionId));
        stored.Content.NamedSetting.Should().Be(new NamedSetting("Woodlands Academy SRP", "145882", ProvisionKind.SpecialSchool, _woodlandsId));
        var test = stored.Content.PreferenceTests.Single();
        test.Setting!.Urn.Should().Be("117660");
        test.Grounds.Single(g => g.Ground == Section39Ground.IncompatibleWithEfficientUseOfResources).Costs.Should().BeEquivalentTo(new
        {
            RequestedPlacementCostPence = 3_350_050L,
            AlternativeCostPence = 2_300_000L,
            AlternativeDescription = "A place at Woodlands Academy SRP",
            CatalogueRequestedCostPence = 3_350_050L,
            CatalogueAlternativeCostPence = 2_300_000L,
        });
        stored.Placement.Should().BeEquivalentTo(new { SettingId = _woodlandsId, SettingUrn = "145882", InAuthorityArea = false, ProfileVersion = 1 });
    }

    [Test]
    public async Task Costs_the_panel_gives_are_kept_beside_the_catalogues()
    {
        var panel = await PanelScenario.ReadyToDecideAsync(_app);
        var decided = await panel.DecideAsync(NameWoodlands(panel));

        var stored = await _app.Read(db => db.PanelDecisions.SingleAsync(d => d.Id == decided.DecisionId));
        stored.Content.PreferenceTests.Single().Grounds.Single(g => g.Costs is not null).Costs.Should().BeEquivalentTo(new
        {
            RequestedPlacementCostPence = 6_500_000L,
            AlternativeCostPence = 2_300_000L,
            CatalogueRequestedCostPence = 3_350_050L,
            CatalogueAlternativeCostPence = 2_300_000L,
        });
    }

    [Test]
    public async Task An_unknown_catalogue_id_or_a_urn_that_differs_from_it_names_the_field()
    {
        var panel = await PanelScenario.ReadyToDecideAsync(_app);
        var command = NameWoodlands(panel);

        var unknown = await FluentActions.Awaiting(() => panel.DecideAsync(command with { NamedSetting = new RecordDecision.NamedSettingInput(null, null, null, Guid.NewGuid()) }))
            .Should().ThrowAsync<Application.Common.RequestValidationException>();
        unknown.Which.Errors.Should().ContainKey("namedSetting.settingId");

        var differs = await FluentActions.Awaiting(() => panel.DecideAsync(command with { NamedSetting = new RecordDecision.NamedSettingInput(null, "117660", null, _woodlandsId) }))
            .Should().ThrowAsync<Application.Common.RequestValidationException>();
        differs.Which.Errors.Should().ContainKey("namedSetting.urn");
        (await _app.Read(db => db.PanelDecisions.CountAsync())).Should().Be(0);
    }

    [Test]
    public async Task A_setting_not_in_the_catalogue_keeps_its_name_and_its_costs_must_be_given()
    {
        var panel = await PanelScenario.ReadyToDecideAsync(_app);
        var command = Panel.NameAnotherSetting(panel.PanelId, panel.CaseId, panel.EvidenceId) with
        {
            NamedSetting = new RecordDecision.NamedSettingInput("Hazelwood Independent School", null, ProvisionKind.Independent),
            MainstreamPresumption = Displaced,
        };
        var resources = Panel.Ground(Section39Ground.IncompatibleWithEfficientUseOfResources, true, panel.EvidenceId) with
        {
            Costs = new RecordDecision.CostComparisonInput(null, null, "A place at Hazelwood", "Disproportionate."),
        };
        var missing = command with { PreferenceTests = [command.PreferenceTests![0] with { Grounds = [.. command.PreferenceTests[0].Grounds!.Take(2), resources] }] };

        var refused = await FluentActions.Awaiting(() => panel.DecideAsync(missing)).Should().ThrowAsync<Application.Common.RequestValidationException>();
        refused.Which.Errors.Should().ContainKey("preferenceTests[0].grounds[2].costs.alternativeCostPence")
            .And.NotContainKey("preferenceTests[0].grounds[2].costs.requestedPlacementCostPence", "Brookside's cost comes from the catalogue");

        var decided = await panel.DecideAsync(command);
        var stored = await _app.Read(db => db.PanelDecisions.SingleAsync(d => d.Id == decided.DecisionId));
        stored.Content.NamedSetting.Should().Be(new NamedSetting("Hazelwood Independent School", null, ProvisionKind.Independent));
        stored.Placement.Should().Be(new DecisionPlacement(null, null, "Hazelwood Independent School", null, null, null, null));
    }

    [Test]
    public async Task Decisions_are_reported_by_sector_and_the_share_placed_out_of_area_is_a_timeliness_measure()
    {
        var panel = await PanelScenario.CaseOnAgendaAsync(_app);
        var second = await panel.CaseReadyForPanelAsync();
        var third = await panel.CaseReadyForPanelAsync();
        await panel.AddToAgendaAsync(second);
        await panel.AddToAgendaAsync(third);
        await panel.HoldMeetingAsync();
        await panel.ViewsAsync(panel.CaseId, Panel.Members);
        await panel.ViewsAsync(second, Panel.Members);
        await panel.ViewsAsync(third, Panel.Members);
        await panel.DecideAsync(NameWoodlands(panel));
        await panel.SignOffAsync();
        await panel.DecideAsync(Panel.AgreeFirstPreference(panel.PanelId, second, panel.EvidenceFor(second)));
        await panel.SignOffAsync(second);
        await panel.DecideAsync(Panel.Defer(panel.PanelId, third));
        await panel.SignOffAsync(third);

        var report = await _app.SendAs(Personas.Auditor, new DecisionsReport.Query(Period.From, Period.To, null, null));

        report.BySector.Should().Equal(
            new DecisionsReport.SectorCount(Catalogue.CommunicationAndAutism, "Special school: Communication and Autism", 2, 1),
            new DecisionsReport.SectorCount(null, DecisionsReport.NoSector, 1, 0));
        report.Decisions.Should().Contain(r => r.Setting == "Woodlands Academy SRP" && r.InAuthorityArea == false);
        (await _app.SendAs(Personas.Auditor, new DecisionsReport.Query(Period.From, Period.To, null, null, Catalogue.CommunicationAndAutism))).Decisions.Should().HaveCount(2);
        (await _app.SendAs(Personas.Auditor, new DecisionsReport.Query(Period.From, Period.To, null, null, "semh"))).Decisions.Should().BeEmpty();

        var timeliness = await _app.SendAs(Personas.Auditor, new GetTimeliness.Query(Panel.MeetingDate.AddDays(-7), Panel.MeetingDate, null));
        timeliness.PlacedOutOfArea.Should().Be(new GetTimeliness.OutOfArea(2, 2, 1, 50.0m));
        GetTimeliness.ToCsv(timeliness).Should().Contain("placed-out-of-area");
    }

    [Test]
    public async Task Advice_requested_and_a_consultation_sent_go_on_the_cases_clock()
    {
        var submitted = await _app.SendAs(Personas.SendOfficer, A.PlacementRequest());
        await _app.SendAs(Personas.SendOfficer, Panel.Advice(submitted.Id, Agency.Health));

        var milestones = await _app.SendAs(Personas.Auditor, new GetMilestones.Query(submitted.Id));
        milestones.Events.Should().ContainSingle(e => e.Event == ClockEventKind.AdviceRequested)
            .Which.Should().BeEquivalentTo(new { Agency = (Agency?)Agency.Health, Date = TestClock.Today.AddDays(-7), Source = ClockEventsFromFeatures.FromEvidence });

        var panel = await PanelScenario.ReadyToDecideAsync(_app);
        var decided = await panel.DecideAsync(Panel.NameAnotherSetting(panel.PanelId, panel.CaseId, panel.EvidenceId));
        await panel.SignOffAsync();
        await _app.SendAs(Personas.SendOfficer, new StartConsultation.Command(panel.CaseId, decided.DecisionId, "Woodlands Academy SRP", "145882", null, Panel.MeetingDate));

        var consulted = await _app.SendAs(Personas.Auditor, new GetMilestones.Query(panel.CaseId));
        consulted.Events.Should().ContainSingle(e => e.Event == ClockEventKind.SettingConsultationSent)
            .Which.Should().BeEquivalentTo(new { Date = Panel.MeetingDate, Source = ClockEventsFromFeatures.FromConsultations });
    }

    [Test]
    public async Task A_signed_off_decision_ends_the_childs_wait_and_a_deferral_does_not()
    {
        var panel = await PanelScenario.CaseOnAgendaAsync(_app);
        var other = await panel.CaseReadyForPanelAsync();
        await panel.AddToAgendaAsync(other);
        await panel.HoldMeetingAsync();
        await panel.ViewsAsync(panel.CaseId, Panel.Members);
        await panel.ViewsAsync(other, Panel.Members);
        await panel.DecideAsync(Panel.Defer(panel.PanelId, panel.CaseId));
        await panel.SignOffAsync();
        (await WaitingOn(Panel.MeetingDate)).Should().Be(2, "a deferral leaves the child waiting");

        await panel.DecideAsync(Panel.AgreeFirstPreference(panel.PanelId, other, panel.EvidenceFor(other)));
        await panel.SignOffAsync(other);

        (await WaitingOn(Panel.MeetingDate)).Should().Be(1, "only the deferred child still waits");
        (await WaitingOn(Panel.MeetingDate.AddDays(-1))).Should().Be(2, "before the decision both were waiting");
    }

    private async Task<int> WaitingOn(DateOnly date) =>
        (await _app.SendAs(Personas.TeamManager, new GetTimeliness.Query(date.AddDays(-30), date, null))).WaitingForSpecialistProvision.Children;
}
