using System.Security.Claims;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Domain.Users;

namespace PanelCaseManager.Web.Ui;

/// <summary>The service navigation a user sees: the places their role has work in.</summary>
internal static class Navigation
{
    public sealed record Item(string Text, string Href, bool Current);

    public static Role? RoleOf(ClaimsPrincipal user) =>
        Enum.TryParse<Role>(user?.FindFirst(PanelClaimTypes.Role)?.Value, out var role) ? role : null;

    public static string NameOf(ClaimsPrincipal user) => user?.FindFirst(PanelClaimTypes.Name)?.Value ?? string.Empty;

    public static bool ManagesCases(ClaimsPrincipal user) => RoleOf(user) is Role.SendOfficer or Role.TeamManager;

    public static bool ReadsCases(ClaimsPrincipal user) =>
        RoleOf(user) is Role.SendOfficer or Role.TeamManager or Role.PanelMember or Role.PanelChair or Role.Auditor;

    /// <summary>Panel members and chairs, who read cases only through the meetings they sit on, never a caseload.</summary>
    public static bool SitsOnPanels(ClaimsPrincipal user) => RoleOf(user) is Role.PanelMember or Role.PanelChair;

    public static bool Audits(ClaimsPrincipal user) => RoleOf(user) is Role.Auditor;

    /// <summary>Team managers and auditors, as the timeliness policy has it.</summary>
    public static bool SeesTimeliness(ClaimsPrincipal user) => RoleOf(user) is Role.TeamManager or Role.Auditor;

    public static bool Administers(ClaimsPrincipal user) => RoleOf(user) is Role.Administrator;

    public static bool IsFamily(ClaimsPrincipal user) => RoleOf(user) is Role.Family;

    /// <summary>Professionals and settings' contacts, who see only the requests addressed to them.</summary>
    public static bool IsPartner(ClaimsPrincipal user) => RoleOf(user) is Role.AgencyProfessional or Role.SettingContact;

    /// <summary>Who invites and closes partners' accounts.</summary>
    public static bool InvitesPartners(ClaimsPrincipal user) => RoleOf(user) is Role.SendOfficer or Role.TeamManager or Role.Administrator;

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
            items.Add(new Item("Reviews", "/reviews", path.StartsWithSegments("/reviews")));
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
            if (user.IsInRole(nameof(Domain.Users.Role.SettingContact)))
            {
                items.Add(new Item("Review paperwork", "/partner/reviews", path.StartsWithSegments("/partner/reviews")));
            }
        }

        if (IsFamily(user))
        {
            items.Add(new Item("Your requests", "/your-requests", path.StartsWithSegments("/your-requests")));
            items.Add(new Item("Your rights", "/your-rights", path.StartsWithSegments("/your-rights")));
        }

        return items;
    }

    public static string Describe(this Agency agency) => agency switch
    {
        Agency.Education => "Education",
        Agency.Health => "Health",
        Agency.SocialCare => "Social care",
        Agency.EducationalPsychology => "Educational psychology",
        Agency.Other => "Other agency",
        _ => agency.ToString(),
    };

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
