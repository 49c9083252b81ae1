using Microsoft.EntityFrameworkCore;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Features.Partners;
using PanelCaseManager.Application.Features.Users;
using PanelCaseManager.Application.Tests.Features.Provision;
using PanelCaseManager.Domain.Common;
using PanelCaseManager.Domain.Users;
using PanelCaseManager.Infrastructure.DemoData;
using PanelCaseManager.Testing;
using PanelCaseManager.Testing.Builders;

namespace PanelCaseManager.Application.Tests.Features.Partners;

/// <summary>Officers and administrators invite and close partners' accounts.</summary>
public class PartnerAccountTests
{
    private ApplicationHarness _app = null!;

    [SetUp]
    public void SetUp() => _app = new ApplicationHarness();

    [TearDown]
    public async Task TearDown() => await _app.DisposeAsync();

    private static InvitePartner.Command Professional(string id = "0b5e6a4c-2f1d-4c8e-9a7b-3d2e1f0a9b8c", string email = "leah.cole@example.nhs.uk", Agency agency = Agency.EducationalPsychology) =>
        new(id, "Dr Leah Cole", email, Role.AgencyProfessional, agency, null);

    [Test]
    public async Task An_officer_invites_a_professional_who_is_sent_an_invitation_with_a_link_only()
    {
        var invited = await _app.SendAs(Personas.SendOfficer, Professional());

        invited.Should().BeEquivalentTo(new { Role = Role.AgencyProfessional, Agency = (Agency?)Agency.EducationalPsychology, IsActive = true });
        var account = await _app.Read(db => db.Users.SingleAsync(u => u.Id == new UserId(invited.Id)));
        account.InvitedBy.Should().Be(new UserId(Personas.SendOfficer.Id));
        var notice = await _app.Read(db => db.Notifications.SingleAsync(n => n.RecipientId == new UserId(invited.Id)));
        notice.Kind.Should().Be(PartnerNotifications.Invited);
        notice.Link.Should().Be("/partner");
        notice.PlacementRequestId.Should().BeNull();
    }

    [Test]
    public async Task An_invitation_to_an_email_already_linked_to_another_role_is_refused_in_words_that_say_no_more()
    {
        foreach (var email in new[] { Personas.SendOfficer.Email, Personas.Family.Email.ToUpperInvariant(), Personas.PartnerHealth.Email })
        {
            var refusal = await FluentActions.Awaiting(() => _app.SendAs(Personas.SendOfficer, Professional(email: email))).Should().ThrowAsync<RequestValidationException>();
            refusal.Which.Errors["email"].Should().Equal(InvitePartner.EmailInUse);
        }

        var sameId = await FluentActions.Awaiting(() => _app.SendAs(Personas.SendOfficer, Professional(id: Personas.Auditor.Id))).Should().ThrowAsync<RequestValidationException>();
        sameId.Which.Errors["email"].Should().Equal(InvitePartner.EmailInUse);
        (await _app.Read(db => db.Users.CountAsync(u => u.Role == Role.Auditor))).Should().Be(1);
    }

    [Test]
    public async Task A_professional_is_invited_for_health_social_care_or_educational_psychology_and_a_setting_contact_for_a_catalogue_setting()
    {
        var education = await FluentActions.Awaiting(() => _app.SendAs(Personas.SendOfficer, Professional(agency: Agency.Education))).Should().ThrowAsync<RequestValidationException>();
        education.Which.Errors.Should().ContainKey("agency");

        var noSetting = await FluentActions.Awaiting(() => _app.SendAs(Personas.SendOfficer, new InvitePartner.Command("x1", "Sam", "sam@example.sch.uk", Role.SettingContact, null, null)))
            .Should().ThrowAsync<RequestValidationException>();
        noSetting.Which.Errors.Should().ContainKey("settingId");

        var unknownSetting = await FluentActions.Awaiting(() => _app.SendAs(Personas.SendOfficer, new InvitePartner.Command("x1", "Sam", "sam@example.sch.uk", Role.SettingContact, null, Guid.NewGuid())))
            .Should().ThrowAsync<RequestValidationException>();
        unknownSetting.Which.Errors["settingId"].Should().Equal("There is no setting with this id in the catalogue.");

        var staffRole = await FluentActions.Awaiting(() => _app.SendAs(Personas.SendOfficer, Professional() with { Role = Role.Auditor })).Should().ThrowAsync<RequestValidationException>();
        staffRole.Which.Errors.Should().ContainKey("role");

        await _app.PublishSector();
        var setting = (await _app.SendAs(Personas.Administrator, Catalogue.Setting())).Id;
        var contact = await _app.SendAs(Personas.Administrator, new InvitePartner.Command("x1", "Sam", "sam@example.sch.uk", Role.SettingContact, null, setting));
        contact.SettingName.Should().Be("Larkspur Communication and Autism School");
    }

    [Test]
    public async Task Only_officers_managers_and_administrators_invite_partners()
    {
        foreach (var persona in new[] { Personas.PanelChair, Personas.Auditor, Personas.Family, Personas.PartnerHealth })
        {
            await FluentActions.Awaiting(() => _app.SendAs(persona, Professional())).Should().ThrowAsync<ForbiddenException>();
        }
    }

    [Test]
    public async Task Closing_is_for_partners_accounts_only_and_needs_a_reason()
    {
        await FluentActions.Awaiting(() => _app.SendAs(Personas.SendOfficer, new ClosePartner.Command(Personas.TeamManager.Id, "Leaving.", 0))).Should().ThrowAsync<NotFoundException>();
        (await FluentActions.Awaiting(() => _app.SendAs(Personas.SendOfficer, new ClosePartner.Command(Personas.PartnerPsychologist.Id, "", 0))).Should().ThrowAsync<RequestValidationException>())
            .Which.Errors.Should().ContainKey("reason");

        var closed = await _app.SendAs(Personas.Administrator, new ClosePartner.Command(Personas.PartnerPsychologist.Id, "No longer with the EP service.", 0));
        (await FluentActions.Awaiting(() => _app.SendAs(Personas.Administrator, new ClosePartner.Command(Personas.PartnerPsychologist.Id, "Again.", closed.Version))).Should().ThrowAsync<DomainRuleException>())
            .Which.Code.Should().Be("partner-already-closed");
    }

    [Test]
    public async Task An_administrator_adds_partners_through_the_invitation_not_as_plain_users()
    {
        var refusal = await FluentActions.Awaiting(() => _app.SendAs(Personas.Administrator, new CreateUser.Command("x2", "Sam", "sam@example.sch.uk", Role.SettingContact, null, null)))
            .Should().ThrowAsync<RequestValidationException>();
        refusal.Which.Errors.Should().ContainKey("role");
    }
}
