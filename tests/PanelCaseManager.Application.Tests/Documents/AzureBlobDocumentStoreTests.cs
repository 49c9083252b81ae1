using System.Security.Cryptography;
using Azure.Storage.Blobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Features.Evidence;
using PanelCaseManager.Infrastructure;
using PanelCaseManager.Infrastructure.DemoData;
using PanelCaseManager.Infrastructure.Documents;
using PanelCaseManager.Testing;
using PanelCaseManager.Testing.Builders;

namespace PanelCaseManager.Application.Tests.Documents;

/// <summary>
/// The blob document store against Azurite, the storage emulator scripts/test.sh starts (its connection string in
/// PCM_TEST_AZURITE); each test has a container of its own.
/// </summary>
public class AzureBlobDocumentStoreTests
{
    private const string AzuriteVariable = "PCM_TEST_AZURITE";
    private string _container = null!;

    private static string Azurite => Environment.GetEnvironmentVariable(AzuriteVariable) is { Length: > 0 } connection
        ? connection
        : throw new InvalidOperationException($"{AzuriteVariable} is not set: run the tests through scripts/test.sh, which starts Azurite (or scripts/test-services/azurite.sh start DIR, then source DIR/azurite.env).");

    [SetUp]
    public void SetUp() => _container = $"documents-{Guid.NewGuid():N}";

    [TearDown]
    public async Task TearDown()
    {
        if (_container is not null && !string.IsNullOrEmpty(Environment.GetEnvironmentVariable(AzuriteVariable)))
        {
            await new BlobContainerClient(Azurite, _container).DeleteIfExistsAsync();
        }
    }

    private AzureBlobDocumentStore Store(string? connectionString = null) => new(Options.Create(new DocumentStoreOptions
    {
        Kind = DocumentStoreKind.AzureBlob,
        AzureBlob = new AzureBlobDocumentStoreOptions { ConnectionString = connectionString ?? Azurite, Container = _container, MaxRetries = 1, NetworkTimeout = TimeSpan.FromSeconds(5) },
    }));

    private Dictionary<string, string?> BlobSettings(string? connectionString = null) => new()
    {
        ["DocumentStore:Kind"] = "AzureBlob",
        ["DocumentStore:AzureBlob:ConnectionString"] = connectionString ?? Azurite,
        ["DocumentStore:AzureBlob:Container"] = _container,
        ["DocumentStore:AzureBlob:MaxRetries"] = "1",
    };

    /// <summary>A storage account on a port nobody listens on: the service cannot be reached.</summary>
    private static string Unreachable()
    {
        var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return Azurite.Replace(new Uri(Azurite.Split(';').Single(p => p.StartsWith("BlobEndpoint=", StringComparison.Ordinal))["BlobEndpoint=".Length..]).Authority, $"127.0.0.1:{port}", StringComparison.Ordinal);
    }

    [Test]
    public async Task A_document_is_kept_once_under_its_sha256_and_read_back_whole()
    {
        using var store = Store();
        var content = Files.PdfBytes("An educational psychologist's advice");

        var hash = await store.StoreAsync(content, CancellationToken.None);
        var again = await store.StoreAsync(content, CancellationToken.None);

        hash.Should().Be(Convert.ToHexStringLower(SHA256.HashData(content))).And.Be(again);
        await using (var stream = await store.OpenAsync(hash, CancellationToken.None))
        {
            using var copy = new MemoryStream();
            await stream!.CopyToAsync(copy);
            copy.ToArray().Should().Equal(content);
        }

        var blobs = new List<string>();
        await foreach (var blob in new BlobContainerClient(Azurite, _container).GetBlobsAsync())
        {
            blobs.Add(blob.Name);
        }

        blobs.Should().Equal($"{hash[..2]}/{hash[2..4]}/{hash}");
    }

