using Microsoft.EntityFrameworkCore;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Features.PlacementRequests;
using PanelCaseManager.Domain.PlacementRequests;
using PanelCaseManager.Infrastructure.DemoData;
using PanelCaseManager.Testing;
using PanelCaseManager.Testing.Builders;

namespace PanelCaseManager.Application.Tests.Features.PlacementRequests;

public class SubmitPlacementRequestTests
{
    private ApplicationHarness _app = null!;

    [SetUp]
    public void SetUp() => _app = new ApplicationHarness();

    [TearDown]
    public async Task TearDown() => await _app.DisposeAsync();

    [Test]
    public async Task Submitted_request_is_stored_with_its_child_needs_preferences_and_timeline()
    {
        var result = await _app.SendAs(Personas.SendOfficer, A.PlacementRequest());

        result.Reference.Should().Be("PR-2026-000001");
        result.Version.Should().Be(0);
        var stored = await _app.Read(db => db.PlacementRequests.SingleAsync(p => p.Id == new PlacementRequestId(result.Id)));
        stored.Stage.Should().Be(Stage.Received);
        stored.Needs.Select(n => n.Code).Should().Equal("ASD", "SLCN");
        stored.NeedLevels.CommunicationAndInteraction.Should().Be(3);
        stored.Preferences.Should().HaveCount(2);
        stored.Preferences[0].SettingName.Should().Be("Brookside Special School");
        var child = await _app.Read(db => db.Children.SingleAsync(c => c.Id == stored.ChildId));
        child.FullName.Should().Be("Ffion Llewelyn-Jones");
        child.Home!.Postcode.Value.Should().Be("SG1 2AB");
        var events = await _app.Read(db => db.CaseEvents.Where(e => e.PlacementRequestId == stored.Id).ToListAsync());
        events.Should().ContainSingle().Which.Kind.Should().Be("submitted");
    }

    [Test]
    public async Task References_run_in_sequence_within_the_year()
    {
        var first = await _app.SendAs(Personas.SendOfficer, A.PlacementRequest());
        var second = await _app.SendAs(Personas.SendOfficer, A.PlacementRequest());

        first.Reference.Should().Be("PR-2026-000001");
        second.Reference.Should().Be("PR-2026-000002");
    }

    [Test]
    public async Task Concurrent_submissions_never_share_a_reference()
    {
        var results = await Task.WhenAll(Enumerable.Range(0, 12).Select(_ => _app.SendAs(Personas.SendOfficer, A.PlacementRequest())));

        results.Select(r => r.Reference).Should().OnlyHaveUniqueItems().And.HaveCount(12);
        (await _app.Read(db => db.PlacementRequests.CountAsync())).Should().Be(12);
    }

    [Test]
    public async Task A_second_request_for_a_known_child_reuses_the_child()
    {
        var first = await _app.SendAs(Personas.SendOfficer, A.PlacementRequest());
        var childId = await _app.Read(db => db.PlacementRequests.Where(p => p.Id == new PlacementRequestId(first.Id)).Select(p => p.ChildId).SingleAsync());

        await _app.SendAs(Personas.SendOfficer, A.PlacementRequest() with { Child = null, ChildId = childId.Value, Type = RequestType.PhaseTransfer });

        (await _app.Read(db => db.Children.CountAsync())).Should().Be(1);
    }

    [Test]
    public async Task Reg_18_a_phase_transfer_for_a_known_child_not_in_a_transfer_year_is_refused_saying_which_years_are()
    {
        // Born 10 Mar 2018: 8 on 31 Aug 2026, so Year 4 in 2026/27.
        var first = await _app.SendAs(Personas.SendOfficer, A.PlacementRequest() with { Child = A.Child() with { DateOfBirth = new DateOnly(2018, 3, 10) } });
        var childId = await _app.Read(db => db.PlacementRequests.Where(p => p.Id == new PlacementRequestId(first.Id)).Select(p => p.ChildId).SingleAsync());

        var act = () => _app.SendAs(Personas.SendOfficer, A.PlacementRequest() with { Child = null, ChildId = childId.Value, Type = RequestType.PhaseTransfer });

        (await act.Should().ThrowAsync<RequestValidationException>()).Which.Errors["type"].Should().Equal(
            "A phase transfer is for a child in the last year before a move between phases (the year before Reception, Year 2, Year 6 or Year 11 or later); "
            + "on the day the request was received the child is in Year 4 (2026/27). Choose another type of request.");
        (await _app.Read(db => db.PlacementRequests.CountAsync())).Should().Be(1);
    }

