using Microsoft.EntityFrameworkCore;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Features.Evidence;
using PanelCaseManager.Application.Features.PlacementRequests;
using PanelCaseManager.Domain.Common;
using PanelCaseManager.Domain.Evidence;
using PanelCaseManager.Domain.PlacementRequests;
using PanelCaseManager.Infrastructure.DemoData;
using PanelCaseManager.Testing;
using PanelCaseManager.Testing.Builders;

namespace PanelCaseManager.Application.Tests.Features.Evidence;

public class ViewsAndPreferencesTests
{
    private ApplicationHarness _app = null!;
    private SubmitPlacementRequest.Result _case = null!;

    [SetUp]
    public async Task SetUp()
    {
        _app = new ApplicationHarness();
        _case = await _app.SendAs(Personas.SendOfficer, A.PlacementRequest());
    }

    [TearDown]
    public async Task TearDown() => await _app.DisposeAsync();

    [Test]
    public async Task The_familys_views_and_the_childs_own_voice_are_recorded_as_given()
    {
        await _app.SendAs(Personas.SendOfficer, Panel.FamilyViews(_case.Id));
        await _app.SendAs(Personas.SendOfficer, Panel.ChildsVoice(_case.Id));

        var views = (await _app.SendAs(Personas.TeamManager, new GetCaseEvidence.Query(_case.Id))).Views;

        views.Select(v => v.Voice).Should().BeEquivalentTo([Voice.Family, Voice.Child]);
        views.Single(v => v.Voice == Voice.Child).Should().BeEquivalentTo(new
        {
            GivenBy = "Ffion",
            HowGathered = "Talking with her teaching assistant, using picture cards",
            HopesAndAspirations = "To be a vet.",
        });
        (await _app.Read(db => db.CaseEvents.CountAsync(e => e.Kind == "views-recorded"))).Should().Be(2);
    }

    [Test]
    public async Task Views_need_who_gave_them_how_and_what_matters()
    {
        var command = new RecordCaseView.Command(_case.Id, null, "", TestClock.Today.AddDays(1), null, " ", null, null);

        var errors = (await FluentActions.Awaiting(() => _app.SendAs(Personas.SendOfficer, command)).Should().ThrowAsync<RequestValidationException>()).Which.Errors;

        errors.Should().ContainKeys("voice", "givenBy", "gatheredOn", "howGathered", "whatMatters");
    }

    [Test]
    public async Task Changed_preferences_replace_the_old_ones_and_the_timeline_keeps_both()
    {
        var changed = await _app.SendAs(Personas.SendOfficer, new RecordPreferences.Command(_case.Id, _case.Version,
        [
            new(1, PreferenceKind.NamedSetting, "Larkspur Communication and Autism School", "117701", null, "After visiting, the calm sensory rooms suit her."),
        ]));

        changed.Version.Should().Be(_case.Version + 1);
        var details = await _app.SendAs(Personas.SendOfficer, new GetPlacementRequest.Query(_case.Id));
        details.Preferences.Should().ContainSingle().Which.SettingName.Should().Be("Larkspur Communication and Autism School");
        var entry = await _app.Read(db => db.CaseEvents.SingleAsync(e => e.Kind == "preferences-recorded"));
        entry.Description.Should().Contain("1. Larkspur").And.Contain("before: 1. Brookside Special School");
    }

    [Test]
    public async Task Preferences_with_gaps_or_without_reasons_are_refused()
    {
        var command = new RecordPreferences.Command(_case.Id, _case.Version,
        [
            new(1, PreferenceKind.NamedSetting, "Larkspur", null, null, ""),
            new(3, PreferenceKind.TypeOfProvision, null, null, ProvisionKind.SendUnit, "Smaller."),
        ]);

        var errors = (await FluentActions.Awaiting(() => _app.SendAs(Personas.SendOfficer, command)).Should().ThrowAsync<RequestValidationException>()).Which.Errors;

        errors.Should().ContainKeys("preferences", "preferences[0].reasons");
    }

    [Test]
    public async Task Preferences_cannot_change_once_the_case_is_decided_or_withdrawn()
    {
        await _app.SendAs(Personas.SendOfficer, new MoveStage.Command(_case.Id, StageTransition.Withdraw, _case.Version, "Family moved away.", null, null));

        var refusal = await FluentActions.Awaiting(() => _app.SendAs(Personas.SendOfficer, new RecordPreferences.Command(_case.Id, _case.Version + 1, [])))
            .Should().ThrowAsync<DomainRuleException>();

        refusal.Which.Code.Should().Be("preferences-closed");
    }
}
