using Microsoft.EntityFrameworkCore;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Features.Evidence;
using PanelCaseManager.Application.Features.Partners;
using PanelCaseManager.Application.Notifications;
using PanelCaseManager.Domain.Common;
using PanelCaseManager.Domain.Evidence;
using PanelCaseManager.Domain.Partners;
using PanelCaseManager.Domain.PlacementRequests;
using PanelCaseManager.Domain.Timeliness;
using PanelCaseManager.Domain.Users;
using PanelCaseManager.Infrastructure.DemoData;
using PanelCaseManager.Testing;
using PanelCaseManager.Testing.Builders;

namespace PanelCaseManager.Application.Tests.Features.Partners;

/// <summary>A professional asked for advice through the service: what they see, what they send, and what they are refused.</summary>
public class PartnerAdviceTests
{
    private ApplicationHarness _app = null!;
    private Guid _caseId;
    private Guid _adviceId;
    private Guid _sharedDocument;
    private Guid _unsharedDocument;
    private AskPartner.Result _asked = null!;

    [SetUp]
    public async Task SetUp()
    {
        _app = new ApplicationHarness();
        _caseId = (await _app.SendAs(Personas.SendOfficer, A.PlacementRequest())).Id;
        _adviceId = (await _app.SendAs(Personas.SendOfficer, Panel.Advice(_caseId, Agency.Health))).Id;
        _sharedDocument = (await _app.SendAs(Personas.SendOfficer, Panel.Evidence(_caseId, Files.Pdf("school-report.pdf", "School report")))).Id;
        _unsharedDocument = (await _app.SendAs(Personas.SendOfficer, Panel.Evidence(_caseId, Files.Pdf("social-care-advice.pdf", "Social care")))).Id;
        _asked = await _app.SendAs(Personas.SendOfficer, Ask());
    }

    [TearDown]
    public async Task TearDown() => await _app.DisposeAsync();

    private AskPartner.Command Ask(string? partner = null) =>
        new(_caseId, _adviceId, null, partner ?? Personas.PartnerHealth.Id, [SharedSection.Needs], [_sharedDocument]);

    private SubmitAdvice.Command Advice(int version = 0, FileUpload? file = null) =>
        new(_asked.Id, version, file ?? Files.Pdf("paediatric-advice.pdf", "Paediatric advice"), "Needs a quiet base and daily OT input.", "A specialist setting for autism.");

    [Test]
    public async Task A_professional_sees_only_what_was_shared_with_its_due_date()
    {
        var waiting = await _app.SendAs(Personas.PartnerHealth, new ListMyPartnerRequests.Query());
        var request = await _app.SendAs(Personas.PartnerHealth, new GetPartnerRequest.Query(_asked.Id));

        waiting.Should().ContainSingle().Which.Should().BeEquivalentTo(new { _asked.Id, Status = PartnerRequestStatus.Waiting, CanRespond = true, DueOn = _asked.DueOn });
        request.DueOn.Should().Be(TestClock.Today.AddDays(-7).AddDays(42), "reg. 8: six weeks from the request for advice");
        request.Sections.Should().Equal(SharedSection.Needs);
        request.Needs.Should().NotBeNull();
        request.Child.Should().BeNull("the child's name was not shared");
        request.Preferences.Should().BeNull();
        request.Views.Should().BeNull();
        request.Documents.Should().ContainSingle().Which.Id.Should().Be(_sharedDocument);
        (await _app.SendAs(Personas.PartnerHealth, new GetSharedDocument.Query(_asked.Id, _sharedDocument))).FileName.Should().Be("school-report.pdf");
    }

    [Test]
    public async Task What_is_waiting_comes_before_what_was_answered_soonest_due_first()
    {
        // A second request, asked today, is due later than the first (asked a week ago); then the first is answered.
        var later = (await _app.SendAs(Personas.SendOfficer, new RequestAdvice.Command(_caseId, Agency.Health, null, "Community paediatrics, second opinion", TestClock.Today))).Id;
        var second = await _app.SendAs(Personas.SendOfficer, new AskPartner.Command(_caseId, later, null, Personas.PartnerHealth.Id, [SharedSection.Needs], []));
        var third = await _app.SendAs(Personas.SendOfficer, new AskPartner.Command(_caseId, (await _app.SendAs(Personas.SendOfficer, Panel.Advice(_caseId, Agency.Health))).Id, null, Personas.PartnerHealth.Id, [], []));
        await _app.SendAs(Personas.PartnerHealth, Advice());

        var listed = await _app.SendAs(Personas.PartnerHealth, new ListMyPartnerRequests.Query());

        listed.Select(r => r.Id).Should().Equal([third.Id, second.Id, _asked.Id], "waiting before answered (not in the order of the statuses' names), and the sooner due first");
        listed.Select(r => r.Status).Should().Equal(PartnerRequestStatus.Waiting, PartnerRequestStatus.Waiting, PartnerRequestStatus.Answered);
    }