    [Test]
    public async Task A_known_child_and_new_child_details_together_are_refused_naming_child()
    {
        var first = await _app.SendAs(Personas.SendOfficer, A.PlacementRequest());
        var childId = await _app.Read(db => db.PlacementRequests.Where(p => p.Id == new PlacementRequestId(first.Id)).Select(p => p.ChildId).SingleAsync());

        var act = () => _app.SendAs(Personas.SendOfficer, A.PlacementRequest() with { ChildId = childId.Value });

        (await act.Should().ThrowAsync<RequestValidationException>()).Which.Errors.Should().ContainKey("child");
        (await _app.Read(db => db.PlacementRequests.CountAsync())).Should().Be(1);
    }

    [Test]
    public async Task An_unknown_child_id_is_not_found_and_nothing_is_written()
    {
        var act = () => _app.SendAs(Personas.SendOfficer, A.PlacementRequest() with { Child = null, ChildId = Guid.NewGuid() });

        (await act.Should().ThrowAsync<NotFoundException>()).Which.What.Should().Be("Child");
        (await _app.Read(db => db.PlacementRequests.CountAsync())).Should().Be(0);
    }

    private static IEnumerable<TestCaseData> BadInputs()
    {
        var valid = A.PlacementRequest();
        var child = A.Child();
        TestCaseData Case(string name, SubmitPlacementRequest.Command command, string field) =>
            new TestCaseData(command, field).SetName($"Submit with {name} is refused naming {field}");

        yield return Case("no child at all", valid with { Child = null }, "child");
        yield return Case("no given name", valid with { Child = child with { GivenName = " " } }, "child.givenName");
        yield return Case("an oversized family name", valid with { Child = child with { FamilyName = new string('x', 101) } }, "child.familyName");
        yield return Case("no date of birth", valid with { Child = child with { DateOfBirth = null } }, "child.dateOfBirth");
        yield return Case("a date of birth in the future", valid with { Child = child with { DateOfBirth = TestClock.Today.AddDays(1) } }, "child.dateOfBirth");
        yield return Case("a young person over 25", valid with { Child = child with { DateOfBirth = TestClock.Today.AddYears(-26) } }, "child.dateOfBirth");
        yield return Case("a UPN with the wrong check letter", valid with { Child = child with { Upn = "A919200115001" } }, "child.upn");
        yield return Case("a postcode that is not one", valid with { Child = child with { Postcode = "NOT A CODE" } }, "child.postcode");
        yield return Case("a latitude out of range", valid with { Child = child with { Latitude = 95 } }, "child.latitude");
        yield return Case("a longitude without a latitude", valid with { Child = child with { Latitude = null } }, "child.latitude");
        yield return Case("no request type", valid with { Type = null }, "type");
        yield return Case("a phase transfer for a child in Year 4", valid with { Type = RequestType.PhaseTransfer, Child = child with { DateOfBirth = new DateOnly(2018, 3, 10) } }, "type");
        yield return Case("no received date", valid with { ReceivedDate = null }, "receivedDate");
        yield return Case("a received date in the future", valid with { ReceivedDate = TestClock.Today.AddDays(1) }, "receivedDate");
        yield return Case("a received date years ago", valid with { ReceivedDate = TestClock.Today.AddYears(-3) }, "receivedDate");
        yield return Case("a received date before the child was born", valid with { ReceivedDate = new DateOnly(2015, 1, 1) }, "receivedDate");
        yield return Case("no primary need", valid with { PrimaryNeed = null }, "primaryNeed");
        yield return Case("an unknown SEN2 code", valid with { PrimaryNeed = "AUT" }, "primaryNeed");
        yield return Case("a secondary need equal to the primary", valid with { SecondaryNeed = "asd" }, "secondaryNeed");
        yield return Case("no need levels", valid with { NeedLevels = null }, "needLevels");
        yield return Case("a need level of 5", valid with { NeedLevels = new SubmitPlacementRequest.NeedLevelsInput(5, 0, 0, 0) }, "needLevels.communicationAndInteraction");
        yield return Case("a missing need level", valid with { NeedLevels = new SubmitPlacementRequest.NeedLevelsInput(1, 1, null, 1) }, "needLevels.socialEmotionalAndMentalHealth");
        yield return Case("four preferences", valid with { Preferences = FourPreferences() }, "preferences");
        yield return Case("the same setting twice", valid with { Preferences = [Named(1, "Brookside"), Named(2, "brookside")] }, "preferences");
        yield return Case("ranks with a gap", valid with { Preferences = [Named(1, "Brookside"), Named(3, "Oakfield")] }, "preferences");
        yield return Case("a named preference without a name", valid with { Preferences = [Named(1, "")] }, "preferences[0].settingName");
        yield return Case("a preference without reasons", valid with { Preferences = [Named(1, "Brookside") with { Reasons = null }] }, "preferences[0].reasons");
        yield return Case("a malformed URN", valid with { Preferences = [Named(1, "Brookside") with { SettingUrn = "12AB" }] }, "preferences[0].settingUrn");
        yield return Case("a type preference without a type", valid with { Preferences = [new(1, PreferenceKind.TypeOfProvision, null, null, null, "Why")] }, "preferences[0].provisionKind");
        yield return Case("oversized reasons", valid with { Preferences = [Named(1, "Brookside") with { Reasons = new string('x', 4001) }] }, "preferences[0].reasons");
        yield return Case("no officer", valid with { AssignedOfficerId = null }, "assignedOfficerId");
        yield return Case("an officer who does not exist", valid with { AssignedOfficerId = "nobody" }, "assignedOfficerId");
        yield return Case("a panel member as officer", valid with { AssignedOfficerId = Personas.PanelHealth.Id }, "assignedOfficerId");
        yield return Case("an officer of another team", valid with { AssignedOfficerId = Personas.SecondSendOfficer.Id }, "assignedOfficerId");
    }

