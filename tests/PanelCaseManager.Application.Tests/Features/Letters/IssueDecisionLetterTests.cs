using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Features.Letters;
using PanelCaseManager.Application.Features.Panels;
using PanelCaseManager.Application.Features.PlacementRequests;
using PanelCaseManager.Application.Features.Timeliness;
using PanelCaseManager.Application.Features.Users;
using PanelCaseManager.Application.Notifications;
using PanelCaseManager.Application.Tests.Features.Provision;
using PanelCaseManager.Domain.Common;
using PanelCaseManager.Domain.PlacementRequests;
using PanelCaseManager.Domain.Timeliness;
using PanelCaseManager.Domain.Users;
using PanelCaseManager.Infrastructure.DemoData;
using PanelCaseManager.Testing;
using PanelCaseManager.Testing.Builders;

namespace PanelCaseManager.Application.Tests.Features.Letters;

public class IssueDecisionLetterTests
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
            _panel.CaseId, null, "Siân Llewelyn-Jones", ContactRole.ParentOrCarer, null, ["Tŷ Gwyn, 4 Heol y Bont", "Stevenage"], "SG1 2AB", null));
    }

    [TearDown]
    public async Task TearDown() => await _app.DisposeAsync();

    private async Task<Guid> SignedOff(RecordDecision.Command command)
    {
        var decided = await _panel.DecideAsync(command);
        await _panel.SignOffAsync();
        return decided.DecisionId;
    }

    private Task<IssueDecisionLetter.Result> Issue(Guid decisionId) => _app.SendAs(Personas.SendOfficer, new IssueDecisionLetter.Command(decisionId));

    [Test]
    public async Task Issuing_twice_gives_the_same_letter_and_records_one()
    {
        var decisionId = await SignedOff(Panel.AgreeFirstPreference(_panel.PanelId, _panel.CaseId, _panel.EvidenceId));

        var first = await Issue(decisionId);
        var again = await Issue(decisionId);

        first.Created.Should().BeTrue();
        again.Created.Should().BeFalse();
        again.LetterId.Should().Be(first.LetterId);
        (await _app.Read(db => db.IssuedLetters.CountAsync(l => l.DecisionId == decisionId))).Should().Be(1);
    }

    [Test]
    public async Task The_issued_letter_is_kept_byte_for_byte_under_its_hash_without_the_draft_mark()
    {
        var decisionId = await SignedOff(Panel.AgreeFirstPreference(_panel.PanelId, _panel.CaseId, _panel.EvidenceId));

        var issued = await Issue(decisionId);
        var file = await _app.SendAs(Personas.SendOfficer, new GetIssuedLetterPdf.Query(issued.LetterId));
        var view = await _app.SendAs(Personas.SendOfficer, new GetIssuedLetter.Query(issued.LetterId));

        Convert.ToHexStringLower(SHA256.HashData(file.Pdf)).Should().Be(issued.Sha256).And.Be(view.Sha256);
        view.DecisionId.Should().Be(decisionId);
        view.TemplateVersion.Should().Be(2, "version 1 is the first edition; the wording shipped now is version 2");
        view.IsNotice.Should().BeFalse();
        view.AppealDeadline.Should().BeNull("a panel's letter gives no appeal deadline");
        view.ReplacesLetterId.Should().BeNull();
        view.IssuedAt.Should().Be(_app.Clock.GetUtcNow());
        using var text = new PdfText(file.Pdf);
        text.All.Should().NotContain("DRAFT").And.Contain("Siân Llewelyn-Jones");
        file.FileName.Should().Be($"decision-letter-{view.Reference}.pdf").And.StartWith($"decision-letter-{view.CaseReference}-L1")
            .And.NotContain("Ffion", "the download's name never names the child");
    }

    [Test]
    public async Task Issuing_moves_the_case_to_letter_issued_and_records_the_letter_on_the_clock_without_starting_the_appeal_window()
    {
        var decisionId = await SignedOff(Panel.AgreeFirstPreference(_panel.PanelId, _panel.CaseId, _panel.EvidenceId));

        await Issue(decisionId);

        var caseId = new PlacementRequestId(_panel.CaseId);
        (await _app.Read(db => db.PlacementRequests.Where(p => p.Id == caseId).Select(p => p.Stage).SingleAsync())).Should().Be(Stage.LetterIssued);
        var sent = await _app.Read(db => db.CaseClocks.WithMilestones().SingleAsync(c => c.PlacementRequestId == caseId));
        sent.Events.Should().ContainSingle(e => e.Kind == ClockEventKind.DecisionLetterSent && e.Date == UkCalendar.Today(_app.Clock));
        sent.Milestones.Single(m => m.Kind == MilestoneKind.AppealWindow).DueDate.Should().BeNull("the right of appeal arises from the notice sent with the plan");
    }

    [Test]
    public async Task A_corrected_decision_gets_a_new_letter_that_replaces_the_earlier_one_by_reference_and_date()
    {
        var original = await SignedOff(Panel.AgreeFirstPreference(_panel.PanelId, _panel.CaseId, _panel.EvidenceId));
        var first = await Issue(original);
        _app.Clock.Advance(TimeSpan.FromDays(2));
        var correction = await SignedOff(Panel.NameAnotherSetting(_panel.PanelId, _panel.CaseId, _panel.EvidenceId) with
        {
            SupersedesDecisionId = original,
            SupersedeReason = "The costs compared were entered the wrong way round; the panel's decision was to name the SRP.",
        });

        var second = await Issue(correction);

        second.LetterId.Should().NotBe(first.LetterId);
        var view = await _app.SendAs(Personas.SendOfficer, new GetIssuedLetter.Query(second.LetterId));
        view.ReplacesLetterId.Should().Be(first.LetterId);
        var earlier = await _app.SendAs(Personas.SendOfficer, new GetIssuedLetter.Query(first.LetterId));
        using var text = new PdfText((await _app.SendAs(Personas.SendOfficer, new GetIssuedLetterPdf.Query(second.LetterId))).Pdf);
        text.All.Should().Contain($"This letter replaces our letter of {earlier.LetterDate.ToString("d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-GB"))}")
            .And.Contain(earlier.Reference);
        var letters = await _app.SendAs(Personas.SendOfficer, new ListCaseLetters.Query(_panel.CaseId));
        letters.Select(l => l.Id).Should().Equal(second.LetterId, first.LetterId);
    }

    [Test]
    public async Task A_decision_not_signed_off_is_refused_and_nothing_is_issued()
    {
        var decided = await _panel.DecideAsync(Panel.AgreeFirstPreference(_panel.PanelId, _panel.CaseId, _panel.EvidenceId));

        var refused = await FluentActions.Awaiting(() => Issue(decided.DecisionId)).Should().ThrowAsync<DomainRuleException>();

        refused.Which.Code.Should().Be("decision-not-signed-off");
        (await _app.Read(db => db.IssuedLetters.CountAsync())).Should().Be(0);
    }

    [Test]
    public async Task Only_case_managers_issue_and_an_unknown_decision_is_not_found()
    {
        var decisionId = await SignedOff(Panel.AgreeFirstPreference(_panel.PanelId, _panel.CaseId, _panel.EvidenceId));

        await FluentActions.Awaiting(() => _app.SendAs(Personas.Auditor, new IssueDecisionLetter.Command(decisionId))).Should().ThrowAsync<ForbiddenException>();
        await FluentActions.Awaiting(() => Issue(Guid.NewGuid())).Should().ThrowAsync<NotFoundException>();
    }

    [Test]
    public async Task The_linked_family_and_an_auditor_read_the_same_bytes_and_another_family_is_told_it_is_not_found()
    {
        var decisionId = await SignedOff(Panel.AgreeFirstPreference(_panel.PanelId, _panel.CaseId, _panel.EvidenceId));
        var issued = await Issue(decisionId);

        await FluentActions.Awaiting(() => _app.SendAs(Personas.Family, new GetIssuedLetterPdf.Query(issued.LetterId))).Should().ThrowAsync<NotFoundException>();
        await FluentActions.Awaiting(() => _app.SendAs(Personas.Family, new ListCaseLetters.Query(_panel.CaseId))).Should().ThrowAsync<NotFoundException>();

        var reference = (await _app.SendAs(Personas.SendOfficer, new GetPlacementRequest.Query(_panel.CaseId))).Reference;
        var familyVersion = (await _app.SendAs(Personas.Administrator, new ListUsers.Query(Role.Family))).Single(u => u.Id == Personas.Family.Id).Version;
        await _app.SendAs(Personas.Administrator, new LinkFamilyMember.Command(Personas.Family.Id, reference, "Mother", familyVersion));

        var family = await _app.SendAs(Personas.Family, new GetIssuedLetterPdf.Query(issued.LetterId));
        var auditor = await _app.SendAs(Personas.Auditor, new GetIssuedLetterPdf.Query(issued.LetterId));
        family.Pdf.Should().Equal(auditor.Pdf);
        Convert.ToHexStringLower(SHA256.HashData(auditor.Pdf)).Should().Be(issued.Sha256);
        (await _app.SendAs(Personas.Family, new ListCaseLetters.Query(_panel.CaseId))).Should().ContainSingle(l => l.Id == issued.LetterId);
        await FluentActions.Awaiting(() => _app.SendAs(Personas.Administrator, new GetIssuedLetter.Query(issued.LetterId))).Should().ThrowAsync<ForbiddenException>();
    }

    [Test]
    public async Task The_linked_family_is_notified_once_by_the_case_reference_without_the_childs_name()
    {
        var reference = (await _app.SendAs(Personas.SendOfficer, new GetPlacementRequest.Query(_panel.CaseId))).Reference;
        var familyVersion = (await _app.SendAs(Personas.Administrator, new ListUsers.Query(Role.Family))).Single(u => u.Id == Personas.Family.Id).Version;
        await _app.SendAs(Personas.Administrator, new LinkFamilyMember.Command(Personas.Family.Id, reference, "Mother", familyVersion));
        var decisionId = await SignedOff(Panel.AgreeFirstPreference(_panel.PanelId, _panel.CaseId, _panel.EvidenceId));

        var issued = await Issue(decisionId);
        await Issue(decisionId);

        var family = new UserId(Personas.Family.Id);
        var sent = await _app.Read(db => db.Notifications.Where(n => n.Kind == NotificationKinds.DecisionLetterIssued).ToListAsync());
        sent.Should().ContainSingle().Which.RecipientId.Should().Be(family);
        sent[0].Subject.Should().Contain(reference).And.NotContain("Ffion");
        sent[0].Body.Should().NotContain("Ffion").And.NotContain("Llewelyn");
        sent[0].Link.Should().Be($"/your-letters/{issued.LetterId}");
    }
}
