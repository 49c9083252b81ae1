namespace PanelCaseManager.Browser.Tests;

public class ChromiumVersionTests : JourneyTest
{
    [Test]
    public void Debian_chromium_is_the_major_version_this_playwright_release_drives()
    {
        var expected = BrowserLaunch.ExpectedChromiumMajor();
        var actual = int.Parse(Browser.Version.Split('.')[0], System.Globalization.CultureInfo.InvariantCulture);

        actual.Should().Be(expected,
            $"Microsoft.Playwright drives Chromium {expected}, but {BrowserLaunch.ChromiumPath} is Chromium {Browser.Version}. " +
            "After a Debian update of the chromium package, move Microsoft.Playwright(.NUnit) in Directory.Packages.props to the release for that Chromium");
    }
}
