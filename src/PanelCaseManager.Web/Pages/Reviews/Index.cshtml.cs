using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Features.Reviews;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Domain.Plans;
using PanelCaseManager.Web.Ui;

namespace PanelCaseManager.Web.Pages.Reviews;

/// <summary>The officer's annual reviews: due, overdue, held awaiting paperwork, paperwork late, decision due or late, amended plan due or late; filterable by standing.</summary>
[Authorize(Policy = Policies.ManageCases)]
public sealed class IndexModel(ISender sender) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true, Name = "standing")]
    public string? Standing { get; set; }

    // From the query string only: Razor Pages keeps the route value "page" (the page's own name) for itself.
    [BindProperty(SupportsGet = true)]
    [FromQuery(Name = "page")]
    public int? PageNumber { get; set; }

    public PagedResult<ListReviews.Item>? Reviews { get; private set; }

    public bool IsFiltered => ChosenStanding is not null;

    public ReviewStanding? ChosenStanding =>
        FormEnum.Parse<ReviewStanding>(Standing);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (!string.IsNullOrEmpty(Standing) && ChosenStanding is null)
        {
            ModelState.AddModelError("standing", "Choose a standing from the list.");
            return;
        }

        var (succeeded, result) = await ModelState.TrySendAsync(() => sender.Send(new ListReviews.Query(ChosenStanding, null, PageNumber ?? 1, PageSize), cancellationToken).AsTask());
        Reviews = succeeded ? result : null;
    }

    public string LinkTo(int page) => $"/reviews?page={page}{(ChosenStanding is { } s ? "&standing=" + s : string.Empty)}";
}
