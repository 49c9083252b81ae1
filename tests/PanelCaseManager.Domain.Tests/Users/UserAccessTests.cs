using PanelCaseManager.Domain.Users;

namespace PanelCaseManager.Domain.Tests.Users;

/// <summary>An account whose role, team or agency changes, or that is closed, ends the sessions begun under the old terms.</summary>
public class UserAccessTests
{
    private static UserAccount Officer()
    {
        var account = UserAccount.Create(new UserId("officer-1"), "Amira Khan", "amira@example.gov.uk", Role.SendOfficer, "North", null);
        account.ClearDomainEvents();
        return account;
    }

    [TestCase(Role.Auditor, "North", null, true, TestName = "Another role")]
    [TestCase(Role.SendOfficer, "South", null, true, TestName = "Another team")]
    [TestCase(Role.SendOfficer, "North", Agency.Education, true, TestName = "An agency")]
    [TestCase(Role.SendOfficer, "North", null, false, TestName = "Closing the account")]
    public void A_change_to_what_the_account_may_do_says_its_access_changed(Role role, string team, Agency? agency, bool active)
    {
        var account = Officer();

        account.Update(account.DisplayName, account.Email, role, team, agency, active);

        account.DomainEvents.Should().ContainEquivalentOf(new UserAccessChanged(account.Id));
    }

    [Test]
    public void A_new_name_or_email_address_leaves_the_sessions_alone()
    {
        var account = Officer();

        account.Update("Amira Khan-Shah", "amira.khan@example.gov.uk", Role.SendOfficer, " North ", null, isActive: true);

        account.DomainEvents.Should().NotContain(e => e is UserAccessChanged);
        account.DomainEvents.Should().ContainEquivalentOf(new UserAccountChanged(account.Id));
    }
}
