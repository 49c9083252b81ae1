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

    /// <summary>Moderate findings that fail too: every part of a page lies in a landmark (the phase banner and the case's identity bar included).</summary>
    private static readonly string[] FailingRules = ["region"];

    /// <summary>The narrowest width a page must reflow to: 1280 CSS pixels at 400% zoom (WCAG 2.2 1.4.10).</summary>
    public const int ReflowWidth = 320;

    private const string WiderThanThePage = """
        () => {
            const width = document.documentElement.clientWidth;
            const wide = [...document.querySelectorAll('body *')]
                .filter(e => e.getBoundingClientRect().right > width + 1 && ![...e.children].some(c => c.getBoundingClientRect().right > width + 1))
                .slice(0, 5)
                .map(e => e.tagName.toLowerCase() + (e.className && typeof e.className === 'string' ? '.' + e.className.trim().split(/\s+/).join('.') : '') + ' (' + Math.round(e.getBoundingClientRect().right) + ' px)');
            return JSON.stringify({ scrollWidth: document.documentElement.scrollWidth, clientWidth: width, wide: wide.join('; ') });
        }
        """;

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
        // CI runs this suite beside four others on two cores: a page that answers in a second when quiet has been
        // seen to take over 30 s to reach its load event there. The waits are generous so that a slow machine is not a
        // failure; a page that never loads still fails.
        context.SetDefaultTimeout(60_000);
        context.SetDefaultNavigationTimeout(90_000);
        return await context.NewPageAsync();
    }

    /// <summary>Checks the page with axe and fails on any serious or critical violation, naming each.</summary>
    protected static async Task CheckAccessibility(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        AxeResult result = await page.RunAxe();
        var failures = result.Violations.Where(v => FailingImpacts.Contains(v.Impact) || FailingRules.Contains(v.Id)).ToList();
        failures.Should().BeEmpty(
            $"{page.Url} must meet WCAG 2.2 AA; axe found: {string.Join("; ", failures.Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))}"))}");
    }

    /// <summary>
    /// Keeps a full-page screenshot of the page as a test artefact (first, so a failing page is kept too), then checks
    /// it with axe and at <see cref="ReflowWidth"/> CSS pixels.
    /// </summary>
    protected static async Task Visit(IPage page, string screenshotName)
    {
        await Screenshot(page, screenshotName);
        await CheckAccessibility(page);
        await CheckReflow(page);
    }

    /// <summary>
    /// At <see cref="ReflowWidth"/> CSS pixels the page does not scroll sideways, and a list's filter is in the page,
    /// within its width, and closes and opens again from its heading. The window's size is put back afterwards.
    /// </summary>
    protected static async Task CheckReflow(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var size = page.ViewportSize ?? new PageViewportSizeResult { Width = 1280, Height = 900 };
        await page.SetViewportSizeAsync(ReflowWidth, 900);
        try
        {
            var layout = System.Text.Json.JsonSerializer.Deserialize<ReflowLayout>(await page.EvaluateAsync<string>(WiderThanThePage), ReflowJson)!;
            layout.ScrollWidth.Should().BeLessThanOrEqualTo(layout.ClientWidth,
                $"{page.Url} must reflow at {ReflowWidth} CSS px without scrolling sideways; wider than the page: {layout.Wide}");

            var filters = page.Locator("details.app-filter");
            for (var i = 0; i < await filters.CountAsync(); i++)
            {
                var filter = filters.Nth(i);
                var toggle = filter.Locator("summary");
                await toggle.ScrollIntoViewIfNeededAsync();
                (await toggle.IsVisibleAsync()).Should().BeTrue($"the filter on {page.Url} must be reachable at {ReflowWidth} px");
                var box = await toggle.BoundingBoxAsync();
                (box!.X + box.Width).Should().BeLessThanOrEqualTo(ReflowWidth + 1, $"the filter on {page.Url} must lie within the page at {ReflowWidth} px");
                var open = await filter.EvaluateAsync<bool>("d => d.open");
                await toggle.ClickAsync();
                (await filter.EvaluateAsync<bool>("d => d.open")).Should().Be(!open, $"the filter on {page.Url} must close and open from its heading");
                (await filter.Locator("form").IsVisibleAsync()).Should().Be(!open);
                await toggle.ClickAsync();
                (await filter.EvaluateAsync<bool>("d => d.open")).Should().Be(open);
            }
        }
        finally
        {
            await page.SetViewportSizeAsync(size.Width, size.Height);
        }
    }

    private static readonly System.Text.Json.JsonSerializerOptions ReflowJson = new(System.Text.Json.JsonSerializerDefaults.Web);

    private sealed record ReflowLayout(int ScrollWidth, int ClientWidth, string Wide);

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
