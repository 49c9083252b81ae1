using System.Globalization;
using System.Text;
using CsvHelper;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Domain.PlacementRequests;
using PanelCaseManager.Domain.Provision;

namespace PanelCaseManager.Application.Features.Provision;

/// <summary>
/// The settings catalogue as a spreadsheet file: UTF-8 CSV with one header row, the columns below in any order.
/// Cells a spreadsheet would run as a formula (starting =, +, -, @, tab or CR) are written with a leading
/// apostrophe, and that apostrophe is removed again on import, so a file survives a round trip unchanged.
/// </summary>
public static class SettingsCsv
{
    public const string Urn = "urn";
    public const string Name = "name";
    public const string Phase = "phase";
    public const string LowestAge = "lowest_age";
    public const string HighestAge = "highest_age";
    public const string Kind = "kind";
    public const string Sector = "sector";
    public const string Status = "status";

    /// <summary>The column that <see cref="Status"/> replaced; a file that still has it is told so.</summary>
    public const string FormerS41Approved = "s41_approved";
    public const string InAuthorityArea = "in_authority_area";
    public const string Postcode = "postcode";
    public const string Latitude = "latitude";
    public const string Longitude = "longitude";
    public const string CommissionedPlaces = "commissioned_places";
    public const string PlacesFilled = "places_filled";
    public const string AnnualCost = "annual_cost";

    public static readonly IReadOnlyList<string> Columns =
    [
        Urn, Name, Phase, LowestAge, HighestAge, Kind, Sector, Status, InAuthorityArea, Postcode, Latitude, Longitude,
        CommissionedPlaces, PlacesFilled, AnnualCost,
    ];

    /// <summary>The column that holds each field of <see cref="ISettingFields"/>, by the field's JSON name.</summary>
    public static readonly IReadOnlyDictionary<string, string> ColumnOfField = new Dictionary<string, string>
    {
        ["urn"] = Urn,
        ["name"] = Name,
        ["phase"] = Phase,
        ["lowestAge"] = LowestAge,
        ["highestAge"] = HighestAge,
        ["kind"] = Kind,
        ["sector"] = Sector,
        ["status"] = Status,
        ["inAuthorityArea"] = InAuthorityArea,
        ["postcode"] = Postcode,
        ["latitude"] = Latitude,
        ["longitude"] = Longitude,
        ["commissionedPlaces"] = CommissionedPlaces,
        ["placesFilled"] = PlacesFilled,
        ["annualCost"] = AnnualCost,
    };

