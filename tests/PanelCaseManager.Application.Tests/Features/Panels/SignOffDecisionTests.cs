using Microsoft.EntityFrameworkCore;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Features.Panels;
using PanelCaseManager.Application.Features.PlacementRequests;
using PanelCaseManager.Application.Persistence;
using PanelCaseManager.Domain.Common;
using PanelCaseManager.Domain.Panels;
using PanelCaseManager.Domain.PlacementRequests;
using PanelCaseManager.Domain.Users;
using PanelCaseManager.Infrastructure.DemoData;
using PanelCaseManager.Testing;
using PanelCaseManager.Testing.Builders;

namespace PanelCaseManager.Application.Tests.Features.Panels;

public class SignOffDecisionTests
{
    private static readonly Persona OtherChair = new("panel-chair-south", "Martin Osborne", "martin.osborne@example.gov.uk", Role.PanelChair, null, Agency.Education);

    private ApplicationHarness _app = null!;
    private PanelScenario _panel = null!;

    [SetUp]
    public async Task SetUp()
    {
        _app = new ApplicationHarness();
        await using (var db = _app.Database.OpenContext())
        {
            db.Users.Add(OtherChair.ToAccount());
            await db.SaveChangesAsync();
        }

        _panel = await PanelScenario.ReadyToDecideAsync(_app);
    }

    [TearDown]
    public async Task TearDown() => await _app.DisposeAsync();

    private RecordDecision.Command Agree() => Panel.AgreeFirstPreference(_panel.PanelId, _panel.CaseId, _panel.EvidenceId);

    private RecordDecision.Command NameAnother() => Panel.NameAnotherSetting(_panel.PanelId, _panel.CaseId, _panel.EvidenceId);

    private Task<int> EventCount(string kind) => _app.Read(db => db.CaseEvents.CountAsync(e => e.Kind == kind));

    [Test]
    public async Task The_chair_signing_off_makes_the_decision_final_and_moves_the_case_to_decided()
    {
        var draft = await _panel.DecideAsync(Agree());

        var signed = await _panel.SignOffAsync();

        signed.DecisionId.Should().Be(draft.DecisionId);
        signed.CaseStage.Should().Be(Stage.Decided);
        signed.ContentSha256.Should().MatchRegex("^[0-9a-f]{64}$");
        var decision = await _app.SendAs(Personas.Auditor, new GetDecision.Query(draft.DecisionId));
        decision.Status.Should().Be(DecisionStatus.SignedOff);
        decision.Stands.Should().BeTrue();
        decision.Intact.Should().BeTrue();
        decision.SignedOffBy!.Name.Should().Be(Personas.PanelChair.DisplayName);
        decision.AgencyViews.Select(v => v.Agency).Should().BeEquivalentTo(Panel.Members.Select(m => m.Agency!.Value));
        decision.CountedMembers.Should().HaveCount(5);
        (await _app.SendAs(Personas.Auditor, new GetPlacementRequest.Query(_panel.CaseId))).Stage.Should().Be(Stage.Decided);
    }

    [Test]
    public async Task Signing_off_a_deferral_returns_the_case_to_evidence_naming_what_is_missing()
    {
        await _panel.DecideAsync(Panel.Defer(_panel.PanelId, _panel.CaseId));

        var signed = await _panel.SignOffAsync();

        signed.CaseStage.Should().Be(Stage.Evidence);
        var details = await _app.SendAs(Personas.SendOfficer, new GetPlacementRequest.Query(_panel.CaseId));
        details.StageHistory[^1].Should().BeEquivalentTo(new { Transition = StageTransition.DeferForEvidence, Reason = "Health advice from community paediatrics on seizure management" });
    }

    [Test]
    public async Task A_panel_member_who_is_not_a_chair_cannot_sign_off()
    {
        await _panel.DecideAsync(Agree());

        await FluentActions.Awaiting(() => _panel.SignOffAsync(by: Personas.PanelHealth)).Should().ThrowAsync<ForbiddenException>();
    }

    [Test]
    public async Task A_chair_of_another_panel_cannot_even_find_this_meeting_to_sign_off()
    {
        await _panel.DecideAsync(Agree());

        var refusal = await FluentActions.Awaiting(() => _panel.SignOffAsync(by: OtherChair)).Should().ThrowAsync<NotFoundException>();

        refusal.Which.What.Should().Be("Panel meeting");
        (await _app.Read(db => db.PanelDecisions.SingleAsync())).Status.Should().Be(DecisionStatus.Draft);
    }

