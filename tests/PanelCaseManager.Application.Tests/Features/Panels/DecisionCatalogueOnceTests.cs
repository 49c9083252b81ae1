using Microsoft.Extensions.DependencyInjection;
using PanelCaseManager.Application.Features.Panels;
using PanelCaseManager.Testing;
using PanelCaseManager.Testing.Builders;

namespace PanelCaseManager.Application.Tests.Features.Panels;

/// <summary>
/// Recording a decision completes it from the provision catalogue once per request: the validator's reading is the
/// one the handler uses (issue 18), and another command is read afresh.
/// </summary>
public class DecisionCatalogueOnceTests
{
    [Test]
    public async Task The_same_command_in_one_request_is_completed_from_the_catalogue_once()
    {
        await using var app = new ApplicationHarness();
        var command = Panel.AgreeFirstPreference(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        await using var request = app.Services.CreateAsyncScope();
        var catalogue = request.ServiceProvider.GetRequiredService<DecisionCatalogue>();

        var byValidator = await catalogue.CompleteAsync(command, CancellationToken.None);
        var byHandler = await catalogue.CompleteAsync(command, CancellationToken.None);
        var another = await catalogue.CompleteAsync(command with { Reasons = "Other reasons." }, CancellationToken.None);

        byHandler.Should().BeSameAs(byValidator);
        another.Should().NotBeSameAs(byValidator);
        another.Completed.Reasons.Should().Be("Other reasons.");
    }
}
