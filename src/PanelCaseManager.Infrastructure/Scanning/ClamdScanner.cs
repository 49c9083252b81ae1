using System.Buffers.Binary;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PanelCaseManager.Application.Common;

namespace PanelCaseManager.Infrastructure.Scanning;

/// <summary>"MalwareScanning" in configuration: where clamd listens, and how long to wait for it.</summary>
public sealed class MalwareScanningOptions
{
    public const string Section = "MalwareScanning";

    /// <summary>
    /// clamd's address: <c>tcp://host:3310</c>, or <c>unix:/run/clamav/clamd.ctl</c> (Debian's clamav-daemon socket).
    /// Empty: no scanner, uploads are stored unscanned and the health report says so.
    /// </summary>
    public string? Clamd { get; set; }

    /// <summary>How long one scan may take, connecting included, before the upload is refused as unscanned.</summary>
    public int TimeoutSeconds { get; set; } = 60;

    /// <summary>What a refused upload is told about when to try again, while the scanner does not answer.</summary>
    public int RetryAfterSeconds { get; set; } = 60;

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Clamd);

    /// <summary>The endpoint named by <see cref="Clamd"/>, or null when it is not an address clamd can listen on.</summary>
    public EndPoint? Endpoint()
    {
        var address = Clamd?.Trim() ?? string.Empty;
        if (address.StartsWith("unix:", StringComparison.OrdinalIgnoreCase))
        {
            var path = address["unix:".Length..].TrimStart('/');
            return path.Length == 0 ? null : new UnixDomainSocketEndPoint("/" + path);
        }

        return Uri.TryCreate(address, UriKind.Absolute, out var uri) && uri.Scheme == "tcp" && uri.Port > 0 && uri.AbsolutePath is "/" or ""
            ? new DnsEndPoint(uri.IdnHost, uri.Port)
            : null;
    }
}

/// <summary>
/// A client of clamd, the ClamAV daemon (docs/adr/0201), over TCP or its unix socket. A file is sent with INSTREAM
/// in chunks, each prefixed with its length as four bytes in network order, ended by an empty chunk; clamd answers
/// <c>stream: OK</c>, <c>stream: &lt;signature&gt; FOUND</c> or <c>… ERROR</c>. Commands use the z prefix, so that every
/// message and answer ends with a zero byte. Anything but a clean or an infected verdict is "unavailable": an
/// unscanned file is never stored.
/// </summary>
public sealed partial class ClamdScanner(IOptions<MalwareScanningOptions> options, ILogger<ClamdScanner> logger) : IMalwareScanner
{
    private const int ChunkBytes = 64 * 1024;
    private const int MaximumReplyBytes = 4096;
    private const string FoundSuffix = " FOUND";
    private const string StreamPrefix = "stream: ";

    private readonly MalwareScanningOptions _settings = options.Value;

    public bool IsConfigured => true;

    public async Task<MalwareScan> ScanAsync(ReadOnlyMemory<byte> content, CancellationToken cancellationToken)
    {
        var reply = await SendAsync("zINSTREAM\0"u8.ToArray(), content, cancellationToken);
        if (reply == StreamPrefix + "OK")
        {
            return MalwareScan.Clean;
        }

        if (reply.StartsWith(StreamPrefix, StringComparison.Ordinal) && reply.EndsWith(FoundSuffix, StringComparison.Ordinal))
        {
            var threat = reply[StreamPrefix.Length..^FoundSuffix.Length].Trim();
            LogFound(logger, threat);
            return new MalwareScan(true, threat.Length == 0 ? "unnamed malware" : threat);
        }

        // "INSTREAM size limit exceeded. ERROR" and the like: no verdict, so the file is not stored.
        LogNoVerdict(logger, reply);
        throw Unavailable(null);
    }

    public async Task<string> DescribeAsync(CancellationToken cancellationToken)
    {
        var version = await SendAsync("zVERSION\0"u8.ToArray(), null, cancellationToken);
        return $"Scanning uploads with {version}.";
    }

