namespace PanelCaseManager.Application.Features.Letters;

/// <summary>
/// Who sends decision letters and the services they point families to ("Letters" in configuration). The contacts
/// are checked when a letter is written, not at start-up, so that a missing one stops letters (naming the setting)
/// without stopping the rest of the service.
/// </summary>
public sealed class LetterOptions
{
    public const string Section = "Letters";

    public AuthorityOptions Authority { get; set; } = new();

    public ContactOptions Sendiass { get; set; } = new();

    public ContactOptions Mediation { get; set; } = new();

    public ContactOptions DisagreementResolution { get; set; } = new();

    /// <summary>How long the family has to contact the mediation adviser, as the letter words it (reg 32: 2 months).</summary>
    public string MediationContactPeriod { get; set; } = "2 months";

    public string TribunalWebsite { get; set; } = "https://www.gov.uk/courts-tribunals/first-tier-tribunal-special-educational-needs-and-disability";

    /// <summary>The language letters are written in, as a BCP 47 tag; screen readers use it to pronounce the text.</summary>
    public string Language { get; set; } = "en-GB";
}

public sealed class AuthorityOptions
{
    public string Name { get; set; } = string.Empty;

    public List<string> AddressLines { get; set; } = [];

    public string? Telephone { get; set; }

    public string? Email { get; set; }

    public string? Website { get; set; }

    /// <summary>A PNG or JPEG logo for the letterhead: an absolute path, or relative to the application's folder.</summary>
    public string? LogoPath { get; set; }
}

public sealed class ContactOptions
{
    public string? Name { get; set; }

    public string? Telephone { get; set; }

    public string? Email { get; set; }

    public string? Website { get; set; }
}
