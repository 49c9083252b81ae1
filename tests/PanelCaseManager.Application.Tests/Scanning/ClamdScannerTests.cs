using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Infrastructure.Scanning;
using PanelCaseManager.Testing;
using PanelCaseManager.Testing.Builders;

namespace PanelCaseManager.Application.Tests.Scanning;

/// <summary>The clamd client against a real clamd (scripts/test-services/clamav.sh), over TCP and its unix socket.</summary>
public class ClamdScannerTests
{
    private static ClamdScanner Scanner(string address, int timeoutSeconds = 60) =>
        new(Options.Create(new MalwareScanningOptions { Clamd = address, TimeoutSeconds = timeoutSeconds }), NullLogger<ClamdScanner>.Instance);

    private static IEnumerable<string> Addresses()
    {
        yield return ClamdForTests.TcpAddress();
        yield return ClamdForTests.SocketAddress();
    }

    [Test]
    public async Task A_clean_file_is_clean_and_the_eicar_file_is_found_by_its_signature()
    {
        foreach (var address in Addresses())
        {
            var scanner = Scanner(address);

            (await scanner.ScanAsync(Files.PdfBytes(), CancellationToken.None)).Should().Be(MalwareScan.Clean, address);
            (await scanner.ScanAsync(Files.EicarBytes(), CancellationToken.None)).Threat.Should().StartWith("PanelCaseManager.Test.EICAR", address);
        }
    }

    [Test]
    public async Task A_file_larger_than_one_chunk_is_sent_whole_and_malware_at_its_end_is_found()
    {
        var scanner = Scanner(ClamdForTests.TcpAddress());
        var padding = new byte[(3 * 64 * 1024) + 123];
        new Random(20261207).NextBytes(padding);
        byte[] infected = [.. padding, .. Files.EicarBytes()];

        (await scanner.ScanAsync(padding, CancellationToken.None)).IsInfected.Should().BeFalse();
        (await scanner.ScanAsync(infected, CancellationToken.None)).IsInfected.Should().BeTrue();
    }

    [Test]
    public async Task The_scanner_describes_its_version_for_the_health_report()
    {
        (await Scanner(ClamdForTests.TcpAddress()).DescribeAsync(CancellationToken.None)).Should().StartWith("Scanning uploads with ClamAV ");
    }

    [Test]
    public async Task A_scanner_that_does_not_answer_is_unavailable_never_clean()
    {
        var scanner = Scanner(ClamdForTests.UnreachableAddress(), timeoutSeconds: 5);

        await FluentActions.Awaiting(() => scanner.ScanAsync(Files.PdfBytes(), CancellationToken.None)).Should().ThrowAsync<DependencyUnavailableException>();
        await FluentActions.Awaiting(() => scanner.DescribeAsync(CancellationToken.None)).Should().ThrowAsync<DependencyUnavailableException>();
    }

    [TestCase("tcp://127.0.0.1:3310", true)]
    [TestCase("tcp://clamav.internal:3310", true)]
    [TestCase("unix:/run/clamav/clamd.ctl", true)]
    [TestCase("unix:///run/clamav/clamd.ctl", true)]
    [TestCase("http://127.0.0.1:3310", false)]
    [TestCase("127.0.0.1:3310", false)]
    [TestCase("tcp://127.0.0.1", false)]
    [TestCase("unix:", false)]
    public void Only_addresses_clamd_can_listen_on_are_accepted(string address, bool accepted)
    {
        (new MalwareScanningOptions { Clamd = address }.Endpoint() is not null).Should().Be(accepted);
    }
}