    [Test]
    public async Task A_document_that_was_not_shared_is_not_found()
    {
        await FluentActions.Awaiting(() => _app.SendAs(Personas.PartnerHealth, new GetSharedDocument.Query(_asked.Id, _unsharedDocument)))
            .Should().ThrowAsync<NotFoundException>();
    }

    [Test]
    public async Task Advice_sent_by_the_professional_is_on_the_officers_advice_tab_and_the_clock_at_once()
    {
        var sent = await _app.SendAs(Personas.PartnerHealth, Advice());

        var evidence = await _app.SendAs(Personas.SendOfficer, new GetCaseEvidence.Query(_caseId));
        var advice = evidence.Advice.Single();
        advice.Status.Should().Be(GetCaseEvidence.AdviceStatus.Received);
        advice.ReceivedOn.Should().Be(TestClock.Today);
        advice.Summary.Should().Be("Needs a quiet base and daily OT input.");
        advice.EvidenceItemId.Should().Be(sent.EvidenceItemId);
        evidence.Documents.Should().Contain(d => d.Id == sent.EvidenceItemId && d.Author == Personas.PartnerHealth.DisplayName
                                                 && d.Agency == Agency.Health && d.Kind == EvidenceKind.AgencyAdvice && d.FileName == "paediatric-advice.pdf");
        var clockEvents = await _app.Read(db => db.CaseClocks.Where(c => c.PlacementRequestId == new PlacementRequestId(_caseId)).SelectMany(c => c.Events).ToListAsync());
        clockEvents.Should().Contain(e => e.Kind == ClockEventKind.AdviceReceived && e.Agency == Agency.Health && e.Date == TestClock.Today);
        var officerNotice = await _app.Read(db => db.Notifications.Where(n => n.RecipientId == new UserId(Personas.SendOfficer.Id) && n.Kind == PartnerNotifications.Answered).ToListAsync());
        officerNotice.Should().ContainSingle().Which.Link.Should().Be($"/cases/{_caseId}/advice");

        var seen = await _app.SendAs(Personas.PartnerHealth, new GetPartnerRequest.Query(_asked.Id));
        seen.Status.Should().Be(PartnerRequestStatus.Answered);
        seen.CanRespond.Should().BeFalse();
        seen.Advice!.FileName.Should().Be("paediatric-advice.pdf");
    }

    [Test]
    public async Task A_second_answer_is_refused_and_the_first_stands()
    {
        var first = await _app.SendAs(Personas.PartnerHealth, Advice());

        var refusal = await FluentActions.Awaiting(() => _app.SendAs(Personas.PartnerHealth, Advice(first.Version, Files.Pdf("second.pdf", "Second thoughts"))))
            .Should().ThrowAsync<DomainRuleException>();

        refusal.Which.Code.Should().Be("partner-request-answered");
        var evidence = await _app.SendAs(Personas.SendOfficer, new GetCaseEvidence.Query(_caseId));
        evidence.Documents.Should().NotContain(d => d.FileName == "second.pdf");
        evidence.Advice.Single().EvidenceItemId.Should().Be(first.EvidenceItemId);
    }

    [Test]
    public async Task Another_professional_opening_the_request_by_id_finds_nothing()
    {
        foreach (var intruder in new[] { Personas.PartnerSocialCare, Personas.PartnerPsychologist, Personas.SettingSendco })
        {
            await FluentActions.Awaiting(() => _app.SendAs(intruder, new GetPartnerRequest.Query(_asked.Id))).Should().ThrowAsync<NotFoundException>();
            await FluentActions.Awaiting(() => _app.SendAs(intruder, new GetSharedDocument.Query(_asked.Id, _sharedDocument))).Should().ThrowAsync<NotFoundException>();
            await FluentActions.Awaiting(() => _app.SendAs(intruder, Advice())).Should().ThrowAsync<NotFoundException>();
            await FluentActions.Awaiting(() => _app.SendAs(intruder, new DeclinePartnerRequest.Command(_asked.Id, 0, "Not mine."))).Should().ThrowAsync<NotFoundException>();
            (await _app.SendAs(intruder, new ListMyPartnerRequests.Query())).Should().BeEmpty();
        }

        // Exactly as for a request that does not exist.
        await FluentActions.Awaiting(() => _app.SendAs(Personas.PartnerSocialCare, new GetPartnerRequest.Query(Guid.NewGuid()))).Should().ThrowAsync<NotFoundException>();
    }

