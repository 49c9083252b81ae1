using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Features.PlacementRequests;
using PanelCaseManager.Application.Features.PlacementRequests.Drafts;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Domain.PlacementRequests;
using PanelCaseManager.Web.Ui;
using PanelCaseManager.Web.Ui.TagHelpers;

namespace PanelCaseManager.Web.Pages.Cases.NewRequest;

/// <summary>
/// Up to the configured number of ranked preferences, one block each, so the page works without JavaScript; a
/// block left empty is skipped and the others are ranked in the order they appear.
/// </summary>
[Authorize(Policy = Policies.ManageCases)]
public sealed class PreferencesModel(ISender sender, IOptions<PlacementRequestOptions> options) : RequestStepModel(sender)
{
    private readonly List<int> _sentRows = [];

    public sealed class PreferenceForm
    {
        public string? Kind { get; set; }
        public string? SettingName { get; set; }
        public string? SettingUrn { get; set; }
        public string? ProvisionKind { get; set; }
        public string? Reasons { get; set; }

        public bool IsEmpty => string.IsNullOrWhiteSpace(Kind) && string.IsNullOrWhiteSpace(SettingName) && string.IsNullOrWhiteSpace(SettingUrn)
                               && string.IsNullOrWhiteSpace(ProvisionKind) && string.IsNullOrWhiteSpace(Reasons);
    }

    [BindProperty]
    public List<PreferenceForm> Preferences { get; set; } = [];

    public override RequestDraftStep ThisStep => RequestDraftStep.Preferences;

    public int Rows => options.Value.MaximumPreferences;

    public IReadOnlyList<Choice> KindChoices { get; } =
    [
        new(nameof(PreferenceKind.NamedSetting), "A named school or setting"),
        new(nameof(PreferenceKind.TypeOfProvision), "A type of provision"),
    ];

    public IReadOnlyList<Choice> ProvisionChoices { get; } =
        [new(string.Empty, "Choose a type of provision"), .. Enum.GetValues<ProvisionKind>().Select(k => new Choice(k.ToString(), k.Label()))];

    public PreferenceForm Row(int index) => index < Preferences.Count ? Preferences[index] : new PreferenceForm();

    protected override void Show(SubmitPlacementRequest.Command answers) =>
        Preferences = (answers.Preferences ?? []).OrderBy(p => p.Rank).Select(p => new PreferenceForm
        {
            Kind = p.Kind?.ToString(),
            SettingName = p.SettingName,
            SettingUrn = p.SettingUrn,
            ProvisionKind = p.ProvisionKind?.ToString(),
            Reasons = p.Reasons,
        }).ToList();

    protected override SubmitPlacementRequest.Command Read()
    {
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
                Enum.TryParse<PreferenceKind>(form.Kind, out var kind) && Enum.IsDefined(kind) ? kind : null,
                Clean(form.SettingName),
                Clean(form.SettingUrn),
                Enum.TryParse<ProvisionKind>(form.ProvisionKind, out var provision) && Enum.IsDefined(provision) ? provision : null,
                Clean(form.Reasons)));
        }

        return RequestDraftSteps.Empty(null) with { Preferences = preferences };
    }

    /// <summary>"preferences[1].reasons" is about the second block sent, which is not always the second on the page.</summary>
    protected override string FieldName(string field)
    {
        var match = System.Text.RegularExpressions.Regex.Match(field, @"^preferences\[(\d+)\](.*)$");
        if (!match.Success)
        {
            return field;
        }

        var sent = int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        var row = sent < _sentRows.Count ? _sentRows[sent] : sent;
        return $"preferences[{row}]{match.Groups[2].Value}";
    }
}
