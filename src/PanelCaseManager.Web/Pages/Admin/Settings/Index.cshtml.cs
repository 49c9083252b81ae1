using System.Globalization;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Features.Provision;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Domain.PlacementRequests;
using PanelCaseManager.Web.Ui;
using PanelCaseManager.Web.Ui.TagHelpers;

namespace PanelCaseManager.Web.Pages.Admin.Settings;

/// <summary>The settings catalogue: filtered by sector, kind, area or text, in name order, a page at a time.</summary>
[Authorize(Policy = Policies.Administer)]
public sealed class IndexModel(ISender sender) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Text { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Sector { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Kind { get; set; }

    /// <summary>"in" for settings in the authority's area, "out" for those outside it.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Area { get; set; }

    /// <summary>From the query string's "page" (Razor Pages keeps the route value "page" for itself).</summary>
    public int? PageNumber { get; private set; }

    public PagedResult<SettingView> Settings { get; private set; } = new([], 1, ListSettings.DefaultPageSize, 0);

    public IReadOnlyList<ListSectorProfiles.Summary> Sectors { get; private set; } = [];

    public IReadOnlyList<Choice> SectorChoices => [new(string.Empty, "Any sector"), .. Sectors.Select(s => new Choice(s.Code, s.Name))];

    public IReadOnlyList<Choice> KindChoices { get; } =
        [new(string.Empty, "Any kind"), .. Enum.GetValues<ProvisionKind>().Select(k => new Choice(k.ToString(), k.Label()))];

    public IReadOnlyList<Choice> AreaChoices { get; } = [new(string.Empty, "Anywhere"), new("in", "In the authority's area"), new("out", "Out of area")];

    public bool IsFiltered => !string.IsNullOrWhiteSpace(Text) || !string.IsNullOrEmpty(Sector) || !string.IsNullOrEmpty(Kind) || !string.IsNullOrEmpty(Area);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Sectors = await sender.Send(new ListSectorProfiles.Query(IncludeUnpublished: true), cancellationToken);
        var page = Request.Query["page"].ToString();
        if (page.Length > 0)
        {
            PageNumber = int.TryParse(page, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : 0;
        }

        bool? inArea = Area switch { "in" => true, "out" => false, _ => null };
        if (!string.IsNullOrEmpty(Area) && inArea is null)
        {
            ModelState.AddModelError("area", "Choose where the settings are from the list.");
            return;
        }

        try
        {
            Settings = await sender.Send(new ListSettings.Query(Empty(Sector), Empty(Kind), Empty(Text), inArea, PageNumber, null), cancellationToken);
        }
        catch (RequestValidationException validation)
        {
            ModelState.AddRequestErrors(validation, field => field is "page" or "pageSize" ? string.Empty : field);
        }
    }

    /// <summary>This list's address with some of its parameters changed; a changed filter starts at page 1.</summary>
    public string LinkWith(string? text = "", string? sector = "", string? kind = "", string? area = "", int? page = null)
    {
        var query = new Dictionary<string, string?>
        {
            ["text"] = text == string.Empty ? Text : text,
            ["sector"] = sector == string.Empty ? Sector : sector,
            ["kind"] = kind == string.Empty ? Kind : kind,
            ["area"] = area == string.Empty ? Area : area,
            ["page"] = page is > 1 ? page.Value.ToString(CultureInfo.InvariantCulture) : null,
        };
        return Url.To("/Admin/Settings/Index", query);
    }

    public string SectorName(string? code) => Sectors.FirstOrDefault(s => s.Code == code)?.Name ?? code ?? string.Empty;

    public string KindName(string? kind) => FormEnum.Parse<ProvisionKind>(kind, ignoreCase: true) is { } k ? k.Label() : kind ?? string.Empty;

    public string AreaName(string? area) => AreaChoices.FirstOrDefault(c => c.Value == area)?.Text ?? area ?? string.Empty;

    private static string? Empty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
