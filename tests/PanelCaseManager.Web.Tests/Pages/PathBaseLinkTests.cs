using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using PanelCaseManager.Infrastructure.DemoData;
using PanelCaseManager.Infrastructure.Notifications;
using PanelCaseManager.Testing;

namespace PanelCaseManager.Web.Tests.Pages;

/// <summary>
/// The service under a path base (<c>ReverseProxy:PathBase</c> = /panel), as a council's gateway serves it: every
/// persona signs in and walks the pages they reach from home, and every link, stylesheet, script and form the pages
/// write points under /panel and leads somewhere (docs/adr/0243). The app still answers a path without its base, so a
/// link that forgot the base would work here and break behind the gateway: the address itself is what is checked.
/// </summary>
public partial class PathBaseLinkTests
{
    private const string PathBase = "/panel";

    /// <summary>Pages a persona opens, at most; addresses of one shape (ids and numbers aside) are opened twice at most.</summary>
    private const int PagesPerPersona = 45;

    private const int PagesPerShape = 2;

    /// <summary>Absolute links in the pages that are meant: none point into the app.</summary>
    private static readonly string[] DeliberateAbsoluteLinks = [];

    private PanelWebApplicationFactory _factory = null!;

    [OneTimeSetUp]
    public void SetUp() => _factory = new PanelWebApplicationFactory(new Dictionary<string, string?>
    {
        ["ReverseProxy:PathBase"] = PathBase,
        // Enough demonstration cases for panels, letters, appeals and partners' work to be on the pages.
        ["DemoData:Cases"] = "24",
        ["RateLimits:DocumentsPerMinute"] = "10000",
    });

    [OneTimeTearDown]
    public async Task TearDown() => await _factory.DisposeAsync();

    private static IEnumerable<Persona> Walkers() =>
    [
        Personas.SendOfficer, Personas.TeamManager, Personas.PanelChair, Personas.PanelHealth, Personas.Family,
        Personas.Auditor, Personas.Administrator, Personas.PartnerHealth, Personas.SettingSendco,
    ];

    [TestCaseSource(nameof(Walkers))]
    public async Task Every_link_a_persona_reaches_from_home_is_under_the_path_base_and_leads_somewhere(Persona persona)
    {
        using var browser = await SignedInUnderThePathBase(persona);
        var problems = new List<string>();
        var visited = new HashSet<string>(StringComparer.Ordinal);
        var shapes = new Dictionary<string, int>(StringComparer.Ordinal);
        var assets = new HashSet<string>(StringComparer.Ordinal);
        var queue = new Queue<(string Url, string From)>();
        queue.Enqueue((PathBase, "sign-in"));
        while (queue.Count > 0 && visited.Count < PagesPerPersona)
        {
            var (url, from) = queue.Dequeue();
            if (!visited.Add(url))
            {
                continue;
            }

            var response = await browser.Http.GetAsync(url);
            for (var hops = 0; hops < 5 && response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Found or HttpStatusCode.SeeOther; hops++)
            {
                var location = response.Headers.Location!.OriginalString;
                if (!UnderPathBase(location, response.RequestMessage!.RequestUri!))
                {
                    problems.Add($"{url} redirects to {location}, outside {PathBase}");
                    break;
                }

                response = await browser.Http.GetAsync(new Uri(response.RequestMessage!.RequestUri!, location));
            }

            if (response.StatusCode != HttpStatusCode.OK)
            {
                problems.Add($"{url} (linked from {from}) answers {(int)response.StatusCode}");
                continue;
            }

            if (response.Content.Headers.ContentType?.MediaType != "text/html")
            {
                continue;
            }

            var page = await HtmlClient.ParseAsync(response);
            foreach (var (element, attribute, value) in Addresses(page))
            {
                var where = $"{attribute}=\"{value}\" on {url}";
                if (value.Length == 0)
                {
                    problems.Add($"an empty {where} (a page routing does not know?)");
                    continue;
                }

                if (IsElsewhere(value))
                {
                    continue;
                }

                var target = new Uri(new Uri(page.Url), value);
                if (!UnderPathBase(value, new Uri(page.Url)))
                {
                    problems.Add($"{where} is not under {PathBase}");
                    continue;
                }

                var address = target.PathAndQuery;
                if (element is "link" or "script")
                {
                    assets.Add(address);
                }
                else if (Followable(element, attribute, page, value) && shapes.GetValueOrDefault(Shape(target)) < PagesPerShape && !visited.Contains(address))
                {
                    shapes[Shape(target)] = shapes.GetValueOrDefault(Shape(target)) + 1;
                    queue.Enqueue((address, url));
                }
            }
        }

        foreach (var asset in assets)
        {
            using var response = await browser.Http.GetAsync(asset);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                problems.Add($"{asset} answers {(int)response.StatusCode}");
            }
            else if (asset.Contains(".css", StringComparison.Ordinal) && RootRelativeUrl().Match(await response.Content.ReadAsStringAsync()) is { Success: true } rooted)
            {
                problems.Add($"{asset} loads {rooted.Value}, which ignores the path base");
            }
            else if (asset.Contains("/js/", StringComparison.Ordinal) && RootRelativeImport().Match(await response.Content.ReadAsStringAsync()) is { Success: true } imported)
            {
                problems.Add($"{asset} imports {imported.Value}, which ignores the path base");
            }
        }

