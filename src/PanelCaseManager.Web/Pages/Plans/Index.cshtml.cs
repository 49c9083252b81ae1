using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Features.Plans;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Web.Ui;

namespace PanelCaseManager.Web.Pages.Plans;

/// <summary>The plan register of the officer's team: each plan and its next annual review (CFA 2014 s.44(1)), soonest first.</summary>
[Authorize(Policy = Policies.ManageCases)]
public sealed class IndexModel(ISender sender) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true, Name = "search")]
    public string? Search { get; set; }

    // From the query string only: Razor Pages keeps the route value "page" (the page's own name) for itself.
    [BindProperty(SupportsGet = true)]
    [FromQuery(Name = "page")]
    public int? PageNumber { get; set; }

    public PagedResult<ListPlans.Item>? Plans { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var (succeeded, result) = await ModelState.TrySendAsync(() => sender.Send(new ListPlans.Query(Search, null, PageNumber ?? 1, PageSize), cancellationToken).AsTask());
        Plans = succeeded ? result : null;
    }

    public string LinkTo(int page) =>
        Url.To("/Plans/Index", [KeyValuePair.Create("page", (string?)page.ToString(System.Globalization.CultureInfo.InvariantCulture)), KeyValuePair.Create("search", Search)]);

    public static string When(ListPlans.Item item) => item.DaysToReview switch
    {
        < -1 => $"{-item.DaysToReview} days overdue",
        -1 => "1 day overdue",
        0 => "Due today",
        1 => "Due tomorrow",
        _ => $"Due in {item.DaysToReview} days",
    };
}
