using PanelCaseManager.Domain.Panels;
using PanelCaseManager.Domain.Provision;

namespace PanelCaseManager.Web.Ui;

/// <summary>A setting's status in law as a label or option on a page, with the duty it decides as its hint.</summary>
internal static class SettingStatusLabels
{
    public static string Label(SettingStatus status) => status switch
    {
        SettingStatus.MaintainedSchool => "Maintained school (mainstream or special)",
        SettingStatus.MaintainedNursery => "Maintained nursery school",
        SettingStatus.Academy => "Academy or free school",
        SettingStatus.FurtherEducation => "Further education or sixth-form college",
        SettingStatus.NonMaintainedSpecial => "Non-maintained special school",
        SettingStatus.IndependentApprovedS41 => "Independent school or college approved under section 41",
        SettingStatus.OtherIndependent => "Other independent school or college",
        _ => status.ToString(),
    };

    public static string Hint(SettingStatus status) => status.DutyFor() == NamingDuty.Section39
        ? $"Section 39 applies: the setting is named unless a ground applies ({status.Source()})."
        : "Section 9 of the Education Act 1996 applies: regard to the family's wishes, so far as compatible with efficient instruction and no unreasonable public expenditure.";

    /// <summary>The duty in a heading's words.</summary>
    public static string Duty(NamingDuty duty) => duty == NamingDuty.Section39
        ? "Section 39: the setting must be named unless one of the three grounds applies"
        : "Section 9: regard to the family's wishes, so far as compatible with efficient instruction and no unreasonable public expenditure";
}
