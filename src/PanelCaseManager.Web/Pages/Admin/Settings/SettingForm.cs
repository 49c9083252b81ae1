using System.Globalization;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PanelCaseManager.Application.Features.Provision;
using PanelCaseManager.Domain.PlacementRequests;
using PanelCaseManager.Domain.Provision;
using PanelCaseManager.Web.Ui;
using PanelCaseManager.Web.Ui.TagHelpers;

namespace PanelCaseManager.Web.Pages.Admin.Settings;

/// <summary>
/// The fields of a setting as the add and change forms hold them: as typed, named as the application's validation
/// names them, so that each refusal is shown beside its field. A number that cannot be read is reported here, and
/// the application's "enter a value" for that field is left out, as it would only repeat it.
/// </summary>
public abstract class SettingFormPage(ISender sender) : PageModel
{
    private const string Unreadable = "__unreadable";

    private readonly Dictionary<string, string> _unreadable = [];

    protected ISender Sender { get; } = sender;

    [BindProperty]
    public string? Urn { get; set; }

    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public string? Phase { get; set; }

    [BindProperty]
    public string? LowestAge { get; set; }

    [BindProperty]
    public string? HighestAge { get; set; }

    [BindProperty]
    public string? Kind { get; set; }

    [BindProperty]
    public string? Sector { get; set; }

    [BindProperty]
    public string? Status { get; set; }

    [BindProperty]
    public string? InAuthorityArea { get; set; }

    [BindProperty]
    public string? Postcode { get; set; }

    [BindProperty]
    public string? Latitude { get; set; }

    [BindProperty]
    public string? Longitude { get; set; }

    [BindProperty]
    public string? CommissionedPlaces { get; set; }

    [BindProperty]
    public string? PlacesFilled { get; set; }

    [BindProperty]
    public string? AnnualCost { get; set; }

    public IReadOnlyList<ListSectorProfiles.Summary> Sectors { get; private set; } = [];

    public IReadOnlyList<Choice> PhaseChoices { get; } = Enum.GetValues<SettingPhase>().Select(p => new Choice(p.ToString(), p.Describe())).ToList();

    public IReadOnlyList<Choice> KindChoices { get; } =
        [new(string.Empty, "Choose the kind of provision"), .. Enum.GetValues<ProvisionKind>().Select(k => new Choice(k.ToString(), k.Label()))];

    public IReadOnlyList<Choice> SectorChoices =>
        [new(string.Empty, "Choose the sector"), .. Sectors.Select(s => new Choice(s.Code, $"{s.Name} ({s.Code})"))];

    /// <summary>The statuses in law, each with the duty it decides for a family's request (CFA s.38(3); EA 1996 s.9).</summary>
    public IReadOnlyList<Choice> StatusChoices { get; } = Enum.GetValues<SettingStatus>()
        .Select(s => new Choice(s.ToString(), SettingStatusLabels.Label(s), SettingStatusLabels.Hint(s)))
        .ToList();

    public IReadOnlyList<Choice> AreaChoices { get; } =
        [new("true", "In the authority's area"), new("false", "Out of area")];

    protected async Task LoadSectorsAsync(CancellationToken cancellationToken) =>
        Sectors = await Sender.Send(new ListSectorProfiles.Query(IncludeUnpublished: true), cancellationToken);

    protected void Fill(SettingView setting)
    {
        ArgumentNullException.ThrowIfNull(setting);
        Urn = setting.Urn;
        Name = setting.Name;
        Phase = setting.Phase.ToString();
        LowestAge = Number(setting.LowestAge);
        HighestAge = Number(setting.HighestAge);
        Kind = setting.Kind.ToString();
        Sector = setting.Sector;
        Status = setting.Status.ToString();
        InAuthorityArea = setting.InAuthorityArea ? "true" : "false";
        Postcode = setting.Postcode;
        Latitude = setting.Latitude.ToString(CultureInfo.InvariantCulture);
        Longitude = setting.Longitude.ToString(CultureInfo.InvariantCulture);
        CommissionedPlaces = Number(setting.CommissionedPlaces);
        PlacesFilled = Number(setting.PlacesFilled);
        AnnualCost = setting.AnnualCost.ToString("0.00", CultureInfo.InvariantCulture);
    }

