using PanelCaseManager.Domain.PlacementRequests;

namespace PanelCaseManager.Domain.Provision;

/// <summary>
/// What kind of institution a setting is in law. It decides which duty governs a family's request for it: the six
/// kinds of CFA 2014 s.38(3) fall under s.39 (the LA must name the setting unless a ground in s.39(4) applies); an
/// independent setting not approved under s.41 falls under Education Act 1996 s.9 (regard to the family's wishes).
/// </summary>
public enum SettingStatus
{
    /// <summary>A maintained school, mainstream or special (CFA s.38(3)(a)).</summary>
    MaintainedSchool,

    /// <summary>A maintained nursery school (CFA s.38(3)(b)).</summary>
    MaintainedNursery,

    /// <summary>An academy or free school (CFA s.38(3)(c)).</summary>
    Academy,

    /// <summary>An institution within the further education sector: an FE or sixth-form college (CFA s.38(3)(d)).</summary>
    FurtherEducation,

    /// <summary>A non-maintained special school (CFA s.38(3)(e)).</summary>
    NonMaintainedSpecial,

    /// <summary>An independent special school or specialist post-16 institution approved under CFA s.41 (s.38(3)(f)).</summary>
    IndependentApprovedS41,

    /// <summary>Any other independent school or college: outside s.39, under Education Act 1996 s.9.</summary>
    OtherIndependent,
}

public static class SettingStatuses
{
    /// <summary>Whether the setting is one of the kinds of institution of CFA 2014 s.38(3), for which s.39 governs a request.</summary>
    public static bool IsSection38Institution(this SettingStatus status) => status != SettingStatus.OtherIndependent;

    /// <summary>The setting is independent of the LA: approved under s.41 or not.</summary>
    public static bool IsIndependent(this SettingStatus status) => status is SettingStatus.IndependentApprovedS41 or SettingStatus.OtherIndependent;

    /// <summary>The status in a family's words ("a maintained nursery school").</summary>
    public static string Describe(this SettingStatus status) => status switch
    {
        SettingStatus.MaintainedSchool => "a maintained school",
        SettingStatus.MaintainedNursery => "a maintained nursery school",
        SettingStatus.Academy => "an academy or free school",
        SettingStatus.FurtherEducation => "a further education or sixth-form college",
        SettingStatus.NonMaintainedSpecial => "a non-maintained special school",
        SettingStatus.IndependentApprovedS41 => "an independent school or college approved under section 41",
        SettingStatus.OtherIndependent => "an independent school or college that is not approved under section 41",
        _ => status.ToString(),
    };

    /// <summary>Where the law names the kind of institution, so that anyone can check it.</summary>
    public static string Source(this SettingStatus status) => status switch
    {
        SettingStatus.MaintainedSchool => "Children and Families Act 2014 s.38(3)(a)",
        SettingStatus.MaintainedNursery => "Children and Families Act 2014 s.38(3)(b)",
        SettingStatus.Academy => "Children and Families Act 2014 s.38(3)(c)",
        SettingStatus.FurtherEducation => "Children and Families Act 2014 s.38(3)(d)",
        SettingStatus.NonMaintainedSpecial => "Children and Families Act 2014 s.38(3)(e)",
        SettingStatus.IndependentApprovedS41 => "Children and Families Act 2014 s.38(3)(f), s.41",
        SettingStatus.OtherIndependent => "Education Act 1996 s.9",
        _ => string.Empty,
    };

    /// <summary>
    /// Why a status does not fit a setting's kind of provision or phase, or null when it fits: an independent or
    /// non-maintained place is recorded as such, and a maintained nursery school is a nursery.
    /// </summary>
    public static string? MismatchWith(this SettingStatus status, ProvisionKind kind, SettingPhase phase) => (status, kind) switch
    {
        (not (SettingStatus.IndependentApprovedS41 or SettingStatus.OtherIndependent), ProvisionKind.Independent) =>
            "An independent placement is either approved under section 41 or another independent setting.",
        (not SettingStatus.NonMaintainedSpecial, ProvisionKind.NonMaintainedSpecial) => "A non-maintained special school has the status 'non-maintained special school'.",
        (SettingStatus.NonMaintainedSpecial, not ProvisionKind.NonMaintainedSpecial) => "Only a non-maintained special school has the status 'non-maintained special school'.",
        (SettingStatus.MaintainedNursery, _) when phase != SettingPhase.Nursery => "A maintained nursery school is in the nursery phase.",
        _ => null,
    };
}
