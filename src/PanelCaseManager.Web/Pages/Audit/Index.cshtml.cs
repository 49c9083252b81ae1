using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Features.Audit;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Domain.Panels;
using PanelCaseManager.Web.Ui;
using PanelCaseManager.Web.Ui.TagHelpers;

namespace PanelCaseManager.Web.Pages.Audit;

/// <summary>An auditor finds panel decisions by case reference, panel date, outcome and the period they were recorded in.</summary>
[Authorize(Policy = Policies.Audit)]
public sealed class IndexModel(ISender sender) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? CaseReference { get; set; }

    [BindProperty(SupportsGet = true, Name = "panelDate")]
    public DateParts PanelDate { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? Outcome { get; set; }

    [BindProperty(SupportsGet = true, Name = "from")]
    public DateParts From { get; set; } = new();

    [BindProperty(SupportsGet = true, Name = "to")]
    public DateParts To { get; set; } = new();

    public PagedResult<FindDecisions.Row> Decisions { get; private set; } = new([], 1, FindDecisions.PageSize, 0);

    public IReadOnlyList<Choice> OutcomeChoices { get; } =
        [new(string.Empty, "Any outcome"), .. Enum.GetValues<DecisionOutcome>().Select(o => new Choice(o.ToString(), o.Describe()))];

    public bool Searched { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var panelDate = PanelDate.Date;
        var from = From.Date;
        var to = To.Date;
        DecisionOutcome? outcome = null;
        if (!string.IsNullOrEmpty(Outcome))
        {
            if (FormEnum.Parse<DecisionOutcome>(Outcome) is { } parsed)
            {
                outcome = parsed;
            }
            else
            {
                ModelState.AddModelError("outcome", "Choose an outcome from the list.");
            }
        }

        int? page = null;
        var pageText = Request.Query["page"].ToString();
        if (pageText.Length > 0)
        {
            page = int.TryParse(pageText, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number) ? number : 0;
        }

        // The query runs even when a date was not a real one, so that every mistake is shown at once.
        try
        {
            Decisions = await sender.Send(
                new FindDecisions.Query(string.IsNullOrWhiteSpace(CaseReference) ? null : CaseReference.Trim(), panelDate, outcome, from, to, page), cancellationToken);
            Searched = ModelState.IsValid;
        }
        catch (RequestValidationException validation)
        {
            ModelState.AddRequestErrors(validation, field => field == "page" ? string.Empty : field);
        }
    }

    public string LinkTo(int page)
    {
        var query = Request.Query.Where(q => q.Key != "page").Select(q => KeyValuePair.Create(q.Key, (string?)q.Value.ToString()))
            .Append(KeyValuePair.Create("page", (string?)page.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return Url.To("/Audit/Index", query);
    }
}
