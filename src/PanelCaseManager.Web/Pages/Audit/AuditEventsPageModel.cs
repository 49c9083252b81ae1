using System.Globalization;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PanelCaseManager.Application.Audit;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Features.Audit;
using PanelCaseManager.Domain.Users;
using PanelCaseManager.Web.Ui;
using PanelCaseManager.Web.Ui.TagHelpers;

namespace PanelCaseManager.Web.Pages.Audit;

/// <summary>
/// A page that lists a case's or a panel's audit events in words, with the auditor's filters: reads, actions or
/// sign-ins, one person, a period. A filter that is wrong (a date that does not exist) is shown beside its field and
/// the events are not listed until it is put right.
/// </summary>
public abstract class AuditEventsPageModel(ISender sender) : PageModel
{
    protected ISender Sender { get; } = sender;

    [BindProperty(SupportsGet = true)]
    public string? Kind { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Person { get; set; }

    [BindProperty(SupportsGet = true, Name = "from")]
    public DateParts From { get; set; } = new();

    [BindProperty(SupportsGet = true, Name = "to")]
    public DateParts To { get; set; } = new();

    public AuditEventsView Events { get; private set; } = null!;

    /// <summary>Loads the page of events asked for; false when the page number is not one (the page answers 404).</summary>
    protected async Task<bool> LoadEventsAsync(Guid? caseId, Guid? panelId, string path, CancellationToken cancellationToken)
    {
        var page = AuditPaging.PageOf(Request);
        if (page is null)
        {
            return false;
        }

        var actors = await Sender.Send(new ListAuditActors.Query(caseId, panelId), cancellationToken);
        var kind = string.IsNullOrWhiteSpace(Kind) ? null : Kind.Trim();
        if (kind is not null && !AuditActions.Kinds.Any(k => k.Kind == kind))
        {
            ModelState.AddModelError("kind", "Choose reads, actions or sign-ins.");
        }

        var person = string.IsNullOrWhiteSpace(Person) ? null : Person.Trim();
        if (person is not null && actors.All(a => a.UserId != person))
        {
            ModelState.AddModelError("person", "Choose a person from the list.");
        }

        var from = From.Date;
        var to = To.Date;
        var events = new PagedResult<ListAuditEvents.EventView>([], 1, ListAuditEvents.PageSize, 0);
        if (ModelState.IsValid)
        {
            try
            {
                events = await Sender.Send(new ListAuditEvents.Query(caseId, panelId, page, kind, person, from, to), cancellationToken);
            }
            catch (RequestValidationException validation)
            {
                ModelState.AddRequestErrors(validation, field => field is "page" or "caseId" ? string.Empty : field);
            }
        }

        Events = new AuditEventsView(events, path, Url.To("/Audit/Export"), caseId, panelId, actors, Query(), !ModelState.IsValid);
        return true;
    }

    private List<KeyValuePair<string, string>> Query() =>
        new[]
        {
            KeyValuePair.Create("kind", Kind?.Trim() ?? string.Empty),
            KeyValuePair.Create("person", Person?.Trim() ?? string.Empty),
            KeyValuePair.Create("from.day", From.Day ?? string.Empty),
            KeyValuePair.Create("from.month", From.Month ?? string.Empty),
            KeyValuePair.Create("from.year", From.Year ?? string.Empty),
            KeyValuePair.Create("to.day", To.Day ?? string.Empty),
            KeyValuePair.Create("to.month", To.Month ?? string.Empty),
            KeyValuePair.Create("to.year", To.Year ?? string.Empty),
        }.Where(p => p.Value.Length > 0).ToList();

}

/// <summary>A page of a case's or panel's audit events, the filters chosen, and links to its other pages and to the export (addresses from routing).</summary>
public sealed record AuditEventsView(
    PagedResult<ListAuditEvents.EventView> Events,
    string Path,
    string ExportPath,
    Guid? CaseId,
    Guid? PanelId,
    IReadOnlyList<ListAuditActors.Actor> Actors,
    IReadOnlyList<KeyValuePair<string, string>> Filters,
    bool FiltersWrong)
{
    public bool IsFiltered => Filters.Count > 0;

    public IReadOnlyList<Choice> KindChoices { get; } =
        [new(string.Empty, "Everything"), .. AuditActions.Kinds.Select(k => new Choice(k.Kind, k.Description))];

    public IReadOnlyList<Choice> PersonChoices =>
        [new(string.Empty, "Anyone"), .. Actors.Select(a => new Choice(a.UserId, Who(a.Name, a.Role)))];

    public string LinkTo(int page) =>
        $"{Path}?{string.Join('&', Filters.Select(f => $"{f.Key}={Uri.EscapeDataString(f.Value)}").Append(string.Create(CultureInfo.InvariantCulture, $"page={page}")))}";

    public string ExportLink(string format) =>
        $"{ExportPath}?handler=file&format={format}" + (CaseId is { } c ? $"&caseId={c}" : string.Empty) + (PanelId is { } p ? $"&panelId={p}" : string.Empty);

    /// <summary>"Amira Khan, SEND officer": the person by name and the role they acted in.</summary>
    public static string Who(string name, string? role) =>
        role is null ? name
        : FormEnum.Parse<Role>(role) is { } known ? $"{name}, {known.Describe()}"
        : $"{name}, {role}";
}
