using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using PanelCaseManager.Application.Features.Provision;
using PanelCaseManager.Domain.Common;
using PanelCaseManager.Domain.Needs;
using PanelCaseManager.Web.Ui.TagHelpers;

namespace PanelCaseManager.Web.Pages.Admin.SectorProfiles;

/// <summary>
/// The content of a sector profile as the form holds it, as typed: one row of levels for each broad area of need
/// (in the order of <see cref="Areas"/>), the primary needs served and the co-occurring needs ticked, and the text fields. Fields are named as
/// the application names them ("content.areas[0].maximum"), so its errors land beside them.
/// </summary>
public sealed partial class ProfileForm
{
    public const string Prefix = "content";

    public static IReadOnlyList<BroadAreaOfNeed> AreaOrder { get; } = Enum.GetValues<BroadAreaOfNeed>();

    public static IReadOnlyList<Choice> LevelChoices { get; } =
    [
        new(string.Empty, "Not stated"),
        .. Enumerable.Range(NeedsProfile.MinimumLevel, NeedsProfile.MaximumLevel - NeedsProfile.MinimumLevel + 1)
            .Select(level => new Choice(Number(level), Number(level))),
    ];

    /// <summary>Why nothing changed when the profile moved on after the page was read.</summary>
    public const string StaleVersionMessage =
        "Someone else changed this sector profile after you opened this page, so nothing was changed. Check the profile as it is now before you try again. If you had just pressed the button, your change was already made.";

    /// <summary>Sends a change to a profile, explaining a stale version in the profile's terms.</summary>
    public static async Task<T> SendChange<T>(Func<Task<T>> send)
    {
        ArgumentNullException.ThrowIfNull(send);
        try
        {
            return await send();
        }
        catch (ConcurrencyConflictException)
        {
            throw new DomainRuleException("sector-profile-changed", StaleVersionMessage);
        }
    }

    public string? Name { get; set; }

    /// <summary>The lowest and highest level typed for each broad area, in the order of <see cref="AreaOrder"/>.</summary>
    public List<LevelsForm> Areas { get; set; } = [];

    /// <summary>The SEN2 codes of the primary needs the sector serves, as ticked.</summary>
    public List<string> ServedNeeds { get; set; } = [];

    public List<string> CoOccurringNeeds { get; set; } = [];

    public string? MaximumClassSize { get; set; }

    public string? StaffingRatio { get; set; }

    public string? Curriculum { get; set; }

    public string? TimeInMainstream { get; set; }

    public string? Description { get; set; }

    public LevelsForm AreaAt(int slot) => slot < Areas.Count ? Areas[slot] : new LevelsForm();

    /// <summary>The form filled with a version's content, to start a draft from it or edit it.</summary>
    public static ProfileForm From(SectorProfileVersionView version)
    {
        ArgumentNullException.ThrowIfNull(version);
        return new ProfileForm
        {
            Name = version.Name,
            Areas = AreaOrder.Select(area => version.Areas.FirstOrDefault(a => a.Area == area) is { } range
                ? new LevelsForm { Minimum = Number(range.Minimum), Maximum = Number(range.Maximum) }
                : new LevelsForm()).ToList(),
            ServedNeeds = version.ServedNeeds.Select(n => n.Code).ToList(),
            CoOccurringNeeds = version.CoOccurringNeeds.Select(n => n.Code).ToList(),
            MaximumClassSize = version.MaximumClassSize is { } size ? Number(size) : null,
            StaffingRatio = version.StaffingRatio,
            Curriculum = version.Curriculum,
            TimeInMainstream = version.TimeInMainstream,
            Description = version.Description,
        };
    }

    /// <summary>
    /// The content to send, or null when something typed is not a number (named in ModelState). Only the areas
    /// with a level chosen are sent; <paramref name="fieldName"/> turns the application's names for them back into
    /// the form's.
    /// </summary>
    public SectorProfileInput? ToInput(ModelStateDictionary modelState, out Func<string, string> fieldName)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        var slots = new List<int>();
        var areas = new List<AreaRangeInput>();
        for (var slot = 0; slot < AreaOrder.Count; slot++)
        {
            var levels = AreaAt(slot);
            if (string.IsNullOrWhiteSpace(levels.Minimum) && string.IsNullOrWhiteSpace(levels.Maximum))
            {
                continue;
            }

            var minimum = Level(levels.Minimum, $"{Prefix}.areas[{slot}].minimum", modelState);
            var maximum = Level(levels.Maximum, $"{Prefix}.areas[{slot}].maximum", modelState);
            slots.Add(slot);
            areas.Add(new AreaRangeInput(AreaOrder[slot], minimum, maximum));
        }

        int? classSize = null;
        if (Text(MaximumClassSize) is { } typed)
        {
            if (int.TryParse(typed, NumberStyles.None, CultureInfo.InvariantCulture, out var size))
            {
                classSize = size;
            }
            else
            {
                modelState.AddModelError($"{Prefix}.maximumClassSize", "Enter the largest class size as a whole number, like 8.");
            }
        }

        fieldName = name => FormName(name, slots);
        if (!modelState.IsValid)
        {
            return null;
        }

        return new SectorProfileInput(
            Text(Name),
            ServedNeeds.Where(c => !string.IsNullOrWhiteSpace(c)).Distinct().ToList(),
            areas,
            CoOccurringNeeds.Where(c => !string.IsNullOrWhiteSpace(c)).Distinct().ToList(),
            classSize,
            Text(StaffingRatio),
            Text(Curriculum),
            Text(TimeInMainstream),
            Text(Description));
    }

    private static string FormName(string name, List<int> slots)
    {
        var area = AreaField().Match(name);
        if (area.Success && int.TryParse(area.Groups["index"].Value, CultureInfo.InvariantCulture, out var sent) && sent < slots.Count)
        {
            return $"{Prefix}.areas[{slots[sent]}]{area.Groups["rest"].Value}";
        }

        var need = NeedField().Match(name);
        return need.Success ? $"{Prefix}.{need.Groups["list"].Value}" : name;
    }

    private static int? Level(string? value, string field, ModelStateDictionary modelState)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var level))
        {
            return level;
        }

        modelState.AddModelError(field, $"Choose a level of need from {NeedsProfile.MinimumLevel} to {NeedsProfile.MaximumLevel}.");
        return null;
    }

    private static string? Text(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^content\.areas\[(?<index>\d+)\](?<rest>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex AreaField();

    [GeneratedRegex(@"^content\.(?<list>servedNeeds|coOccurringNeeds)\[\d+\]$", RegexOptions.IgnoreCase)]
    private static partial Regex NeedField();
}

/// <summary>The lowest and highest level of need typed for one broad area.</summary>
public sealed class LevelsForm
{
    public string? Minimum { get; set; }

    public string? Maximum { get; set; }
}

/// <summary>What the shared fields of a profile form need: the form as typed and the SEN2 needs to tick.</summary>
public sealed record ProfileFields(ProfileForm Form, IReadOnlyList<Sen2Need> Needs);

/// <summary>One list of SEN2 needs to tick: its field ("servedNeeds"), its legend and hint, what is ticked, and the needs.</summary>
public sealed record NeedCheckboxes(string Field, string Legend, string Hint, IReadOnlyList<string> Ticked, IReadOnlyList<Sen2Need> Needs);
