using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Web.Ui;

namespace PanelCaseManager.Web.Pages.Admin;

/// <summary>
/// A page where an administrator imports a CSV file, all rows or none (the settings catalogue, the plan register).
/// The file is checked for presence and size before it is read; a refused file's problems are listed by row and
/// column, as the spreadsheet numbers them, and those about the file as a whole beside the file field. Each page
/// says only what it imports, its limits and what to say when it is done.
/// </summary>
public abstract partial class CsvImportPageModel : PageModel
{
    public const string FileField = "file";

    [BindProperty(Name = FileField)]
    public IFormFile? Upload { get; set; }

    public IReadOnlyList<RowError> RowErrors { get; private set; } = [];

    public int MaximumMegabytes => MaximumBytes / 1024 / 1024;

    public abstract int MaximumBytes { get; }

    public abstract int MaximumRows { get; }

    public abstract IReadOnlyList<string> Columns { get; }

    /// <summary>What the file holds, for the messages: "the catalogue", "the plans".</summary>
    protected abstract string What { get; }

    /// <summary>Sends the import; returns what to tell the administrator and where to go next.</summary>
    protected abstract Task<(string Done, string Next)> ImportAsync(byte[] content, CancellationToken cancellationToken);

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (Upload is null || Upload.Length == 0)
        {
            ModelState.AddModelError(FileField, Upload is null ? "Choose the CSV file to import." : $"The file is empty: choose the CSV file of {What}.");
            return Page();
        }

        if (Upload.Length > MaximumBytes)
        {
            ModelState.AddModelError(FileField, $"The file is larger than {MaximumMegabytes} MB; split it into smaller files.");
            return Page();
        }

        byte[] content;
        using (var buffer = new MemoryStream())
        {
            await Upload.CopyToAsync(buffer, cancellationToken);
            content = buffer.ToArray();
        }

        try
        {
            var (done, next) = await ImportAsync(content, cancellationToken);
            TempData.Success(done);
            return Redirect(next);
        }
        catch (RequestValidationException refused)
        {
            Show(refused);
            return Page();
        }
    }

    protected static string Count(int count, string noun, string? plural = null) =>
        count == 1 ? $"1 {noun}" : $"{count} {plural ?? noun + "s"}";

    /// <summary>Problems with rows go in the table; those with the file as a whole beside the file field.</summary>
    private void Show(RequestValidationException refused)
    {
        var rows = new List<RowError>();
        var aboutTheFile = new List<string>();
        foreach (var (key, messages) in refused.Errors)
        {
            var match = RowKey().Match(key);
            if (match.Success)
            {
                var row = int.Parse(match.Groups["row"].Value, System.Globalization.CultureInfo.InvariantCulture);
                var column = match.Groups["column"].Value;
                rows.AddRange(messages.Select(m => new RowError(row, column, WithoutPlace(m, row, column))));
            }
            else
            {
                aboutTheFile.AddRange(messages);
            }
        }

        var order = Columns.ToList();
        RowErrors = rows.OrderBy(r => r.Row).ThenBy(r => r.Column == "row" ? -1 : order.IndexOf(r.Column)).ToList();
        if (rows.Count > 0)
        {
            aboutTheFile.Insert(0, $"The file has {Count(rows.Count, "problem")} in its rows, listed below the form.");
        }

        ModelState.AddModelError(FileField, string.Join(" ", aboutTheFile));
    }

    private static string WithoutPlace(string message, int row, string column)
    {
        var place = $"Row {row}, {column}: ";
        return message.StartsWith(place, StringComparison.Ordinal) ? Display.Sentence(message[place.Length..]) : message;
    }

    [GeneratedRegex(@"^rows\[(?<row>\d+)\]\.(?<column>.+)$")]
    private static partial Regex RowKey();

    public sealed record RowError(int Row, string Column, string Message);
}
