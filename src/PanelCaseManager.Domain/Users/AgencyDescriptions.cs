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
}
