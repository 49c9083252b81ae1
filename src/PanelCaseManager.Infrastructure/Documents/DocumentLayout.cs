using SkiaSharp;

namespace PanelCaseManager.Infrastructure.Documents;

internal abstract record DrawOp;

internal sealed record TextOp(TextLine Line, float X, float Baseline, SKColor Color) : DrawOp;

internal sealed record FillOp(SKRect Rect, SKColor Color) : DrawOp;

internal sealed record RuleOp(float X1, float X2, float Y, SKColor Color) : DrawOp;

internal sealed record ImageOp(byte[] Data, SKRect Rect) : DrawOp;

/// <summary>A document that cannot be laid out as asked, such as an address too long for the envelope window.</summary>
public sealed class DocumentLayoutException(string message) : Exception(message);

/// <summary>
/// Flows a document's blocks onto pages: every block is measured first, then placed top to bottom, starting a new
/// page when the next piece does not fit. A heading always has the start of what follows it on its page, a paragraph
/// never leaves a single line behind or carries a single line over, a table repeats its header on each page.
/// </summary>
internal sealed class DocumentLayout
{
    private readonly DocumentFonts _fonts;
    private readonly PageStyle _style;
    private readonly List<List<DrawOp>> _pages = [];
    private List<DrawOp> _page = [];
    private float _y;

    private DocumentLayout(DocumentFonts fonts, PageStyle style)
    {
        _fonts = fonts;
        _style = style;
    }

    private float Left => _style.MarginLeft;

    private float Width => _style.ContentWidth;

    private float PageTop => _pages.Count == 1 ? _style.FirstPageTop : _style.LaterPageTop;

    private bool AtPageTop => _y <= PageTop + 0.01f;

    private float Room => _style.BodyBottom - _y;

    public static List<List<DrawOp>> Lay(DocumentDefinition document, DocumentFonts fonts, PageStyle style)
    {
        var layout = new DocumentLayout(fonts, style);
        layout.StartFirstPage(document);
        var blocks = document.Blocks.Select(layout.Prepare).ToList();
        for (var i = 0; i < blocks.Count; i++)
        {
            layout.Place(blocks[i], i + 1 < blocks.Count ? blocks[i + 1] : null);
        }

        return layout._pages;
    }

    private void NewPage()
    {
        _page = [];
        _pages.Add(_page);
        _y = PageTop;
    }

    private void StartFirstPage(DocumentDefinition document)
    {
        NewPage();
        var bottom = _style.FirstPageTop;
        if (document.Letterhead is { } letterhead)
        {
            if (letterhead.Logo is { Length: > 0 } logo)
            {
                bottom = Math.Max(bottom, PlaceLogo(logo));
            }

            var nameLines = TextLine.Wrap(_fonts.Bold, letterhead.OrganisationName, _style.TitleSize, _style.ContactColumnLeft - Left - PageStyle.Mm(4));
            var y = _style.FirstPageTop;
            foreach (var line in nameLines)
            {
                Text(line, Left, y, _style.TitleLeading, _style.Text);
                y += _style.TitleLeading;
            }

            bottom = Math.Max(bottom, y);
            y = _style.AddressWindow.Top;
            var contactWidth = _style.Width - _style.MarginRight - _style.ContactColumnLeft;
            foreach (var contact in letterhead.ContactLines)
            {
                foreach (var line in TextLine.Wrap(_fonts.Regular, contact, _style.SmallSize, contactWidth))
                {
                    Text(line, _style.ContactColumnLeft, y, _style.SmallLeading, _style.Text);
                    y += _style.SmallLeading;
                }
            }

            bottom = Math.Max(bottom, y);
        }

        if (document.RecipientAddress is { Count: > 0 } address)
        {
            bottom = Math.Max(bottom, PlaceAddress(address));
        }

        _y = bottom > _style.FirstPageTop ? bottom + PageStyle.Mm(10) : _style.FirstPageTop;
    }

    private float PlaceLogo(byte[] logo)
    {
        using var image = SKImage.FromEncodedData(logo)
                          ?? throw new DocumentLayoutException("The logo is not a PNG or JPEG image.");
        var maxHeight = PageStyle.Mm(20);
        var maxWidth = PageStyle.Mm(50);
        var scale = Math.Min(maxHeight / image.Height, maxWidth / image.Width);
        var width = image.Width * scale;
        var height = image.Height * scale;
        var right = _style.Width - _style.MarginRight;
        _page.Add(new ImageOp(logo, SKRect.Create(right - width, _style.FirstPageTop - PageStyle.Mm(2), width, height)));
        return _style.FirstPageTop - PageStyle.Mm(2) + height;
    }

