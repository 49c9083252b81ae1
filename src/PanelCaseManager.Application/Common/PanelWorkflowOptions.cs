using PanelCaseManager.Domain.Evidence;
using PanelCaseManager.Domain.Panels;
using PanelCaseManager.Domain.Users;

namespace PanelCaseManager.Application.Common;

/// <summary>
/// How panels run ("Panels" in configuration). These are the defaults recorded as the first terms of reference
/// when none have been adopted; adopted terms of reference then govern each meeting.
/// </summary>
public sealed class PanelOptions
{
    public const string Section = "Panels";

    public static readonly IReadOnlyList<Agency> DefaultQuorumAgencies = [Agency.Education, Agency.Health, Agency.SocialCare, Agency.EducationalPsychology];

    /// <summary>Agencies that must each be represented; unset means education, health, social care and an educational psychologist.</summary>
    public Agency[]? QuorumAgencies { get; set; }

    public int QuorumMinimumMembers { get; set; } = 4;

    /// <summary>The evidence cut-off, in working days before the meeting (4 makes a Wednesday panel's cut-off the Thursday before).</summary>
    public int EvidenceCutOffWorkingDays { get; set; } = 4;

    /// <summary>The time of day, in London, at which the evidence cut-off falls.</summary>
    public TimeOnly EvidenceCutOffTime { get; set; } = new(17, 0);

    public string Purpose { get; set; } =
        "To decide, individually and on the evidence, where children and young people with EHC plans are placed, in line with SEND Code of Practice 9.79, "
        + "bringing together education, health and social care.";

    public string DecisionMaking { get; set; } =
        "Each agency gives its view; the panel tests each family preference against the grounds in s.39(4) of the Children and Families Act 2014, "
        + "suitability before the use of resources, then the mainstream presumption; the chair signs off each decision with its reasons.";

    public QuorumRule Quorum() => new(QuorumAgencies is { Length: > 0 } agencies ? agencies : DefaultQuorumAgencies, QuorumMinimumMembers);
}

/// <summary>Evidence and advice ("Evidence" in configuration).</summary>
public sealed class EvidenceOptions
{
    public const string Section = "Evidence";

    public static readonly IReadOnlyList<DocumentType> AllDocumentTypes = Enum.GetValues<DocumentType>();

    /// <summary>Weeks an agency has to give its advice (SEND Regulations 2014 reg 8(1): 6 weeks).</summary>
    public int AdviceResponseWeeks { get; set; } = 6;

    /// <summary>The largest file accepted as evidence, in bytes (20 MB unless configured).</summary>
    public long MaximumUploadBytes { get; set; } = 20 * 1024 * 1024;

    /// <summary>The kinds of file accepted; unset means PDF, DOCX, PNG and JPEG.</summary>
    public DocumentType[]? AllowedDocumentTypes { get; set; }

    public IReadOnlyList<DocumentType> AllowedTypes() => AllowedDocumentTypes is { Length: > 0 } types ? types : AllDocumentTypes;
}

/// <summary>Consulting the settings the LA intends to name ("Consultations" in configuration).</summary>
public sealed class ConsultationOptions
{
    public const string Section = "Consultations";

    /// <summary>Calendar days a consulted setting has to reply (CoP guidance: 15).</summary>
    public int ResponseDays { get; set; } = 15;
}
