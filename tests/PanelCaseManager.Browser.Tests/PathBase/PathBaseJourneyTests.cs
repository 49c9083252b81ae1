using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Playwright;
using PanelCaseManager.Browser.Tests;
using PanelCaseManager.Infrastructure.DemoData;
using PanelCaseManager.Testing;

// Outside PanelCaseManager.Browser.Tests on purpose: this journey runs on an app instance of its own, under a path
// base, and needs none of the shared instance that BrowserApp starts for that namespace.
namespace PanelCaseManager.Browser.PathBase;

/// <summary>
/// An officer's journey behind a gateway that serves the app under /panel (<c>ReverseProxy:PathBase</c>): signing in,
/// the caseload, a case and every one of its tabs, with the styles, scripts and images loaded. The app still answers a
/// path without its base, so each address the browser is sent to is checked to keep it (docs/adr/0243).
/// </summary>
public class PathBaseJourneyTests : JourneyTest
{
    private const string PathBase = "/panel";

    private static WebApplicationFactory<Program>? _factory;
    private static TestDatabase? _database;

    protected override Uri AppAddress => _factory!.ClientOptions.BaseAddress;

    [OneTimeSetUp]
    public void StartTheAppUnderAPathBase()
    {
        _database = TestDatabase.CreateEmpty();
        _factory = BrowserApp.Host(_database, demoCases: 6, settings: new Dictionary<string, string?> { ["ReverseProxy:PathBase"] = PathBase });
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        _database?.Dispose();
    }

    [Test]
    public async Task An_officer_signs_in_opens_a_case_and_follows_its_tabs_under_the_path_base()
    {
        var page = await NewPage();
        var outsideTheBase = new List<string>();
        var failed = new List<string>();
        page.Request += (_, request) =>
        {
            var address = new Uri(request.Url);
            if (address.Host == AppAddress.Host && address.Port == AppAddress.Port
                && address.AbsolutePath != PathBase && !address.AbsolutePath.StartsWith($"{PathBase}/", StringComparison.Ordinal))
            {
                outsideTheBase.Add(request.Url);
            }
        };
        page.Response += (_, response) =>
        {
            if (response.Status >= 400)
            {
                failed.Add($"{response.Url} answered {response.Status}");
            }
        };

        await SignIn(page, Personas.SendOfficer, $"{PathBase}/");
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath.TrimEnd('/') == PathBase);
        await Visit(page, "path-base-01-home");
        (await page.EvaluateAsync<int>("() => [...document.styleSheets].reduce((n, s) => n + s.cssRules.length, 0)")).Should().BeGreaterThan(100, "the stylesheet loads under the path base");

        await page.Locator(".govuk-service-navigation__list").GetByRole(AriaRole.Link, new() { Name = "Caseload" }).ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == $"{PathBase}/cases");
        await page.Locator("a.app-reference").First.ClickAsync();
        await page.WaitForURLAsync(url => CasePath(url) is not null);
        var caseAddress = CasePath(page.Url)!;
        await Visit(page, "path-base-02-case");

        var tabs = page.Locator("nav.moj-sub-navigation[aria-label='Case sections'] a");
        var names = await tabs.AllInnerTextsAsync();
        names.Should().HaveCountGreaterThan(8);
        foreach (var name in names)
        {
            await tabs.GetByText(name, new() { Exact = true }).ClickAsync();
            await page.WaitForURLAsync(url => new Uri(url).AbsolutePath.StartsWith(caseAddress, StringComparison.Ordinal));
            await page.Locator("nav.moj-sub-navigation a[aria-current='page']", new() { HasText = name }).WaitForAsync();
            new Uri(page.Url).AbsolutePath.Should().StartWith(caseAddress, $"the {name} tab stays under the path base");
        }

        await Visit(page, "path-base-03-last-tab");
        await page.Locator(".govuk-service-navigation__list").GetByRole(AriaRole.Link, new() { Name = "Home" }).ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath.TrimEnd('/') == PathBase);

        outsideTheBase.Should().BeEmpty("every page, file and form of the app is asked for under the path base");
        failed.Should().BeEmpty();
    }

    /// <summary>"/panel/cases/{id}" when the address is a case's overview, else null.</summary>
    private static string? CasePath(string url)
    {
        var path = new Uri(url).AbsolutePath;
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        return segments.Length == 3 && $"/{segments[0]}" == PathBase && segments[1] == "cases" && Guid.TryParse(segments[2], out _) ? path : null;
    }
}
