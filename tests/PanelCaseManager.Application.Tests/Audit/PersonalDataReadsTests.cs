using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using PanelCaseManager.Application.Audit;
using PanelCaseManager.Application.Features.Audit;
using PanelCaseManager.Application.Features.Family;
using PanelCaseManager.Application.Features.Letters;
using PanelCaseManager.Application.Features.Panels;
using PanelCaseManager.Application.Features.PlacementRequests;
using PanelCaseManager.Application.Features.Reports;
using PanelCaseManager.Application.Features.Timeliness;
using PanelCaseManager.Application.Features.Users;
using PanelCaseManager.Application.Tests.Features.Provision;
using PanelCaseManager.Domain.PlacementRequests;
using PanelCaseManager.Infrastructure.DemoData;
using PanelCaseManager.Testing;
using PanelCaseManager.Testing.Builders;

namespace PanelCaseManager.Application.Tests.Audit;

/// <summary>
/// Every read of a child's personal data names that child's case in the audit trail: one case, or for a list, every
/// case it returned, in one event whose hash covers them.
/// </summary>
public class PersonalDataReadsTests
{
    private ApplicationHarness _app = null!;
    private PanelScenario _panel = null!;
    private Guid _decisionId;
    private IssueDecisionLetter.Result _letter = null!;

    [OneTimeSetUp]
    public async Task SetUp()
    {
        _app = new ApplicationHarness(LetterTestSettings.AsConfiguration());
        await _app.PublishSector();
        await _app.SendAs(Personas.Administrator, Catalogue.Setting("117660", "Brookside Special School"));
        _panel = await PanelScenario.ReadyToDecideAsync(_app);
        await _app.SendAs(Personas.SendOfficer, new RecordFamilyContact.Command(
            _panel.CaseId, null, "Siân Llewelyn-Jones", ContactRole.ParentOrCarer, null, ["Tŷ Gwyn, 4 Heol y Bont", "Stevenage"], "SG1 2AB", null));
        _decisionId = (await _panel.DecideAsync(Panel.AgreeFirstPreference(_panel.PanelId, _panel.CaseId, _panel.EvidenceId))).DecisionId;
        await _panel.SignOffAsync();
        _letter = await _app.SendAs(Personas.SendOfficer, new IssueDecisionLetter.Command(_decisionId));
    }

    [OneTimeTearDown]
    public async Task TearDown() => await _app.DisposeAsync();

    private Task<AuditEvent> LastEvent() => _app.Read(db => db.AuditEvents.OrderByDescending(e => e.Sequence).FirstAsync());

    private Task<int> EventCount() => _app.Read(db => db.AuditEvents.CountAsync());

    [Test]
    public async Task Downloading_a_letter_with_the_familys_address_names_its_case()
    {
        await _app.SendAs(Personas.SendOfficer, new GetIssuedLetterPdf.Query(_letter.LetterId));

        (await LastEvent()).Should().BeEquivalentTo(new { Action = "GetIssuedLetterPdf.Query", Kind = AuditKinds.Read, CaseId = (Guid?)_panel.CaseId });
    }

    [Test]
    public async Task Reading_what_the_panel_saw_names_the_case_and_reading_the_papers_names_the_case_and_the_meeting()
    {
        await _app.SendAs(Personas.PanelHealth, new GetDecisionPanelPack.Query(_decisionId));
        (await LastEvent()).CaseId.Should().Be(_panel.CaseId);

        await _app.SendAs(Personas.PanelHealth, new GetCasePack.Query(_panel.PanelId, _panel.CaseId));
        (await LastEvent()).Should().BeEquivalentTo(new { CaseId = (Guid?)_panel.CaseId, PanelId = (Guid?)_panel.PanelId });
    }

    [Test]
    public async Task A_meeting_read_names_the_cases_shown_in_full_and_not_those_shown_by_reference_only()
    {
        await _app.SendAs(Personas.PanelChair, new GetPanelMeeting.Query(_panel.PanelId));
        var chairs = await LastEvent();
        await _app.SendAs(Personas.SecondSendOfficer, new GetPanelMeeting.Query(_panel.PanelId));
        var anotherTeams = await LastEvent();

        chairs.Should().BeEquivalentTo(new { PanelId = (Guid?)_panel.PanelId, ReturnedCaseIds = _panel.CaseId.ToString("D") });
        anotherTeams.Should().BeEquivalentTo(new { PanelId = (Guid?)_panel.PanelId, ReturnedCaseIds = (string?)null });
    }

