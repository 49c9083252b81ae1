using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PanelCaseManager.Application.Features.Plans;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Domain.Plans;

namespace PanelCaseManager.Web.Pages.Family;

/// <summary>
/// A family's children who move to their next school or college in September (SEND Regulations 2014 reg 18;
/// docs/adr/0266): the move, the date by which the plan must name the new setting, and where to tell us the schools
/// they would like, through the request's own "ask for a place". Only the family's own children.
/// </summary>
[Authorize(Policy = Policies.Family)]
public sealed class YourTransfersModel(ISender sender) : PageModel
{
    public ListFamilyTransfers.Transfers Transfers { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Transfers = await sender.Send(new ListFamilyTransfers.Query(), cancellationToken);

    /// <summary>The move in plain words: "to secondary school".</summary>
    public static string Move(TransferPhase phase) => phase switch
    {
        TransferPhase.IntoSchool => "starts school in Reception",
        TransferPhase.WithinPrimary => "moves up to junior school",
        TransferPhase.IntoSecondary => "moves up to secondary school",
        TransferPhase.IntoPost16 => "leaves school for a college or sixth form",
        _ => "moves to a new school",
    };
}
