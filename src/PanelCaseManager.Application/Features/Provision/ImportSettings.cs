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
            RuleFor(c => c.Content).IsCsvFile(options.Value.MaximumImportBytes, "the catalogue");
        }
    }

    public sealed class Handler(PanelDbContext db, IOptions<CatalogueOptions> options) : ICommandHandler<Command, Result>
    {
        public async ValueTask<Result> Handle(Command command, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(command);
            var limits = options.Value;
            var report = new CsvImportProblems(limits.MaximumReportedErrors);
            var rows = CsvImport.Read(command.Content, SettingsCsv.Columns, limits.MaximumImportRows, "settings", (number, cell) => new SettingsCsv.Row(number, cell), report, ExplainHeader);
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

        /// <summary>A catalogue exported before settings had a status has s41_approved where status now is.</summary>
        private static string? ExplainHeader(IReadOnlyList<string> missing, IReadOnlyList<string> unknown) =>
            unknown.Contains(SettingsCsv.FormerS41Approved) && missing.Contains(SettingsCsv.Status)
                ? $"The {SettingsCsv.FormerS41Approved} column is now {SettingsCsv.Status}: give each setting's status, one of {string.Join(", ", Enum.GetNames<SettingStatus>())}."
                : null;

        private static void CheckRows(List<SettingsCsv.Row> rows, Dictionary<string, SectorId> sectors, CsvImportProblems report)
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
}
