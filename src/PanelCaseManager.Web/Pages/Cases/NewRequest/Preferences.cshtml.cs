using System.Globalization;
using System.Text.RegularExpressions;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Features.PlacementRequests;
using PanelCaseManager.Application.Features.PlacementRequests.Drafts;
using PanelCaseManager.Application.Features.Provision;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Domain.PlacementRequests;
using PanelCaseManager.Web.Ui;
using PanelCaseManager.Web.Ui.TagHelpers;

namespace PanelCaseManager.Web.Pages.Cases.NewRequest;

/// <summary>
/// The family's preferences, one block for each they give, with "Add another" up to the configured number. A school
/// or setting is chosen from the provision catalogue (a plain list, turned into an autocomplete when scripts run), or
/// typed with its URN only when it is not in the catalogue; a type of provision is chosen from the list. Only the
/// question that fits the answer is shown, revealed by the stylesheet alone. A block left empty is skipped and the
/// others are ranked in the order they appear. Everything works without JavaScript.
/// </summary>
[Authorize(Policy = Policies.ManageCases)]
public sealed partial class PreferencesModel(ISender sender, IOptions<PlacementRequestOptions> options) : RequestStepModel(sender)
{
    /// <summary>A school or setting chosen from the catalogue.</summary>
    public const string CatalogueSetting = "CatalogueSetting";

    /// <summary>The row each preference sent came from, and whether it was chosen from the catalogue.</summary>
    private readonly List<(int Row, bool FromCatalogue, bool Reported)> _sent = [];

    private bool _showingSaved;

    public sealed class PreferenceForm
    {
        /// <summary>CatalogueSetting, NamedSetting (not in the catalogue) or TypeOfProvision.</summary>
        public string? Kind { get; set; }
        public string? CatalogueUrn { get; set; }
        public string? SettingName { get; set; }
        public string? SettingUrn { get; set; }
        public string? ProvisionKind { get; set; }
        public string? Reasons { get; set; }

        public bool IsEmpty => string.IsNullOrWhiteSpace(Kind) && string.IsNullOrWhiteSpace(CatalogueUrn) && string.IsNullOrWhiteSpace(SettingName)
                               && string.IsNullOrWhiteSpace(SettingUrn) && string.IsNullOrWhiteSpace(ProvisionKind) && string.IsNullOrWhiteSpace(Reasons);
    }

    [BindProperty]
    public List<PreferenceForm> Preferences { get; set; } = [];

    public override RequestDraftStep ThisStep => RequestDraftStep.Preferences;

    public int MaximumPreferences => options.Value.MaximumPreferences;

    /// <summary>The blocks shown: one for each preference given, at least one, at most the configured number.</summary>
    public int Rows => Math.Clamp(Preferences.Count, 1, MaximumPreferences);

    public bool CanAddAnother => Rows < MaximumPreferences;

    public IReadOnlyList<SettingView> Catalogue { get; private set; } = [];

    public IReadOnlyList<Choice> KindChoices { get; } =
    [
        new(CatalogueSetting, "A school or setting in the catalogue"),
        new(nameof(PreferenceKind.NamedSetting), "A school or setting that is not in the catalogue"),
        new(nameof(PreferenceKind.TypeOfProvision), "A type of provision"),
    ];

    public IReadOnlyList<Choice> CatalogueChoices =>
        [new(string.Empty, "Choose a school or setting"), .. Catalogue.Select(s => new Choice(s.Urn, $"{s.Name} ({s.Postcode}, URN {s.Urn})"))];

    public IReadOnlyList<Choice> ProvisionChoices { get; } =
        [new(string.Empty, "Choose a type of provision"), .. Enum.GetValues<ProvisionKind>().Select(k => new Choice(k.ToString(), k.Label()))];

    public PreferenceForm Row(int index) => index < Preferences.Count ? Preferences[index] : new PreferenceForm();

    /// <summary>"Add another preference": the page again with one more block, the answers kept as typed.</summary>
    public async Task<IActionResult> OnPostAddAsync(Guid draftId, CancellationToken cancellationToken)
    {
        Preferences = Preferences.Take(MaximumPreferences).ToList();
        while (Preferences.Count < Rows)
        {
            Preferences.Add(new PreferenceForm());
        }

        if (Preferences.Count < MaximumPreferences)
        {
            Preferences.Add(new PreferenceForm());
        }

        return await RedisplayAsync(draftId, cancellationToken);
    }

