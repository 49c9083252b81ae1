using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Features.PlacementRequests;
using PanelCaseManager.Application.Features.Timeliness;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Domain.Needs;
using PanelCaseManager.Domain.PlacementRequests;
using PanelCaseManager.Web.Ui;
using PanelCaseManager.Web.Ui.TagHelpers;

namespace PanelCaseManager.Web.Pages.Cases;

/// <summary>The caseload: filtered by stage, officer, need or text, sorted by a column, a page at a time.</summary>
[Authorize(Policy = Policies.ReadCases)]
public sealed class IndexModel(ISender sender, Sen2Catalogue sen2) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Stage { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Officer { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Need { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Text { get; set; }

    /// <summary>"overdue" or "due-soon": cases by their next statutory deadline.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Deadline { get; set; }

    /// <summary>From the query string's "page" (Razor Pages keeps the route value "page" for itself).</summary>
    public int? PageNumber { get; private set; }

    [BindProperty(SupportsGet = true)]
    public string? Sort { get; set; }

    public PagedResult<ListPlacementRequests.Summary> Cases { get; private set; } = new([], 1, ListPlacementRequests.DefaultPageSize, 0);

    public IReadOnlyList<ListCaseOfficers.CaseOfficer> Officers { get; private set; } = [];

    public IReadOnlyList<Choice> StageChoices { get; } =
        [new(string.Empty, "Any stage"), .. Enum.GetValues<Stage>().Select(s => new Choice(s.ToString(), s.Describe()))];

    public IReadOnlyList<Choice> NeedChoices =>
        [new(string.Empty, "Any need"), .. sen2.All.Select(n => new Choice(n.Code, $"{n.Code} – {n.Description}"))];

    public IReadOnlyList<Choice> OfficerChoices =>
        [new(string.Empty, "Any officer"), new(ListPlacementRequests.OfficerMe, "My cases"), .. Officers.Select(o => new Choice(o.Id, o.Name))];

    public IReadOnlyList<Choice> DeadlineChoices { get; } =
    [
        new(string.Empty, "Any, or none open"),
        new(CaseDeadlines.Overdue, "Overdue"),
        new(CaseDeadlines.DueSoon, "Due soon, none overdue"),
    ];

    public bool IsFiltered => !string.IsNullOrEmpty(Stage) || !string.IsNullOrEmpty(Officer) || !string.IsNullOrEmpty(Need) || !string.IsNullOrWhiteSpace(Text)
                              || !string.IsNullOrEmpty(Deadline);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Officers = await sender.Send(new ListCaseOfficers.Query(), cancellationToken);
        var page = Request.Query["page"].ToString();
        if (page.Length > 0)
        {
            PageNumber = int.TryParse(page, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number) ? number : 0;
        }

        try
        {
            Cases = await sender.Send(
                new ListPlacementRequests.Query(Empty(Stage), Empty(Officer), Empty(Need), Empty(Text), PageNumber, null, Empty(Sort)) { Deadline = Empty(Deadline) },
                cancellationToken);
        }
        catch (RequestValidationException validation)
        {
            ModelState.AddRequestErrors(validation, field => field is "page" or "pageSize" ? string.Empty : field);
        }
    }

    /// <summary>This list's address with some of its parameters changed; a changed filter or order starts at page 1.</summary>
    public string LinkWith(string? stage = "", string? officer = "", string? need = "", string? text = "", int? page = null, string? sort = "", string? deadline = "")
    {
        var query = new Dictionary<string, string?>
        {
            ["stage"] = stage == string.Empty ? Stage : stage,
            ["officer"] = officer == string.Empty ? Officer : officer,
            ["need"] = need == string.Empty ? Need : need,
            ["text"] = text == string.Empty ? Text : text,
            ["deadline"] = deadline == string.Empty ? Deadline : deadline,
            ["sort"] = sort == string.Empty ? Sort : sort,
            ["page"] = page is > 1 ? page.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) : null,
        };
        return Url.To("/Cases/Index", query);
    }

    public string OfficerName(string? id) =>
        id == ListPlacementRequests.OfficerMe ? "My cases" : Officers.FirstOrDefault(o => o.Id == id)?.Name ?? id ?? string.Empty;

    public string DeadlineName(string? deadline) => DeadlineChoices.FirstOrDefault(c => c.Value == deadline)?.Text ?? deadline ?? string.Empty;

    public string StageName(string? stage) =>
        FormEnum.Parse<Stage>(stage, ignoreCase: true) is { } s ? s.Describe() : stage ?? string.Empty;

    /// <summary>A sortable column's header: its order now, and the order a click on it asks for.</summary>
    public (string AriaSort, string Href) Column(string ascending, string? descending = null)
    {
        var current = Sort ?? "received-newest";
        var ariaSort = current == ascending ? "ascending" : current == descending ? "descending" : "none";
        var next = descending is not null && current == ascending ? descending : ascending;
        return (ariaSort, LinkWith(sort: next));
    }

    private static string? Empty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
