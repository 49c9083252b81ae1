using Microsoft.Playwright;

namespace PanelCaseManager.Browser.Tests;

/// <summary>
/// How every browser test starts Chromium, in one place: Debian's /usr/bin/chromium (Playwright cannot download
/// its own here), headless, with the background networking a closed network refuses turned off.
/// </summary>
public static class BrowserLaunch
{
    public const string ChromiumPath = "/usr/bin/chromium";

    public static BrowserTypeLaunchOptions Options => new()
    {
        ExecutablePath = ChromiumPath,
        Headless = true,
        Args =
        [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--disable-default-apps",
            "--disable-extensions",
        ],
    };

    /// <summary>The major version of Chromium this Playwright release drives, from the browsers.json it ships.</summary>
    public static int ExpectedChromiumMajor()
    {
        var browsers = Path.Combine(AppContext.BaseDirectory, ".playwright", "package", "browsers.json");
        using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(browsers));
        var chromium = json.RootElement.GetProperty("browsers").EnumerateArray().First(b => b.GetProperty("name").GetString() == "chromium");
        return int.Parse(chromium.GetProperty("browserVersion").GetString()!.Split('.')[0], System.Globalization.CultureInfo.InvariantCulture);
    }
}