    [Test]
    public async Task A_partner_reaches_no_case_directly()
    {
        await FluentActions.Awaiting(() => _app.SendAs(Personas.PartnerHealth, new GetCaseEvidence.Query(_caseId))).Should().ThrowAsync<ForbiddenException>();
    }

    [Test]
    public async Task An_upload_of_the_wrong_type_or_too_large_is_refused_and_nothing_is_written()
    {
        await _app.DisposeAsync();
        _app = new ApplicationHarness(new Dictionary<string, string?> { ["Evidence:MaximumUploadBytes"] = "2048" });
        await SetUpAgainAsync();

        var exe = new FileUpload("advice.pdf", 20, "MZ\u0090\0\u0003\0\0\0\u0004\0\0\0\u00ff\u00ff\0\0"u8.ToArray());
        var wrongType = await FluentActions.Awaiting(() => _app.SendAs(Personas.PartnerHealth, Advice(file: exe))).Should().ThrowAsync<RequestValidationException>();
        wrongType.Which.Errors.Should().ContainKey("file");

        var large = new FileUpload("advice.pdf", 5000, ReadOnlyMemory<byte>.Empty);
        var tooLarge = await FluentActions.Awaiting(() => _app.SendAs(Personas.PartnerHealth, Advice(file: large))).Should().ThrowAsync<RequestValidationException>();
        tooLarge.Which.Errors["file"].Single().Should().Contain("the largest accepted is");

        (await _app.Read(db => db.EvidenceItems.CountAsync(e => e.AdviceRequestId == _adviceId))).Should().Be(0);
        (await _app.SendAs(Personas.PartnerHealth, new GetPartnerRequest.Query(_asked.Id))).Status.Should().Be(PartnerRequestStatus.Waiting);
    }

    [Test]
    public async Task A_partner_whose_account_was_closed_is_refused_everything()
    {
        var partner = (await _app.SendAs(Personas.SendOfficer, new ListPartners.Query(Agency.Health, null))).Single(p => p.Id == Personas.PartnerHealth.Id);
        var closed = await _app.SendAs(Personas.SendOfficer, new ClosePartner.Command(partner.Id, "Left the community paediatrics team.", partner.Version));

        closed.IsActive.Should().BeFalse();
        closed.ClosedReason.Should().Be("Left the community paediatrics team.");
        await FluentActions.Awaiting(() => _app.SendAs(Personas.PartnerHealth, new ListMyPartnerRequests.Query())).Should().ThrowAsync<ForbiddenException>();
        await FluentActions.Awaiting(() => _app.SendAs(Personas.PartnerHealth, Advice())).Should().ThrowAsync<ForbiddenException>();
    }

    [Test]
    public async Task Declining_says_why_tells_the_officer_and_closes_the_request_to_answers()
    {
        var declined = await _app.SendAs(Personas.PartnerHealth, new DeclinePartnerRequest.Command(_asked.Id, 0, "I have not seen this child; ask the community paediatrician."));

        declined.Status.Should().Be(PartnerRequestStatus.Declined);
        var onCase = (await _app.SendAs(Personas.SendOfficer, new ListCasePartnerRequests.Query(_caseId))).Single();
        onCase.DeclineReason.Should().Be("I have not seen this child; ask the community paediatrician.");
        (await _app.Read(db => db.Notifications.CountAsync(n => n.Kind == PartnerNotifications.Declined && n.RecipientId == new UserId(Personas.SendOfficer.Id)))).Should().Be(1);
        (await FluentActions.Awaiting(() => _app.SendAs(Personas.PartnerHealth, Advice(declined.Version))).Should().ThrowAsync<DomainRuleException>())
            .Which.Code.Should().Be("partner-request-declined");
        (await FluentActions.Awaiting(() => _app.SendAs(Personas.PartnerHealth, new DeclinePartnerRequest.Command(_asked.Id, declined.Version, ""))).Should().ThrowAsync<RequestValidationException>())
            .Which.Errors.Should().ContainKey("reason");
    }

    [Test]
    public async Task A_question_reaches_the_officer_by_reference_and_link_only()
    {
        await _app.SendAs(Personas.PartnerHealth, new AskPartnerQuestion.Command(_asked.Id, 0, "Is there a recent OT report?"));

        var onCase = (await _app.SendAs(Personas.SendOfficer, new ListCasePartnerRequests.Query(_caseId))).Single();
        onCase.Questions.Should().ContainSingle().Which.Text.Should().Be("Is there a recent OT report?");
        var notice = await _app.Read(db => db.Notifications.SingleAsync(n => n.Kind == PartnerNotifications.Question));
        notice.Body.Should().NotContain(A.Child().FamilyName).And.NotContain(A.Child().GivenName);
    }

