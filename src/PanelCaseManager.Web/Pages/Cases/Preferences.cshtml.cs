using System.Globalization;
using System.Text.RegularExpressions;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Features.Evidence;
using PanelCaseManager.Application.Features.PlacementRequests;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Domain.PlacementRequests;
using PanelCaseManager.Web.Ui;

namespace PanelCaseManager.Web.Pages.Cases;

/// <summary>
/// An officer records the family's ranked preferences afresh when they change before the panel decides: the same
/// blocks as when the request was logged, filled with the preferences as they stand. The case's version makes a
/// second press change nothing and say so.
/// </summary>
[Authorize(Policy = Policies.ManageCases)]
public sealed partial class PreferencesModel(ISender sender, IOptions<PlacementRequestOptions> options) : PageModel
{
    private readonly List<int> _sentRows = [];

    public GetPlacementRequest.Details Case { get; private set; } = null!;

    public CaseTabs Tabs => new(Case, "needs-and-preferences");

    [BindProperty]
    public int? Version { get; set; }

    [BindProperty]
    public List<NewRequest.PreferencesModel.PreferenceForm> Preferences { get; set; } = [];

    public int Rows => options.Value.MaximumPreferences;

    public NewRequest.PreferencesModel.PreferenceForm Row(int index) => index < Preferences.Count ? Preferences[index] : new NewRequest.PreferencesModel.PreferenceForm();

    public async Task OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        Case = await sender.Send(new GetPlacementRequest.Query(id), cancellationToken);
        Version = Case.Version;
        Preferences = Case.Preferences.OrderBy(p => p.Rank).Select(p => new NewRequest.PreferencesModel.PreferenceForm
        {
            Kind = p.Kind.ToString(),
            SettingName = p.SettingName,
            SettingUrn = p.SettingUrn,
            ProvisionKind = p.ProvisionKind?.ToString(),
            Reasons = p.Reasons,
        }).ToList();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        Case = await sender.Send(new GetPlacementRequest.Query(id), cancellationToken);
        var preferences = new List<SubmitPlacementRequest.PreferenceInput>();
        for (var row = 0; row < Preferences.Count && row < Rows; row++)
        {
            var form = Preferences[row];
            if (form.IsEmpty)
            {
                continue;
            }

            _sentRows.Add(row);
            preferences.Add(new SubmitPlacementRequest.PreferenceInput(
                preferences.Count + 1,
                FormEnum.Parse<PreferenceKind>(form.Kind),
                Clean(form.SettingName),
                Clean(form.SettingUrn),
                FormEnum.Parse<ProvisionKind>(form.ProvisionKind),
                Clean(form.Reasons)));
        }

        var (succeeded, _) = await ModelState.TrySendAsync(
            () => sender.Send(new RecordPreferences.Command(id, Version, preferences), cancellationToken).AsTask(),
            FieldName);
        if (!succeeded)
        {
            return Page();
        }

        TempData.Success(preferences.Count == 0
            ? "The family's preferences are recorded: they have not asked for anything in particular."
            : $"The family's {preferences.Count} preference(s) are recorded afresh.");
        return RedirectToPage("/Cases/NeedsAndPreferences", new { id });
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    /// <summary>"preferences[1].reasons" is about the second block sent, which is not always the second on the page.</summary>
    private string FieldName(string field)
    {
        var match = SentRow().Match(field);
        if (!match.Success)
        {
            return field;
        }

        var sent = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        var row = sent < _sentRows.Count ? _sentRows[sent] : sent;
        return $"preferences[{row}]{match.Groups[2].Value}";
    }

    [GeneratedRegex(@"^preferences\[(\d+)\](.*)$")]
    private static partial Regex SentRow();
}
