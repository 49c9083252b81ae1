using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PanelCaseManager.Application.Features.Reviews;
using PanelCaseManager.Application.Security;

namespace PanelCaseManager.Web.Pages.Partner;

/// <summary>The annual reviews whose paperwork the SENCO's setting is asked for (docs/adr/0260): awaited first, soonest first.</summary>
[Authorize(Policy = Policies.Partner)]
public sealed class ReviewsModel(ISender sender) : PageModel
{
    public IReadOnlyList<SettingReview> Waiting { get; private set; } = [];

    public IReadOnlyList<SettingReview> Returned { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var reviews = await sender.Send(new ListSettingReviews.Query(), cancellationToken);
        Waiting = reviews.Where(r => r.CanReturn).ToList();
        Returned = reviews.Where(r => !r.CanReturn).ToList();
    }
}