    [Test]
    public async Task Signing_off_needs_the_version_the_chair_read()
    {
        var draft = await _panel.DecideAsync(Agree());
        await _panel.DecideAsync(NameAnother() with { ExpectedVersion = draft.Version });

        var stale = () => _app.SendAs(Personas.PanelChair, new SignOffDecision.Command(_panel.PanelId, _panel.CaseId, draft.Version));

        await stale.Should().ThrowAsync<ConcurrencyConflictException>();
    }

    [Test]
    public async Task Two_sign_offs_at_once_exactly_one_succeeds()
    {
        await _panel.DecideAsync(Agree());
        var version = await _panel.DraftVersionAsync();
        var signOff = new SignOffDecision.Command(_panel.PanelId, _panel.CaseId, version);

        var attempts = await Task.WhenAll(
            Attempt(() => _app.SendAs(Personas.PanelChair, signOff)),
            Attempt(() => _app.SendAs(Personas.PanelChair, signOff)),
            Attempt(() => _app.SendAs(Personas.PanelChair, signOff)));

        attempts.Count(a => a is null).Should().Be(1);
        attempts.Where(a => a is not null).Should().AllSatisfy(e => e.Should().Match<Exception>(x => x is ConcurrencyConflictException || x is DomainRuleException));
        (await EventCount(CaseEventKinds.DecisionSignedOff)).Should().Be(1);
        (await _app.Read(db => db.PlacementRequests.SingleAsync(p => p.Id == new PlacementRequestId(_panel.CaseId)))).StageChanges
            .Count(c => c.Transition == StageTransition.RecordDecision).Should().Be(1);
    }

    [Test]
    public async Task A_signed_off_decision_cannot_be_edited_or_signed_off_again()
    {
        var draft = await _panel.DecideAsync(Agree());
        var signed = await _panel.SignOffAsync();

        var edit = await FluentActions.Awaiting(() => _panel.DecideAsync(NameAnother() with { ExpectedVersion = signed.Version })).Should().ThrowAsync<DomainRuleException>();
        edit.Which.Code.Should().Be("decision-signed-off");
        var again = await FluentActions.Awaiting(() => _app.SendAs(Personas.PanelChair, new SignOffDecision.Command(_panel.PanelId, _panel.CaseId, signed.Version)))
            .Should().ThrowAsync<DomainRuleException>();
        again.Which.Code.Should().Be("decision-signed-off");

        var stored = await _app.SendAs(Personas.Auditor, new GetDecision.Query(draft.DecisionId));
        stored.Outcome.Should().Be(DecisionOutcome.AgreeFamilyPreference);
        stored.ContentSha256.Should().Be(signed.ContentSha256);
        stored.Intact.Should().BeTrue();
    }

    [Test]
    public async Task A_correction_supersedes_the_signed_off_decision_with_a_reason_and_leaves_it_unchanged()
    {
        var original = await _panel.DecideAsync(Agree());
        var signed = await _panel.SignOffAsync();

        var correction = await _panel.DecideAsync(NameAnother() with
        {
            SupersedesDecisionId = original.DecisionId,
            SupersedeReason = "The costs compared were entered the wrong way round; the panel's decision was to name the SRP.",
        });
        var corrected = await _panel.SignOffAsync();

        corrected.DecisionId.Should().Be(correction.DecisionId);
        corrected.Supersedes.Should().Be(original.DecisionId);
        corrected.CaseStage.Should().Be(Stage.Decided, "a correction does not move the case again");
        var old = await _app.SendAs(Personas.Auditor, new GetDecision.Query(original.DecisionId));
        old.Stands.Should().BeFalse();
        old.SupersededByDecisionId.Should().Be(correction.DecisionId);
        old.Outcome.Should().Be(DecisionOutcome.AgreeFamilyPreference);
        old.ContentSha256.Should().Be(signed.ContentSha256);
        old.Intact.Should().BeTrue();
        var @new = await _app.SendAs(Personas.Auditor, new GetDecision.Query(correction.DecisionId));
        @new.Stands.Should().BeTrue();
        @new.SupersedeReason.Should().StartWith("The costs compared");
    }

