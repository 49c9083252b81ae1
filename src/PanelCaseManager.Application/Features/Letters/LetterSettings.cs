using Microsoft.Extensions.Options;
using PanelCaseManager.Domain.Letters;

namespace PanelCaseManager.Application.Features.Letters;

/// <summary>
/// The configured parts of every letter — the authority's letterhead and the services families are pointed to —
/// as the letter model holds them. A contact without a name or telephone is left out, and composing refuses.
/// </summary>
public sealed class LetterSettings(IOptions<LetterOptions> options)
{
    private readonly Lazy<byte[]?> _logo = new(() => LoadLogo(options.Value.Authority.LogoPath));

    public LetterOptions Options => options.Value;

    public AuthorityDetails Authority()
    {
        var authority = Options.Authority;
        return new AuthorityDetails(authority.Name, authority.AddressLines, Blank(authority.Telephone), Blank(authority.Email), Blank(authority.Website), _logo.Value);
    }

    public ServiceContact? Sendiass() => Contact(Options.Sendiass);

    public ServiceContact? Mediation() => Contact(Options.Mediation);

    public ServiceContact? DisagreementResolution() => Contact(Options.DisagreementResolution);

    /// <summary>The settings a letter needs that are not set, by their configuration keys.</summary>
    public static IReadOnlyList<string> MissingSettings(DecisionLetterModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var missing = new List<string>();
        if (string.IsNullOrWhiteSpace(model.Authority.Name))
        {
            missing.Add($"{LetterOptions.Section}:Authority:Name");
        }

        CheckContact(model.Sendiass, "Sendiass", missing);
        if (model.Outcome.Decides() || model.Outcome.IsNotice())
        {
            CheckContact(model.DisagreementResolution, "DisagreementResolution", missing);
        }

        if (model.Outcome.IsNotice())
        {
            CheckContact(model.Mediation, "Mediation", missing);
        }

        return missing;
    }

    private static void CheckContact(ServiceContact? contact, string section, List<string> missing)
    {
        if (string.IsNullOrWhiteSpace(contact?.Name))
        {
            missing.Add($"{LetterOptions.Section}:{section}:Name");
        }

        if (string.IsNullOrWhiteSpace(contact?.Telephone))
        {
            missing.Add($"{LetterOptions.Section}:{section}:Telephone");
        }
    }

    public static string LogoFullPath(string path) => Path.IsPathRooted(path) ? path : Path.Combine(AppContext.BaseDirectory, path);

    /// <summary>Checked at start-up: a configured logo must be there.</summary>
    public static bool LogoExists(LetterOptions options) =>
        string.IsNullOrWhiteSpace(options?.Authority.LogoPath) || File.Exists(LogoFullPath(options.Authority.LogoPath));

    private static ServiceContact? Contact(ContactOptions contact) =>
        string.IsNullOrWhiteSpace(contact.Name) || string.IsNullOrWhiteSpace(contact.Telephone)
            ? null
            : new ServiceContact(contact.Name.Trim(), contact.Telephone.Trim(), Blank(contact.Email), Blank(contact.Website));

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static byte[]? LoadLogo(string? path)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            return null;
        }

        // The path was checked at start-up (LogoExists).
        return File.ReadAllBytes(LogoFullPath(path));
    }
}