    private async Task<string> SendAsync(byte[] command, ReadOnlyMemory<byte>? content, CancellationToken cancellationToken)
    {
        var endpoint = _settings.Endpoint() ?? throw new InvalidOperationException("MalwareScanning:Clamd is not an address clamd listens on.");
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(_settings.TimeoutSeconds));
        using var socket = endpoint is UnixDomainSocketEndPoint
            ? new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified)
            : new Socket(SocketType.Stream, ProtocolType.Tcp);
        try
        {
            await socket.ConnectAsync(endpoint, timeout.Token);
            await using var stream = new NetworkStream(socket, ownsSocket: false);
            await stream.WriteAsync(command, timeout.Token);
            if (content is { } bytes)
            {
                try
                {
                    await WriteChunksAsync(stream, bytes, timeout.Token);
                }
                catch (IOException)
                {
                    // clamd stops reading and answers early when it refuses a stream ("INSTREAM size limit exceeded").
                    var early = await ReadReplyAsync(stream, timeout.Token);
                    if (early.Length == 0)
                    {
                        throw;
                    }

                    return early;
                }
            }

            return await ReadReplyAsync(stream, timeout.Token);
        }
        catch (Exception exception) when (exception is SocketException or IOException
                                          || (exception is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            LogUnreachable(logger, exception.GetType().Name, exception);
            throw Unavailable(exception);
        }
    }

    private static async Task WriteChunksAsync(Stream stream, ReadOnlyMemory<byte> content, CancellationToken cancellationToken)
    {
        var length = new byte[4];
        for (var offset = 0; offset < content.Length; offset += ChunkBytes)
        {
            var chunk = content.Slice(offset, Math.Min(ChunkBytes, content.Length - offset));
            BinaryPrimitives.WriteUInt32BigEndian(length, (uint)chunk.Length);
            await stream.WriteAsync(length, cancellationToken);
            await stream.WriteAsync(chunk, cancellationToken);
        }

        BinaryPrimitives.WriteUInt32BigEndian(length, 0);
        await stream.WriteAsync(length, cancellationToken);
        await stream.FlushAsync(cancellationToken);
    }

    /// <summary>clamd's answer: text up to its closing zero byte (or the end of the connection).</summary>
    private static async Task<string> ReadReplyAsync(Stream stream, CancellationToken cancellationToken)
    {
        var reply = new MemoryStream();
        var buffer = new byte[256];
        while (reply.Length < MaximumReplyBytes)
        {
            var read = await stream.ReadAsync(buffer, cancellationToken);
            if (read == 0)
            {
                break;
            }

            var end = Array.IndexOf(buffer, (byte)0, 0, read);
            reply.Write(buffer, 0, end >= 0 ? end : read);
            if (end >= 0)
            {
                break;
            }
        }

        return Encoding.UTF8.GetString(reply.ToArray()).Trim();
    }

    private DependencyUnavailableException Unavailable(Exception? cause) => new(
        IMalwareScanner.Dependency,
        "The file could not be checked for viruses just now, so it was not saved. Try again in a few minutes.",
        TimeSpan.FromSeconds(_settings.RetryAfterSeconds),
        cause);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The malware scanner found {Threat} in an upload; it was refused and not stored")]
    private static partial void LogFound(ILogger logger, string threat);

    [LoggerMessage(Level = LogLevel.Error, Message = "The malware scanner gave no verdict ({Reply}); the upload was refused. If it says the size limit was exceeded, raise clamd's StreamMaxLength above Evidence:MaximumUploadBytes")]
    private static partial void LogNoVerdict(ILogger logger, string reply);

    [LoggerMessage(Level = LogLevel.Error, Message = "The malware scanner could not be reached ({Failure}); uploads are refused until it answers")]
    private static partial void LogUnreachable(ILogger logger, string failure, Exception exception);
}
