using System.Globalization;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Features.Provision;
using PanelCaseManager.Domain.Children;

namespace PanelCaseManager.Application.Features.Plans;

/// <summary>
/// The plan register as a spreadsheet file from the council's previous system: UTF-8 CSV with one header row and the
/// columns below in any order (docs/adr/0206). Dates are written 2026-09-01 or 01/09/2026; a year group as
/// "Reception", "R", "Year 7", "Y7" or 7 (the year before Reception as "Nursery" or -1).
/// </summary>
public static class PlansCsv
{
    public const string Upn = "upn";
    public const string GivenName = "given_name";
    public const string FamilyName = "family_name";
    public const string DateOfBirth = "date_of_birth";
    public const string YearGroup = "year_group";
    public const string SettingUrn = "setting_urn";
    public const string PlanDate = "plan_date";
    public const string LastReviewDate = "last_review_date";
    public const string OfficerEmail = "officer_email";

    public static readonly IReadOnlyList<string> Columns =
        [Upn, GivenName, FamilyName, DateOfBirth, YearGroup, SettingUrn, PlanDate, LastReviewDate, OfficerEmail];

    /// <summary>The columns a row may leave empty.</summary>
    public static readonly IReadOnlySet<string> Optional = new HashSet<string>(StringComparer.Ordinal) { Upn, LastReviewDate };

    public const int NameMaxLength = 100;
    public const int EmailMaxLength = 254;

    /// <summary>The characters that make a spreadsheet cell a formula (OWASP's list): a register has no cell that starts with one.</summary>
    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];

    private static readonly string[] DateFormats = ["yyyy-MM-dd", "dd/MM/yyyy", "d/M/yyyy"];

    public static string RowKey(int row, string column) => CsvImport.RowKey(row, column);

    /// <summary>One data row as read, with the problems met turning its cells into values.</summary>
    public sealed class Row
    {
        private readonly Dictionary<string, string> _problems = [];

        public Row(int number, Func<string, string?> cell)
        {
            ArgumentNullException.ThrowIfNull(cell);
            Number = number;
            var upn = Text(Upn, cell);
            if (upn is not null)
            {
                if (UniquePupilNumber.TryParse(upn, out var parsed))
                {
                    UniquePupilNumber = parsed;
                }
                else
                {
                    _problems[Upn] = $"'{upn}' is not a unique pupil number (13 characters: a letter, 11 digits and a check character).";
                }
            }

            GivenName = Name(GivenName_, cell);
            FamilyName = Name(FamilyName_, cell);
            DateOfBirth = Date(PlansCsv.DateOfBirth, cell);
            YearGroup = Year(cell);
            SettingUrn = Text(PlansCsv.SettingUrn, cell);
            PlanDate = Date(PlansCsv.PlanDate, cell);
            LastReviewDate = Date(PlansCsv.LastReviewDate, cell);
            OfficerEmail = Text(PlansCsv.OfficerEmail, cell);
            if (OfficerEmail is { Length: > EmailMaxLength })
            {
                _problems[PlansCsv.OfficerEmail] = $"An email address is {EmailMaxLength} characters or fewer.";
                OfficerEmail = null;
            }

            foreach (var column in Columns.Where(c => !Optional.Contains(c) && !_problems.ContainsKey(c) && string.IsNullOrWhiteSpace(cell(c))))
            {
                _problems[column] = "This cell is empty; every row needs it.";
            }
        }

        private const string GivenName_ = PlansCsv.GivenName;
        private const string FamilyName_ = PlansCsv.FamilyName;

        /// <summary>The row's number as a spreadsheet shows it: the header is row 1.</summary>
        public int Number { get; }

        /// <summary>Cells that could not be read as their column's kind of value, by column.</summary>
        public IReadOnlyDictionary<string, string> Problems => _problems;

        public UniquePupilNumber? UniquePupilNumber { get; }
        public string? GivenName { get; }
        public string? FamilyName { get; }
        public DateOnly? DateOfBirth { get; }
        public SchoolYear? YearGroup { get; }
        public string? SettingUrn { get; }
        public DateOnly? PlanDate { get; }
        public DateOnly? LastReviewDate { get; }
        public string? OfficerEmail { get; }

        /// <summary>The same child as another row: the same UPN, or the same name and date of birth.</summary>
        public string? NameKey => GivenName is null || FamilyName is null || DateOfBirth is null
            ? null
            : string.Create(CultureInfo.InvariantCulture, $"{GivenName.ToUpperInvariant()}|{FamilyName.ToUpperInvariant()}|{DateOfBirth:yyyy-MM-dd}");

        private string? Text(string column, Func<string, string?> cell)
        {
            var text = cell(column);
            if (string.IsNullOrWhiteSpace(text))
            {
                return null;
            }

            text = text.Trim();
            if (FormulaStarts.Contains(text[0]) || (text.Length > 1 && text[0] == '\'' && FormulaStarts.Contains(text[1])))
            {
                _problems[column] = "The cell starts like a spreadsheet formula (=, +, -, @); a register holds no formulas. Type the value itself.";
                return null;
            }

            if (text.Any(char.IsControl))
            {
                _problems[column] = "The cell holds a control character (such as a line break); type the value on one line.";
                return null;
            }

            return text;
        }

        private string? Name(string column, Func<string, string?> cell)
        {
            var text = Text(column, cell);
            if (text is { Length: > NameMaxLength })
            {
                _problems[column] = $"A name is {NameMaxLength} characters or fewer.";
                return null;
            }

            return text;
        }

        private DateOnly? Date(string column, Func<string, string?> cell)
        {
            var text = Text(column, cell);
            if (text is null)
            {
                return null;
            }

            if (DateOnly.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) && date.Year >= 1900)
            {
                return date;
            }

            _problems[column] = $"'{text}' is not a date; write it as 2026-09-01 or 01/09/2026.";
            return null;
        }

        private SchoolYear? Year(Func<string, string?> cell)
        {
            var text = Text(PlansCsv.YearGroup, cell);
            if (text is null)
            {
                return null;
            }

            if (ParseYearGroup(text) is { } year)
            {
                return year;
            }

            _problems[PlansCsv.YearGroup] = $"'{text}' is not a year group; write Nursery, Reception, or Year 1 to Year 14.";
            return null;
        }
    }

    /// <summary>A year group as registers write it: "Reception", "R", "YR", "Year 7", "Y7", "7"; the year before Reception "Nursery", "N" or -1.</summary>
    public static SchoolYear? ParseYearGroup(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var t = text.Trim().ToUpperInvariant().Replace(" ", string.Empty, StringComparison.Ordinal);
        switch (t)
        {
            case "R" or "YR" or "RECEPTION":
                return new SchoolYear(SchoolYear.Reception);
            case "N" or "NURSERY" or "-1":
                return new SchoolYear(SchoolYear.Reception - 1);
        }

        var digits = t.StartsWith("YEAR", StringComparison.Ordinal) ? t[4..] : t.StartsWith('Y') ? t[1..] : t;
        return int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number is >= 1 and <= 14
            ? new SchoolYear(number)
            : null;
    }
}
