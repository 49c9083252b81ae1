using PanelCaseManager.Testing;

namespace PanelCaseManager.Web.Tests;

/// <summary>Runs once before every fixture of this assembly (all of them are in this namespace or below it).</summary>
[SetUpFixture]
public sealed class TestHostSetUp
{
    [OneTimeSetUp]
    public void BeforeAnyHost() => TestHostSettings.DoNotWatchConfigurationFiles();
}