    [Test]
    public async Task Two_instances_storing_the_same_document_at_once_leave_one_blob_that_both_can_read()
    {
        using var first = Store();
        using var second = Store();
        var content = Files.PdfBytes("The same report, uploaded twice");

        var hashes = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => (i % 2 == 0 ? first : second).StoreAsync(content, CancellationToken.None)));

        hashes.Distinct().Should().ContainSingle();
        await using var fromSecond = await second.OpenAsync(hashes[0], CancellationToken.None);
        fromSecond.Should().NotBeNull();
    }

    [TestCase("0000000000000000000000000000000000000000000000000000000000000000")]
    [TestCase("not-a-hash")]
    [TestCase("../../etc/passwd")]
    public async Task Nothing_is_opened_for_a_hash_that_was_never_stored_or_is_not_a_hash(string hash)
    {
        using var store = Store();

        (await store.OpenAsync(hash, CancellationToken.None)).Should().BeNull();
    }

    [Test]
    public async Task A_storage_service_that_cannot_be_reached_is_reported_as_unavailable()
    {
        using var store = Store(Unreachable());

        var storing = () => store.StoreAsync(Files.PdfBytes(), CancellationToken.None);
        var probing = () => store.ProbeAsync(CancellationToken.None);

        (await storing.Should().ThrowAsync<DependencyUnavailableException>()).Which.Dependency.Should().Be("document store");
        await probing.Should().ThrowAsync<DependencyUnavailableException>();
    }

    [Test]
    public async Task Evidence_uploaded_through_one_instance_downloads_through_another()
    {
        await using var first = new ApplicationHarness(BlobSettings());
        await using var second = new ApplicationHarness(first.Database, first.Clock, BlobSettings());
        var caseId = (await first.SendAs(Personas.SendOfficer, A.PlacementRequest())).Id;
        var content = Files.PdfBytes("Advice seen by every instance");

        var added = await first.SendAs(Personas.SendOfficer, Panel.Evidence(caseId, Files.Upload("advice.pdf", content)));
        var download = await second.SendAs(Personas.SendOfficer, new GetEvidenceContent.Query(caseId, added.Id));

        using var copy = new MemoryStream();
        await download.Stream.CopyToAsync(copy);
        copy.ToArray().Should().Equal(content);
        Directory.Exists(first.DocumentsFolder).Should().BeFalse("the blob store keeps nothing on the instance's disk");
    }

    [Test]
    public async Task Evidence_is_refused_without_a_trace_when_the_storage_service_cannot_be_reached()
    {
        await using var app = new ApplicationHarness(BlobSettings(Unreachable()));
        var caseId = (await app.SendAs(Personas.SendOfficer, A.PlacementRequest())).Id;

        var adding = () => app.SendAs(Personas.SendOfficer, Panel.Evidence(caseId, Files.Pdf()));

        await adding.Should().ThrowAsync<DependencyUnavailableException>();
        (await app.Read(db => db.EvidenceItems.CountAsync())).Should().Be(0, "nothing may refer to a document that was not stored");
    }

    [Test]
    public void The_store_is_chosen_by_configuration_and_an_unknown_kind_is_refused_at_start()
    {
        using (var blobs = new ServiceCollection().AddLogging().AddInfrastructure(Config(BlobSettings()), AppContext.BaseDirectory).BuildServiceProvider())
        {
            blobs.GetRequiredService<IDocumentStore>().Should().BeOfType<AzureBlobDocumentStore>();
        }

        using (var files = new ServiceCollection().AddLogging().AddInfrastructure(Config(new Dictionary<string, string?>()), AppContext.BaseDirectory).BuildServiceProvider())
        {
            files.GetRequiredService<IDocumentStore>().Should().BeOfType<FileSystemDocumentStore>();
        }

        var unknown = () => new ServiceCollection().AddInfrastructure(Config(new Dictionary<string, string?> { ["DocumentStore:Kind"] = "Dropbox" }), AppContext.BaseDirectory);
        unknown.Should().Throw<InvalidOperationException>().WithMessage("DocumentStore:Kind is 'Dropbox'*Use one of FileSystem, AzureBlob.");
    }

    private static IConfiguration Config(IDictionary<string, string?> settings) => new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
}