    /// <summary>The form's values as the application takes them (a setting to add); what cannot be read is remembered as the field's error.</summary>
    protected AddSetting.Command Read() => new(
        UserForm.Text(Urn),
        UserForm.Text(Name),
        FormEnum.Parse<SettingPhase>(Phase),
        Whole("lowestAge", LowestAge, "Enter the youngest age as a whole number, like 4."),
        Whole("highestAge", HighestAge, "Enter the age by which pupils have left as a whole number, like 11."),
        FormEnum.Parse<ProvisionKind>(Kind),
        UserForm.Text(Sector),
        FormEnum.Parse<SettingStatus>(Status),
        YesNo(InAuthorityArea),
        UserForm.Text(Postcode),
        Coordinate("latitude", Latitude, "Enter the latitude as a number, like 51.905."),
        Coordinate("longitude", Longitude, "Enter the longitude as a number, like -0.196."),
        Whole("commissionedPlaces", CommissionedPlaces, "Enter the places commissioned as a whole number, like 120."),
        Whole("placesFilled", PlacesFilled, "Enter the places filled as a whole number, like 98."),
        Pounds(AnnualCost));

    /// <summary>The values of a setting as the form would hold them once read.</summary>
    protected static AddSetting.Command ValuesOf(SettingView s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return new(
            s.Urn, s.Name, s.Phase, s.LowestAge, s.HighestAge, s.Kind, s.Sector, s.Status, s.InAuthorityArea, s.Postcode, s.Latitude, s.Longitude,
            s.CommissionedPlaces, s.PlacesFilled, s.AnnualCost);
    }

    /// <summary>Sends the command; its refusals go beside their fields, after what could not be read.</summary>
    protected async Task<(bool Succeeded, T? Result)> TrySendAsync<T>(Func<Task<T>> send, Func<string, string?>? fieldName = null, string? whenResent = null)
    {
        foreach (var (field, message) in _unreadable)
        {
            ModelState.AddModelError(field, message);
        }

        var outcome = await ModelState.TrySendAsync(send, field =>
        {
            var name = fieldName?.Invoke(field) ?? field;
            return _unreadable.ContainsKey(name) ? Unreadable : name;
        }, whenResent);
        ModelState.Remove(Unreadable);
        foreach (var (field, message) in UnansweredChoices())
        {
            if (ModelState.TryGetValue(field, out var entry) && entry.Errors.Count > 0)
            {
                // The application's message lists the values an API caller may send; the page offers them as choices.
                ModelState.Remove(field);
                ModelState.AddModelError(field, message);
            }
        }

        return outcome;
    }

    private IEnumerable<(string Field, string Message)> UnansweredChoices()
    {
        if (string.IsNullOrEmpty(Phase))
        {
            yield return ("phase", "Choose the phase.");
        }

        if (string.IsNullOrEmpty(Kind))
        {
            yield return ("kind", "Choose the kind of provision.");
        }

        if (string.IsNullOrEmpty(Sector))
        {
            yield return ("sector", "Choose the sector.");
        }

        if (string.IsNullOrEmpty(Status))
        {
            yield return ("status", "Choose the setting's status in law.");
        }

        if (string.IsNullOrEmpty(InAuthorityArea))
        {
            yield return ("inAuthorityArea", "Say whether the setting is in the authority's area or out of it.");
        }
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static bool? YesNo(string? value) => value switch { "true" => true, "false" => false, _ => null };

    private int? Whole(string field, string? text, string message)
    {
        var value = UserForm.Text(text);
        if (value is null)
        {
            return null;
        }

        if (int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }

        _unreadable[field] = message;
        return null;
    }

    private double? Coordinate(string field, string? text, string message)
    {
        var value = UserForm.Text(text);
        if (value is null)
        {
            return null;
        }

        if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number))
        {
            return number;
        }

        _unreadable[field] = message;
        return null;
    }

    private decimal? Pounds(string? text)
    {
        var value = UserForm.Text(text)?.Replace("£", string.Empty, StringComparison.Ordinal).Replace(",", string.Empty, StringComparison.Ordinal);
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        if (decimal.TryParse(value, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var pounds))
        {
            return pounds;
        }

        _unreadable["annualCost"] = "Enter the annual cost in pounds, like 23450.00.";
        return null;
    }
}
