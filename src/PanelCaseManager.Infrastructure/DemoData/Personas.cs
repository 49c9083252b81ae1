using PanelCaseManager.Domain.Users;

namespace PanelCaseManager.Infrastructure.DemoData;

/// <summary>The fictional people of the demonstration: one for each kind of user, to sign in as in Development.</summary>
public static class Personas
{
    public static readonly Persona SendOfficer = new("send-officer", "Amira Khan", "amira.khan@example.gov.uk", Role.SendOfficer, "North", null);
    public static readonly Persona SecondSendOfficer = new("send-officer-south", "Tom Fletcher", "tom.fletcher@example.gov.uk", Role.SendOfficer, "South", null);
    public static readonly Persona TeamManager = new("team-manager", "Grace Adeyemi", "grace.adeyemi@example.gov.uk", Role.TeamManager, "North", null);
    public static readonly Persona PanelEducation = new("panel-education", "Mark Ellis", "mark.ellis@example.gov.uk", Role.PanelMember, null, Agency.Education);
    public static readonly Persona PanelHealth = new("panel-health", "Dr Priya Shah", "priya.shah@example.nhs.uk", Role.PanelMember, null, Agency.Health);
    public static readonly Persona PanelSocialCare = new("panel-social-care", "Joanne Price", "joanne.price@example.gov.uk", Role.PanelMember, null, Agency.SocialCare);
    public static readonly Persona PanelPsychologist = new("panel-ep", "Dr Helen Morgan", "helen.morgan@example.gov.uk", Role.PanelMember, null, Agency.EducationalPsychology);
    public static readonly Persona PanelChair = new("panel-chair", "Claire Whitaker", "claire.whitaker@example.gov.uk", Role.PanelChair, null, Agency.Education);
    public static readonly Persona Family = new("family", "Sarah Bennett", "sarah.bennett@example.com", Role.Family, null, null);
    public static readonly Persona Auditor = new("auditor", "David Osei", "david.osei@example.gov.uk", Role.Auditor, null, null);
    public static readonly Persona Administrator = new("administrator", "Rachel Green", "rachel.green@example.gov.uk", Role.Administrator, null, null);

    public static readonly Persona PartnerHealth = new("partner-health", "Dr Kwame Mensah", "kwame.mensah@example.nhs.uk", Role.AgencyProfessional, null, Agency.Health);
    public static readonly Persona PartnerSocialCare = new("partner-social-care", "Bethan Lloyd", "bethan.lloyd@example.gov.uk", Role.AgencyProfessional, null, Agency.SocialCare);
    public static readonly Persona PartnerPsychologist = new("partner-ep", "Dr Nadia Rahman", "nadia.rahman@example.gov.uk", Role.AgencyProfessional, null, Agency.EducationalPsychology);

    /// <summary>The SENCO of the demo school <see cref="SettingSendcoUrn"/> (in the default catalogue).</summary>
    public static readonly Persona SettingSendco = new("setting-sendco", "Lucy Hargreaves", "senco@example-school.sch.uk", Role.SettingContact, null, null);

    /// <summary>The URN of the setting whose SENCO <see cref="SettingSendco"/> is.</summary>
    public const string SettingSendcoUrn = "117660";

    public static IReadOnlyList<Persona> All { get; } =
    [
        SendOfficer, SecondSendOfficer, TeamManager, PanelEducation, PanelHealth, PanelSocialCare, PanelPsychologist, PanelChair, Family, Auditor, Administrator,
        PartnerHealth, PartnerSocialCare, PartnerPsychologist, SettingSendco,
    ];

    public static Persona? Find(string id) => All.FirstOrDefault(p => string.Equals(p.Id, id, StringComparison.OrdinalIgnoreCase));
}

public sealed record Persona(string Id, string DisplayName, string Email, Role Role, string? Team, Agency? Agency)
{
    public UserAccount ToAccount() => UserAccount.Create(new UserId(Id), DisplayName, Email, Role, Team, Agency);
}