    [Test]
    public async Task A_correction_needs_its_reason()
    {
        var original = await _panel.DecideAsync(Agree());
        await _panel.SignOffAsync();

        var refusal = await FluentActions.Awaiting(() => _panel.DecideAsync(NameAnother() with { SupersedesDecisionId = original.DecisionId }))
            .Should().ThrowAsync<RequestValidationException>();

        refusal.Which.Errors.Should().ContainKey("supersedeReason");
    }

    [Test]
    public async Task A_correction_cannot_turn_a_decision_into_a_deferral()
    {
        var original = await _panel.DecideAsync(Agree());
        await _panel.SignOffAsync();

        var refusal = await FluentActions.Awaiting(() => _panel.DecideAsync(Panel.Defer(_panel.PanelId, _panel.CaseId) with
            {
                SupersedesDecisionId = original.DecisionId,
                SupersedeReason = "On reflection the panel needed more evidence.",
            }))
            .Should().ThrowAsync<DomainRuleException>();

        refusal.Which.Code.Should().Be("correction-changes-deferral");
    }

    [Test]
    public async Task Only_the_decision_that_stands_can_be_superseded()
    {
        var original = await _panel.DecideAsync(Agree());
        await _panel.SignOffAsync();
        await _panel.DecideAsync(NameAnother() with { SupersedesDecisionId = original.DecisionId, SupersedeReason = "Wrong setting recorded." });
        await _panel.SignOffAsync();

        var refusal = await FluentActions.Awaiting(() => _panel.DecideAsync(Agree() with { SupersedesDecisionId = original.DecisionId, SupersedeReason = "Again." }))
            .Should().ThrowAsync<DomainRuleException>();

        refusal.Which.Code.Should().Be("superseded-decision-not-current");
    }

    [Test]
    public async Task A_draft_counting_a_member_who_has_since_declared_a_conflict_cannot_be_signed_off()
    {
        await _panel.DecideAsync(Agree());
        await _app.SendAs(Personas.PanelSocialCare, new DeclareConflict.Command(_panel.PanelId, _panel.CaseId, null, "I have worked with the family."));

        var refusal = await FluentActions.Awaiting(() => _panel.SignOffAsync()).Should().ThrowAsync<DomainRuleException>();

        refusal.Which.Code.Should().Be("draft-counts-conflicted-member");
    }

    [Test]
    public async Task A_chair_with_a_conflict_in_the_case_cannot_sign_it_off_for_them_the_case_is_not_found()
    {
        await _panel.DecideAsync(Agree());
        await _app.SendAs(Personas.PanelChair, new DeclareConflict.Command(_panel.PanelId, _panel.CaseId, null, "I chaired the school's governors."));

        await FluentActions.Awaiting(() => _panel.SignOffAsync()).Should().ThrowAsync<NotFoundException>();

        (await _app.Read(db => db.PanelDecisions.CountAsync(d => d.Status == DecisionStatus.SignedOff))).Should().Be(0);
    }

    [Test]
    public async Task Signing_off_with_no_draft_is_refused()
    {
        var refusal = await FluentActions.Awaiting(() => _app.SendAs(Personas.PanelChair, new SignOffDecision.Command(_panel.PanelId, _panel.CaseId, 0)))
            .Should().ThrowAsync<DomainRuleException>();

        refusal.Which.Code.Should().Be("no-draft");
    }

    [Test]
    public async Task Altering_a_signed_off_decision_in_the_database_is_detected()
    {
        var draft = await _panel.DecideAsync(Agree());
        await _panel.SignOffAsync();

        await using (var db = _app.Database.OpenContext())
        {
            await db.Database.ExecuteSqlAsync($"""UPDATE "PanelDecisions" SET "QuorumExplanation" = 'Quorate: 9 members.' WHERE "Id" = {draft.DecisionId}""");
        }

        (await _app.SendAs(Personas.Auditor, new GetDecision.Query(draft.DecisionId))).Intact.Should().BeFalse();
    }

    private static async Task<Exception?> Attempt(Func<Task> action)
    {
        try
        {
            await action();
            return null;
        }
        catch (Exception exception)
        {
            return exception;
        }
    }
}
