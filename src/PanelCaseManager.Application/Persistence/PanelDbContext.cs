using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using PanelCaseManager.Domain.Children;
using PanelCaseManager.Domain.Common;
using PanelCaseManager.Domain.PlacementRequests;
using PanelCaseManager.Domain.Users;

namespace PanelCaseManager.Application.Persistence;

/// <summary>
/// The one database context. Each area adds its sets in a partial file and its mappings as
/// <see cref="IEntityTypeConfiguration{TEntity}"/> classes in Persistence/Configurations.
/// </summary>
public partial class PanelDbContext(DbContextOptions<PanelDbContext> options) : DbContext(options)
{
    public DbSet<Child> Children => Set<Child>();
    public DbSet<PlacementRequest> PlacementRequests => Set<PlacementRequest>();
    public DbSet<UserAccount> Users => Set<UserAccount>();
    public DbSet<CaseEvent> CaseEvents => Set<CaseEvent>();
    public DbSet<IdempotencyRecord> IdempotencyRecords => Set<IdempotencyRecord>();
    public DbSet<ReferenceCounter> ReferenceCounters => Set<ReferenceCounter>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(PanelDbContext).Assembly);

        foreach (var entityType in modelBuilder.Model.GetEntityTypes().Where(t => typeof(AggregateRoot).IsAssignableFrom(t.ClrType)))
        {
            modelBuilder.Entity(entityType.ClrType).Property(nameof(AggregateRoot.Version)).IsConcurrencyToken();
            modelBuilder.Entity(entityType.ClrType).Ignore(nameof(AggregateRoot.DomainEvents));
        }

        if (Database.ProviderName == "Microsoft.EntityFrameworkCore.Sqlite")
        {
            // SQLite has no date-time-offset type: store UTC ticks so that ordering and comparison run in SQL.
            foreach (var property in modelBuilder.Model.GetEntityTypes().SelectMany(t => t.GetProperties())
                         .Where(p => p.ClrType == typeof(DateTimeOffset) || p.ClrType == typeof(DateTimeOffset?)))
            {
                property.SetValueConverter(SqliteInstant.Converter);
            }
        }

        if (Database.ProviderName == "Npgsql.EntityFrameworkCore.PostgreSQL")
        {
            // PostgreSQL's timestamptz keeps the instant, not the offset, and Npgsql writes only UTC values: London
            // times (a cut-off at 17:00 in summer) are written as the same instant in UTC and read back in UTC.
            foreach (var property in modelBuilder.Model.GetEntityTypes().SelectMany(t => t.GetProperties())
                         .Where(p => p.ClrType == typeof(DateTimeOffset) || p.ClrType == typeof(DateTimeOffset?)))
            {
                property.SetValueConverter(new ValueConverter<DateTimeOffset, DateTimeOffset>(v => v.ToUniversalTime(), v => v));
            }
        }
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(40);
        configurationBuilder.Properties<ChildId>().HaveConversion<ChildIdConverter>();
        configurationBuilder.Properties<PlacementRequestId>().HaveConversion<PlacementRequestIdConverter>();
        configurationBuilder.Properties<UserId>().HaveConversion<UserIdConverter>().HaveMaxLength(UserIdMaxLength);
        configurationBuilder.Properties<Domain.Provision.SettingId>().HaveConversion<SettingIdConverter>();
        configurationBuilder.Properties<CaseReference>().HaveConversion<CaseReferenceConverter>().HaveMaxLength(20);
    }

    public const int UserIdMaxLength = 128;

    private sealed class ChildIdConverter() : ValueConverter<ChildId, Guid>(v => v.Value, v => new ChildId(v));

    private sealed class PlacementRequestIdConverter() : ValueConverter<PlacementRequestId, Guid>(v => v.Value, v => new PlacementRequestId(v));

    private sealed class UserIdConverter() : ValueConverter<UserId, string>(v => v.Value, v => new UserId(v));

    private sealed class SettingIdConverter() : ValueConverter<Domain.Provision.SettingId, Guid>(v => v.Value, v => new Domain.Provision.SettingId(v));

    private sealed class CaseReferenceConverter() : ValueConverter<CaseReference, string>(v => v.Value, v => CaseReference.Parse(v));
}
