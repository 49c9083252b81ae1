namespace PanelCaseManager.Infrastructure.Documents;

/// <summary>One line of set text: a slice of shaped glyphs at a size.</summary>
internal sealed record TextLine(ShapedText Shaped, int Start, int End, float Size)
{
    /// <summary>The printed width, not counting the spaces the line ends on.</summary>
    public float Width
    {
        get
        {
            var end = End;
            while (end > Start && Shaped.IsSpace(end - 1))
            {
                end--;
            }

            return Shaped.Width(Start, end) * Size;
        }
    }

    /// <summary>The width of the widest word, the least a column can be without breaking inside a word.</summary>
    public static float WidestWord(FontFace face, string text, float size)
    {
        var shaped = face.Shape(text);
        float widest = 0, word = 0;
        for (var i = 0; i < shaped.Glyphs.Length; i++)
        {
            word = shaped.IsSpace(i) ? 0 : word + shaped.Advances[i];
            widest = Math.Max(widest, word);
        }

        return widest * size;
    }

    /// <summary>Sets text in lines no wider than the width, breaking after spaces, or inside a word too long for a line.</summary>
    public static List<TextLine> Wrap(FontFace face, string text, float size, float maxWidth)
    {
        var lines = new List<TextLine>();
        var shaped = face.Shape(text);
        var count = shaped.Glyphs.Length;
        if (count == 0)
        {
            lines.Add(new TextLine(shaped, 0, 0, size));
            return lines;
        }

        var limit = maxWidth / size;
        var start = 0;
        var width = 0f;
        var breakAt = -1;
        for (var i = 0; i < count; i++)
        {
            if (shaped.IsSpace(i))
            {
                width += shaped.Advances[i];
                breakAt = i + 1;
                continue;
            }

            if (width + shaped.Advances[i] > limit && i > start)
            {
                var end = breakAt > start ? breakAt : i;
                lines.Add(new TextLine(shaped, start, end, size));
                start = end;
                width = shaped.Width(start, i);
                breakAt = -1;
            }

            width += shaped.Advances[i];
        }

        lines.Add(new TextLine(shaped, start, count, size));
        return lines;
    }
}