    protected override async Task LoadChoicesAsync(CancellationToken cancellationToken)
    {
        var settings = new List<SettingView>();
        for (var page = 1; ; page++)
        {
            var found = await Sender.Send(new ListSettings.Query(null, null, null, null, page, ListSettings.MaximumPageSize), cancellationToken);
            settings.AddRange(found.Items);
            if (page >= found.TotalPages)
            {
                break;
            }
        }

        Catalogue = settings;
        if (_showingSaved)
        {
            MatchSavedSettingsToTheCatalogue();
        }
    }

    protected override void Show(SubmitPlacementRequest.Command answers)
    {
        _showingSaved = true;
        Preferences = (answers.Preferences ?? []).OrderBy(p => p.Rank).Select(p => new PreferenceForm
        {
            Kind = p.Kind?.ToString(),
            CatalogueUrn = p.Kind == PreferenceKind.NamedSetting ? p.SettingUrn : null,
            SettingName = p.SettingName,
            SettingUrn = p.SettingUrn,
            ProvisionKind = p.ProvisionKind?.ToString(),
            Reasons = p.Reasons,
        }).ToList();
    }

    /// <summary>
    /// Once the catalogue is loaded: a saved setting whose URN is in the catalogue is shown as chosen from it, any
    /// other named setting as typed.
    /// </summary>
    private void MatchSavedSettingsToTheCatalogue()
    {
        foreach (var row in Preferences.Where(r => r.Kind is CatalogueSetting or nameof(PreferenceKind.NamedSetting)))
        {
            var inCatalogue = Catalogue.FirstOrDefault(s => s.Urn == (row.CatalogueUrn ?? row.SettingUrn));
            if (row.Kind == nameof(PreferenceKind.NamedSetting) && row.SettingUrn is not null && inCatalogue is not null
                && string.Equals(inCatalogue.Name, row.SettingName, StringComparison.OrdinalIgnoreCase))
            {
                row.Kind = CatalogueSetting;
                row.CatalogueUrn = inCatalogue.Urn;
            }
            else if (row.Kind == CatalogueSetting && inCatalogue is null)
            {
                row.Kind = nameof(PreferenceKind.NamedSetting);
                row.CatalogueUrn = null;
            }
        }
    }

    protected override SubmitPlacementRequest.Command Read()
    {
        var preferences = new List<SubmitPlacementRequest.PreferenceInput>();
        for (var row = 0; row < Preferences.Count && row < MaximumPreferences; row++)
        {
            var form = Preferences[row];
            if (form.IsEmpty)
            {
                continue;
            }

            var reasons = Clean(form.Reasons);
            if (form.Kind == CatalogueSetting)
            {
                // Said here in the words of a list; the application would ask for a name to be typed.
                var chosen = Catalogue.FirstOrDefault(s => s.Urn == Clean(form.CatalogueUrn));
                if (chosen is null)
                {
                    ModelState.AddModelError($"preferences[{row}].catalogueUrn", "Choose the school or setting from the list, or choose 'A school or setting that is not in the catalogue'.");
                }

                _sent.Add((row, FromCatalogue: true, Reported: chosen is null));
                preferences.Add(new SubmitPlacementRequest.PreferenceInput(
                    preferences.Count + 1, PreferenceKind.NamedSetting, chosen?.Name, chosen?.Urn, null, reasons));
                continue;
            }

            var kind = FormEnum.Parse<PreferenceKind>(form.Kind);
            _sent.Add((row, FromCatalogue: false, Reported: false));
            preferences.Add(new SubmitPlacementRequest.PreferenceInput(
                preferences.Count + 1,
                kind,
                kind == PreferenceKind.TypeOfProvision ? null : Clean(form.SettingName),
                kind == PreferenceKind.TypeOfProvision ? null : Clean(form.SettingUrn),
                kind == PreferenceKind.NamedSetting ? null : FormEnum.Parse<ProvisionKind>(form.ProvisionKind),
                reasons));
        }

        return RequestDraftSteps.Empty(null) with { Preferences = preferences };
    }

    /// <summary>
    /// "preferences[1].reasons" is about the second block sent, which is not always the second on the page; a setting
    /// chosen from the catalogue shows the errors about its name and URN on the list it was chosen from.
    /// </summary>
    protected override string? FieldName(string field)
    {
        var match = SentPreference().Match(field);
        if (!match.Success)
        {
            return field;
        }

        var sent = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        if (sent >= _sent.Count)
        {
            return field;
        }

        var (row, fromCatalogue, reported) = _sent[sent];
        var rest = match.Groups[2].Value;
        if (fromCatalogue && rest is ".settingName" or ".settingUrn" or ".SettingName" or ".SettingUrn")
        {
            return reported ? null : $"preferences[{row}].catalogueUrn";
        }

        return $"preferences[{row}]{rest}";
    }

    [GeneratedRegex(@"^preferences\[(\d+)\](.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex SentPreference();
}
