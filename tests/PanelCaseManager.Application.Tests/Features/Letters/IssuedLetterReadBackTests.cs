using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PanelCaseManager.Application.Features.Letters;
using PanelCaseManager.Application.Notifications;
using PanelCaseManager.Domain.Common;
using PanelCaseManager.Application.Features.Panels;
using PanelCaseManager.Application.Features.PlacementRequests;
using PanelCaseManager.Application.Features.Timeliness;
using PanelCaseManager.Application.Tests.Features.Provision;
using PanelCaseManager.Domain.PlacementRequests;
using PanelCaseManager.Domain.Timeliness;
using PanelCaseManager.Infrastructure.DemoData;
using PanelCaseManager.Testing;
using PanelCaseManager.Testing.Builders;

namespace PanelCaseManager.Application.Tests.Features.Letters;

/// <summary>
/// The letter as issued and stored, read back with PdfPig: what the family actually receives (the composer tests
/// check the same elements on composed letters; these check them on the stored bytes, end to end).
/// </summary>
public class IssuedLetterReadBackTests
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
        await _app.SendAs(Personas.SendOfficer, new RecordFamilyContact.Command(
            _panel.CaseId, null, "Zoë Ó Briain", ContactRole.ParentOrCarer, null, ["Tŷ Gwyn, 4 Heol y Bont", "Stevenage"], "SG1 2AB", null));
    }

    [TearDown]
    public async Task TearDown() => await _app.DisposeAsync();

    private async Task<PdfText> IssuedLetter(RecordDecision.Command decision)
    {
        var decided = await _panel.DecideAsync(decision);
        await _panel.SignOffAsync();
        var issued = await _app.SendAs(Personas.SendOfficer, new IssueDecisionLetter.Command(decided.DecisionId));
        var file = await _app.SendAs(Personas.SendOfficer, new GetIssuedLetterPdf.Query(issued.LetterId));
        return new PdfText(file.Pdf);
    }


    [Test]
    public async Task An_issued_agreed_preference_reads_back_with_the_child_reference_setting_reasons_rights_and_contacts()
    {
        using var text = await IssuedLetter(Panel.AgreeFirstPreference(_panel.PanelId, _panel.CaseId, _panel.EvidenceId));

        var reference = (await _app.SendAs(Personas.SendOfficer, new GetPlacementRequest.Query(_panel.CaseId))).Reference;
        text.All.Should().NotContain("DRAFT");
        text.All.Should().Contain("Zoë Ó Briain", "accented and Irish names render and read back").And.Contain("Tŷ Gwyn, 4 Heol y Bont");
        text.All.Should().Contain("Ffion Llewelyn-Jones").And.Contain(reference);
        text.All.Should().Contain("Brookside Special School").And.Contain("profile version 1");
        text.All.Should().Contain("Example SENDIASS").And.Contain(Personas.SendOfficer.DisplayName);
        text.All.Should().ContainEquivalentOf("disagreement resolution").And.Contain("Example Disagreement Resolution Service");
        text.All.Should().Contain("When you can appeal").And.Contain("Your right to appeal starts when we send you the final education, health and care (EHC) plan")
            .And.NotContain("You must appeal by", "a panel's letter gives no deadline of its own");
    }

    [Test]
    public async Task An_issued_letter_naming_another_setting_reads_back_with_each_ground_and_the_consultation()
    {
        using var text = await IssuedLetter(Panel.NameAnotherSetting(_panel.PanelId, _panel.CaseId, _panel.EvidenceId));

        text.All.Should().Contain("Woodlands Academy SRP");
        text.All.Should().Contain("efficient use of resources, on the EP").And.Contain("Nothing in the evidence");
        text.All.Should().Contain("15 days to reply");
        text.All.Should().Contain("section 39(4)").And.Contain("Brookside Special School is a maintained school.").And.NotContain("You must appeal by");
        text.All.Should().Contain("Mainstream education").And.Contain("The SRP is on a mainstream site");
    }

    [Test]
    public async Task An_issued_deferral_reads_back_with_the_evidence_awaited_and_no_appeal_date()
    {
        using var text = await IssuedLetter(Panel.Defer(_panel.PanelId, _panel.CaseId));

        text.All.Should().Contain("Health advice from community paediatrics on seizure management").And.NotContain("You must appeal by");
        text.All.Should().Contain("Zoë Ó Briain").And.Contain("Example SENDIASS");
    }

    [Test]
    public async Task Issuing_without_a_sendiass_contact_is_refused_naming_the_settings_and_nothing_is_issued_or_sent()
    {
        await using var unconfigured = new ApplicationHarness();
        var panel = await PanelScenario.ReadyToDecideAsync(unconfigured);
        await unconfigured.SendAs(Personas.SendOfficer, new RecordFamilyContact.Command(panel.CaseId, null, "Zoë Ó Briain", ContactRole.ParentOrCarer, null, ["4 Heol y Bont"], "SG1 2AB", null));
        var decided = await panel.DecideAsync(Panel.AgreeFirstPreference(panel.PanelId, panel.CaseId, panel.EvidenceId));
        await panel.SignOffAsync();

        var refused = await FluentActions.Awaiting(() => unconfigured.SendAs(Personas.SendOfficer, new IssueDecisionLetter.Command(decided.DecisionId)))
            .Should().ThrowAsync<DomainRuleException>();

        refused.Which.Code.Should().Be("letter-settings-missing");
        refused.Which.Message.Should().Contain("Letters:Sendiass:Name").And.Contain("Letters:Sendiass:Telephone");
        (await unconfigured.Read(db => db.IssuedLetters.CountAsync())).Should().Be(0);
        (await unconfigured.Read(db => db.Notifications.CountAsync(n => n.Kind == NotificationKinds.DecisionLetterIssued))).Should().Be(0);
    }
}