    [TestCaseSource(nameof(BadInputs))]
    public async Task Bad_input_is_refused_with_the_field_named_and_nothing_written(SubmitPlacementRequest.Command command, string field)
    {
        var act = () => _app.SendAs(Personas.SendOfficer, command);

        var refusal = await act.Should().ThrowAsync<RequestValidationException>();
        refusal.Which.Errors.Should().ContainKey(field);
        refusal.Which.Errors[field].Should().AllSatisfy(message => message.Should().NotBeNullOrWhiteSpace());
        (await _app.Read(db => db.PlacementRequests.CountAsync())).Should().Be(0);
        (await _app.Read(db => db.Children.CountAsync())).Should().Be(0);
    }

    [Test]
    public async Task A_new_child_with_a_known_upn_is_refused_pointing_at_the_existing_child()
    {
        const string Upn = "K919200115001";
        await _app.SendAs(Personas.SendOfficer, A.PlacementRequest() with { Child = A.Child() with { Upn = Upn } });

        var act = () => _app.SendAs(Personas.SendOfficer, A.PlacementRequest() with { Child = A.Child() with { Upn = Upn } });

        (await act.Should().ThrowAsync<RequestValidationException>()).Which.Errors.Should().ContainKey("child.upn");
    }

    [Test]
    public async Task A_retry_with_the_same_idempotency_key_returns_the_first_result_and_stores_one_request()
    {
        var command = A.PlacementRequest() with { IdempotencyKey = "retry-1" };

        var first = await _app.SendAs(Personas.SendOfficer, command);
        var retry = await _app.SendAs(Personas.SendOfficer, command);

        retry.Should().Be(first);
        (await _app.Read(db => db.PlacementRequests.CountAsync())).Should().Be(1);
    }

    [Test]
    public async Task The_same_idempotency_key_with_a_different_request_is_refused()
    {
        await _app.SendAs(Personas.SendOfficer, A.PlacementRequest() with { IdempotencyKey = "retry-2" });

        var act = () => _app.SendAs(Personas.SendOfficer, A.PlacementRequest() with { IdempotencyKey = "retry-2", PrimaryNeed = "SEMH" });

        await act.Should().ThrowAsync<IdempotencyKeyReusedException>();
        (await _app.Read(db => db.PlacementRequests.CountAsync())).Should().Be(1);
    }

    [Test]
    public async Task Idempotency_keys_belong_to_the_user_who_sent_them()
    {
        await _app.SendAs(Personas.SendOfficer, A.PlacementRequest() with { IdempotencyKey = "shared-key" });

        await _app.SendAs(Personas.SecondSendOfficer, A.PlacementRequest() with { IdempotencyKey = "shared-key", AssignedOfficerId = Personas.SecondSendOfficer.Id });

        (await _app.Read(db => db.PlacementRequests.CountAsync())).Should().Be(2);
    }

    [Test]
    public async Task Only_case_workers_may_submit()
    {
        var act = () => _app.SendAs(Personas.PanelChair, A.PlacementRequest());

        await act.Should().ThrowAsync<ForbiddenException>();
    }

    [Test]
    public async Task Nobody_submits_without_signing_in()
    {
        var act = () => _app.SendAnonymously(A.PlacementRequest());

        await act.Should().ThrowAsync<UnauthenticatedException>();
    }

    [Test]
    public async Task The_logs_name_the_request_but_never_the_child()
    {
        await _app.SendAs(Personas.SendOfficer, A.PlacementRequest());

        _app.Logs.Lines.Should().Contain(l => l.Contains("SubmitPlacementRequest.Command", StringComparison.Ordinal));
        _app.Logs.Lines.Should().NotContain(l => l.Contains("Ffion", StringComparison.OrdinalIgnoreCase) || l.Contains("Llewelyn", StringComparison.OrdinalIgnoreCase));
    }

    private static SubmitPlacementRequest.PreferenceInput Named(int rank, string name) => new(rank, PreferenceKind.NamedSetting, name, null, null, "Close to home.");

    private static List<SubmitPlacementRequest.PreferenceInput> FourPreferences() =>
        [Named(1, "A school"), Named(2, "B school"), Named(3, "C school"), Named(4, "D school")];
}
