using CsvHelper;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PanelCaseManager.Application.Behaviours;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Persistence;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Domain.Provision;

namespace PanelCaseManager.Application.Features.Provision;

/// <summary>
/// An administrator loads the settings catalogue from a spreadsheet (UTF-8 CSV, <see cref="SettingsCsv.Columns"/>).
/// A row whose URN is already in the catalogue updates that setting; any other row adds one. It is all or
/// nothing: a file with any bad row imports nothing, and the report names every bad row and column.
/// </summary>
public static class ImportSettings
{
    [RequiresPolicy(Policies.Administer)]
    public sealed record Command(byte[] Content) : ICommand<Result>;

    public sealed record Result(int Rows, int Added, int Changed, int Unchanged);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IOptions<CatalogueOptions> options)
        {
            ArgumentNullException.ThrowIfNull(options);
            var limit = options.Value.MaximumImportBytes;
            RuleFor(c => c.Content)
                .NotEmpty().WithMessage("The file is empty. Send the CSV file as the request body.")
                .Must(c => c.Length <= limit).WithMessage($"The file is larger than {limit / 1024 / 1024} MB; split it into smaller files.")
                .Must(c => SettingsCsv.IsUtf8(c)).WithMessage("The file is not UTF-8 text. In Excel, save it as 'CSV UTF-8 (Comma delimited)'.")
                .OverridePropertyName("file");
        }
    }

    public sealed class Handler(PanelDbContext db, IOptions<CatalogueOptions> options) : ICommandHandler<Command, Result>
    {
        public async ValueTask<Result> Handle(Command command, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(command);
            var limits = options.Value;
            var report = new Report(limits.MaximumReportedErrors);
            var rows = Read(command.Content, limits.MaximumImportRows, report);
            report.ThrowIfAny();

            var sectors = await db.Sectors.AsNoTracking().Select(s => new { s.Code, s.Id }).ToDictionaryAsync(s => s.Code, s => s.Id, cancellationToken);
            CheckRows(rows, sectors, report);
            report.ThrowIfAny();

            var urns = rows.Select(r => Urn.Parse(r.Urn!)).ToList();
            var existing = await db.Settings.Where(s => urns.Contains(s.Urn)).ToDictionaryAsync(s => s.Urn.Value, cancellationToken);
            int added = 0, changed = 0, unchanged = 0;
            foreach (var row in rows)
            {
                var details = row.ToDetails(sectors[row.Sector!]);
                if (!existing.TryGetValue(details.Urn.Value, out var setting))
                {
                    db.Settings.Add(Setting.Add(details));
                    added++;
                }
                else if (details != SettingFieldsMapping.DetailsOf(setting))
                {
                    setting.Change(details);
                    changed++;
                }
                else
                {
                    unchanged++;
                }
            }

            return new Result(rows.Count, added, changed, unchanged);
        }

        private static List<SettingsCsv.Row> Read(byte[] content, int maximumRows, Report report)
        {
            var rows = new List<SettingsCsv.Row>();
            try
            {
                using var reader = CsvReader.Create(content, SettingsCsv.ReaderOptions);
                reader.ReadHeader();
                var headers = reader.Headers.Select(h => h.Trim().ToLowerInvariant()).ToList();
                if (!CheckHeader(headers, report))
                {
                    return rows;
                }

                var index = headers.Select((h, i) => (h, i)).ToDictionary(x => x.h, x => x.i);
                while (reader.Read())
                {
                    var number = checked((int)reader.RowNumber) + 1;
                    if (rows.Count == maximumRows)
                    {
                        report.Add("file", $"The file has more than {maximumRows} rows; split it into smaller files.");
                        return rows;
                    }

                    if (reader.FieldCount > headers.Count)
                    {
                        report.Add(SettingsCsv.RowKey(number, "row"), $"Row {number} has {reader.FieldCount} cells but the header has {headers.Count} columns.");
                    }

                    var fieldCount = reader.FieldCount;
                    var row = new SettingsCsv.Row(number, column => index[column] < fieldCount ? reader.GetString(index[column]) : null);
                    rows.Add(row);
                }
            }
            catch (CsvFormatException)
            {
                report.Add("file", $"The file is not well-formed CSV after row {rows.Count + 1}: check for a quote (\") that is opened and never closed.");
            }

            if (rows.Count == 0 && !report.Any)
            {
                report.Add("file", "The file has a header but no settings.");
            }

            return rows;
        }

        private static bool CheckHeader(List<string> headers, Report report)
        {
            var expected = $"The first row must name the columns: {string.Join(",", SettingsCsv.Columns)}.";
            if (headers.Count == 0 || headers.All(string.IsNullOrEmpty))
            {
                report.Add("header", "The file has no header row. " + expected);
                return false;
            }

            var missing = SettingsCsv.Columns.Except(headers).ToList();
            var unknown = headers.Except(SettingsCsv.Columns).ToList();
            var repeated = headers.GroupBy(h => h).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
            var problems = new List<string>();
            if (missing.Count > 0)
            {
                problems.Add($"Missing columns: {string.Join(", ", missing)}.");
            }

            if (unknown.Contains(SettingsCsv.FormerS41Approved) && missing.Contains(SettingsCsv.Status))
            {
                problems.Add($"The {SettingsCsv.FormerS41Approved} column is now {SettingsCsv.Status}: give each setting's status, one of {string.Join(", ", Enum.GetNames<SettingStatus>())}.");
            }

            if (unknown.Count > 0)
            {
                problems.Add($"Unknown columns: {string.Join(", ", unknown.Select(u => u.Length == 0 ? "(blank)" : u))}.");
            }

            if (repeated.Count > 0)
            {
                problems.Add($"Columns named twice: {string.Join(", ", repeated)}.");
            }

            if (problems.Count == 0)
            {
                return true;
            }

            report.Add("header", $"{string.Join(" ", problems)} {expected}");
            return false;
        }

        private static void CheckRows(List<SettingsCsv.Row> rows, Dictionary<string, SectorId> sectors, Report report)
        {
            var validator = new SettingFieldsValidator<SettingsCsv.Row>();
            var firstRowOfUrn = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var row in rows)
            {
                foreach (var (column, problem) in row.Problems)
                {
                    report.Add(SettingsCsv.RowKey(row.Number, column), $"Row {row.Number}, {column}: {problem}");
                }

                foreach (var failure in validator.Validate(row).Errors)
                {
                    var column = SettingsCsv.ColumnOfField.GetValueOrDefault(FieldNames.ToJsonPath(failure.PropertyName), failure.PropertyName);
                    if (!row.Problems.ContainsKey(column))
                    {
                        report.Add(SettingsCsv.RowKey(row.Number, column), $"Row {row.Number}, {column}: {failure.ErrorMessage}");
                    }
                }

                if (row.Sector is not null && !sectors.ContainsKey(row.Sector))
                {
                    report.Add(SettingsCsv.RowKey(row.Number, SettingsCsv.Sector), $"Row {row.Number}, sector: there is no sector '{row.Sector}'. Use one of {string.Join(", ", sectors.Keys.Order(StringComparer.Ordinal))}.");
                }

                if (Urn.TryParse(row.Urn, out var urn))
                {
                    if (firstRowOfUrn.TryGetValue(urn!.Value, out var first))
                    {
                        report.Add(SettingsCsv.RowKey(row.Number, SettingsCsv.Urn), $"Row {row.Number}, urn: URN {urn} is also on row {first}; each setting appears once.");
                    }
                    else
                    {
                        firstRowOfUrn[urn.Value] = row.Number;
                    }
                }
            }
        }
    }

    /// <summary>The problems found so far, by row and column, up to a limit.</summary>
    private sealed class Report(int limit)
    {
        private readonly Dictionary<string, List<string>> _errors = [];
        private int _count;

        public bool Any => _errors.Count > 0;

        public void Add(string key, string message)
        {
            if (_count++ >= limit)
            {
                return;
            }

            if (!_errors.TryGetValue(key, out var messages))
            {
                _errors[key] = messages = [];
            }

            messages.Add(message);
        }

        public void ThrowIfAny()
        {
            if (!Any)
            {
                return;
            }

            if (_count > limit)
            {
                _errors["file"] = [.. _errors.GetValueOrDefault("file") ?? [], $"There are {_count} problems; the first {limit} are listed. Nothing was imported."];
            }
            else
            {
                _errors["file"] = [.. _errors.GetValueOrDefault("file") ?? [], "Nothing was imported: correct these rows and import the whole file again."];
            }

            throw new RequestValidationException(_errors.ToDictionary(e => e.Key, e => e.Value.ToArray()));
        }
    }
}
