using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Identity.Abstractions;
using Microsoft.Identity.Web;
using PanelCaseManager.Application.Persistence;

namespace PanelCaseManager.Web.Identity;

/// <summary>
/// The data-protection keys that sign session and antiforgery cookies and the sign-in's state, kept in the database
/// (docs/adr/0181): every instance behind the load balancer reads the same key ring, and a restart signs nobody out.
/// Outside Development they are encrypted at rest with a certificate (docs/adr/0186) — from a file, the machine's
/// store or Azure Key Vault — so that reading the database is not enough to forge a sign-in; the service refuses to
/// start without one.
/// </summary>
internal static class SharedKeyRing
{
    /// <summary>Instances share keys only when they share this name as well as the database.</summary>
    public const string ApplicationName = "PanelCaseManager";

    public const string Section = "DataProtection";

    public static void Add(IServiceCollection services, IConfiguration configuration, IWebHostEnvironment environment)
    {
        var builder = services.AddDataProtection()
            .SetApplicationName(ApplicationName)
            .PersistKeysToDbContext<PanelDbContext>();

        var current = Load(configuration.GetSection($"{Section}:Certificate"), $"{Section}:Certificate");
        if (current is null)
        {
            if (!environment.IsDevelopment())
            {
                throw new InvalidOperationException(
                    $"The data-protection keys would be kept unencrypted in the database, where whoever can read it could forge anyone's sign-in. Outside Development the service needs {Section}:Certificate " +
                    "(SourceType Path with CertificateDiskPath and CertificatePassword; StoreWithThumbprint with CertificateStorePath and CertificateThumbprint; or KeyVault with KeyVaultUrl and KeyVaultCertificateName). See docs/adr/0186.");
            }

            services.AddSingleton(new KeyRingProtection(null, "unencrypted in the database's DataProtectionKeys table (the embedded default, for Development only)"));
            return;
        }

        var previous = configuration.GetSection($"{Section}:PreviousCertificates").GetChildren()
            .Select((section, i) => Load(section, $"{Section}:PreviousCertificates:{i}"))
            .OfType<X509Certificate2>()
            .ToList();

        // Keys are written encrypted to the current certificate; keys written under earlier certificates stay readable while those are listed.
        builder.ProtectKeysWithCertificate(current);
        builder.UnprotectKeysWithAnyCertificate([current, .. previous]);
        services.AddSingleton(new KeyRingProtection(current.Thumbprint, $"encrypted with the certificate {current.Subject} (thumbprint {current.Thumbprint}, expires {current.NotAfter:yyyy-MM-dd})"));
    }

    /// <summary>The certificate a section describes (Microsoft.Identity.Web's credential description), or null when the section is absent.</summary>
    private static X509Certificate2? Load(IConfigurationSection section, string name)
    {
        if (!section.Exists())
        {
            return null;
        }

        var description = new CertificateDescription(section.Get<CredentialDescription>() ?? new CredentialDescription());
        if (description.SourceType is not (CertificateSource.Path or CertificateSource.StoreWithThumbprint or CertificateSource.StoreWithDistinguishedName or CertificateSource.KeyVault or CertificateSource.Base64Encoded))
        {
            throw new InvalidOperationException($"{name}:SourceType must be Path, StoreWithThumbprint, StoreWithDistinguishedName, KeyVault or Base64Encoded.");
        }

        X509Certificate2? certificate;
        try
        {
            new DefaultCertificateLoader().LoadIfNeeded(description);
            certificate = description.Certificate;
        }
        catch (Exception exception) when (exception is CryptographicException or IOException or UnauthorizedAccessException or ArgumentException or InvalidOperationException)
        {
            throw new InvalidOperationException($"{name} could not be loaded ({description.SourceType}): {exception.Message}", exception);
        }

        if (certificate is null)
        {
            throw new InvalidOperationException($"{name} names no certificate that could be found ({description.SourceType}).");
        }

        if (!certificate.HasPrivateKey || certificate.GetRSAPrivateKey() is null)
        {
            throw new InvalidOperationException($"{name} ({certificate.Subject}) must be an RSA certificate with its private key: the service decrypts its keys with it.");
        }

        return certificate;
    }
}

/// <summary>How the data-protection keys are kept at rest, for the start-up report.</summary>
/// <param name="Thumbprint">The certificate that encrypts them; null when they are not encrypted.</param>
internal sealed record KeyRingProtection(string? Thumbprint, string Description);
