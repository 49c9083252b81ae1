using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PanelCaseManager.Application.Persistence;

namespace PanelCaseManager.Web.Tests.Identity;

/// <summary>
/// Outside Development the service starts only with its audit key from configuration and its data-protection keys
/// encrypted with a certificate (docs/adr/0186, 0196); in Development it says what its embedded defaults do.
/// </summary>
public class ProductionTrustTests
{
    private static Dictionary<string, string?> TrustSettingsWithout(string prefix) =>
        TestCertificates.ProductionTrustSettings().Where(s => !s.Key.StartsWith(prefix, StringComparison.Ordinal)).ToDictionary();

    [Test]
    public void Outside_development_the_service_refuses_to_start_without_an_audit_key_from_configuration()
    {
        using var factory = new EntraWebApplicationFactory(TrustSettingsWithout("AuditTrail:"), withTrustSettings: false);

        var act = () => factory.CreateClient();

        act.Should().Throw<InvalidOperationException>().WithMessage("The audit trail has no key. Outside Development its key must come from configuration*set AuditTrail:CurrentKeyId and AuditTrail:Keys:<that id>*");
    }

    [Test]
    public void Outside_development_the_service_refuses_to_start_with_the_data_protection_keys_unencrypted()
    {
        using var factory = new EntraWebApplicationFactory(TrustSettingsWithout("DataProtection:"), withTrustSettings: false);

        var act = () => factory.CreateClient();

        act.Should().Throw<InvalidOperationException>().WithMessage("The data-protection keys would be kept unencrypted in the database*Outside Development the service needs DataProtection:Certificate*");
    }

    [Test]
    public void A_certificate_that_cannot_be_opened_stops_the_start_naming_the_setting()
    {
        using var factory = new EntraWebApplicationFactory(new Dictionary<string, string?> { ["DataProtection:Certificate:CertificatePassword"] = "not-the-password" });

        var act = () => factory.CreateClient();

        act.Should().Throw<InvalidOperationException>().WithMessage("DataProtection:Certificate could not be loaded (Path)*");
    }

    [Test]
    public async Task The_key_ring_is_encrypted_with_the_certificate_and_a_reader_of_the_database_without_it_cannot_use_it()
    {
        await using var first = new EntraWebApplicationFactory();
        var protectedText = first.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Protect("a session");
        await using (var scope = first.Services.CreateAsyncScope())
        {
            var stored = await scope.ServiceProvider.GetRequiredService<PanelDbContext>().DataProtectionKeys.Select(k => k.Xml!).ToListAsync();
            stored.Should().NotBeEmpty().And.OnlyContain(xml => xml.Contains("EncryptedData", StringComparison.Ordinal) && !xml.Contains("<masterKey", StringComparison.Ordinal));
        }

        var (otherPath, otherPassword) = TestCertificates.Create("CN=Someone else's certificate");
        await using var sameCertificate = new EntraWebApplicationFactory(new Dictionary<string, string?> { ["ConnectionStrings:PanelCaseManager"] = first.ConnectionString });
        await using var otherCertificate = new EntraWebApplicationFactory(new Dictionary<string, string?>
        {
            ["ConnectionStrings:PanelCaseManager"] = first.ConnectionString,
            ["DataProtection:Certificate:CertificateDiskPath"] = otherPath,
            ["DataProtection:Certificate:CertificatePassword"] = otherPassword,
        });

        sameCertificate.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Unprotect(protectedText).Should().Be("a session");
        var withoutIt = () => otherCertificate.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Unprotect(protectedText);
        withoutIt.Should().Throw<CryptographicException>();
    }

