using NUnit.Framework;

namespace PanelCaseManager.Testing;

/// <summary>
/// The throwaway clamd that scripts/test.sh starts (scripts/test-services/clamav.sh) for the tests of malware
/// scanning. Without it a test that needs it fails in CI (where the environment variable CI is set, as .ci/run sets
/// it) and is skipped, saying how to run it, when a developer runs one test project on its own.
/// </summary>
public static class ClamdForTests
{
    public const string TcpVariable = "PANELCASEMANAGER_TEST_CLAMD";
    public const string SocketVariable = "PANELCASEMANAGER_TEST_CLAMD_SOCKET";

    /// <summary>clamd's TCP address, tcp://127.0.0.1:port.</summary>
    public static string TcpAddress() => Required(TcpVariable);

    /// <summary>clamd's unix socket, unix:/path/clamd.sock.</summary>
    public static string SocketAddress() => Required(SocketVariable);

    /// <summary>An address where nothing listens: a port of 127.0.0.1 that was free a moment ago.</summary>
    public static string UnreachableAddress()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return $"tcp://127.0.0.1:{port}";
    }

    public static bool InContinuousIntegration =>
        Environment.GetEnvironmentVariable("CI") is { Length: > 0 } ci && ci is not ("0" or "false" or "False");

    private static string Required(string variable)
    {
        if (Environment.GetEnvironmentVariable(variable) is { Length: > 0 } value)
        {
            return value;
        }

        var message = $"{variable} is not set: this test needs the throwaway clamd that 'bash scripts/test.sh' starts (see docs/developing.md).";
        if (InContinuousIntegration)
        {
            Assert.Fail(message);
        }

        Assert.Ignore(message);
        return string.Empty;
    }
}
