using System.Globalization;
using System.Text;
using CsvHelper;
using FluentValidation;

namespace PanelCaseManager.Application.Common;

/// <summary>
/// What every CSV import shares (the settings catalogue, the plan register): the file's checks, the header's
/// checks, reading the rows by column name, and the problems reported by row and column as a spreadsheet numbers
/// them. Each import says only its columns, its rows and what a good row is.
/// </summary>
public static class CsvImport
{
    /// <summary>The key of a problem in a cell: rows[N].column, N being the row a spreadsheet shows (the header is 1).</summary>
    public static string RowKey(int row, string column) => string.Create(CultureInfo.InvariantCulture, $"rows[{row}].{column}");

    public static CsvReaderOptions ReaderOptions { get; } = CsvReaderOptions.Default with
    {
        Separator = ',',
        HasHeader = true,
        TrimWhitespace = true,
        SkipEmptyLines = true,
        MalformedData = CsvMalformedDataHandling.Throw,
        IncludeValuesInExceptions = false,
    };

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Whether the bytes are UTF-8 text (a byte order mark is allowed).</summary>
    public static bool IsUtf8(ReadOnlySpan<byte> content)
    {
        try
        {
            _ = StrictUtf8.GetCharCount(content);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }

    /// <summary>The file is there, within its size, UTF-8 text and not binary (the first that fails is said); its problems are the "file" field's.</summary>
    /// <param name="what">What the file holds, for the messages: "the catalogue", "the plans".</param>
    public static IRuleBuilderOptions<T, byte[]> IsCsvFile<T>(this IRuleBuilderInitial<T, byte[]> rule, int maximumBytes, string what)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return rule
            .Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage($"The file is empty. Send the CSV file of {what} as the request body.")
            .Must(c => c.Length <= maximumBytes).WithMessage($"The file is larger than {maximumBytes / 1024 / 1024} MB; split it into smaller files.")
            .Must(c => IsUtf8(c)).WithMessage("The file is not UTF-8 text. In Excel, save it as 'CSV UTF-8 (Comma delimited)'.")
            .Must(c => !c.AsSpan().Contains((byte)0)).WithMessage($"The file holds binary data, not text. Export {what} as 'CSV UTF-8 (Comma delimited)'.")
            .OverridePropertyName("file");
    }

    /// <summary>
    /// Reads the rows of a file whose header must name exactly <paramref name="columns"/> (in any order, any case).
    /// A problem with the file or its header stops the reading; a row with more cells than the header is reported
    /// and read. Returns the rows read so far.
    /// </summary>
    /// <param name="what">What a row holds, in the plural: "settings", "plans".</param>
    /// <param name="row">Makes a row from its number and a cell reader by column name (null for a missing cell).</param>
    /// <param name="explainHeader">Says more about a header that is missing columns, given the missing and unknown ones.</param>
    public static List<TRow> Read<TRow>(
        byte[] content,
        IReadOnlyList<string> columns,
        int maximumRows,
        string what,
        Func<int, Func<string, string?>, TRow> row,
        CsvImportProblems problems,
        Func<IReadOnlyList<string>, IReadOnlyList<string>, string?>? explainHeader = null)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(problems);
        var rows = new List<TRow>();
        try
        {
            using var reader = CsvReader.Create(content, ReaderOptions);
            reader.ReadHeader();
            var headers = reader.Headers.Select(h => h.Trim().ToLowerInvariant()).ToList();
            if (!CheckHeader(headers, columns, problems, explainHeader))
            {
                return rows;
            }

            var index = headers.Select((h, i) => (h, i)).ToDictionary(x => x.h, x => x.i);
            while (reader.Read())
            {
                var number = checked((int)reader.RowNumber) + 1;
                if (rows.Count == maximumRows)
                {
                    problems.Add("file", $"The file has more than {maximumRows} rows; split it into smaller files.");
                    return rows;
                }

                if (reader.FieldCount > headers.Count)
                {
                    problems.Add(RowKey(number, "row"), $"Row {number} has {reader.FieldCount} cells but the header has {headers.Count} columns.");
                }

                var fieldCount = reader.FieldCount;
                rows.Add(row(number, column => index[column] < fieldCount ? reader.GetString(index[column]) : null));
            }
        }
        catch (CsvFormatException)
        {
            problems.Add("file", $"The file is not well-formed CSV after row {rows.Count + 1}: check for a quote (\") that is opened and never closed.");
        }

        if (rows.Count == 0 && !problems.Any)
        {
            problems.Add("file", $"The file has a header but no {what}.");
        }

        return rows;
    }

    private static bool CheckHeader(
        List<string> headers,
        IReadOnlyList<string> columns,
        CsvImportProblems problems,
        Func<IReadOnlyList<string>, IReadOnlyList<string>, string?>? explainHeader)
    {
        var expected = $"The first row must name the columns: {string.Join(",", columns)}.";
        if (headers.Count == 0 || headers.All(string.IsNullOrEmpty))
        {
            problems.Add("header", "The file has no header row. " + expected);
            return false;
        }

        var missing = columns.Except(headers).ToList();
        var unknown = headers.Except(columns).ToList();
        var repeated = headers.GroupBy(h => h).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        var said = new List<string>();
        if (missing.Count > 0)
        {
            said.Add($"Missing columns: {string.Join(", ", missing)}.");
        }

        if (explainHeader?.Invoke(missing, unknown) is { } explanation)
        {
            said.Add(explanation);
        }

        if (unknown.Count > 0)
        {
            said.Add($"Unknown columns: {string.Join(", ", unknown.Select(u => u.Length == 0 ? "(blank)" : u))}.");
        }

        if (repeated.Count > 0)
        {
            said.Add($"Columns named twice: {string.Join(", ", repeated)}.");
        }

        if (said.Count == 0)
        {
            return true;
        }

        problems.Add("header", $"{string.Join(" ", said)} {expected}");
        return false;
    }
}

/// <summary>The problems an import found so far, by row and column, up to a limit; thrown as one 400 that names them all.</summary>
public sealed class CsvImportProblems(int limit)
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

    /// <summary>Refuses the whole file if anything is wrong, saying that nothing was imported.</summary>
    public void ThrowIfAny()
    {
        if (!Any)
        {
            return;
        }

        var closing = _count > limit
            ? $"There are {_count} problems; the first {limit} are listed. Nothing was imported."
            : "Nothing was imported: correct these rows and import the whole file again.";
        _errors["file"] = [.. _errors.GetValueOrDefault("file") ?? [], closing];
        throw new RequestValidationException(_errors.ToDictionary(e => e.Key, e => e.Value.ToArray()));
    }
}
