using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Features.PlacementRequests;
using PanelCaseManager.Infrastructure.DemoData;
using PanelCaseManager.Testing;
using PanelCaseManager.Testing.Builders;

namespace PanelCaseManager.Application.Tests.Features.PlacementRequests;

/// <summary>
/// A caseload search with awkward input answers with a bounded page or a field error, never with everything and never
/// with a failure (issue 18): 27 cases, more than one default page of 25.
/// </summary>
public class CaseloadSearchBadInputTests
{
    private const int Cases = 27;
    private ApplicationHarness _app = null!;

    [OneTimeSetUp]
    public async Task SetUp()
    {
        _app = new ApplicationHarness();
        for (var i = 0; i < Cases - 1; i++)
        {
            await _app.SendAs(Personas.SendOfficer, A.PlacementRequest());
        }

        await _app.SendAs(Personas.SendOfficer, A.PlacementRequest() with { Child = A.Child() with { GivenName = "Zak", FamilyName = "Brown" } });
    }

    [OneTimeTearDown]
    public async Task TearDown() => await _app.DisposeAsync();

    private Task<PagedResult<ListPlacementRequests.Summary>> Search(string? text, int? page = null, int? pageSize = null) =>
        _app.SendAs(Personas.Auditor, new ListPlacementRequests.Query(null, null, null, text, page, pageSize, null));

    [TestCase("")]
    [TestCase("   ")]
    public async Task An_empty_search_is_the_first_page_of_the_caseload_not_all_of_it(string text)
    {
        var found = await Search(text);

        found.Items.Should().HaveCount(ListPlacementRequests.DefaultPageSize);
        found.TotalCount.Should().Be(Cases);
    }

    [Test]
    public async Task One_letter_finds_the_names_holding_it_a_page_at_a_time()
    {
        (await Search("z")).Items.Should().ContainSingle().Which.ChildName.Should().Be("Zak Brown");

        var withF = await Search("F");
        withF.TotalCount.Should().Be(Cases - 1);
        withF.Items.Should().HaveCount(ListPlacementRequests.DefaultPageSize);
    }

    [Test]
    public async Task A_thousand_characters_are_refused_naming_the_search_field()
    {
        var act = () => Search(new string('a', 1_000));

        (await act.Should().ThrowAsync<RequestValidationException>()).Which.Errors.Should().ContainKey("text");
    }

    [TestCase("%")]
    [TestCase("_")]
    [TestCase("%%")]
    [TestCase("Z_k")]
    [TestCase("Za%")]
    [TestCase("\\")]
    public async Task Wildcards_are_searched_for_as_themselves(string text)
    {
        var found = await Search(text);

        found.TotalCount.Should().Be(0);
        found.Items.Should().BeEmpty();
    }

    [TestCase(3)]
    [TestCase(1_000)]
    [TestCase(int.MaxValue)]
    public async Task A_page_past_the_end_is_empty(int page)
    {
        var found = await Search(null, page);

        found.Items.Should().BeEmpty();
        found.TotalCount.Should().Be(Cases);
        found.Page.Should().Be(page);
    }

    [Test]
    public async Task The_last_page_holds_what_is_left()
    {
        (await Search(null, 2)).Items.Should().HaveCount(Cases - ListPlacementRequests.DefaultPageSize);
        (await Search(null, Cases, 1)).Items.Should().ContainSingle();
    }

    [Test]
    public async Task A_page_of_one_holds_one_case()
    {
        var found = await Search(null, 1, 1);

        found.Items.Should().ContainSingle();
        found.TotalPages.Should().Be(Cases);
    }

    [TestCase(0)]
    [TestCase(-1)]
    [TestCase(ListPlacementRequests.MaximumPageSize + 1)]
    [TestCase(10_000)]
    [TestCase(int.MaxValue)]
    public async Task A_page_size_outside_1_to_100_is_refused_not_answered_with_everything(int pageSize)
    {
        var act = () => Search(null, 1, pageSize);

        (await act.Should().ThrowAsync<RequestValidationException>()).Which.Errors.Should().ContainKey("pageSize");
    }

    [TestCase(0)]
    [TestCase(-5)]
    public async Task A_page_before_the_first_is_refused(int page)
    {
        var act = () => Search(null, page);

        (await act.Should().ThrowAsync<RequestValidationException>()).Which.Errors.Should().ContainKey("page");
    }
}
