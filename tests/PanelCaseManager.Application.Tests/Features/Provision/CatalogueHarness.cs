using PanelCaseManager.Application.Features.Provision;
using PanelCaseManager.Infrastructure.DemoData;
using PanelCaseManager.Testing;
using PanelCaseManager.Testing.Builders;

namespace PanelCaseManager.Application.Tests.Features.Provision;

internal static class CatalogueHarness
{
    /// <summary>Creates the sector and publishes its first version, as an administrator would.</summary>
    public static async Task<SectorProfileChanged> PublishSector(this ApplicationHarness app, CreateSectorProfile.Command? command = null)
    {
        var created = await app.SendAs(Personas.Administrator, command ?? Catalogue.SectorProfile());
        return await app.SendAs(Personas.Administrator, new PublishSectorProfileVersion.Command(created.Id, 1, created.Version));
    }
}
