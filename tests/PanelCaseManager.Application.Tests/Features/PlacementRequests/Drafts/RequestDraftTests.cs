using Microsoft.EntityFrameworkCore;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Features.PlacementRequests;
using PanelCaseManager.Application.Features.PlacementRequests.Drafts;
using PanelCaseManager.Infrastructure.DemoData;
using PanelCaseManager.Testing;
using PanelCaseManager.Testing.Builders;

namespace PanelCaseManager.Application.Tests.Features.PlacementRequests.Drafts;

public class RequestDraftTests
{
    private ApplicationHarness _app = null!;

    [SetUp]
    public void SetUp() => _app = new ApplicationHarness();

    [TearDown]
    public async Task TearDown() => await _app.DisposeAsync();

    private async Task<Guid> DraftWithEveryStep(Persona? persona = null)
    {
        var officer = persona ?? Personas.SendOfficer;
        var draft = await _app.SendAs(officer, new StartRequestDraft.Command());
        var valid = A.PlacementRequest();
        foreach (var step in RequestDraftSteps.InOrder)
        {
            await _app.SendAs(officer, new SaveRequestDraft.Command(draft.DraftId, step, valid));
        }

        return draft.DraftId;
    }

    [Test]
    public async Task A_new_draft_is_held_by_the_officer_who_started_it_and_lists_what_is_missing()
    {
        var started = await _app.SendAs(Personas.SendOfficer, new StartRequestDraft.Command());

        var draft = await _app.SendAs(Personas.SendOfficer, new GetRequestDraft.Query(started.DraftId));

        draft.Answers.AssignedOfficerId.Should().Be(Personas.SendOfficer.Id);
        draft.IsReadyToSubmit.Should().BeFalse();
        draft.Problems.Keys.Should().Contain(["child", "type", "receivedDate", "primaryNeed", "needLevels"]);
        draft.IsComplete(RequestDraftStep.Officer).Should().BeTrue();
        draft.IsComplete(RequestDraftStep.Child).Should().BeFalse();
    }

    [Test]
    public async Task A_step_with_a_mistake_is_refused_naming_the_field_and_nothing_is_saved()
    {
        var started = await _app.SendAs(Personas.SendOfficer, new StartRequestDraft.Command());
        var answers = A.PlacementRequest() with { Child = A.Child() with { GivenName = " ", Postcode = "NOT A POSTCODE" } };

        var act = () => _app.SendAs(Personas.SendOfficer, new SaveRequestDraft.Command(started.DraftId, RequestDraftStep.Child, answers));

        var refused = await act.Should().ThrowAsync<RequestValidationException>();
        refused.Which.Errors.Keys.Should().BeEquivalentTo(["child.givenName", "child.postcode"], "only this step's fields are checked");
        var draft = await _app.SendAs(Personas.SendOfficer, new GetRequestDraft.Query(started.DraftId));
        draft.Answers.Child.Should().BeNull();
    }

    [Test]
    public async Task A_step_only_changes_its_own_answers()
    {
        var started = await _app.SendAs(Personas.SendOfficer, new StartRequestDraft.Command());

        await _app.SendAs(Personas.SendOfficer, new SaveRequestDraft.Command(started.DraftId, RequestDraftStep.Request, A.PlacementRequest() with { AssignedOfficerId = Personas.TeamManager.Id }));

        var draft = await _app.SendAs(Personas.SendOfficer, new GetRequestDraft.Query(started.DraftId));
        draft.Answers.Type.Should().Be(A.PlacementRequest().Type);
        draft.Answers.AssignedOfficerId.Should().Be(Personas.SendOfficer.Id);
        draft.Answers.Child.Should().BeNull();
    }

    [Test]
    public async Task Submitting_a_finished_draft_logs_the_case_and_clears_the_childs_details_from_the_draft()
    {
        var draftId = await DraftWithEveryStep();

        var result = await _app.SendAs(Personas.SendOfficer, new SubmitRequestDraft.Command(draftId));

        result.AlreadySubmitted.Should().BeFalse();
        var details = await _app.SendAs(Personas.SendOfficer, new GetPlacementRequest.Query(result.Id));
        details.Reference.Should().Be(result.Reference);
        details.Child.FamilyName.Should().Be("Llewelyn-Jones");
        var stored = await _app.Read(db => db.RequestDrafts.SingleAsync(d => d.Id == draftId));
        stored.AnswersJson.Should().BeNull();
        stored.SubmittedRequestId.Should().Be(result.Id);
    }

    [Test]
    public async Task Submitting_the_same_draft_again_returns_the_first_case_and_makes_no_other()
    {
        var draftId = await DraftWithEveryStep();

        var first = await _app.SendAs(Personas.SendOfficer, new SubmitRequestDraft.Command(draftId));
        var second = await _app.SendAs(Personas.SendOfficer, new SubmitRequestDraft.Command(draftId));
        var saveAfter = await _app.SendAs(Personas.SendOfficer, new SaveRequestDraft.Command(draftId, RequestDraftStep.Child, A.PlacementRequest()));

        second.Should().Be(first with { AlreadySubmitted = true });
        saveAfter.Should().Be(new SaveRequestDraft.Result(draftId, true, first.Id));
        (await _app.Read(db => db.PlacementRequests.CountAsync())).Should().Be(1);
    }

    [Test]
    public async Task An_unfinished_draft_is_not_submitted_and_the_missing_answers_are_named()
    {
        var started = await _app.SendAs(Personas.SendOfficer, new StartRequestDraft.Command());
        await _app.SendAs(Personas.SendOfficer, new SaveRequestDraft.Command(started.DraftId, RequestDraftStep.Child, A.PlacementRequest()));

        var act = () => _app.SendAs(Personas.SendOfficer, new SubmitRequestDraft.Command(started.DraftId));

        (await act.Should().ThrowAsync<RequestValidationException>()).Which.Errors.Keys.Should().Contain(["type", "receivedDate", "primaryNeed"]);
        (await _app.Read(db => db.PlacementRequests.CountAsync())).Should().Be(0);
        (await _app.Read(db => db.RequestDrafts.SingleAsync(d => d.Id == started.DraftId))).IsSubmitted.Should().BeFalse();
    }

    [Test]
    public async Task Another_users_draft_is_not_found()
    {
        var draftId = await DraftWithEveryStep();

        var read = () => _app.SendAs(Personas.SecondSendOfficer, new GetRequestDraft.Query(draftId));
        var submit = () => _app.SendAs(Personas.TeamManager, new SubmitRequestDraft.Command(draftId));

        await read.Should().ThrowAsync<NotFoundException>();
        await submit.Should().ThrowAsync<NotFoundException>();
    }

    [Test]
    public async Task Only_those_who_log_cases_may_start_a_draft()
    {
        var act = () => _app.SendAs(Personas.PanelChair, new StartRequestDraft.Command());

        await act.Should().ThrowAsync<ForbiddenException>();
    }

    [Test]
    public async Task Drafts_left_untouched_past_their_lifetime_are_deleted_and_no_longer_found()
    {
        var old = await _app.SendAs(Personas.SendOfficer, new StartRequestDraft.Command());
        _app.Clock.Advance(TimeSpan.FromDays(31));

        var read = () => _app.SendAs(Personas.SendOfficer, new GetRequestDraft.Query(old.DraftId));
        await read.Should().ThrowAsync<NotFoundException>();

        await _app.SendAs(Personas.SecondSendOfficer, new StartRequestDraft.Command());
        (await _app.Read(db => db.RequestDrafts.AnyAsync(d => d.Id == old.DraftId))).Should().BeFalse();
    }
}
