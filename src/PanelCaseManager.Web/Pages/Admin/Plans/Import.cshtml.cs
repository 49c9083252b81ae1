using System.Text.RegularExpressions;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Features.Plans;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Web.Security;
using PanelCaseManager.Web.Ui;

namespace PanelCaseManager.Web.Pages.Admin.Plans;

/// <summary>
/// An administrator loads the area's existing plans from a CSV file, all rows or none (docs/adr/0206). A refused
/// file's problems are listed by row and column, as the spreadsheet numbers them. Uploads share the per-user budget
/// of the API's imports.
/// </summary>
[Authorize(Policy = Policies.Administer)]
[EnableRateLimiting(RateLimits.Uploads)]
public sealed partial class ImportModel(ISender sender, IOptions<PlanRegisterOptions> options) : PageModel
{
    public const string FileField = "file";

    [BindProperty(Name = FileField)]
    public IFormFile? Upload { get; set; }

    public IReadOnlyList<RowError> RowErrors { get; private set; } = [];

    public int MaximumMegabytes => options.Value.MaximumImportBytes / 1024 / 1024;

    public int MaximumRows => options.Value.MaximumImportRows;

    public IReadOnlyList<string> Columns => PlansCsv.Columns;

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (Upload is null || Upload.Length == 0)
        {
            ModelState.AddModelError(FileField, Upload is null ? "Choose the CSV file to import." : "The file is empty: choose the CSV file of the plans.");
            return Page();
        }

        if (Upload.Length > options.Value.MaximumImportBytes)
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
            var result = await sender.Send(new ImportPlans.Command(content), cancellationToken);
            TempData.Success(
                $"The plans are imported: {Count(result.PlansAdded, "plan")} added to the register, {Count(result.ChildrenKnown, "child")} already known to the service.");
            return Redirect("/admin/plans/import");
        }
        catch (RequestValidationException refused)
        {
            Show(refused);
            return Page();
        }
    }

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

        var order = PlansCsv.Columns.ToList();
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

    private static string Count(int count, string noun) => count == 1 ? $"1 {noun}" : noun == "child" ? $"{count} children" : $"{count} {noun}s";

    [GeneratedRegex(@"^rows\[(?<row>\d+)\]\.(?<column>.+)$")]
    private static partial Regex RowKey();

    public sealed record RowError(int Row, string Column, string Message);
}
