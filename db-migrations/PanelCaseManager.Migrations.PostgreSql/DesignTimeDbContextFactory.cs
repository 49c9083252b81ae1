using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using PanelCaseManager.Application.Persistence;

namespace PanelCaseManager.Migrations.PostgreSql;

/// <summary>Lets 'dotnet ef' build the model for PostgreSQL without starting the app; no database is opened.</summary>
public sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<PanelDbContext>
{
    public PanelDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<PanelDbContext>();
        options.UseNpgsql("Host=design-time;Database=panelcasemanager", o => o.MigrationsAssembly(typeof(DesignTimeDbContextFactory).Assembly.GetName().Name));
        return new PanelDbContext(options.Options);
    }
}
