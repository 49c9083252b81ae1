using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AngleSharp.Dom;
using PanelCaseManager.Infrastructure.DemoData;
using PanelCaseManager.Testing;
using PanelCaseManager.Testing.Builders;
using PanelCaseManager.Web.Ui;

namespace PanelCaseManager.Web.Tests.Pages;

/// <summary>
/// What families read is true and plain: the advice is "in" only when it is, a late date comes with the reason and the
/// new date the officer recorded, the footer's pages are there for everyone, and every family page reads at
/// Flesch-Kincaid grade 6 or below.
/// </summary>
public class FamilyTruthAndReadabilityTests
{
    private const double HighestGradeForPages = 6.0;

    private static readonly Dictionary<string, string?> Contacts = new()
    {
        ["Letters:Authority:Name"] = "Example County Council",
        ["Letters:Authority:Telephone"] = "0300 123 4043",
        ["Letters:Authority:Email"] = "send@example.gov.uk",
        ["Letters:Sendiass:Name"] = "Example SENDIASS",
        ["Letters:Sendiass:Telephone"] = "01992 555 847",
        ["Letters:Mediation:Name"] = "Example Mediation Service",
        ["Letters:Mediation:Telephone"] = "0800 046 1111",
        ["Letters:DisagreementResolution:Name"] = "Example Disagreement Resolution Service",
        ["Letters:DisagreementResolution:Telephone"] = "0800 046 2222",
        ["Service:Privacy:DataProtectionOfficerEmail"] = "dpo@example.gov.uk",
    };

    private PanelWebApplicationFactory _factory = null!;
    private HtmlClient _family = null!;
    private HtmlClient _officerPages = null!;
    private HttpClient _officer = null!;

    [OneTimeSetUp]
    public async Task SetUp()
    {
        _factory = new PanelWebApplicationFactory(Contacts);
        _family = await _factory.HtmlClientFor(Personas.Family);
        _officerPages = await _factory.HtmlClientFor(Personas.SendOfficer);
        _officer = await _factory.ClientFor(Personas.SendOfficer);
    }

    [OneTimeTearDown]
    public async Task TearDown()
    {
        _family.Dispose();
        _officerPages.Dispose();
        _officer.Dispose();
        await _factory.DisposeAsync();
    }

    /// <summary>A new case for the family persona's child, received <paramref name="daysAgo"/> days before today.</summary>
    private async Task<CreatedCase> CreateOwnCase(string givenName, int daysAgo = 10)
    {
        var command = A.PlacementRequest() with { Child = A.Child() with { GivenName = givenName }, ReceivedDate = TestClock.Today.AddDays(-daysAgo) };
        var response = await _officer.PostAsJsonAsync("/api/v1/placement-requests", command);
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var created = (await response.Content.ReadFromJsonAsync<CreatedCase>())!;
        using var admin = await _factory.ClientFor(Personas.Administrator);
        var users = await admin.GetFromJsonAsync<List<UserRow>>("/api/v1/users?role=Family");
        var family = users!.Single(u => u.Id == Personas.Family.Id);
        var linked = await admin.PostAsJsonAsync($"/api/v1/users/{Uri.EscapeDataString(family.Id)}/child-links",
            new { caseReference = created.Reference, relationship = "Mother", expectedVersion = family.Version });
        linked.StatusCode.Should().Be(HttpStatusCode.OK, await linked.Content.ReadAsStringAsync());
        return created;
    }

    private async Task MoveTo(CreatedCase created, string action)
    {
        var current = await _officer.GetFromJsonAsync<JsonElement>($"/api/v1/placement-requests/{created.Id}");
        var moved = await _officer.PostAsJsonAsync($"/api/v1/placement-requests/{created.Id}/{action}", new { expectedVersion = current.GetProperty("version").GetInt32() });
        moved.StatusCode.Should().Be(HttpStatusCode.OK, await moved.Content.ReadAsStringAsync());
    }

