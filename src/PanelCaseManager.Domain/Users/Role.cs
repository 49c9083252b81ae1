namespace PanelCaseManager.Domain.Users;

public enum Role
{
    SendOfficer,
    TeamManager,
    PanelMember,
    PanelChair,
    Family,
    Auditor,
    Administrator,
}

/// <summary>The professional background a panel member or adviser brings.</summary>
public enum Agency
{
    Education,
    Health,
    SocialCare,
    EducationalPsychology,
    Other,
}
