using Microsoft.Extensions.Options;
using PanelCaseManager.Application.Features.Letters;
using PanelCaseManager.Web.Ui;

namespace PanelCaseManager.Web.Pages.About;

/// <summary>
/// What the footer's pages say about the service and how to reach the council: the "Service" section, with the
/// council's letter contacts ("Letters:Authority") where the service's own contact is not set, so the pages give the
/// same telephone and email as the letters.
/// </summary>
public sealed class ServiceInformation
{
    internal ServiceInformation(ServiceOptions service, LetterOptions letters)
    {
        Name = service.Name;
        FamilyName = service.FamilyName;
        Authority = service.Authority;
        Telephone = Blank(service.Contact.Telephone) ?? Blank(letters.Authority.Telephone);
        Email = Blank(service.Contact.Email) ?? Blank(letters.Authority.Email);
        Website = Blank(letters.Authority.Website);
        OpeningHours = Blank(service.Contact.OpeningHours);
        OtherWays = Blank(service.Contact.OtherWays);
        AddressLines = service.Contact.AddressLines.Count > 0
            ? service.Contact.AddressLines.Where(l => !string.IsNullOrWhiteSpace(l)).ToList()
            : letters.Authority.AddressLines.Where(l => !string.IsNullOrWhiteSpace(l)).ToList();
        DataProtectionOfficerEmail = Blank(service.Privacy.DataProtectionOfficerEmail);
        DataProtectionOfficerAddress = Blank(service.Privacy.DataProtectionOfficerAddress);
        Retention = service.Privacy.Retention;
        FullPrivacyNoticeUrl = Blank(service.Privacy.FullNoticeUrl);
        AccessibilityPreparedOn = service.Accessibility.PreparedOn;
        AccessibilityReviewedOn = service.Accessibility.ReviewedOn;
        AccessibilityReportEmail = Blank(service.Accessibility.ReportEmail) ?? Email;
    }

    public string Name { get; }
    public string FamilyName { get; }
    public string Authority { get; }
    public string? Telephone { get; }
    public string? Email { get; }
    public string? Website { get; }
    public string? OpeningHours { get; }
    public string? OtherWays { get; }
    public IReadOnlyList<string> AddressLines { get; }
    public string? DataProtectionOfficerEmail { get; }
    public string? DataProtectionOfficerAddress { get; }
    public string Retention { get; }
    public string? FullPrivacyNoticeUrl { get; }
    public DateOnly AccessibilityPreparedOn { get; }
    public DateOnly AccessibilityReviewedOn { get; }
    public string? AccessibilityReportEmail { get; }

    /// <summary>Whether the page can give any way at all to reach the council.</summary>
    public bool HasContact => Telephone is not null || Email is not null || AddressLines.Count > 0;

    internal static ServiceInformation From(IOptions<ServiceOptions> service, IOptions<LetterOptions> letters) => new(service.Value, letters.Value);

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