    [Test]
    public async Task A_caseload_page_is_one_event_naming_every_case_it_returned()
    {
        var second = await _app.SendAs(Personas.SendOfficer, A.PlacementRequest() with { Child = A.Child() with { GivenName = "Cerys" } });
        var before = await EventCount();

        var page = await _app.SendAs(Personas.SendOfficer, new ListPlacementRequests.Query(null, null, null, null, null, null, null));

        (await EventCount()).Should().Be(before + 1);
        var read = await LastEvent();
        read.Action.Should().Be("ListPlacementRequests.Query");
        read.CaseId.Should().BeNull();
        read.ReturnedCaseIds!.Split(',').Select(Guid.Parse).Should().BeEquivalentTo(page.Items.Select(i => i.Id)).And.Contain([second.Id, _panel.CaseId]);
    }

    [Test]
    public async Task A_worklist_a_family_list_a_decisions_search_and_a_report_each_name_the_cases_they_returned()
    {
        await _app.SendAs(Personas.SendOfficer, new GetWorklist.Query(null, null));
        (await LastEvent()).ReturnedCaseIds.Should().Contain(_panel.CaseId.ToString("D"));

        await _app.SendAs(Personas.Auditor, new FindDecisions.Query(null, null, null, null, null, null));
        (await LastEvent()).ReturnedCaseIds.Should().Be(_panel.CaseId.ToString("D"));

        await _app.SendAs(Personas.TeamManager, new DecisionsReport.Query(TestClock.Today.AddDays(-30), TestClock.Today.AddDays(30), null, null));
        (await LastEvent()).ReturnedCaseIds.Should().Be(_panel.CaseId.ToString("D"));
    }

    [Test]
    public async Task Linking_a_family_member_to_a_child_is_recorded_against_the_case_and_so_is_the_familys_list()
    {
        var reference = await _app.Read(db => db.PlacementRequests.Where(p => p.Id == new PlacementRequestId(_panel.CaseId)).Select(p => p.Reference.Value).SingleAsync());
        var family = await _app.SendAs(Personas.Administrator, new GetUser.Query(Personas.Family.Id));

        await _app.SendAs(Personas.Administrator, new LinkFamilyMember.Command(Personas.Family.Id, reference, "Mother", family.User.Version));

        // The read before it is written with its group (docs/adr/0011), so it may come after the command in the chain.
        var linked = await _app.Read(db => db.AuditEvents.Where(e => e.Kind == AuditKinds.Command).OrderByDescending(e => e.Sequence).FirstAsync());
        linked.Should().BeEquivalentTo(new { Action = "LinkFamilyMember.Command", Kind = AuditKinds.Command, CaseId = (Guid?)_panel.CaseId });
        await _app.SendAs(Personas.Family, new ListFamilyCases.Query());
        (await LastEvent()).ReturnedCaseIds.Should().Be(_panel.CaseId.ToString("D"));
    }

    [Test]
    public async Task A_cases_audit_events_and_decision_history_include_the_list_reads_that_returned_it_and_the_chain_verifies()
    {
        await _app.SendAs(Personas.SendOfficer, new ListPlacementRequests.Query(null, null, null, null, null, null, null));
        var listRead = (await LastEvent()).Sequence;

        var events = await _app.SendAs(Personas.Auditor, new ListAuditEvents.Query(_panel.CaseId, null, null));
        var history = await _app.SendAs(Personas.Auditor, new GetDecisionHistory.Query(_decisionId));

        events.Items.Select(e => e.Sequence).Should().Contain(listRead);
        history.AuditEvents.Should().Contain(e => e.Sequence == listRead && e.ReturnedCaseIds!.Contains(_panel.CaseId.ToString("D")));
        history.Verification.Intact.Should().BeTrue(history.Verification.Problem);
        (await _app.SendAs(Personas.Auditor, new VerifyAuditTrail.Query())).Intact.Should().BeTrue();
    }
}
