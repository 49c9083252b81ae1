namespace PanelCaseManager.Domain.Users;

/// <summary>The words for each agency, in one place: inside a sentence (<see cref="Describe"/>) and as a heading, a column or a choice (<see cref="Title"/>).</summary>
public static class AgencyDescriptions
{
    /// <summary>Inside a sentence: "advice from social care".</summary>
    public static string Describe(this Agency agency) => agency switch
    {
        Agency.Education => "education",
        Agency.Health => "health",
        Agency.SocialCare => "social care",
        Agency.EducationalPsychology => "educational psychology",
        Agency.Other => "another agency",
        _ => agency.ToString(),
    };

    /// <summary>On its own, as a heading, a column or a choice: "Social care".</summary>
    public static string Title(this Agency agency) => agency == Agency.Other ? "Other agency" : Capitalised(agency.Describe());

    private static string Capitalised(string words) => char.ToUpperInvariant(words[0]) + words[1..];

    /// <summary>Partners: professionals of partner agencies and settings' contacts, who see only what is addressed to them.</summary>
    public static bool IsPartner(this Role role) => role is Role.AgencyProfessional or Role.SettingContact;
}
