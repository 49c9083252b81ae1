using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Features.Timeliness;
using PanelCaseManager.Domain.Timeliness;
using PanelCaseManager.Infrastructure.DemoData;
using PanelCaseManager.Testing;
using PanelCaseManager.Testing.Builders;

namespace PanelCaseManager.Application.Tests.Security;

public class DeadlineAccessTests
{
    private ApplicationHarness _app = null!;
    private Guid _northCase;

    [SetUp]
    public async Task SetUp()
    {
        _app = new ApplicationHarness();
        _northCase = (await _app.SendAs(Personas.SendOfficer, A.PlacementRequest())).Id;
    }

    [TearDown]
    public async Task TearDown() => await _app.DisposeAsync();

    [Test]
    public async Task An_officer_of_another_team_cannot_find_a_cases_deadlines_nor_record_on_them()
    {
        var read = () => _app.SendAs(Personas.SecondSendOfficer, new GetMilestones.Query(_northCase));
        var record = () => _app.SendAs(Personas.SecondSendOfficer, new RecordClockEvent.Command(_northCase, ClockEventKind.DecidedToAssess, TestClock.Today, null));
        var exception = () => _app.SendAs(Personas.SecondSendOfficer, new RecordStatutoryException.Command(_northCase, "absent-from-area", TestClock.Today.AddDays(-10), TestClock.Today, null));

        await read.Should().ThrowAsync<NotFoundException>();
        await record.Should().ThrowAsync<NotFoundException>();
        await exception.Should().ThrowAsync<NotFoundException>();
        (await _app.SendAs(Personas.TeamManager, new GetMilestones.Query(_northCase))).PlacementRequestId.Should().Be(_northCase, "the team's manager sees the team's cases");
    }
}
