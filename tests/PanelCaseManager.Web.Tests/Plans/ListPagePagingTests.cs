using PanelCaseManager.Infrastructure.DemoData;
using PanelCaseManager.Web.Tests.Pages;

namespace PanelCaseManager.Web.Tests.Plans;

/// <summary>
/// The plan register's and the reviews' lists read their page number from the query string only: Razor Pages keeps the
/// route value "page" (the page's own name, "/Plans/Index") for itself, and binding it said "The value '/Plans/Index'
/// is not valid" on every visit.
/// </summary>
public class ListPagePagingTests
{
    [TestCase("/plans")]
    [TestCase("/plans?page=2")]
    [TestCase("/reviews")]
    [TestCase("/reviews?page=2")]
    public async Task A_list_opens_without_an_error_on_any_page(string path)
    {
        await using var factory = new PanelWebApplicationFactory();
        using var officer = await factory.HtmlClientFor(Personas.SendOfficer);

        var page = await officer.GetPage(path);

        page.ErrorSummary().Should().BeEmpty();
        page.QuerySelector("h1").Should().NotBeNull();
    }
}
