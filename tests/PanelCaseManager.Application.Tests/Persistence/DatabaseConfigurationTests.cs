using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PanelCaseManager.Infrastructure;
using PanelCaseManager.Infrastructure.Persistence;

namespace PanelCaseManager.Application.Tests.Persistence;

public class DatabaseConfigurationTests
{
    private static Action Starting(string? provider, string? connectionString) => () =>
        new ServiceCollection().AddInfrastructure(
            new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Database:Provider"] = provider,
                ["ConnectionStrings:PanelCaseManager"] = connectionString,
            }).Build(),
            Path.Combine(Path.GetTempPath(), "panelcasemanager-tests"));

    [Test]
    public void An_unknown_provider_is_refused_naming_the_ones_there_are()
    {
        Starting("Oracle", "Data Source=x").Should().Throw<InvalidOperationException>()
            .WithMessage("Database:Provider is 'Oracle', which this service does not support. Use one of Sqlite, SqlServer, PostgreSql.");
    }

    [TestCase("PostgreSql", "Data Source=App_Data/panelcasemanager.db")]
    [TestCase("PostgreSql", "Server=db.example;Initial Catalog=PanelCaseManager;Integrated Security=true")]
    [TestCase("SqlServer", "Host=db.example;Database=panelcasemanager;Username=app")]
    [TestCase("Sqlite", "Host=db.example;Database=panelcasemanager;Username=app")]
    public void A_connection_string_written_for_another_provider_is_refused_at_start(string provider, string connectionString)
    {
        Starting(provider, connectionString).Should().Throw<InvalidOperationException>()
            .WithMessage($"ConnectionStrings:PanelCaseManager *{provider}*Database:Provider is {provider}: set it to the provider the connection string is written for*");
    }

    [TestCase("PostgreSql")]
    [TestCase("SqlServer")]
    public void A_server_database_without_a_connection_string_is_refused_at_start(string provider)
    {
        Starting(provider, null).Should().Throw<InvalidOperationException>()
            .WithMessage($"Database:Provider is {provider} but ConnectionStrings:PanelCaseManager is not set.*");
    }

    [TestCase(null, "Data Source=App_Data/x.db")]
    [TestCase("postgresql", "Host=127.0.0.1;Port=5432;Database=panelcasemanager;Username=app")]
    [TestCase("SqlServer", "Server=db.example;Database=PanelCaseManager;Integrated Security=true;TrustServerCertificate=true")]
    public void A_connection_string_for_the_chosen_provider_is_accepted(string? provider, string connectionString)
    {
        Starting(provider, connectionString).Should().NotThrow();
    }
}