    private async Task<Guid> AskForAdvice(CreatedCase created, string agency)
    {
        var requested = await _officer.PostAsJsonAsync($"/api/v1/placement-requests/{created.Id}/advice-requests",
            new { agency, addressedTo = "The " + agency + " team", requestedOn = TestClock.Today.AddDays(-3) });
        requested.StatusCode.Should().Be(HttpStatusCode.Created, await requested.Content.ReadAsStringAsync());
        return (await requested.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    private async Task ReceiveAdvice(CreatedCase created, Guid adviceId)
    {
        var received = await _officer.PostAsJsonAsync($"/api/v1/placement-requests/{created.Id}/advice-requests/{adviceId}/received",
            new { expectedVersion = 0, receivedOn = TestClock.Today.AddDays(-1), summary = "Needs a small, calm setting." });
        received.StatusCode.Should().Be(HttpStatusCode.OK, await received.Content.ReadAsStringAsync());
    }

    private async Task<string> WhereItIs(CreatedCase created) => (await _family.GetPage($"/your-requests/{created.Id}")).Text("main");

    [Test]
    public async Task A_case_ready_for_panel_without_advice_asked_for_does_not_say_the_advice_is_in()
    {
        var own = await CreateOwnCase("Noor");
        await MoveTo(own, "start-evidence");
        await MoveTo(own, "mark-ready-for-panel");

        var text = await WhereItIs(own);

        text.Should().Contain("Noor's case is ready for the next panel").And.NotContain("advice");
    }

    [Test]
    public async Task The_family_reads_how_much_of_the_advice_asked_for_has_come_back()
    {
        var own = await CreateOwnCase("Ravi");
        await MoveTo(own, "start-evidence");
        var health = await AskForAdvice(own, "Health");
        await AskForAdvice(own, "SocialCare");

        (await WhereItIs(own)).Should().Contain("We have asked for two pieces of advice and are waiting for them.");

        await ReceiveAdvice(own, health);
        (await WhereItIs(own)).Should().Contain("We have one of the two pieces of advice we asked for. We are waiting for one more.");
    }

    [Test]
    public async Task A_case_ready_for_panel_with_every_piece_of_advice_back_says_so()
    {
        var own = await CreateOwnCase("Tess");
        await MoveTo(own, "start-evidence");
        await ReceiveAdvice(own, await AskForAdvice(own, "Health"));
        await MoveTo(own, "mark-ready-for-panel");

        (await WhereItIs(own)).Should().Contain("We have the advice we asked for. Tess's case is ready for the next panel.");
    }

    [Test]
    public async Task A_late_deadline_says_no_reason_has_been_given_until_the_officer_records_one_then_shows_the_reason_and_new_date()
    {
        var own = await CreateOwnCase("Kit", daysAgo: 60);
        var statutory = Display.Date(TestClock.Today.AddDays(-60 + 42));

        var before = await _family.GetPage($"/your-requests/{own.Id}/what-happens-next");
        var row = before.QuerySelectorAll("table.app-family-deadlines tbody tr").Single(r => r.TextContent.Contains("EHC needs assessment"));
        row.TextContent.Should().Contain(statutory).And.Contain("Late").And.Contain("We have not yet told you why");

        var deadlines = await _officerPages.GetPage($"/cases/{own.Id}/deadlines");
        deadlines.Text(".app-late-not-explained").Should().Be("The family has not been told why it is late.");
        var link = deadlines.QuerySelectorAll(".app-deadline-status a").Single(a => a.TextContent.Contains("Tell the family why"));
        link.GetAttribute("href").Should().Be($"/cases/{own.Id}/deadlines/late?milestone=DecisionToAssess");

        var form = await _officerPages.GetPage(link.GetAttribute("href")!);
        var refused = await _officerPages.SubmitAndFollow(form, new Dictionary<string, string?>
        {
            ["reason"] = "  ", ["expectedBy.day"] = "31", ["expectedBy.month"] = "2", ["expectedBy.year"] = "2027",
        });
        refused.ShouldShowErrorFor("expectedBy", "must be a real date");

        var expected = TestClock.Today.AddDays(14);
        refused = await _officerPages.SubmitAndFollow(refused, new Dictionary<string, string?>
        {
            ["reason"] = "", ["expectedBy.day"] = expected.Day.ToString(), ["expectedBy.month"] = expected.Month.ToString(), ["expectedBy.year"] = expected.Year.ToString(),
        });
        refused.ShouldShowErrorFor("reason", "Say why it is late");

        var saved = await _officerPages.SubmitAndFollow(refused, new Dictionary<string, string?>
        {
            ["reason"] = "The school has not sent its report yet. We have asked again.",
            ["expectedBy.day"] = expected.Day.ToString(), ["expectedBy.month"] = expected.Month.ToString(), ["expectedBy.year"] = expected.Year.ToString(),
        });
        saved.Text(".app-late-explained").Should().Contain("The school has not sent its report yet.").And.Contain(Display.Date(expected));

        var after = await _family.GetPage($"/your-requests/{own.Id}/what-happens-next");
        row = after.QuerySelectorAll("table.app-family-deadlines tbody tr").Single(r => r.TextContent.Contains("EHC needs assessment"));
        row.Text(".app-late-reason").Should().Be("Why it is late: The school has not sent its report yet. We have asked again.");
        row.Text(".app-late-expected").Should().Be($"We now expect it by {Display.Date(expected)}.");
        (await _family.GetPage($"/your-requests/{own.Id}")).Text(".app-late-expected").Should().Be($"We now expect it by {Display.Date(expected)}.");
    }

    [Test]
    public async Task Explaining_a_deadline_that_is_met_or_with_a_date_not_after_the_statutory_one_is_refused_by_field()
    {
        var own = await CreateOwnCase("Ida", daysAgo: 60);
        var due = TestClock.Today.AddDays(-60 + 42);

        var notLater = await _officer.PostAsJsonAsync($"/api/v1/placement-requests/{own.Id}/late-deadlines",
            new { milestone = "DecisionToAssess", reason = "Waiting for the school.", expectedBy = TestClock.Today.AddDays(-1) });
        await notLater.ShouldBeValidationProblemNaming("expectedBy");

        var noSuch = await _officer.PostAsJsonAsync($"/api/v1/placement-requests/{own.Id}/late-deadlines",
            new { milestone = "AmendedFinalPlan", reason = "Waiting.", expectedBy = TestClock.Today.AddDays(7) });
        await noSuch.ShouldBeValidationProblemNaming("milestone");

        var tooLong = await _officer.PostAsJsonAsync($"/api/v1/placement-requests/{own.Id}/late-deadlines",
            new { milestone = "DecisionToAssess", reason = new string('a', 10_000), expectedBy = TestClock.Today.AddDays(7) });
        await tooLong.ShouldBeValidationProblemNaming("reason");

        var ok = await _officer.PostAsJsonAsync($"/api/v1/placement-requests/{own.Id}/late-deadlines",
            new { milestone = "DecisionToAssess", reason = "Waiting for the school.", expectedBy = TestClock.Today.AddDays(7) });
        ok.StatusCode.Should().Be(HttpStatusCode.OK, await ok.Content.ReadAsStringAsync());
        due.Should().BeBefore(TestClock.Today);

        var page = await _officerPages.Get($"/cases/{own.Id}/deadlines/late?milestone=NoSuchDeadline");
        page.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [TestCase("/accessibility", "Accessibility statement")]
    [TestCase("/privacy", "Privacy notice")]
    [TestCase("/contact", "Contact us")]
    public async Task The_footer_pages_are_open_to_anyone_and_linked_from_every_page(string path, string heading)
    {
        using var signedOut = _factory.CreateClient();
        var page = await HtmlClient.ParseAsync(await signedOut.GetAsync(path));
        page.Text("h1").Should().Be(heading);
        page.QuerySelector($"footer a[href='{path}']").Should().NotBeNull();

        var familyHome = await _family.GetPage("/your-requests");
        familyHome.QuerySelector($"footer a[href='{path}']").Should().NotBeNull();
    }

    [Test]
    public async Task Families_see_the_service_named_for_them_and_no_staff_links()
    {
        var home = await _family.GetPage("/your-requests");

        home.Text(".govuk-service-navigation__service-name").Should().Be("Your child's school place");
        home.QuerySelector("footer a[href='/api-docs']").Should().BeNull();
        (await _officerPages.GetPage("/")).QuerySelector("footer a[href='/api-docs']").Should().NotBeNull();
    }

    [Test]
    public async Task The_contact_page_gives_the_councils_contacts_and_the_privacy_notice_its_data_protection_officer()
    {
        var contact = await _family.GetPage("/contact");
        contact.Text(".app-service-contact").Should().Contain("0300 123 4043").And.Contain("send@example.gov.uk");

        var privacy = await _family.GetPage("/privacy");
        privacy.Text(".app-dpo").Should().Contain("dpo@example.gov.uk");
        privacy.Text(".app-retention").Should().NotBeEmpty();
    }

    [Test]
    public async Task The_rights_page_gives_the_mediation_rules_as_the_notices_do()
    {
        var page = await _family.GetPage("/your-rights");

        page.Text(".app-mediation-rule").Should().Be(Domain.Letters.AppealRights.CertificateNeeded);
        page.Text(".app-placement-only").Should().Be(Domain.Letters.AppealRights.PlacementOnlyException);
        page.Text("main").Should().Contain("If you appeal against a final EHC plan or a final amended plan:");
        page.Text(".app-contact-adviser").Should().Be(Domain.Letters.AppealRights.ContactTheAdviser("2 months"));
    }

    private static IEnumerable<string> FamilyPages =>
    [
        "/your-requests", "/your-requests/{id}", "/your-requests/{id}/what-happens-next", "/your-requests/{id}/give-your-views",
        "/your-requests/{id}/ask-for-a-place", "/your-requests/{id}/mediation-and-appeal", "/your-rights", "/accessibility", "/privacy", "/contact",
    ];

    [TestCaseSource(nameof(FamilyPages))]
    public async Task Each_family_page_reads_at_grade_6_or_below(string path)
    {
        var own = await CreateOwnCase("Ava", daysAgo: 60);
        await MoveTo(own, "start-evidence");
        await AskForAdvice(own, "Health");
        var explained = await _officer.PostAsJsonAsync($"/api/v1/placement-requests/{own.Id}/late-deadlines",
            new { milestone = "DecisionToAssess", reason = "The school has not sent its report yet. We have asked again.", expectedBy = TestClock.Today.AddDays(7) });
        explained.StatusCode.Should().Be(HttpStatusCode.OK);

        var page = await _family.GetPage(path.Replace("{id}", own.Id.ToString(), StringComparison.Ordinal));
        var score = Readability.Measure(PageText.Units(page.QuerySelector("main")!),
            ProperNames.With(Contacts.Where(c => c.Key.EndsWith(":Name", StringComparison.Ordinal)).Select(c => c.Value), ["Example County Council", Personas.SendOfficer.DisplayName]));

        TestContext.Out.WriteLine($"{path}: {score}");
        score.Words.Should().BeGreaterThan(30);
        score.Grade.Should().BeLessThanOrEqualTo(HighestGradeForPages, $"{path} should be plain English: {score}");
    }

    private sealed record CreatedCase(Guid Id, string Reference, int Version);

    private sealed record UserRow(string Id, int Version);
}

/// <summary>The text of a page as a reader meets it: each heading, paragraph, list item, cell, label and hint a unit of its own.</summary>
internal static class PageText
{
    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "li", "h1", "h2", "h3", "h4", "td", "th", "dt", "dd", "caption", "legend", "label", "div", "button", "summary", "span.govuk-caption-l",
    };

    public static IReadOnlyList<string> Units(IElement root)
    {
        var units = new List<string>();
        var current = new System.Text.StringBuilder();
        INode? currentBlock = null;
        foreach (var node in root.GetDescendants())
        {
            if (node is IElement { LocalName: "br" })
            {
                Flush();
                continue;
            }

            if (node is not IText text || text.ParentElement is { LocalName: "script" or "style" or "template" })
            {
                continue;
            }

            var block = text.ParentElement?.AncestorsAndSelf().FirstOrDefault(e => Blocks.Contains(e.LocalName) || e.ClassList.Contains("govuk-hint") || e.ClassList.Contains("govuk-caption-l"));
            if (!ReferenceEquals(block, currentBlock))
            {
                Flush();
                currentBlock = block;
            }

            current.Append(text.Data);
        }

        Flush();
        return units;

        void Flush()
        {
            var unit = string.Join(' ', current.ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            if (unit.Length > 0)
            {
                units.Add(unit);
            }

            current.Clear();
        }
    }

    private static IEnumerable<IElement> AncestorsAndSelf(this IElement element)
    {
        for (var e = element; e is not null; e = e.ParentElement)
        {
            yield return e;
        }
    }
}
