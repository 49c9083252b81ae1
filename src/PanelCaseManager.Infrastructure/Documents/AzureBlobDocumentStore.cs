using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Azure;
using Azure.Core;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Microsoft.Extensions.Options;
using PanelCaseManager.Application.Common;

namespace PanelCaseManager.Infrastructure.Documents;

/// <summary>
/// Keeps each document once, as a blob named by the SHA-256 of its content (ab/cd/abcd…) in one container that every
/// instance shares (docs/adr/0009). A blob is written in one request that succeeds only if no blob of that name
/// exists, so a reader never sees half a document, and two uploads of the same content at once leave one blob.
/// A storage service that cannot be reached is a <see cref="DependencyUnavailableException"/>: the command that
/// stores the bytes fails before its transaction commits, so no record ever points at bytes that were not stored.
/// </summary>
public sealed partial class AzureBlobDocumentStore : IDocumentStore, IDocumentStoreProbe, IDisposable
{
    public const string DependencyName = "document store";

    private readonly BlobContainerClient _container;
    private readonly SemaphoreSlim _creating = new(1, 1);
    private volatile bool _containerExists;

    public AzureBlobDocumentStore(IOptions<DocumentStoreOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var settings = options.Value.AzureBlob;
        var clientOptions = new BlobClientOptions();
        clientOptions.Retry.MaxRetries = settings.MaxRetries;
        clientOptions.Retry.Mode = RetryMode.Exponential;
        clientOptions.Retry.Delay = TimeSpan.FromMilliseconds(300);
        clientOptions.Retry.MaxDelay = TimeSpan.FromSeconds(2);
        clientOptions.Retry.NetworkTimeout = settings.NetworkTimeout;
        _container = new BlobContainerClient(settings.ConnectionString, settings.Container, clientOptions);
    }

    public async Task<string> StoreAsync(ReadOnlyMemory<byte> content, CancellationToken cancellationToken)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(content.Span));
        await Reach(async () =>
        {
            await EnsureContainerAsync(cancellationToken);
            var blob = _container.GetBlobClient(NameOf(hash));
            try
            {
                await blob.UploadAsync(
                    BinaryData.FromBytes(content),
                    new BlobUploadOptions { Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All } },
                    cancellationToken);
            }
            catch (RequestFailedException exception) when (exception.Status is 409 or 412)
            {
                // Stored before, by this instance or another: it is the same bytes, so that blob will do.
            }
        });
        return hash;
    }

    public async Task<Stream?> OpenAsync(string sha256, CancellationToken cancellationToken)
    {
        if (!Sha256Shape().IsMatch(sha256 ?? string.Empty))
        {
            return null;
        }

        return await Reach<Stream?>(async () =>
        {
            try
            {
                var download = await _container.GetBlobClient(NameOf(sha256!)).DownloadStreamingAsync(cancellationToken: cancellationToken);
                return download.Value.Content;
            }
            catch (RequestFailedException exception) when (exception.Status == 404)
            {
                return null;
            }
        });
    }

    public Task ProbeAsync(CancellationToken cancellationToken) => Reach(async () =>
    {
        await EnsureContainerAsync(cancellationToken);
        await _container.GetPropertiesAsync(cancellationToken: cancellationToken);
    });

    public void Dispose() => _creating.Dispose();

    private static string NameOf(string hash) => $"{hash[..2]}/{hash[2..4]}/{hash}";

    private async Task EnsureContainerAsync(CancellationToken cancellationToken)
    {
        if (_containerExists)
        {
            return;
        }

        await _creating.WaitAsync(cancellationToken);
        try
        {
            if (!_containerExists)
            {
                await _container.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
                _containerExists = true;
            }
        }
        finally
        {
            _creating.Release();
        }
    }

    private static async Task Reach(Func<Task> call) => await Reach<bool>(async () =>
    {
        await call();
        return true;
    });

    /// <summary>Failures of the service or the network, after the client's own tries, become "unavailable"; a refusal of the request itself does not.</summary>
    private static async Task<T> Reach<T>(Func<Task<T>> call)
    {
        try
        {
            return await call();
        }
        catch (RequestFailedException exception) when (exception.Status is 0 or 408 or 429 or >= 500)
        {
            throw new DependencyUnavailableException(DependencyName, exception);
        }
        catch (AggregateException exception) when (exception.InnerExceptions.All(e => e is RequestFailedException or HttpRequestException or IOException or TimeoutException or TaskCanceledException))
        {
            // The client's retry policy gave up, collecting each try's failure.
            throw new DependencyUnavailableException(DependencyName, exception);
        }
        catch (Exception exception) when (exception is HttpRequestException or IOException or TimeoutException)
        {
            throw new DependencyUnavailableException(DependencyName, exception);
        }
    }

    [GeneratedRegex("^[0-9a-f]{64}$")]
    private static partial Regex Sha256Shape();
}
