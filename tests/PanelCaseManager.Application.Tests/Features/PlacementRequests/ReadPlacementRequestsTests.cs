using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Features.PlacementRequests;
using PanelCaseManager.Domain.Children;
using PanelCaseManager.Domain.PlacementRequests;
using PanelCaseManager.Infrastructure.DemoData;
using PanelCaseManager.Testing;
using PanelCaseManager.Testing.Builders;

namespace PanelCaseManager.Application.Tests.Features.PlacementRequests;

public class ReadPlacementRequestsTests
{
    private ApplicationHarness _app = null!;

    [OneTimeSetUp]
    public async Task SetUp()
    {
        _app = new ApplicationHarness();
        var child = A.Child();
        await Submit(child with { GivenName = "Ava", FamilyName = "Patel", Upn = "K919200115001" }, "ASD", null, Personas.SendOfficer, 30);
        await Submit(child with { GivenName = "Noah", FamilyName = "Okafor" }, "SEMH", "SLCN", Personas.SendOfficer, 20);
        await Submit(child with { GivenName = "Isla", FamilyName = "Hughes" }, "SLCN", null, Personas.SecondSendOfficer, 10);
        var moved = await _app.SendAs(Personas.SendOfficer, new ListPlacementRequests.Query(null, null, null, "Okafor", null, null, null));
        await _app.SendAs(Personas.SendOfficer, new MoveStage.Command(moved.Items[0].Id, StageTransition.StartEvidence, 0, null, null, null));
    }

    [OneTimeTearDown]
    public async Task TearDown() => await _app.DisposeAsync();

    private Task<SubmitPlacementRequest.Result> Submit(SubmitPlacementRequest.ChildDetails child, string primary, string? secondary, Persona officer, int daysAgo) =>
        _app.SendAs(officer, A.PlacementRequest() with
        {
            Child = child,
            PrimaryNeed = primary,
            SecondaryNeed = secondary,
            AssignedOfficerId = officer.Id,
            ReceivedDate = TestClock.Today.AddDays(-daysAgo),
        });

    /// <summary>The auditor sees every case, so the filters are tested on the whole caseload.</summary>
    private Task<PagedResult<ListPlacementRequests.Summary>> List(string? stage = null, string? officer = null, string? need = null, string? text = null, int? page = null, int? pageSize = null, string? sort = null) =>
        _app.SendAs(Personas.Auditor, new ListPlacementRequests.Query(stage, officer, need, text, page, pageSize, sort));

    [Test]
    public async Task The_caseload_lists_newest_received_first()
    {
        var result = await List();

        result.Items.Select(i => i.ChildName).Should().Equal("Isla Hughes", "Noah Okafor", "Ava Patel");
        result.TotalCount.Should().Be(3);
    }

    [Test]
    public async Task Filter_by_stage() =>
        (await List(stage: "evidence")).Items.Should().ContainSingle().Which.ChildName.Should().Be("Noah Okafor");

    [Test]
    public async Task Filter_by_officer() =>
        (await List(officer: Personas.SecondSendOfficer.Id)).Items.Should().ContainSingle().Which.ChildName.Should().Be("Isla Hughes");

    [Test]
    public async Task Filter_by_my_own_cases() =>
        (await _app.SendAs(Personas.SendOfficer, new ListPlacementRequests.Query(null, "me", null, null, null, null, null)))
            .Items.Select(i => i.ChildName).Should().BeEquivalentTo("Noah Okafor", "Ava Patel");

    [Test]
    public async Task An_officer_sees_only_the_cases_of_their_own_team()
    {
        var north = await _app.SendAs(Personas.SendOfficer, new ListPlacementRequests.Query(null, null, null, null, null, null, null));
        var south = await _app.SendAs(Personas.SecondSendOfficer, new ListPlacementRequests.Query(null, null, null, null, null, null, null));

        north.Items.Select(i => i.ChildName).Should().BeEquivalentTo("Noah Okafor", "Ava Patel");
        south.Items.Select(i => i.ChildName).Should().BeEquivalentTo("Isla Hughes");
    }

