using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace PanelCaseManager.Web.Tests.Identity;

/// <summary>Self-signed certificates made in the test, as a council's would come from its key vault or machine store.</summary>
internal static class TestCertificates
{
    private static readonly Lazy<(string Path, string Password)> Shared = new(() => Create("CN=PanelCaseManager data protection (tests)"));

    /// <summary>An audit key from configuration and the shared data-protection certificate, as production requires.</summary>
    public static Dictionary<string, string?> ProductionTrustSettings()
    {
        var (path, password) = Shared.Value;
        return new Dictionary<string, string?>
        {
            ["AuditTrail:CurrentKeyId"] = "tests-1",
            ["AuditTrail:Keys:tests-1"] = Convert.ToBase64String(Enumerable.Range(7, 32).Select(i => (byte)i).ToArray()),
            ["DataProtection:Certificate:SourceType"] = "Path",
            ["DataProtection:Certificate:CertificateDiskPath"] = path,
            ["DataProtection:Certificate:CertificatePassword"] = password,
        };
    }

    /// <summary>A new RSA certificate with its private key in a password-protected PKCS#12 file, removed when the test run ends.</summary>
    public static (string Path, string Password) Create(string subject)
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest(subject, rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyEncipherment | X509KeyUsageFlags.DataEncipherment, critical: true));
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        var password = Convert.ToHexString(RandomNumberGenerator.GetBytes(12));
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "panelcasemanager-tests", $"data-protection-{Guid.NewGuid():N}.pfx");
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, certificate.Export(X509ContentType.Pkcs12, password));
        AppDomain.CurrentDomain.ProcessExit += (_, _) => File.Delete(path);
        return (path, password);
    }
}
