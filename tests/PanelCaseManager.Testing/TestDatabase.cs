using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using PanelCaseManager.Application.Persistence;
using PanelCaseManager.Infrastructure.DemoData;
using PanelCaseManager.Infrastructure.Persistence;

namespace PanelCaseManager.Testing;

/// <summary>
/// A real SQLite database per test or fixture: a file copied from a template that was migrated (not
/// EnsureCreated) and given the personas once per test run, so every test starts from the same known state fast.
/// </summary>
public sealed class TestDatabase : IDisposable
{
    private static readonly Lazy<string> Template = new(CreateTemplate);

    private TestDatabase(string path) => FilePath = path;

    public string FilePath { get; }

    public string ConnectionString => $"Data Source={FilePath}";

    /// <summary>The embedded default's audit key for this database, outside it (docs/adr/0196).</summary>
    public string AuditKeyFile => FilePath + ".audit-keys.json";

    /// <summary>Where checkpoints of this database's audit trail are kept.</summary>
    public string AuditCheckpointFolder => FilePath + ".audit-checkpoints";

    public static TestDatabase Create()
    {
        var path = Path.Combine(Path.GetTempPath(), "panelcasemanager-tests", $"{Guid.NewGuid():N}.db");
        File.Copy(Template.Value, path);
        return new TestDatabase(path);
    }

    /// <summary>A database file that already exists, such as one a benchmark built; whoever made it removes it.</summary>
    public static TestDatabase Open(string path) => new(path);

    /// <summary>An empty file, for tests of migrating from nothing.</summary>
    public static TestDatabase CreateEmpty()
    {
        var path = Path.Combine(Path.GetTempPath(), "panelcasemanager-tests", $"{Guid.NewGuid():N}.db");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return new TestDatabase(path);
    }

    public PanelDbContext OpenContext() => new(new DbContextOptionsBuilder<PanelDbContext>()
        .UseSqlite(ConnectionString, o => o.MigrationsAssembly(DatabaseOptions.SqliteMigrationsAssembly))
        .Options);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { FilePath, FilePath + "-wal", FilePath + "-shm", AuditKeyFile })
        {
            File.Delete(file);
        }

        if (Directory.Exists(AuditCheckpointFolder))
        {
            Directory.Delete(AuditCheckpointFolder, recursive: true);
        }
    }

    private static string CreateTemplate()
    {
        var directory = Path.Combine(Path.GetTempPath(), "panelcasemanager-tests");
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, $"template-{Guid.NewGuid():N}.db");
        var template = new TestDatabase(path);
        using (var db = template.OpenContext())
        {
            db.Database.Migrate();
            db.Users.AddRange(Personas.All.Select(p => p.ToAccount()));
            db.SaveChanges();
        }

        // Pooled connections keep the file open; release them so the copy holds everything.
        SqliteConnection.ClearAllPools();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => File.Delete(path);
        return path;
    }
}
