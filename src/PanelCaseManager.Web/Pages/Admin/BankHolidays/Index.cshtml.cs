using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Features.Timeliness;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Domain.Common;
using PanelCaseManager.Web.Ui;

namespace PanelCaseManager.Web.Pages.Admin.BankHolidays;

/// <summary>
/// The bank holidays working days are counted with, a year at a time, and their import: typed as "date, name"
/// lines or as the government's bank holidays file. Every year imported is replaced; a bad entry and nothing is.
/// </summary>
[Authorize(Policy = Policies.Administer)]
public sealed partial class IndexModel(ISender sender, TimeProvider clock) : PageModel
{
    public const string LinesField = "holidays";
    public const string FileField = "file";

    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    [BindProperty(Name = LinesField)]
    public string? Lines { get; set; }

    [BindProperty(Name = FileField)]
    public IFormFile? Upload { get; set; }

    public IReadOnlyList<ListBankHolidays.Holiday> Holidays { get; private set; } = [];

    /// <summary>The problems of a refused import, by the line (or the file's entry) they are on.</summary>
    public IReadOnlyList<EntryError> EntryErrors { get; private set; } = [];

    /// <summary>"Line" for typed lines, "Entry" for the file's events.</summary>
    public string EntryName { get; private set; } = "Line";

    public int ShownYear => Year ?? UkCalendar.Today(clock).Year;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostLinesAsync(CancellationToken cancellationToken)
    {
        var entries = new List<(int Line, ImportBankHolidays.HolidayInput Input)>();
        var number = 0;
        foreach (var line in (Lines ?? string.Empty).Split('\n'))
        {
            number++;
            var text = line.Trim();
            if (text.Length == 0)
            {
                continue;
            }

            var comma = text.IndexOf(',', StringComparison.Ordinal);
            entries.Add(comma < 0
                ? (number, new ImportBankHolidays.HolidayInput(null, text))
                : (number, new ImportBankHolidays.HolidayInput(UserForm.Text(text[(comma + 1)..]), UserForm.Text(text[..comma]))));
        }

        EntryName = "Line";
        var command = new ImportBankHolidays.Command(null, entries.Select(e => e.Input).ToList());
        return await ImportAsync(command, LinesField, index => entries[index].Line, cancellationToken);
    }

    public async Task<IActionResult> OnPostFileAsync(CancellationToken cancellationToken)
    {
        EntryName = "Entry";
        if (Upload is null || Upload.Length == 0)
        {
            ModelState.AddModelError(FileField, "Choose the bank holidays file (JSON) to import.");
            await LoadAsync(cancellationToken);
            return Page();
        }

        ImportBankHolidays.Command? command;
        try
        {
            await using var stream = Upload.OpenReadStream();
            using var json = await JsonDocument.ParseAsync(stream, cancellationToken: cancellationToken);
            command = GovernmentFile.Read(json.RootElement);
        }
        catch (JsonException)
        {
            command = null;
        }

        if (command is null)
        {
            ModelState.AddModelError(FileField, "The file is not the government's bank holidays file: it must be JSON with the england-and-wales division's \"events\", each with a \"title\" and a \"date\".");
            await LoadAsync(cancellationToken);
            return Page();
        }

        return await ImportAsync(command, FileField, index => index + 1, cancellationToken);
    }

    private async Task<IActionResult> ImportAsync(ImportBankHolidays.Command command, string field, Func<int, int> entryNumber, CancellationToken cancellationToken)
    {
        try
        {
            var result = await sender.Send(command, cancellationToken);
            var years = string.Join(", ", result.YearsReplaced.Select(y => y.ToString(CultureInfo.InvariantCulture)));
            TempData.Success(
                $"{Count(result.Imported, "bank holiday")} imported: the bank holidays of {years} are replaced, and the deadlines of {Count(result.CasesRecomputed, "case")} worked out again.");
            return RedirectToPage("/Admin/BankHolidays/Index", new { year = result.YearsReplaced[0] });
        }
        catch (RequestValidationException refused)
        {
            var entries = new List<EntryError>();
            var general = new List<string>();
            foreach (var (key, messages) in refused.Errors)
            {
                var match = EventKey().Match(key);
                if (match.Success)
                {
                    var index = int.Parse(match.Groups["index"].Value, CultureInfo.InvariantCulture);
                    entries.AddRange(messages.Select(m => new EntryError(entryNumber(index), m)));
                }
                else
                {
                    general.AddRange(messages);
                }
            }

            EntryErrors = entries.OrderBy(e => e.Number).ToList();
            if (entries.Count > 0)
            {
                general.Insert(0, $"{Count(entries.Count, "problem")} in the {(field == LinesField ? "lines" : "file")}, listed below. Nothing was imported.");
            }

            ModelState.AddModelError(field, string.Join(" ", general));
            await LoadAsync(cancellationToken);
            return Page();
        }
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        try
        {
            Holidays = await sender.Send(new ListBankHolidays.Query(ShownYear), cancellationToken);
        }
        catch (RequestValidationException validation)
        {
            ModelState.AddRequestErrors(validation);
            Year = null;
            Holidays = await sender.Send(new ListBankHolidays.Query(ShownYear), cancellationToken);
        }
    }

    private static string Count(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";

    [GeneratedRegex(@"^events\[(?<index>\d+)\]", RegexOptions.IgnoreCase)]
    private static partial Regex EventKey();

    public sealed record EntryError(int Number, string Message);

    /// <summary>The government's bank holidays file: the england-and-wales division, or a file of that division alone.</summary>
    private static class GovernmentFile
    {
        public static ImportBankHolidays.Command? Read(JsonElement root)
        {
            if (root.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            var division = root.TryGetProperty("england-and-wales", out var england) ? england : root;
            if (division.ValueKind != JsonValueKind.Object || !division.TryGetProperty("events", out var events) || events.ValueKind != JsonValueKind.Array)
            {
                return null;
            }

            var name = division.TryGetProperty("division", out var d) && d.ValueKind == JsonValueKind.String ? d.GetString() : null;
            var inputs = events.EnumerateArray()
                .Select(e => new ImportBankHolidays.HolidayInput(Text(e, "title"), Text(e, "date")))
                .ToList();
            return new ImportBankHolidays.Command(name, inputs);
        }

        private static string? Text(JsonElement element, string property) =>
            element.ValueKind == JsonValueKind.Object && element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
    }
}