    [Test]
    public async Task After_the_certificate_is_replaced_keys_encrypted_with_the_previous_one_are_still_read()
    {
        await using var first = new EntraWebApplicationFactory();
        var protectedText = first.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Protect("a session");
        var previous = TestCertificates.ProductionTrustSettings();
        var (newPath, newPassword) = TestCertificates.Create("CN=PanelCaseManager data protection (renewed)");

        await using var renewed = new EntraWebApplicationFactory(new Dictionary<string, string?>
        {
            ["ConnectionStrings:PanelCaseManager"] = first.ConnectionString,
            ["DataProtection:Certificate:CertificateDiskPath"] = newPath,
            ["DataProtection:Certificate:CertificatePassword"] = newPassword,
            ["DataProtection:PreviousCertificates:0:SourceType"] = "Path",
            ["DataProtection:PreviousCertificates:0:CertificateDiskPath"] = previous["DataProtection:Certificate:CertificateDiskPath"],
            ["DataProtection:PreviousCertificates:0:CertificatePassword"] = previous["DataProtection:Certificate:CertificatePassword"],
        });

        renewed.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Unprotect(protectedText).Should().Be("a session");
    }

    [Test]
    public async Task A_certificate_is_found_in_the_machines_store_by_its_thumbprint()
    {
        var (path, password) = TestCertificates.Create("CN=PanelCaseManager data protection (store)");
        using var certificate = X509CertificateLoader.LoadPkcs12FromFile(path, password, X509KeyStorageFlags.PersistKeySet | X509KeyStorageFlags.Exportable);
        using var store = new X509Store(StoreName.My, StoreLocation.CurrentUser);
        store.Open(OpenFlags.ReadWrite);
        store.Add(certificate);
        try
        {
            await using var factory = new EntraWebApplicationFactory(new Dictionary<string, string?>
            {
                ["DataProtection:Certificate:SourceType"] = "StoreWithThumbprint",
                ["DataProtection:Certificate:CertificateDiskPath"] = null,
                ["DataProtection:Certificate:CertificatePassword"] = null,
                ["DataProtection:Certificate:CertificateStorePath"] = "CurrentUser/My",
                ["DataProtection:Certificate:CertificateThumbprint"] = certificate.Thumbprint,
            });

            var provider = factory.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test");
            provider.Unprotect(provider.Protect("a session")).Should().Be("a session");
            factory.Logs.Lines.Should().Contain(l => l.Contains($"Data-protection keys are kept in the database encrypted with the certificate CN=PanelCaseManager data protection (store) (thumbprint {certificate.Thumbprint}", StringComparison.Ordinal));
        }
        finally
        {
            store.Remove(certificate);
        }
    }

    [Test]
    public async Task In_production_the_start_up_says_the_audit_key_comes_from_configuration()
    {
        await using var factory = new EntraWebApplicationFactory();
        factory.CreateClient().Dispose();

        factory.Logs.Lines.Should().Contain(l => l.Contains("The audit trail is linked with the key 'tests-1' from configuration", StringComparison.Ordinal));
    }

    [Test]
    public async Task The_embedded_default_says_what_it_does_with_both_keys_and_checkpoints_the_trail_at_start()
    {
        await using var factory = new PanelWebApplicationFactory();
        factory.CreateClient().Dispose();

        factory.Logs.Lines.Should().Contain(l => l.StartsWith("Warning", StringComparison.Ordinal) && l.Contains("Data-protection keys (they sign sign-in cookies and form tokens) are kept unencrypted", StringComparison.Ordinal) && l.Contains("for Development only", StringComparison.Ordinal));
        factory.Logs.Lines.Should().Contain(l => l.StartsWith("Warning", StringComparison.Ordinal) && l.Contains($"embedded default's key", StringComparison.Ordinal) && l.Contains(factory.Database.AuditKeyFile, StringComparison.Ordinal));
        factory.Logs.Lines.Should().Contain(l => l.Contains("Audit trail checkpoint (start)", StringComparison.Ordinal));
        File.Exists(factory.Database.AuditKeyFile).Should().BeTrue();
        Directory.GetFiles(factory.Database.AuditCheckpointFolder, "audit-checkpoints-*.jsonl").Should().ContainSingle();
    }
}
