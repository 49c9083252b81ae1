using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Features.Letters;
using PanelCaseManager.Application.Features.Panels;
using PanelCaseManager.Application.Features.PlacementRequests;
using PanelCaseManager.Application.Features.Timeliness;
using PanelCaseManager.Application.Tests.Features.Provision;
using PanelCaseManager.Domain.Common;
using PanelCaseManager.Domain.Panels;
using PanelCaseManager.Domain.PlacementRequests;
using PanelCaseManager.Domain.Timeliness;
using PanelCaseManager.Infrastructure.DemoData;
using PanelCaseManager.Testing;
using PanelCaseManager.Testing.Builders;

namespace PanelCaseManager.Application.Tests.Features.Letters;

public class PreviewDecisionLetterTests
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    private ApplicationHarness _app = null!;
    private PanelScenario _panel = null!;

    [SetUp]
    public async Task SetUp()
    {
        _app = new ApplicationHarness(LetterTestSettings.AsConfiguration());
        await _app.PublishSector();
        await _app.SendAs(Personas.Administrator, Catalogue.Setting("117660", "Brookside Special School"));
        _panel = await PanelScenario.ReadyToDecideAsync(_app);
    }

    [TearDown]
    public async Task TearDown() => await _app.DisposeAsync();

    private Task<RecordFamilyContact.Result> RecordContact() => _app.SendAs(Personas.SendOfficer, new RecordFamilyContact.Command(
        _panel.CaseId, null, "Siân Llewelyn-Jones", ContactRole.ParentOrCarer, null, ["Tŷ Gwyn, 4 Heol y Bont", "Stevenage"], "SG1 2AB", null));

    private async Task<Guid> SignedOff(RecordDecision.Command command)
    {
        var decided = await _panel.DecideAsync(command);
        await _panel.SignOffAsync();
        return decided.DecisionId;
    }

    /// <summary>The day the new plan's final plan is due by the statutory clock (20 weeks from the request).</summary>
    private async Task<DateOnly> FinalPlanDue()
    {
        var caseId = new PlacementRequestId(_panel.CaseId);
        return await _app.Read(db => db.CaseMilestones.Where(m => m.PlacementRequestId == caseId && m.Kind == MilestoneKind.FinalPlan).Select(m => m.DueDate!.Value).SingleAsync());
    }

    [Test]
    public async Task The_preview_of_an_agreed_preference_is_a_draft_addressed_to_the_family_saying_when_the_right_of_appeal_arises()
    {
        await RecordContact();
        var decisionId = await SignedOff(Panel.AgreeFirstPreference(_panel.PanelId, _panel.CaseId, _panel.EvidenceId));

        var file = await _app.SendAs(Personas.SendOfficer, new PreviewDecisionLetter.Query(decisionId));

        using var text = new PdfText(file.Pdf);
        var reference = (await _app.SendAs(Personas.SendOfficer, new GetPlacementRequest.Query(_panel.CaseId))).Reference;
        string.Concat(text.Page(1).Letters.Take(5).Select(l => l.Value)).Should().Be("DRAFT", "a preview carries the DRAFT watermark");
        text.All.Should().Contain("Siân Llewelyn-Jones").And.Contain("Tŷ Gwyn, 4 Heol y Bont").And.Contain("SG1 2AB");
        text.All.Should().Contain("Ffion Llewelyn-Jones").And.Contain(reference);
        text.All.Should().Contain("Brookside Special School");
        text.All.Should().Contain("profile version 1", "the sector-profile explanation comes from the match the panel saw");
        text.All.Should().Contain("Example SENDIASS").And.Contain(Personas.SendOfficer.DisplayName);
        text.All.Should().Contain("You cannot appeal against this letter. Your right to appeal starts when we send you the final education, health and care (EHC) plan.")
            .And.Contain($"We must send it by {(await FinalPlanDue()).ToString("d MMMM yyyy", English)}", "the date comes from the statutory clock")
            .And.NotContain("You must appeal by");
        file.FileName.Should().Be($"draft-letter-{reference}.pdf");
    }

    [Test]
    public async Task The_preview_of_another_setting_named_gives_each_ground_considered_and_the_consultation()
    {
        await RecordContact();
        var decisionId = await SignedOff(Panel.NameAnotherSetting(_panel.PanelId, _panel.CaseId, _panel.EvidenceId));

        var file = await _app.SendAs(Personas.SendOfficer, new PreviewDecisionLetter.Query(decisionId));

        using var text = new PdfText(file.Pdf);
        text.All.Should().Contain("Woodlands Academy SRP");
        text.All.Should().Contain("efficient use of resources, on the EP", "each ground's reasons are given");
        text.All.Should().Contain("Nothing in the evidence", "grounds that do not apply are explained too");
        text.All.Should().Contain("15 days to reply");
    }

    [Test]
    public async Task A_deferral_lists_the_evidence_awaited_gives_the_statutory_date_of_the_decision_and_no_appeal_date()
    {
        await RecordContact();
        var decisionId = await SignedOff(Panel.Defer(_panel.PanelId, _panel.CaseId));

        var file = await _app.SendAs(Personas.SendOfficer, new PreviewDecisionLetter.Query(decisionId));

        using var text = new PdfText(file.Pdf);
        text.All.Should().Contain("Health advice from community paediatrics on seizure management").And.NotContain("You must appeal by");
        var decideBy = await _app.Read(db => db.CaseMilestones
            .Where(m => m.PlacementRequestId == new PlacementRequestId(_panel.CaseId) && m.Kind == MilestoneKind.DecisionWhetherToIssue)
            .Select(m => m.DueDate!.Value).SingleAsync());
        decideBy.Should().Be(new DateOnly(2027, 3, 2), "the request was received on Tuesday 10 November 2026, and 16 weeks later is Tuesday 2 March 2027 (reg 10(1))");
        text.All.Should().Contain("We will make our decision by Tuesday 2 March 2027", "without a later panel, the statutory date is given");
    }

    [Test]
    public async Task A_decision_not_signed_off_or_a_case_without_a_family_contact_is_refused()
    {
        var decided = await _panel.DecideAsync(Panel.AgreeFirstPreference(_panel.PanelId, _panel.CaseId, _panel.EvidenceId));
        await RecordContact();

        var draft = await FluentActions.Awaiting(() => _app.SendAs(Personas.SendOfficer, new PreviewDecisionLetter.Query(decided.DecisionId))).Should().ThrowAsync<DomainRuleException>();
        draft.Which.Code.Should().Be("decision-not-signed-off");

        await using var bare = new ApplicationHarness(LetterTestSettings.AsConfiguration());
        var panel = await PanelScenario.ReadyToDecideAsync(bare);
        var other = await panel.DecideAsync(Panel.AgreeFirstPreference(panel.PanelId, panel.CaseId, panel.EvidenceId));
        await panel.SignOffAsync();
        var noContact = await FluentActions.Awaiting(() => bare.SendAs(Personas.SendOfficer, new PreviewDecisionLetter.Query(other.DecisionId))).Should().ThrowAsync<DomainRuleException>();
        noContact.Which.Code.Should().Be("family-contact-missing");
    }

    [Test]
    public async Task A_missing_sendiass_contact_is_named_and_nothing_is_written()
    {
        await using var unconfigured = new ApplicationHarness();
        var panel = await PanelScenario.ReadyToDecideAsync(unconfigured);
        await unconfigured.SendAs(Personas.SendOfficer, new RecordFamilyContact.Command(panel.CaseId, null, "Siân Llewelyn-Jones", ContactRole.ParentOrCarer, null, ["4 Heol y Bont"], "SG1 2AB", null));
        var decided = await panel.DecideAsync(Panel.AgreeFirstPreference(panel.PanelId, panel.CaseId, panel.EvidenceId));
        await panel.SignOffAsync();

        var refused = await FluentActions.Awaiting(() => unconfigured.SendAs(Personas.SendOfficer, new PreviewDecisionLetter.Query(decided.DecisionId))).Should().ThrowAsync<DomainRuleException>();

        refused.Which.Code.Should().Be("letter-settings-missing");
        refused.Which.Message.Should().Contain("Letters:Sendiass:Name").And.Contain("Letters:Sendiass:Telephone");
    }

    [Test]
    public async Task Only_case_managers_preview_and_an_unknown_decision_is_not_found()
    {
        await RecordContact();
        var decisionId = await SignedOff(Panel.AgreeFirstPreference(_panel.PanelId, _panel.CaseId, _panel.EvidenceId));

        await FluentActions.Awaiting(() => _app.SendAs(Personas.Family, new PreviewDecisionLetter.Query(decisionId))).Should().ThrowAsync<ForbiddenException>();
        await FluentActions.Awaiting(() => _app.SendAs(Personas.SendOfficer, new PreviewDecisionLetter.Query(Guid.NewGuid()))).Should().ThrowAsync<NotFoundException>();
    }
}
