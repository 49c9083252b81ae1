namespace PanelCaseManager.Domain.Users;

public static class AgencyDescriptions
{
    public static string Describe(this Agency agency) => agency switch
    {
        Agency.Education => "education",
        Agency.Health => "health",
        Agency.SocialCare => "social care",
        Agency.EducationalPsychology => "educational psychology",
        Agency.Other => "another agency",
        _ => agency.ToString(),
    };

    /// <summary>Partners: professionals of partner agencies and settings' contacts, who see only what is addressed to them.</summary>
    public static bool IsPartner(this Role role) => role is Role.AgencyProfessional or Role.SettingContact;
}
