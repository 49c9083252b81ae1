using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using PanelCaseManager.Application.Persistence;

namespace PanelCaseManager.Migrations.SqlServer;

/// <summary>Lets 'dotnet ef' build the model for SqlServer without starting the app; no database is opened.</summary>
public sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<PanelDbContext>
{
    public PanelDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<PanelDbContext>();
        options.UseSqlServer("Server=(design-time);Database=PanelCaseManager;Trusted_Connection=True;TrustServerCertificate=True", o => o.MigrationsAssembly(typeof(DesignTimeDbContextFactory).Assembly.GetName().Name));
        return new PanelDbContext(options.Options);
    }
}
