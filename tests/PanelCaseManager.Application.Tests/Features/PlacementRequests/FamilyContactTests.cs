using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Features.PlacementRequests;
using PanelCaseManager.Domain.Common;
using PanelCaseManager.Domain.PlacementRequests;
using PanelCaseManager.Infrastructure.DemoData;
using PanelCaseManager.Testing;
using PanelCaseManager.Testing.Builders;

namespace PanelCaseManager.Application.Tests.Features.PlacementRequests;

public class FamilyContactTests
{
    private ApplicationHarness _app = null!;
    private Guid _caseId;

    [SetUp]
    public async Task SetUp()
    {
        _app = new ApplicationHarness();
        _caseId = (await _app.SendAs(Personas.SendOfficer, A.PlacementRequest())).Id;
    }

    [TearDown]
    public async Task TearDown() => await _app.DisposeAsync();

    private RecordFamilyContact.Command Contact(int? expectedVersion = null) =>
        new(_caseId, expectedVersion, "Siân Llewellyn-Jones", ContactRole.ParentOrCarer, null, ["Flat 2, Tŷ Gwyn", "12 Church Lane", "Stevenage"], "sg1 2ab", "sian@example.com");

    private async Task<IReadOnlyDictionary<string, string[]>> RefusedAsBadInput(RecordFamilyContact.Command command) =>
        (await FluentActions.Awaiting(() => _app.SendAs(Personas.SendOfficer, command)).Should().ThrowAsync<RequestValidationException>()).Which.Errors;

    [Test]
    public async Task An_officer_records_whom_the_letters_go_to_and_staff_read_it_as_the_envelope_shows_it()
    {
        var recorded = await _app.SendAs(Personas.SendOfficer, Contact());

        recorded.Should().Be(new RecordFamilyContact.Result(_caseId, false, 0));
        var contact = await _app.SendAs(Personas.Auditor, new GetFamilyContact.Query(_caseId));
        contact.Should().BeEquivalentTo(new
        {
            Name = "Siân Llewellyn-Jones",
            Role = ContactRole.ParentOrCarer,
            Greeting = "Dear Siân Llewellyn-Jones",
            Postcode = "SG1 2AB",
            Email = "sian@example.com",
            RecordedBy = Personas.SendOfficer.DisplayName,
            Version = 0,
        });
        contact.PostalAddress.Should().Equal("Siân Llewellyn-Jones", "Flat 2, Tŷ Gwyn", "12 Church Lane", "Stevenage", "SG1 2AB");
    }

    [Test]
    public async Task Changing_the_contact_needs_the_version_read()
    {
        await _app.SendAs(Personas.SendOfficer, Contact());

        var withoutVersion = await FluentActions.Awaiting(() => _app.SendAs(Personas.SendOfficer, Contact())).Should().ThrowAsync<DomainRuleException>();
        withoutVersion.Which.Code.Should().Be("contact-exists");
        await FluentActions.Awaiting(() => _app.SendAs(Personas.SendOfficer, Contact(5))).Should().ThrowAsync<ConcurrencyConflictException>();

        var changed = await _app.SendAs(Personas.SendOfficer, Contact(0) with { Salutation = "Dear Ms Llewellyn-Jones", Email = null });

        changed.Should().Be(new RecordFamilyContact.Result(_caseId, true, 1));
        var contact = await _app.SendAs(Personas.SendOfficer, new GetFamilyContact.Query(_caseId));
        contact.Should().BeEquivalentTo(new { Greeting = "Dear Ms Llewellyn-Jones", Email = (string?)null, Version = 1 });
    }

