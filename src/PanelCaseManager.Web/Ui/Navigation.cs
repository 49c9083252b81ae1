using System.Security.Claims;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Domain.Users;

namespace PanelCaseManager.Web.Ui;

/// <summary>The service navigation a user sees: the places their role has work in.</summary>
internal static class Navigation
{
    public sealed record Item(string Text, string Href, bool Current);

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
        var items = new List<Item> { new("Home", "/", path == "/") };
        if (ReadsCases(user) && !SitsOnPanels(user))
        {
            items.Add(new Item(ManagesCases(user) ? "Caseload" : "Cases", "/cases", path.StartsWithSegments("/cases") && !path.StartsWithSegments("/cases/new")));
        }

        if (ManagesCases(user))
        {
            items.Add(new Item("Worklist", "/worklist", path.StartsWithSegments("/worklist")));
            items.Add(new Item("Plans", "/plans", path.StartsWithSegments("/plans")));
            items.Add(new Item("Log a request", "/cases/new", path.StartsWithSegments("/cases/new")));
        }

        if (ReadsCases(user))
        {
            items.Add(new Item(SitsOnPanels(user) ? "My panels" : "Panels", "/panels", path.StartsWithSegments("/panels")));
        }

        if (SeesTimeliness(user))
        {
            items.Add(new Item("Timeliness", "/timeliness", path.StartsWithSegments("/timeliness")));
        }

        if (Audits(user))
        {
            items.Add(new Item("Decisions and audit", "/audit", path.StartsWithSegments("/audit")));
        }

        if (Administers(user))
        {
            items.Add(new Item("Users", "/admin/users", path.StartsWithSegments("/admin/users")));
            items.Add(new Item("Settings catalogue", "/admin/settings", path.StartsWithSegments("/admin/settings")));
            items.Add(new Item("Plan import", "/admin/plans/import", path.StartsWithSegments("/admin/plans")));
            items.Add(new Item("Sector profiles", "/admin/sector-profiles", path.StartsWithSegments("/admin/sector-profiles")));
            items.Add(new Item("Letter templates", "/admin/letter-templates", path.StartsWithSegments("/admin/letter-templates")));
            items.Add(new Item("Bank holidays", "/admin/bank-holidays", path.StartsWithSegments("/admin/bank-holidays")));
        }

        if (InvitesPartners(user))
        {
            items.Add(new Item("Partners", "/partners", path.StartsWithSegments("/partners")));
        }

        if (IsPartner(user))
        {
            items.Add(new Item("Waiting for you", "/partner/requests", path.StartsWithSegments("/partner/requests")));
        }

        if (IsFamily(user))
        {
            items.Add(new Item("Your requests", "/your-requests", path.StartsWithSegments("/your-requests")));
            items.Add(new Item("Your rights", "/your-rights", path.StartsWithSegments("/your-rights")));
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