    private float PlaceAddress(IReadOnlyList<string> address)
    {
        var window = _style.AddressWindow;
        var lines = address.Where(l => !string.IsNullOrWhiteSpace(l)).ToList();
        if (lines.Count > _style.AddressMaximumLines)
        {
            throw new DocumentLayoutException($"An address has at most {_style.AddressMaximumLines} lines to fit the envelope window; this one has {lines.Count}.");
        }

        // Larger type when the address is short; smaller so that seven lines still fit the window.
        var (size, leading) = lines.Count <= 5 ? (11f, 14.5f) : (10f, 10.8f);
        var y = window.Top;
        foreach (var text in lines)
        {
            var set = TextLine.Wrap(_fonts.Regular, text.Trim(), size, window.Width);
            if (set.Count > 1)
            {
                throw new DocumentLayoutException($"Address line '{text.Trim()}' is too long for the envelope window; split it over two lines.");
            }

            Text(set[0], window.Left, y, leading, _style.Text);
            y += leading;
        }

        return window.Bottom;
    }

    private void Text(TextLine line, float x, float top, float leading, SKColor color)
    {
        var face = line.Shaped.Face;
        var size = line.Size;
        var baseline = top + ((leading - ((face.Ascent + face.Descent) * size)) / 2) + (face.Ascent * size);
        _page.Add(new TextOp(line, x, baseline, color));
    }

    private Prepared Prepare(DocumentBlock block) => block switch
    {
        Heading h => new PreparedHeading(
            TextLine.Wrap(_fonts.Bold, h.Text, h.Level <= 1 ? _style.TitleSize : _style.HeadingSize, Width),
            h.Level <= 1 ? _style.TitleLeading : _style.HeadingLeading),
        Paragraph p => new PreparedParagraph(
            Paragraphs(p.Text).Select(text => TextLine.Wrap(_fonts.Face(p.Bold), text, _style.BodySize, Width)).ToList()),
        BulletList list => new PreparedList(
            list.Items.Select(item => TextLine.Wrap(_fonts.Regular, Flatten(item), _style.BodySize, Width - _style.BulletIndent)).ToList(),
            TextLine.Wrap(_fonts.Regular, "•", _style.BodySize, Width)[0]),
        Table table => PrepareTable(table),
        SignatureBlock signature => PrepareSignature(signature),
        PageBreak => new PreparedPageBreak(),
        _ => throw new DocumentLayoutException($"A {block.GetType().Name} block cannot be laid out."),
    };

    private static IEnumerable<string> Paragraphs(string text) =>
        text.Replace("\r\n", "\n", StringComparison.Ordinal).Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(Flatten);

