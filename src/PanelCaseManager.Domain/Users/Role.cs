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

    /// <summary>A professional of a partner agency (health, social care, educational psychology) asked for advice.</summary>
    AgencyProfessional,

    /// <summary>A setting's named contact or SENCO, consulted about admitting a child (CFA 2014 s.39).</summary>
    SettingContact,
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