    [Test]
    public async Task The_officer_changes_what_is_shared_and_the_partner_sees_the_change()
    {
        await _app.SendAs(Personas.SendOfficer, new ChangePartnerSharing.Command(_asked.Id, 0, [SharedSection.ChildDetails, SharedSection.Preferences], [_unsharedDocument]));

        var request = await _app.SendAs(Personas.PartnerHealth, new GetPartnerRequest.Query(_asked.Id));
        request.Child!.Name.Should().Be($"{A.Child().GivenName} {A.Child().FamilyName}");
        request.Needs.Should().BeNull();
        request.Preferences.Should().NotBeEmpty();
        request.Documents.Should().ContainSingle().Which.Id.Should().Be(_unsharedDocument);
        await FluentActions.Awaiting(() => _app.SendAs(Personas.PartnerHealth, new GetSharedDocument.Query(_asked.Id, _sharedDocument))).Should().ThrowAsync<NotFoundException>();
    }

    [Test]
    public async Task Sharing_a_document_of_another_case_is_refused()
    {
        var other = (await _app.SendAs(Personas.SendOfficer, A.PlacementRequest())).Id;
        var otherDocument = (await _app.SendAs(Personas.SendOfficer, Panel.Evidence(other))).Id;

        var refusal = await FluentActions.Awaiting(() => _app.SendAs(Personas.SendOfficer, new ChangePartnerSharing.Command(_asked.Id, 0, [], [otherDocument])))
            .Should().ThrowAsync<RequestValidationException>();

        refusal.Which.Errors.Should().ContainKey("documentIds");
    }

    [Test]
    public async Task Advice_is_asked_of_a_professional_of_its_own_agency_and_only_once()
    {
        var wrongAgency = await FluentActions.Awaiting(() => _app.SendAs(Personas.SendOfficer, Ask(Personas.PartnerSocialCare.Id) with { AdviceRequestId = _adviceId }))
            .Should().ThrowAsync<DomainRuleException>();
        wrongAgency.Which.Code.Should().Be("partner-already-asked");

        var socialCareAdvice = (await _app.SendAs(Personas.SendOfficer, Panel.Advice(_caseId, Agency.SocialCare))).Id;
        var mismatch = await FluentActions.Awaiting(() => _app.SendAs(Personas.SendOfficer, new AskPartner.Command(_caseId, socialCareAdvice, null, Personas.PartnerHealth.Id, [], [])))
            .Should().ThrowAsync<DomainRuleException>();
        mismatch.Which.Code.Should().Be("partner-wrong-agency");
    }

    [Test]
    public async Task An_officer_of_another_team_cannot_share_or_read_the_norths_partner_requests()
    {
        await FluentActions.Awaiting(() => _app.SendAs(Personas.SecondSendOfficer, new ChangePartnerSharing.Command(_asked.Id, 0, [SharedSection.ChildDetails], [])))
            .Should().ThrowAsync<NotFoundException>();
        await FluentActions.Awaiting(() => _app.SendAs(Personas.SecondSendOfficer, new ListCasePartnerRequests.Query(_caseId)))
            .Should().ThrowAsync<NotFoundException>();
    }

    [Test]
    public async Task The_professional_is_told_something_is_waiting_with_a_link_and_no_personal_data()
    {
        var notice = await _app.Read(db => db.Notifications.SingleAsync(n => n.RecipientId == new UserId(Personas.PartnerHealth.Id)));

        notice.Kind.Should().Be(PartnerNotifications.Waiting);
        notice.Link.Should().Be($"/partner/requests/{_asked.Id}");
        notice.PlacementRequestId.Should().BeNull();
        (notice.Subject + notice.Body).Should().NotContain(A.Child().FamilyName).And.NotContain(A.Child().GivenName);
    }

    private async Task SetUpAgainAsync()
    {
        _caseId = (await _app.SendAs(Personas.SendOfficer, A.PlacementRequest())).Id;
        _adviceId = (await _app.SendAs(Personas.SendOfficer, Panel.Advice(_caseId, Agency.Health))).Id;
        _sharedDocument = (await _app.SendAs(Personas.SendOfficer, Panel.Evidence(_caseId, Files.Pdf("school-report.pdf", "School report")))).Id;
        _asked = await _app.SendAs(Personas.SendOfficer, Ask());
    }
}