    /// <summary>The characters that make a spreadsheet cell a formula (OWASP's list).</summary>
    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];

    public static string RowKey(int row, string column) => CsvImport.RowKey(row, column);

    /// <summary>Undoes the apostrophe that <see cref="Write"/> puts before a formula-like cell.</summary>
    public static string? Unneutralise(string? cell) =>
        cell is { Length: > 1 } && cell[0] == '\'' && FormulaStarts.Contains(cell[1]) ? cell[1..] : cell;

    /// <summary>Writes the settings, one row each, with the header first.</summary>
    public static byte[] Write(IEnumerable<SettingView> settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        using var stream = new MemoryStream();
        var options = CsvWriterOptions.Default with
        {
            Injection = CsvInjection.Escape,
            WriteByteOrderMark = true,
            TrueValue = "true",
            FalseValue = "false",
            FormatProvider = CultureInfo.InvariantCulture,
        };
        using (var writer = CsvWriter.Create(stream, options, leaveOpen: true))
        {
            writer.WriteHeader(Columns.ToArray());
            foreach (var s in settings)
            {
                writer.WriteField(s.Urn);
                writer.WriteField(s.Name);
                writer.WriteField(s.Phase.ToString());
                writer.WriteField(s.LowestAge, default);
                writer.WriteField(s.HighestAge, default);
                writer.WriteField(s.Kind.ToString());
                writer.WriteField(s.Sector);
                writer.WriteField(s.Status.ToString());
                writer.WriteField(s.InAuthorityArea);
                writer.WriteField(s.Postcode);
                writer.WriteField(s.Latitude, default);
                writer.WriteField(s.Longitude, default);
                writer.WriteField(s.CommissionedPlaces, default);
                writer.WriteField(s.PlacesFilled, default);
                writer.WriteField(s.AnnualCost, "0.00");
                writer.EndRecord();
            }

            writer.Flush();
        }

        return stream.ToArray();
    }

    /// <summary>One data row as read, with the problems met turning its cells into values.</summary>
    public sealed class Row : ISettingFields
    {
        private readonly Dictionary<string, string> _problems = [];

        public Row(int number, Func<string, string?> cell)
        {
            ArgumentNullException.ThrowIfNull(cell);
            Number = number;
            Urn = Text(cell(SettingsCsv.Urn));
            Name = Text(cell(SettingsCsv.Name));
            Phase = EnumValue<SettingPhase>(SettingsCsv.Phase, cell);
            LowestAge = Whole(SettingsCsv.LowestAge, cell);
            HighestAge = Whole(SettingsCsv.HighestAge, cell);
            Kind = EnumValue<ProvisionKind>(SettingsCsv.Kind, cell);
            Sector = Text(cell(SettingsCsv.Sector));
            Status = EnumValue<SettingStatus>(SettingsCsv.Status, cell);
            InAuthorityArea = YesNo(SettingsCsv.InAuthorityArea, cell);
            Postcode = Text(cell(SettingsCsv.Postcode));
            Latitude = Coordinate(SettingsCsv.Latitude, cell);
            Longitude = Coordinate(SettingsCsv.Longitude, cell);
            CommissionedPlaces = Whole(SettingsCsv.CommissionedPlaces, cell);
            PlacesFilled = Whole(SettingsCsv.PlacesFilled, cell);
            AnnualCost = Pounds(SettingsCsv.AnnualCost, cell);
        }

        /// <summary>The row's number as a spreadsheet shows it: the header is row 1.</summary>
        public int Number { get; }

        /// <summary>Cells that could not be read as their column's kind of value, by column.</summary>
        public IReadOnlyDictionary<string, string> Problems => _problems;

        public string? Urn { get; }
        public string? Name { get; }
        public SettingPhase? Phase { get; }
        public int? LowestAge { get; }
        public int? HighestAge { get; }
        public ProvisionKind? Kind { get; }
        public string? Sector { get; }
        public SettingStatus? Status { get; }
        public bool? InAuthorityArea { get; }
        public string? Postcode { get; }
        public double? Latitude { get; }
        public double? Longitude { get; }
        public int? CommissionedPlaces { get; }
        public int? PlacesFilled { get; }
        public decimal? AnnualCost { get; }

        private static string? Text(string? cell) => string.IsNullOrWhiteSpace(cell) ? null : Unneutralise(cell.Trim());

        private T? EnumValue<T>(string column, Func<string, string?> cell)
            where T : struct, Enum
        {
            var text = Text(cell(column));
            if (text is null)
            {
                return null;
            }

            if (!char.IsDigit(text[0]) && Enum.TryParse<T>(text, ignoreCase: true, out var value) && Enum.IsDefined(value))
            {
                return value;
            }

            _problems[column] = $"'{text}' is not one of {string.Join(", ", Enum.GetNames<T>())}.";
            return null;
        }

        private int? Whole(string column, Func<string, string?> cell)
        {
            var text = Text(cell(column));
            if (text is null)
            {
                return null;
            }

            if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
            {
                return value;
            }

            _problems[column] = $"'{text}' is not a whole number.";
            return null;
        }

        private double? Coordinate(string column, Func<string, string?> cell)
        {
            var text = Text(cell(column));
            if (text is null)
            {
                return null;
            }

            if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value))
            {
                return value;
            }

            _problems[column] = $"'{text}' is not a number; use a full stop for decimals, like 51.905.";
            return null;
        }

        private decimal? Pounds(string column, Func<string, string?> cell)
        {
            var text = Text(cell(column));
            if (text is null)
            {
                return null;
            }

            var plain = text.Replace("£", string.Empty, StringComparison.Ordinal).Replace(",", string.Empty, StringComparison.Ordinal);
            if (decimal.TryParse(plain, NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
            {
                return value;
            }

            _problems[column] = $"'{text}' is not an amount in pounds, like 23450.00.";
            return null;
        }

        private bool? YesNo(string column, Func<string, string?> cell)
        {
            var text = Text(cell(column))?.ToUpperInvariant();
            switch (text)
            {
                case null:
                    return null;
                case "TRUE" or "YES":
                    return true;
                case "FALSE" or "NO":
                    return false;
                default:
                    _problems[column] = $"'{cell(column)?.Trim()}' is not true or false.";
                    return null;
            }
        }
    }
}
