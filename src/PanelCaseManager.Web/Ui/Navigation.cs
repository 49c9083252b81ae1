using System.Security.Claims;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Domain.Users;

namespace PanelCaseManager.Web.Ui;

/// <summary>The service navigation a user sees: the places their role has work in.</summary>
internal static class Navigation
{
    /// <summary>A place in the menu: <paramref name="Page"/> is the Razor page it links to (asp-page), so under any path base.</summary>
    public sealed record Item(string Text, string Page, bool Current);

    public static Role? RoleOf(ClaimsPrincipal user) =>
        FormEnum.Parse<Role>(user?.FindFirst(PanelClaimTypes.Role)?.Value);

    public static string NameOf(ClaimsPrincipal user) => user?.FindFirst(PanelClaimTypes.Name)?.Value ?? string.Empty;

    // Who sees each place is who its policy admits (Policies): the roles are written there only.
    public static bool ManagesCases(ClaimsPrincipal user) => Policies.Admits(Policies.ManageCases, RoleOf(user));

    public static bool ReadsCases(ClaimsPrincipal user) => Policies.Admits(Policies.ReadCases, RoleOf(user));

    /// <summary>Panel members and chairs, who read cases only through the meetings they sit on, never a caseload.</summary>
    public static bool SitsOnPanels(ClaimsPrincipal user) => Policies.Admits(Policies.RecordPanelViews, RoleOf(user));

    public static bool Audits(ClaimsPrincipal user) => Policies.Admits(Policies.Audit, RoleOf(user));

    public static bool SeesTimeliness(ClaimsPrincipal user) => Policies.Admits(Policies.ViewTimeliness, RoleOf(user));

    public static bool Administers(ClaimsPrincipal user) => Policies.Admits(Policies.Administer, RoleOf(user));

    public static bool IsFamily(ClaimsPrincipal user) => Policies.Admits(Policies.Family, RoleOf(user));

    /// <summary>Professionals and settings' contacts, who see only the requests addressed to them.</summary>
    public static bool IsPartner(ClaimsPrincipal user) => Policies.Admits(Policies.Partner, RoleOf(user));

    public static bool InvitesPartners(ClaimsPrincipal user) => Policies.Admits(Policies.InvitePartners, RoleOf(user));

    public static IReadOnlyList<Item> For(ClaimsPrincipal user, PathString path)
    {
        var items = new List<Item> { new("Home", "/Index", path == "/") };
        if (ReadsCases(user) && !SitsOnPanels(user))
        {
            items.Add(new Item(ManagesCases(user) ? "Caseload" : "Cases", "/Cases/Index", path.StartsWithSegments("/cases") && !path.StartsWithSegments("/cases/new")));
        }

        if (ManagesCases(user))
        {
            items.Add(new Item("Worklist", "/Worklist/Index", path.StartsWithSegments("/worklist")));
            items.Add(new Item("Plans", "/Plans/Index", path.StartsWithSegments("/plans")));
            items.Add(new Item("Reviews", "/Reviews/Index", path.StartsWithSegments("/reviews")));
            items.Add(new Item("Log a request", "/Cases/NewRequest/Start", path.StartsWithSegments("/cases/new")));
        }

        if (ReadsCases(user))
        {
            items.Add(new Item(SitsOnPanels(user) ? "My panels" : "Panels", "/Panels/Index", path.StartsWithSegments("/panels")));
        }

        if (SeesTimeliness(user))
        {
            items.Add(new Item("Timeliness", "/Timeliness/Index", path.StartsWithSegments("/timeliness")));
        }

        if (Audits(user))
        {
            items.Add(new Item("Decisions and audit", "/Audit/Index", path.StartsWithSegments("/audit")));
        }

        if (Administers(user))
        {
            items.Add(new Item("Users", "/Admin/Users/Index", path.StartsWithSegments("/admin/users")));
            items.Add(new Item("Settings catalogue", "/Admin/Settings/Index", path.StartsWithSegments("/admin/settings")));
            items.Add(new Item("Plan import", "/Admin/Plans/Import", path.StartsWithSegments("/admin/plans")));
            items.Add(new Item("Sector profiles", "/Admin/SectorProfiles/Index", path.StartsWithSegments("/admin/sector-profiles")));
            items.Add(new Item("Letter templates", "/Admin/LetterTemplates/Index", path.StartsWithSegments("/admin/letter-templates")));
            items.Add(new Item("Bank holidays", "/Admin/BankHolidays/Index", path.StartsWithSegments("/admin/bank-holidays")));
        }

        if (InvitesPartners(user))
        {
            items.Add(new Item("Partners", "/Partners/Index", path.StartsWithSegments("/partners")));
        }

        if (IsPartner(user))
        {
            items.Add(new Item("Waiting for you", "/Partner/Requests", path.StartsWithSegments("/partner/requests")));
            if (RoleOf(user) == Domain.Users.Role.SettingContact)
            {
                items.Add(new Item("Review paperwork", "/Partner/Reviews", path.StartsWithSegments("/partner/reviews")));
            }
        }

        if (IsFamily(user))
        {
            items.Add(new Item("Your requests", "/Family/Index", path.StartsWithSegments("/your-requests")));
            items.Add(new Item("Moving school", "/Family/YourTransfers", path.StartsWithSegments("/your-transfers")));
            items.Add(new Item("Your rights", "/Family/YourRights", path.StartsWithSegments("/your-rights")));
        }

        return items;
    }

    public static string Describe(this Role role) => role switch
    {
        Role.SendOfficer => "SEND officer",
        Role.TeamManager => "SEND team manager",
        Role.PanelMember => "Panel member",
        Role.PanelChair => "Panel chair",
        Role.Family => "Family",
        Role.Auditor => "Auditor",
        Role.Administrator => "Administrator",
        Role.AgencyProfessional => "Professional",
        Role.SettingContact => "Setting contact",
        _ => role.ToString(),
    };
}
