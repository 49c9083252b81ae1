using Microsoft.Extensions.Options;

namespace PanelCaseManager.Web.Tests.Security;

public class AccessConfigurationTests
{
    [TestCase("-1")]
    [TestCase("367")]
    public void The_app_refuses_to_start_with_panel_papers_open_for_an_impossible_number_of_days(string days)
    {
        using var factory = new PanelWebApplicationFactory(new Dictionary<string, string?> { ["Access:PanelPapersDaysAfterMeeting"] = days });

        var act = () => factory.CreateClient();

        act.Should().Throw<OptionsValidationException>().WithMessage("*Access:PanelPapersDaysAfterMeeting*");
    }
}