        problems.Should().BeEmpty($"{persona.Id} walked {visited.Count} pages: {string.Join(", ", visited)}");
        visited.Count.Should().BeGreaterThan(3, $"{persona.Id} should reach several pages from home");
        assets.Should().Contain(a => a.StartsWith($"{PathBase}/css/app.css", StringComparison.Ordinal));
    }

    [Test]
    public async Task A_form_that_makes_something_redirects_under_the_path_base()
    {
        using var officer = await SignedInUnderThePathBase(Personas.SendOfficer);
        var start = await officer.GetPage($"{PathBase}/cases/new");

        using var started = await officer.Submit(start);

        started.StatusCode.Should().Be(HttpStatusCode.Redirect);
        started.Headers.Location!.OriginalString.Should().MatchRegex($"^{PathBase}/cases/new/[0-9a-f-]{{36}}/child$");
        var child = await officer.GetPage(started.Headers.Location!.OriginalString);
        child.QuerySelector("a.govuk-back-link")!.GetAttribute("href").Should().Be($"{PathBase}/cases/new");
    }

    [Test]
    public async Task Signing_out_under_the_path_base_ends_on_the_signed_out_page_there()
    {
        using var officer = await SignedInUnderThePathBase(Personas.SendOfficer);
        var home = await officer.GetPage($"{PathBase}/");

        using var signedOut = await officer.Submit(home, formSelector: "form.app-inline-form");

        signedOut.Headers.Location!.OriginalString.Should().Be($"{PathBase}/signed-out");
        var page = await officer.GetPage(signedOut.Headers.Location!.OriginalString);
        page.QuerySelectorAll("main a").Select(a => a.GetAttribute("href")).Should().Contain($"{PathBase}/sign-in");
    }

    [Test]
    public async Task A_page_asked_for_while_signed_out_comes_back_under_the_path_base_after_signing_in()
    {
        using var browser = _factory.HtmlClient();
        using var refused = await browser.Get($"{PathBase}/worklist");
        refused.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var signIn = await browser.GetPage(refused.Headers.Location!.OriginalString);
        signIn.Url.Should().Contain($"{PathBase}/sign-in");

        using var signedIn = await browser.Submit(signIn, new Dictionary<string, string?> { ["persona"] = Personas.SendOfficer.Id });

        signedIn.Headers.Location!.OriginalString.Should().Be($"{PathBase}/worklist");
    }

    [TestCase("https://panels.example.gov.uk", "https://panels.example.gov.uk/partner/requests/7")]
    [TestCase("https://intranet.example.gov.uk/send-panel", "https://intranet.example.gov.uk/send-panel/partner/requests/7")]
    [TestCase("https://intranet.example.gov.uk/send-panel/", "https://intranet.example.gov.uk/send-panel/partner/requests/7")]
    public void An_emails_link_keeps_the_path_the_service_runs_under(string serviceBaseUrl, string expected) =>
        new NotifyOptions { ServiceBaseUrl = new Uri(serviceBaseUrl) }.LinkTo("/partner/requests/7").ToString().Should().Be(expected);

    [Test]
    public void No_page_types_an_address_of_the_app_by_hand()
    {
        var web = Path.Combine(Repository.Root, "src", "PanelCaseManager.Web");
        var typed = Directory.EnumerateFiles(Path.Combine(web, "Pages"), "*.cshtml", SearchOption.AllDirectories)
            .SelectMany(file => File.ReadLines(file).Select((line, index) => (File: file, Line: index + 1, Text: line)))
            .SelectMany(l => TypedAddress().Matches(l.Text).Select(m => $"{Path.GetRelativePath(web, l.File)}:{l.Line}: {m.Value}"))
            .Where(hit => !DeliberateAbsoluteLinks.Any(hit.Contains))
            .ToList();
        var redirects = Directory.EnumerateFiles(web, "*.cs", SearchOption.AllDirectories)
            .Where(file => !file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(file => File.ReadLines(file).Select((line, index) => (File: file, Line: index + 1, Text: line)))
            .Where(l => TypedRedirect().IsMatch(l.Text))
            .Select(l => $"{Path.GetRelativePath(web, l.File)}:{l.Line}: {l.Text.Trim()}")
            .ToList();

        typed.Should().BeEmpty("pages link with asp-page (or ~/ for a file), so that links carry the path base");
        redirects.Should().BeEmpty("page models redirect with RedirectToPage or Url.To(...), so that redirects carry the path base");
    }

    private async Task<HtmlClient> SignedInUnderThePathBase(Persona persona)
    {
        var browser = _factory.HtmlClient();
        var signIn = await browser.GetPage($"{PathBase}/sign-in");
        using var signedIn = await browser.Submit(signIn, new Dictionary<string, string?> { ["persona"] = persona.Id });
        signedIn.StatusCode.Should().Be(HttpStatusCode.Redirect);
        // Home is the page "/": routing writes it as the path base alone.
        signedIn.Headers.Location!.OriginalString.Should().Be(PathBase);
        return browser;
    }

    /// <summary>Every address a page writes for the browser to follow, load or send to.</summary>
    private static IEnumerable<(string Element, string Attribute, string Value)> Addresses(IDocument page)
    {
        foreach (var element in page.QuerySelectorAll("a[href], link[href], script[src], img[src], form[action], button[formaction], iframe[src]"))
        {
            var name = element.LocalName;
            var attribute = name switch
            {
                "a" or "link" => "href",
                "form" => "action",
                "button" => "formaction",
                _ => "src",
            };
            yield return (name, attribute, element.GetAttribute(attribute)!.Trim());
        }
    }

    /// <summary>An in-page anchor, mail, telephone or another site: nothing of the app's.</summary>
    private static bool IsElsewhere(string value) =>
        value.StartsWith('#') || value.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase) || value.StartsWith("tel:", StringComparison.OrdinalIgnoreCase)
        // On Linux "/cases" parses as an absolute file: URI, so a path from the root is never "elsewhere".
        || (!value.StartsWith('/') && Uri.TryCreate(value, UriKind.Absolute, out var absolute) && absolute.Host != "localhost");

    /// <summary>
    /// Whether an address points under the path base: a path from the root must start with it; a relative one
    /// ("?handler=pdf") is under it when the page it is on is.
    /// </summary>
    private static bool UnderPathBase(string value, Uri page)
    {
        var target = new Uri(page, value);
        return target.AbsolutePath == PathBase || target.AbsolutePath.StartsWith($"{PathBase}/", StringComparison.Ordinal);
    }

    /// <summary>
    /// Links a person follows to another page: not a form that sends something, not a file to download (PDFs and
    /// exports cost a rendering each; their addresses are still checked), not signing out.
    /// </summary>
    private static bool Followable(string element, string attribute, IDocument page, string value)
    {
        if (element is "button" or "img" or "iframe")
        {
            return false;
        }

        if (element == "form")
        {
            var form = page.QuerySelectorAll("form").FirstOrDefault(f => f.GetAttribute("action") == value);
            return string.Equals(form?.GetAttribute("method"), "get", StringComparison.OrdinalIgnoreCase);
        }

        var link = page.QuerySelectorAll($"a[{attribute}]").FirstOrDefault(a => a.GetAttribute(attribute)!.Trim() == value);
        return link is not null && !link.HasAttribute("download") && !value.Contains("handler=", StringComparison.Ordinal)
               && !value.Contains("format=", StringComparison.Ordinal) && !value.Contains("/export", StringComparison.Ordinal)
               && !value.EndsWith("/pdf", StringComparison.Ordinal);
    }

    /// <summary>An address with its ids, numbers and query values blanked: pages of one kind have one shape.</summary>
    private static string Shape(Uri target) => IdsAndNumbers().Replace(target.AbsolutePath, "*") + (target.Query.Length > 0 ? "?" + QueryValues().Replace(target.Query.TrimStart('?'), "=*") : string.Empty);

    [GeneratedRegex("""(?:href|action|src|formaction)\s*=\s*["']/""")]
    private static partial Regex TypedAddress();

    [GeneratedRegex("""\bRedirect\(\s*\$?@?"/""")]
    private static partial Regex TypedRedirect();

    [GeneratedRegex("""url\(\s*["']?/""")]
    private static partial Regex RootRelativeUrl();

    [GeneratedRegex("""\b(?:from|import)\s*\(?\s*["']/[^"']*""")]
    private static partial Regex RootRelativeImport();

    [GeneratedRegex("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|(?<=/)[0-9]+(?=/|$)")]
    private static partial Regex IdsAndNumbers();

    [GeneratedRegex("=[^&]*")]
    private static partial Regex QueryValues();
}
