using Microsoft.EntityFrameworkCore;
using PanelCaseManager.Application.Features.Letters;
using PanelCaseManager.Application.Features.Plans;
using PanelCaseManager.Application.Features.PlacementRequests;
using PanelCaseManager.Application.Features.Timeliness;
using PanelCaseManager.Application.Tests.Features.Provision;
using PanelCaseManager.Domain.Common;
using PanelCaseManager.Domain.Letters;
using PanelCaseManager.Domain.PlacementRequests;
using PanelCaseManager.Domain.Plans;
using PanelCaseManager.Domain.Timeliness;
using PanelCaseManager.Infrastructure.DemoData;
using PanelCaseManager.Testing;
using PanelCaseManager.Testing.Builders;

namespace PanelCaseManager.Application.Tests.Features.Plans;

/// <summary>A plan finalised in the service joins the register by itself, with the notice that made it (reg 14).</summary>
public class PlansFinalisedInTheServiceTests
{
    private ApplicationHarness _app = null!;
    private PanelScenario _panel = null!;

    [SetUp]
    public async Task SetUp()
    {
        _app = new ApplicationHarness(LetterTestSettings.AsConfiguration());
        await _app.PublishSector();
        await _app.SendAs(Personas.Administrator, Catalogue.Setting("117660", "Brookside Special School"));
        _panel = await PanelScenario.ReadyToDecideAsync(_app);
        await _app.SendAs(Personas.SendOfficer, new RecordFamilyContact.Command(
            _panel.CaseId, null, "Siân Llewelyn-Jones", ContactRole.ParentOrCarer, null, ["4 Heol y Bont", "Stevenage"], "SG1 2AB", null));
    }

    [TearDown]
    public async Task TearDown() => await _app.DisposeAsync();

    [Test]
    public async Task The_final_plan_notice_puts_the_plan_in_the_register_naming_the_setting_decided()
    {
        await _panel.DecideAsync(Panel.AgreeFirstPreference(_panel.PanelId, _panel.CaseId, _panel.EvidenceId));
        await _panel.SignOffAsync();
        var today = UkCalendar.Today(_app.Clock);
        await _app.SendAs(Personas.SendOfficer, new RecordClockEvent.Command(_panel.CaseId, ClockEventKind.DecidedToAssess, today.AddDays(-2), null));
        await _app.SendAs(Personas.SendOfficer, new RecordClockEvent.Command(_panel.CaseId, ClockEventKind.DraftPlanServed, today.AddDays(-1), null));
        (await _app.Read(db => db.Plans.CountAsync())).Should().Be(0, "a decision is not yet a plan");

        await _app.SendAs(Personas.SendOfficer, new IssueAppealableNotice.Command(_panel.CaseId, LetterOutcome.FinalPlanNotice, null, null));

        var caseId = new PlacementRequestId(_panel.CaseId);
        var (childId, officer) = await _app.Read(db => db.PlacementRequests.Where(p => p.Id == caseId).Select(p => new { p.ChildId, p.AssignedOfficerId }).SingleAsync()) switch { var x => (x.ChildId, x.AssignedOfficerId) };
        var plan = await _app.Read(db => db.Plans.SingleAsync());
        plan.Should().Match<EhcPlan>(p => p.ChildId == childId && p.OfficerId == officer && p.PlanDate == today && p.Source == PlanSource.FinalisedInService
                                          && p.FinalisedInCaseId == caseId && p.SettingId != null);
        var register = await _app.SendAs(Personas.SendOfficer, new ListPlans.Query(null, null, null, null));
        // The scenario's meeting is held on Wednesday 2 December 2026, and the notice sent then: the 12 months starting
        // with it end on Wednesday 1 December 2027.
        today.Should().Be(new DateOnly(2026, 12, 2));
        register.Items.Should().ContainSingle().Which.Should().Match<ListPlans.Item>(i =>
            i.Setting == "Brookside Special School" && i.ReviewDue == new DateOnly(2027, 12, 1) && i.Source == PlanSource.FinalisedInService);
    }

    [Test]
    public async Task A_refusal_notice_adds_no_plan()
    {
        await _app.SendAs(Personas.SendOfficer, new IssueAppealableNotice.Command(_panel.CaseId, LetterOutcome.RefusalToAssessNotice, null, "The evidence does not show that the child may have special educational needs."));

        (await _app.Read(db => db.Plans.CountAsync())).Should().Be(0);
    }
}
