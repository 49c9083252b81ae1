using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Microsoft.Playwright.NUnit;
using PanelCaseManager.Infrastructure.DemoData;

namespace PanelCaseManager.Browser.Tests;

/// <summary>
/// A journey through the real app in headless Chromium. Every page visited is checked with axe (no serious or
/// critical violation), and the pages that matter are kept as screenshots under TestResults/screenshots.
/// </summary>
public abstract class JourneyTest : BrowserTest
{
    private static readonly string[] FailingImpacts = ["serious", "critical"];

    public override Task<BrowserTypeLaunchOptions?> LaunchOptionsAsync() => Task.FromResult<BrowserTypeLaunchOptions?>(BrowserLaunch.Options);

    protected static string ScreenshotDirectory
    {
        get
        {
            var directory = new DirectoryInfo(AppContext.BaseDirectory);
            while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "PanelCaseManager.sln")))
            {
                directory = directory.Parent;
            }

            var root = directory?.FullName ?? AppContext.BaseDirectory;
            return Path.Combine(root, "TestResults", "screenshots");
        }
    }

    /// <summary>The app the journey runs against: the shared one on the real clock unless a journey needs its own.</summary>
    protected virtual Uri AppAddress => BrowserApp.BaseAddress;

    /// <summary>A new browser window with its own cookies, as a new person would open it.</summary>
    protected async Task<IPage> NewPage(bool javaScript = true)
    {
        var context = await NewContext(new BrowserNewContextOptions
        {
            BaseURL = AppAddress.ToString().TrimEnd('/'),
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
            JavaScriptEnabled = javaScript,
            Locale = "en-GB",
            TimezoneId = "Europe/London",
        });
        context.SetDefaultTimeout(30_000);
        return await context.NewPageAsync();
    }

    /// <summary>Checks the page with axe and fails on any serious or critical violation, naming each.</summary>
    protected static async Task CheckAccessibility(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        AxeResult result = await page.RunAxe();
        var failures = result.Violations.Where(v => FailingImpacts.Contains(v.Impact)).ToList();
        failures.Should().BeEmpty(
            $"{page.Url} must meet WCAG 2.2 AA; axe found: {string.Join("; ", failures.Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))}"))}");
    }

    /// <summary>Keeps a full-page screenshot of the page as a test artefact (first, so a failing page is kept too), then checks it.</summary>
    protected static async Task Visit(IPage page, string screenshotName)
    {
        await Screenshot(page, screenshotName);
        await CheckAccessibility(page);
    }

    /// <summary>
    /// Keeps a full-page screenshot only. For a window with JavaScript turned off, where axe (a script) cannot run;
    /// the same pages are checked by the journeys with JavaScript on.
    /// </summary>
    protected static async Task Screenshot(IPage page, string screenshotName)
    {
        ArgumentNullException.ThrowIfNull(page);
        Directory.CreateDirectory(ScreenshotDirectory);
        var path = Path.Combine(ScreenshotDirectory, $"{screenshotName}.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        TestContext.AddTestAttachment(path, screenshotName);
    }

    /// <summary>Signs in on the development sign-in page as the persona.</summary>
    protected static async Task SignIn(IPage page, Persona persona, string path = "/")
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(persona);
        await page.GotoAsync(path);
        await page.GetByLabel(persona.DisplayName, new PageGetByLabelOptions { Exact = false }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Sign in" }).ClickAsync();
    }
}
