namespace PanelCaseManager.Web.Ui;

/// <summary>
/// The service as its users see it ("Service" in configuration): its names, the council that runs it, the phase
/// banner, and the content of the footer's pages — contact, privacy notice and accessibility statement — which each
/// council writes for itself. The defaults describe this service truthfully for a council that has not yet changed them.
/// </summary>
internal sealed class ServiceOptions
{
    public const string Section = "Service";

    public string Name { get; set; } = "Placement panel case manager";

    /// <summary>The name families see (GOV.UK names a service for what its user does, not for the staff's tool).</summary>
    public string FamilyName { get; set; } = "Your child's school place";

    /// <summary>The council that runs the service, named in the header and footer.</summary>
    public string Authority { get; set; } = "Example County Council";

    /// <summary>"Alpha" or "Beta" to show the phase banner; empty for a live service.</summary>
    public string? Phase { get; set; } = "Beta";

    /// <summary>Where users can tell the team what they think, linked from the phase banner when set.</summary>
    public string? FeedbackUrl { get; set; }

    /// <summary>How to reach the SEND team, for the contact page and the other footer pages.</summary>
    public ServiceContactOptions Contact { get; set; } = new();

    /// <summary>The privacy notice's parts that differ from council to council.</summary>
    public PrivacyOptions Privacy { get; set; } = new();

    /// <summary>The accessibility statement's parts that differ from council to council, and the dates it was prepared and reviewed.</summary>
    public AccessibilityOptions Accessibility { get; set; } = new();
}

/// <summary>The SEND team's contact details for the contact page; a blank value is left out of the page.</summary>
internal sealed class ServiceContactOptions
{
    public string? Telephone { get; set; }

    public string? Email { get; set; }

    /// <summary>When the telephone is answered, for example "Monday to Friday, 9am to 5pm (not bank holidays)".</summary>
    public string? OpeningHours { get; set; }

    public IList<string> AddressLines { get; set; } = [];

    /// <summary>Text relay or other ways to reach the team for people who cannot use the telephone.</summary>
    public string? OtherWays { get; set; }
}

/// <summary>What the privacy notice needs from the council: its data protection officer, how long records are kept.</summary>
internal sealed class PrivacyOptions
{
    public string? DataProtectionOfficerEmail { get; set; }

    public string? DataProtectionOfficerAddress { get; set; }

    /// <summary>The council's retention rule for SEND case records, in plain words.</summary>
    public string Retention { get; set; } = "We keep a child's SEND records until they are 31 years old. Then we delete them.";

    /// <summary>The council's own, fuller privacy notice, linked when set.</summary>
    public string? FullNoticeUrl { get; set; }
}

/// <summary>The dated parts of the accessibility statement, and how to report a problem.</summary>
internal sealed class AccessibilityOptions
{
    /// <summary>The day the statement was first prepared.</summary>
    public DateOnly PreparedOn { get; set; } = new(2026, 12, 7);

    /// <summary>The day it was last reviewed, and the service last tested.</summary>
    public DateOnly ReviewedOn { get; set; } = new(2026, 12, 7);

    /// <summary>Where to report an accessibility problem; the contact page's email when blank.</summary>
    public string? ReportEmail { get; set; }
}