    [Test]
    public async Task A_team_manager_sees_the_whole_team_but_not_other_teams()
    {
        var manager = await _app.SendAs(Personas.TeamManager, new ListPlacementRequests.Query(null, null, null, null, null, null, null));

        manager.Items.Select(i => i.ChildName).Should().BeEquivalentTo("Noah Okafor", "Ava Patel");
    }

    [Test]
    public async Task A_case_of_another_team_is_not_found_when_read_by_id()
    {
        var isla = (await List(text: "Hughes")).Items[0].Id;

        var act = () => _app.SendAs(Personas.SendOfficer, new GetPlacementRequest.Query(isla));

        await act.Should().ThrowAsync<NotFoundException>();
    }

    [Test]
    public async Task Filter_by_need_matches_primary_or_secondary() =>
        (await List(need: "slcn")).Items.Select(i => i.ChildName).Should().BeEquivalentTo("Noah Okafor", "Isla Hughes");

    [Test]
    public async Task Search_by_part_of_a_name() =>
        (await List(text: "oka")).Items.Should().ContainSingle().Which.ChildName.Should().Be("Noah Okafor");

    [Test]
    public async Task Search_by_upn() =>
        (await List(text: "k919200115001")).Items.Should().ContainSingle().Which.ChildName.Should().Be("Ava Patel");

    [Test]
    public async Task Search_by_case_reference()
    {
        var reference = (await List(text: "Hughes")).Items[0].Reference;

        (await List(text: reference)).Items.Should().ContainSingle().Which.ChildName.Should().Be("Isla Hughes");
    }

    [Test]
    public async Task A_search_with_like_wildcards_matches_them_literally() =>
        (await List(text: "%")).Items.Should().BeEmpty();

    [Test]
    public async Task Pages_hold_the_requested_number_of_cases()
    {
        var second = await List(page: 2, pageSize: 2, sort: "child-name");

        second.Items.Should().ContainSingle().Which.ChildName.Should().Be("Ava Patel");
        second.TotalPages.Should().Be(2);
    }

    [TestCase("Nowhere", null, null, null, null, "stage")]
    [TestCase(null, "XYZ", null, null, null, "need")]
    [TestCase(null, null, 0, null, null, "page")]
    [TestCase(null, null, null, 101, null, "pageSize")]
    [TestCase(null, null, null, null, "size", "sort")]
    public async Task Unknown_filter_values_are_refused(string? stage, string? need, int? page, int? pageSize, string? sort, string field)
    {
        var act = () => List(stage: stage, need: need, page: page, pageSize: pageSize, sort: sort);

        (await act.Should().ThrowAsync<RequestValidationException>()).Which.Errors.Should().ContainKey(field);
    }

    [Test]
    public async Task Reading_one_case_gives_the_child_their_year_group_and_what_can_happen_next()
    {
        var id = (await List(text: "Patel")).Items[0].Id;

        var details = await _app.SendAs(Personas.TeamManager, new GetPlacementRequest.Query(id));

        details.Child.YearGroup.Should().Be("Year 6");
        details.Child.Phase.Should().Be(EducationPhase.Primary);
        details.Child.Age.Should().Be(10);
        details.AssignedOfficer.Name.Should().Be("Amira Khan");
        details.AllowedTransitions.Should().Contain(StageTransition.StartEvidence);
        details.Preferences.Should().HaveCount(2);
    }

    [Test]
    public async Task Reading_an_unknown_case_is_not_found()
    {
        var act = () => _app.SendAs(Personas.SendOfficer, new GetPlacementRequest.Query(Guid.NewGuid()));

        await act.Should().ThrowAsync<NotFoundException>();
    }

    [Test]
    public async Task A_family_cannot_browse_the_caseload()
    {
        var act = () => _app.SendAs(Personas.Family, new ListPlacementRequests.Query(null, null, null, null, null, null, null));

        await act.Should().ThrowAsync<ForbiddenException>();
    }
}
