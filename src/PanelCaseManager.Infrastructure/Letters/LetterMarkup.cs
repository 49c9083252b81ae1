using System.Text;
using PanelCaseManager.Infrastructure.Documents;

namespace PanelCaseManager.Infrastructure.Letters;

/// <summary>
/// The small text format a filled-in template is written in, read line by line into document blocks:
/// <c># Title</c>, <c>## Heading</c>, <c>### Subheading</c>, <c>- list item</c>, <c>| table | row |</c> (a <c>|---|</c> line makes the row
/// above it the header), <c>**a bold paragraph**</c>, and paragraphs separated by blank lines. Values from the
/// case are marked when they are written in, and marked text is always plain text: a reason that starts with "#"
/// or contains "|" reads as written.
/// </summary>
internal static class LetterMarkup
{
    private const char ValueStart = '\uE000';
    private const char ValueEnd = '\uE001';
    private const char ValueNewLine = '\uE002';

    public static string MarkValue(string value)
    {
        var clean = new StringBuilder(value.Length + 2).Append(ValueStart);
        foreach (var c in value)
        {
            switch (c)
            {
                case ValueStart or ValueEnd or ValueNewLine or '\r':
                    break;
                case '\n':
                    clean.Append(ValueNewLine);
                    break;
                default:
                    clean.Append(c);
                    break;
            }
        }

        return clean.Append(ValueEnd).ToString();
    }

    public static List<DocumentBlock> Parse(string markup)
    {
        var blocks = new List<DocumentBlock>();
        var paragraph = new List<string>();
        var items = new List<string>();
        var rows = new List<IReadOnlyList<string>>();
        IReadOnlyList<string>? header = null;

        void EndParagraph()
        {
            if (paragraph.Count == 0)
            {
                return;
            }

            var text = string.Join(' ', paragraph);
            var bold = text.StartsWith("**", StringComparison.Ordinal) && text.EndsWith("**", StringComparison.Ordinal) && text.Length > 4;
            blocks.Add(new Paragraph(Plain(bold ? text[2..^2] : text, paragraphs: true), bold));
            paragraph.Clear();
        }

        void EndList()
        {
            if (items.Count > 0)
            {
                blocks.Add(new BulletList(items.Select(i => Plain(i, paragraphs: false)).ToList()));
                items.Clear();
            }
        }

        void EndTable()
        {
            if (rows.Count > 0 || header is not null)
            {
                blocks.Add(new Table(rows.ToList()) { Header = header, ColumnWeights = WeightsFor(header, rows) });
                rows.Clear();
                header = null;
            }
        }

        foreach (var raw in markup.Replace("\r", string.Empty, StringComparison.Ordinal).Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0 || IsOnlyMarkedEmpty(line))
            {
                // A list carries on over blank lines (a loop writes one); a paragraph or table ends.
                EndParagraph();
                EndTable();
                continue;
            }

            if (line.StartsWith("# ", StringComparison.Ordinal) || line.StartsWith("## ", StringComparison.Ordinal) || line.StartsWith("### ", StringComparison.Ordinal))
            {
                EndParagraph();
                EndList();
                EndTable();
                var level = line.StartsWith("### ", StringComparison.Ordinal) ? 3 : line.StartsWith("## ", StringComparison.Ordinal) ? 2 : 1;
                blocks.Add(new Heading(Plain(line[(level + 1)..].Trim(), paragraphs: false), level));
            }
            else if (line.StartsWith("- ", StringComparison.Ordinal))
            {
                EndParagraph();
                EndTable();
                items.Add(line[2..].Trim());
            }
            else if (line.StartsWith('|'))
            {
                EndParagraph();
                EndList();
                var cells = Cells(line);
                if (cells.All(c => c.Length > 0 && c.All(ch => ch is '-' or ':')))
                {
                    if (rows.Count > 0 && header is null)
                    {
                        header = rows[^1];
                        rows.RemoveAt(rows.Count - 1);
                    }
                }
                else
                {
                    rows.Add(cells.Select(c => Plain(c, paragraphs: false)).ToList());
                }
            }
            else
            {
                EndList();
                EndTable();
                paragraph.Add(line);
            }
        }

        EndParagraph();
        EndList();
        EndTable();
        return blocks;
    }

    /// <summary>Wider columns for longer text, so a yes/no column does not take a third of the page.</summary>
    private static float[] WeightsFor(IReadOnlyList<string>? header, List<IReadOnlyList<string>> rows)
    {
        var columns = header?.Count ?? rows.Max(r => r.Count);
        var all = header is null ? rows : rows.Prepend(header);
        return Enumerable.Range(0, columns)
            .Select(c => (float)Math.Clamp(all.Where(r => c < r.Count).Select(r => r[c].Length).DefaultIfEmpty(0).Average(), 16, 60))
            .ToArray();
    }

    private static bool IsOnlyMarkedEmpty(string line) => line.All(c => c is ValueStart or ValueEnd || char.IsWhiteSpace(c));

    /// <summary>Splits a table row on the bars that are not inside a value.</summary>
    private static List<string> Cells(string line)
    {
        var cells = new List<string>();
        var current = new StringBuilder();
        var depth = 0;
        foreach (var c in line)
        {
            depth += c == ValueStart ? 1 : c == ValueEnd ? -1 : 0;
            if (c == '|' && depth == 0)
            {
                cells.Add(current.ToString().Trim());
                current.Clear();
            }
            else
            {
                current.Append(c);
            }
        }

        cells.Add(current.ToString().Trim());
        // "| a | b |" has nothing before the first bar or after the last.
        if (cells.Count > 0 && cells[0].Length == 0)
        {
            cells.RemoveAt(0);
        }

        if (cells.Count > 0 && cells[^1].Length == 0)
        {
            cells.RemoveAt(cells.Count - 1);
        }

        return cells;
    }

    /// <summary>Removes the value marks; a line break inside a value starts a new paragraph, or a space where paragraphs cannot be.</summary>
    private static string Plain(string text, bool paragraphs)
    {
        var result = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c == ValueNewLine)
            {
                result.Append(paragraphs ? "\n\n" : " ");
            }
            else if (c is not (ValueStart or ValueEnd))
            {
                result.Append(c);
            }
        }

        return result.ToString().Trim();
    }
}
