using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Features.Evidence;
using PanelCaseManager.Application.Features.Panels;
using PanelCaseManager.Application.Features.PlacementRequests;
using PanelCaseManager.Infrastructure.DemoData;
using PanelCaseManager.Testing;
using PanelCaseManager.Testing.Builders;

namespace PanelCaseManager.Application.Tests.Security;

public class PanelAccessTests
{
    private ApplicationHarness _app = null!;
    private PanelScenario _panel = null!;

    [SetUp]
    public async Task SetUp()
    {
        _app = new ApplicationHarness();
        _panel = await PanelScenario.CaseOnAgendaAsync(_app);
    }

    [TearDown]
    public async Task TearDown() => await _app.DisposeAsync();

    [Test]
    public async Task A_panel_member_reads_the_cases_on_their_panels_agenda()
    {
        var details = await _app.SendAs(Personas.PanelSocialCare, new GetPlacementRequest.Query(_panel.CaseId));

        details.Id.Should().Be(_panel.CaseId);
    }

    [Test]
    public async Task A_panel_member_cannot_find_a_case_that_is_on_none_of_their_panels()
    {
        var elsewhere = await _app.SendAs(Personas.SendOfficer, A.PlacementRequest());

        await FluentActions.Awaiting(() => _app.SendAs(Personas.PanelSocialCare, new GetPlacementRequest.Query(elsewhere.Id))).Should().ThrowAsync<NotFoundException>();
        (await _app.SendAs(Personas.PanelSocialCare, new ListPlacementRequests.Query(null, null, null, null, null, null, null)))
            .Items.Select(i => i.Id).Should().Equal(_panel.CaseId);
    }

    [Test]
    public async Task A_member_who_declared_a_conflict_is_refused_the_papers_with_the_reason()
    {
        await _app.SendAs(Personas.PanelSocialCare, new DeclareConflict.Command(_panel.PanelId, _panel.CaseId, null, "I am the child's social worker's manager."));

        var refusal = await FluentActions.Awaiting(() => _app.SendAs(Personas.PanelSocialCare, new GetCaseEvidence.Query(_panel.CaseId))).Should().ThrowAsync<ForbiddenException>();
        refusal.Which.Message.Should().Contain("conflict of interest");
        await FluentActions.Awaiting(() => _app.SendAs(Personas.PanelSocialCare, new GetCasePack.Query(_panel.PanelId, _panel.CaseId))).Should().ThrowAsync<ForbiddenException>();
        (await _app.SendAs(Personas.PanelHealth, new GetCaseEvidence.Query(_panel.CaseId))).Should().NotBeNull();
    }

    [Test]
    public async Task A_family_cannot_reach_a_panel_meeting()
    {
        await FluentActions.Awaiting(() => _app.SendAs(Personas.Family, new GetPanelMeeting.Query(_panel.PanelId))).Should().ThrowAsync<ForbiddenException>();
    }
}