    private static string Flatten(string text) => string.Join(' ', text.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));

    private PreparedTable PrepareTable(Table table)
    {
        var columns = table.Header?.Count ?? table.Rows.Select(r => r.Count).DefaultIfEmpty(1).Max();
        var weights = table.ColumnWeights is { } given && given.Count == columns ? given.ToArray() : Enumerable.Repeat(1f, columns).ToArray();
        var pad = _style.CellPadding;
        var widths = ColumnWidths(table, columns, weights, pad);

        PreparedRow Row(IReadOnlyList<string> cells, bool header) => new(Enumerable.Range(0, columns)
            .Select(c => TextLine.Wrap(
                _fonts.Face(header || (table.LabelColumn && c == 0)),
                c < cells.Count ? Flatten(cells[c]) : string.Empty,
                _style.TableSize,
                widths[c] - (2 * pad)))
            .ToArray());

        return new PreparedTable(
            widths,
            table.Header is null ? null : Row(table.Header, header: true),
            table.Rows.Select(r => Row(r, header: false)).ToList());
    }

    /// <summary>Shares the width by weight, but never narrower than a column's longest word where the page allows.</summary>
    private float[] ColumnWidths(Table table, int columns, float[] weights, float pad)
    {
        var rows = table.Header is null ? table.Rows : table.Rows.Prepend(table.Header);
        var least = Enumerable.Range(0, columns)
            .Select(c => rows.Where(r => c < r.Count)
                .Select(r => TextLine.WidestWord(_fonts.Face(table.Header is not null && ReferenceEquals(r, table.Header)), r[c], _style.TableSize))
                .DefaultIfEmpty(0).Max() + (2 * pad) + 1)
            .ToArray();
        var widths = weights.Select(w => Width * w / weights.Sum()).ToArray();
        var narrow = Enumerable.Range(0, columns).Where(c => widths[c] < least[c]).ToList();
        if (narrow.Count == 0 || narrow.Count == columns || narrow.Sum(c => least[c]) >= Width)
        {
            return widths;
        }

        var rest = Width - narrow.Sum(c => least[c]);
        var restWeight = Enumerable.Range(0, columns).Where(c => !narrow.Contains(c)).Sum(c => weights[c]);
        return Enumerable.Range(0, columns).Select(c => narrow.Contains(c) ? least[c] : rest * weights[c] / restWeight).ToArray();
    }

    private PreparedSignature PrepareSignature(SignatureBlock signature)
    {
        var lines = new List<(TextLine Line, float Leading, float GapBefore)>();
        void Add(string text, bool bold, float gap)
        {
            foreach (var (line, i) in TextLine.Wrap(_fonts.Face(bold), text, _style.BodySize, Width).Select((l, i) => (l, i)))
            {
                lines.Add((line, _style.BodyLeading, i == 0 ? gap : 0));
            }
        }

        Add(signature.Closing, false, 0);
        Add(signature.Name, true, _style.BodyLeading * 1.5f);
        if (!string.IsNullOrWhiteSpace(signature.Role))
        {
            Add(signature.Role, false, 0);
        }

        foreach (var contact in signature.ContactLines)
        {
            Add(contact, false, 0);
        }

        return new PreparedSignature(lines);
    }

    /// <summary>The height of the least of a block that must share a page with the heading before it.</summary>
    private float StartHeight(Prepared? block) => block switch
    {
        PreparedParagraph p => Math.Min(2, p.Paragraphs.FirstOrDefault()?.Count ?? 0) * _style.BodyLeading,
        PreparedList l => Math.Min(2, l.Items.FirstOrDefault()?.Count ?? 0) * _style.BodyLeading,
        PreparedTable t => (t.Header is null ? 0 : RowHeight(t.Header)) + (t.Rows.Count > 0 ? RowHeight(t.Rows[0]) : 0),
        PreparedSignature s => s.Height,
        _ => 0,
    };

    private void Place(Prepared block, Prepared? next)
    {
        switch (block)
        {
            case PreparedHeading heading:
                PlaceHeading(heading, next);
                break;
            case PreparedParagraph paragraph:
                foreach (var lines in paragraph.Paragraphs)
                {
                    PlaceLines(lines, Left, _style.BodyLeading, null);
                    _y += _style.ParagraphSpacing;
                }

                break;
            case PreparedList list:
                foreach (var item in list.Items)
                {
                    PlaceLines(item, Left + _style.BulletIndent, _style.BodyLeading, list.Bullet);
                    _y += _style.ParagraphSpacing / 2;
                }

                _y += _style.ParagraphSpacing / 2;
                break;
            case PreparedTable table:
                PlaceTable(table);
                break;
            case PreparedSignature signature:
                if (signature.Height > Room && !AtPageTop)
                {
                    NewPage();
                }

                foreach (var (line, leading, gap) in signature.Lines)
                {
                    _y += gap;
                    Text(line, Left, _y, leading, _style.Text);
                    _y += leading;
                }

                _y += _style.ParagraphSpacing;
                break;
            case PreparedPageBreak:
                NewPage();
                break;
        }
    }

    private void PlaceHeading(PreparedHeading heading, Prepared? next)
    {
        var before = AtPageTop ? 0 : _style.HeadingSpaceBefore;
        var height = before + (heading.Lines.Count * heading.Leading) + _style.HeadingSpaceAfter;
        var keep = Math.Min(StartHeight(next), _style.BodyBottom - _style.LaterPageTop - height);
        if (height + keep > Room && !AtPageTop)
        {
            NewPage();
            before = 0;
        }

        _y += before;
        foreach (var line in heading.Lines)
        {
            Text(line, Left, _y, heading.Leading, _style.Text);
            _y += heading.Leading;
        }

        _y += _style.HeadingSpaceAfter;
    }

    /// <summary>Places a paragraph's lines, breaking pages so that neither page holds a single line of it.</summary>
    private void PlaceLines(List<TextLine> lines, float x, float leading, TextLine? bullet)
    {
        var index = 0;
        while (index < lines.Count)
        {
            var remaining = lines.Count - index;
            var fit = (int)Math.Floor((Room + 0.01f) / leading);
            int take;
            if (fit >= remaining)
            {
                take = remaining;
            }
            else if (fit < 2 && !AtPageTop)
            {
                NewPage();
                continue;
            }
            else
            {
                take = Math.Max(1, fit);
                if (remaining - take == 1 && take > 2)
                {
                    take--;
                }
            }

            for (var i = 0; i < take; i++, index++)
            {
                if (index == 0 && bullet is not null)
                {
                    Text(bullet, x - _style.BulletIndent + 2, _y, leading, _style.Text);
                }

                Text(lines[index], x, _y, leading, _style.Text);
                _y += leading;
            }

            if (index < lines.Count)
            {
                NewPage();
            }
        }
    }

    private float RowHeight(PreparedRow row) => (row.Cells.Max(c => c.Count) * _style.TableLeading) + (2 * _style.CellPadding);

    private void PlaceTable(PreparedTable table)
    {
        var headerHeight = table.Header is null ? 0 : RowHeight(table.Header);
        var firstRow = table.Rows.Count > 0 ? RowHeight(table.Rows[0]) : 0;
        if (headerHeight + Math.Min(firstRow, 3 * _style.TableLeading) > Room && !AtPageTop)
        {
            NewPage();
        }

        if (table.Header is not null)
        {
            PlaceRow(table, table.Header, header: true);
        }
        else
        {
            _page.Add(new RuleOp(Left, Left + Width, _y, _style.Rule));
        }

        foreach (var row in table.Rows)
        {
            var height = RowHeight(row);
            var pageHeight = _style.BodyBottom - _style.LaterPageTop - headerHeight;
            if (height > Room && height <= pageHeight)
            {
                NewTablePage(table);
            }

            PlaceRow(table, row, header: false);
        }

        _y += _style.ParagraphSpacing;
    }

    private void NewTablePage(PreparedTable table)
    {
        NewPage();
        if (table.Header is not null)
        {
            PlaceRow(table, table.Header, header: true);
        }
        else
        {
            _page.Add(new RuleOp(Left, Left + Width, _y, _style.Rule));
        }
    }

    /// <summary>Places a row, carrying the rest of its lines to the next page when a row is taller than a page.</summary>
    private void PlaceRow(PreparedTable table, PreparedRow row, bool header)
    {
        var pad = _style.CellPadding;
        var leading = _style.TableLeading;
        var done = new int[row.Cells.Length];
        while (true)
        {
            var remaining = row.Cells.Select((c, i) => c.Count - done[i]).Max();
            var fit = Math.Max(1, (int)Math.Floor((Room - (2 * pad)) / leading));
            var take = Math.Min(remaining, fit);
            var height = (take * leading) + (2 * pad);
            if (header)
            {
                _page.Add(new FillOp(SKRect.Create(Left, _y, Width, height), _style.HeaderFill));
            }

            var x = Left;
            for (var c = 0; c < row.Cells.Length; c++)
            {
                var y = _y + pad;
                for (var i = 0; i < take && done[c] < row.Cells[c].Count; i++, done[c]++)
                {
                    Text(row.Cells[c][done[c]], x + pad, y, leading, _style.Text);
                    y += leading;
                }

                x += table.Widths[c];
            }

            _y += height;
            _page.Add(new RuleOp(Left, Left + Width, _y, _style.Rule));
            if (take >= remaining)
            {
                return;
            }

            NewTablePage(table);
        }
    }

    private abstract record Prepared;

    private sealed record PreparedHeading(List<TextLine> Lines, float Leading) : Prepared;

    private sealed record PreparedParagraph(List<List<TextLine>> Paragraphs) : Prepared;

    private sealed record PreparedList(List<List<TextLine>> Items, TextLine Bullet) : Prepared;

    private sealed record PreparedRow(List<TextLine>[] Cells);

    private sealed record PreparedTable(float[] Widths, PreparedRow? Header, List<PreparedRow> Rows) : Prepared;

    private sealed record PreparedSignature(List<(TextLine Line, float Leading, float GapBefore)> Lines) : Prepared
    {
        public float Height => Lines.Sum(l => l.Leading + l.GapBefore);
    }

    private sealed record PreparedPageBreak : Prepared;
}