    [Test]
    public async Task Bad_input_names_the_field_and_records_nothing()
    {
        var errors = await RefusedAsBadInput(Contact() with { Name = " ", Postcode = "NOT A CODE", Email = "not-an-email", Role = null });
        errors.Keys.Should().Contain(k => k.Equals("name", StringComparison.OrdinalIgnoreCase));
        errors.Keys.Should().Contain(k => k.Equals("postcode", StringComparison.OrdinalIgnoreCase));
        errors.Keys.Should().Contain(k => k.Equals("email", StringComparison.OrdinalIgnoreCase));
        errors.Single(e => e.Key.Equals("role", StringComparison.OrdinalIgnoreCase)).Value.Should().ContainSingle()
            .Which.Should().StartWith("Say who this is", "a missing role is explained in words, not as an empty property");

        var tooManyLines = await RefusedAsBadInput(Contact() with { AddressLines = ["1", "2", "3", "4", "5", "6"] });
        tooManyLines.Keys.Should().Contain(k => k.Equals("addressLines", StringComparison.OrdinalIgnoreCase));

        await FluentActions.Awaiting(() => _app.SendAs(Personas.Auditor, new GetFamilyContact.Query(_caseId))).Should().ThrowAsync<NotFoundException>();
    }

    [Test]
    public async Task Letters_go_to_the_young_person_only_once_they_are_over_compulsory_school_age()
    {
        var tooYoung = await FluentActions.Awaiting(() => _app.SendAs(Personas.SendOfficer, Contact() with { Role = ContactRole.YoungPerson }))
            .Should().ThrowAsync<DomainRuleException>();

        tooYoung.Which.Code.Should().Be("young-person-too-young");
    }

    [Test]
    public async Task A_sixteen_year_old_still_of_compulsory_school_age_is_not_yet_written_to_as_a_young_person()
    {
        // Born 15 Sep 2010: 16 on 15 Sep 2026, in the 2026/27 school year, so of compulsory school age until Fri 25 Jun 2027.
        var sixteen = (await _app.SendAs(Personas.SendOfficer, A.PlacementRequest() with { Child = A.Child() with { DateOfBirth = new DateOnly(2010, 9, 15) } })).Id;

        var refused = await FluentActions.Awaiting(() => _app.SendAs(Personas.SendOfficer, Contact() with { PlacementRequestId = sixteen, Role = ContactRole.YoungPerson }))
            .Should().ThrowAsync<DomainRuleException>();

        refused.Which.Message.Should().Contain("over compulsory school age, from 26 June 2027");
        var details = await _app.SendAs(Personas.SendOfficer, new GetPlacementRequest.Query(sixteen));
        details.Child.Should().BeEquivalentTo(new { Age = 16, IsYoungPerson = false, YoungPersonFrom = new DateOnly(2027, 6, 26) });
    }

    [Test]
    public async Task A_young_person_over_compulsory_school_age_can_have_their_own_letters()
    {
        // Born 10 Mar 2010: 16 on 10 Mar 2026; compulsory school age ended on Fri 26 Jun 2026.
        var youngPerson = (await _app.SendAs(Personas.SendOfficer, A.PlacementRequest() with { Child = A.Child() with { DateOfBirth = new DateOnly(2010, 3, 10) } })).Id;

        await _app.SendAs(Personas.SendOfficer, Contact() with { PlacementRequestId = youngPerson, Name = "Ffion Llewelyn-Jones", Role = ContactRole.YoungPerson });

        (await _app.SendAs(Personas.SendOfficer, new GetFamilyContact.Query(youngPerson))).Role.Should().Be(ContactRole.YoungPerson);
        (await _app.SendAs(Personas.SendOfficer, new GetPlacementRequest.Query(youngPerson))).Child
            .Should().BeEquivalentTo(new { IsYoungPerson = true, YoungPersonFrom = new DateOnly(2026, 6, 27) });
    }

    [Test]
    public async Task Only_staff_who_manage_cases_record_it_and_an_unknown_case_is_not_found()
    {
        await FluentActions.Awaiting(() => _app.SendAs(Personas.Auditor, Contact())).Should().ThrowAsync<ForbiddenException>();
        await FluentActions.Awaiting(() => _app.SendAs(Personas.Family, new GetFamilyContact.Query(_caseId))).Should().ThrowAsync<ForbiddenException>();
        await FluentActions.Awaiting(() => _app.SendAs(Personas.SendOfficer, Contact() with { PlacementRequestId = Guid.NewGuid() })).Should().ThrowAsync<NotFoundException>();
    }
}
