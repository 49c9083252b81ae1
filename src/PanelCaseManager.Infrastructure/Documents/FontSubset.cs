using System.Buffers.Binary;

namespace PanelCaseManager.Infrastructure.Documents;

/// <summary>
/// Cuts a TrueType font down to the glyphs a document uses, so a letter carries tens of kilobytes of font rather
/// than the whole face (Skia's PDF backend, as SkiaSharp builds it, embeds fonts whole). Glyph numbers are kept:
/// unused glyphs are emptied, not removed, so shaping done with the full font still points at the right glyphs,
/// and the character map stays whole so copied text maps back to the right characters. Tables only a shaper or a
/// hinting rasteriser at small pixel sizes needs (GSUB, GPOS, kern, hdmx…) are dropped, and glyph names with them.
/// </summary>
internal sealed class FontSubset
{
    private static readonly HashSet<string> Dropped = new(StringComparer.Ordinal) { "GSUB", "GPOS", "GDEF", "kern", "hdmx", "VDMX", "LTSH", "DSIG", "FFTM", "PCLT", "MATH" };

    private readonly byte[] _font;
    private readonly Dictionary<string, (int Offset, int Length)> _tables;
    private readonly int[] _glyphOffsets;

    private FontSubset(byte[] font, Dictionary<string, (int Offset, int Length)> tables, int[] glyphOffsets)
    {
        _font = font;
        _tables = tables;
        _glyphOffsets = glyphOffsets;
    }

    public int GlyphCount => _glyphOffsets.Length - 1;

    /// <summary>Reads the tables a subset needs; a font without TrueType outlines cannot be subset this way.</summary>
    public static FontSubset? TryRead(byte[] font)
    {
        var span = font.AsSpan();
        var count = BinaryPrimitives.ReadUInt16BigEndian(span[4..]);
        var tables = new Dictionary<string, (int, int)>(StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var record = span.Slice(12 + (16 * i), 16);
            var tag = System.Text.Encoding.ASCII.GetString(record[..4]);
            tables[tag] = ((int)BinaryPrimitives.ReadUInt32BigEndian(record[8..]), (int)BinaryPrimitives.ReadUInt32BigEndian(record[12..]));
        }

        if (!tables.TryGetValue("glyf", out _) || !tables.TryGetValue("loca", out var loca) || !tables.TryGetValue("head", out var head) || !tables.TryGetValue("maxp", out var maxp))
        {
            return null;
        }

        var glyphs = BinaryPrimitives.ReadUInt16BigEndian(span[(maxp.Item1 + 4)..]);
        var longOffsets = BinaryPrimitives.ReadInt16BigEndian(span[(head.Item1 + 50)..]) == 1;
        var offsets = new int[glyphs + 1];
        for (var g = 0; g <= glyphs; g++)
        {
            offsets[g] = longOffsets
                ? (int)BinaryPrimitives.ReadUInt32BigEndian(span[(loca.Item1 + (4 * g))..])
                : BinaryPrimitives.ReadUInt16BigEndian(span[(loca.Item1 + (2 * g))..]) * 2;
        }

        return new FontSubset(font, tables, offsets);
    }

    /// <summary>A font file holding only these glyphs (and .notdef, and the parts of composite glyphs).</summary>
    public byte[] Keep(IEnumerable<ushort> used)
    {
        var keep = new HashSet<int> { 0 };
        var pending = new Stack<int>(used.Select(g => (int)g).Where(g => g < GlyphCount));
        while (pending.Count > 0)
        {
            var glyph = pending.Pop();
            if (keep.Add(glyph))
            {
                foreach (var component in Components(glyph))
                {
                    if (!keep.Contains(component))
                    {
                        pending.Push(component);
                    }
                }
            }
        }

        var glyf = _tables["glyf"];
        var newGlyf = new MemoryStream();
        var newLoca = new byte[4 * (GlyphCount + 1)];
        for (var g = 0; g < GlyphCount; g++)
        {
            BinaryPrimitives.WriteUInt32BigEndian(newLoca.AsSpan(4 * g), (uint)newGlyf.Length);
            if (keep.Contains(g))
            {
                var length = _glyphOffsets[g + 1] - _glyphOffsets[g];
                newGlyf.Write(_font, glyf.Offset + _glyphOffsets[g], length);
                while (newGlyf.Length % 4 != 0)
                {
                    newGlyf.WriteByte(0);
                }
            }
        }

        BinaryPrimitives.WriteUInt32BigEndian(newLoca.AsSpan(4 * GlyphCount), (uint)newGlyf.Length);

        var tables = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var (tag, (offset, length)) in _tables)
        {
            if (!Dropped.Contains(tag))
            {
                tables[tag] = _font.AsSpan(offset, length).ToArray();
            }
        }

        tables["glyf"] = newGlyf.ToArray();
        tables["loca"] = newLoca;
        var head = tables["head"];
        BinaryPrimitives.WriteInt16BigEndian(head.AsSpan(50), 1);
        BinaryPrimitives.WriteUInt32BigEndian(head.AsSpan(8), 0);
        if (tables.TryGetValue("post", out var post) && post.Length >= 32)
        {
            // Version 3: no glyph names, which for DejaVu are most of the table.
            var names = post.AsSpan(0, 32).ToArray();
            BinaryPrimitives.WriteUInt32BigEndian(names, 0x00030000);
            tables["post"] = names;
        }

        return Assemble(tables);
    }

    private List<int> Components(int glyph)
    {
        var start = _tables["glyf"].Offset + _glyphOffsets[glyph];
        var length = _glyphOffsets[glyph + 1] - _glyphOffsets[glyph];
        if (length < 10 || BinaryPrimitives.ReadInt16BigEndian(_font.AsSpan(start)) >= 0)
        {
            return [];
        }

        // A composite glyph: a list of (flags, glyph, arguments, transform) records.
        var components = new List<int>();
        var at = start + 10;
        ushort flags;
        do
        {
            flags = BinaryPrimitives.ReadUInt16BigEndian(_font.AsSpan(at));
            components.Add(BinaryPrimitives.ReadUInt16BigEndian(_font.AsSpan(at + 2)));
            at += 4 + ((flags & 0x0001) != 0 ? 4 : 2);
            at += (flags & 0x0008) != 0 ? 2 : (flags & 0x0040) != 0 ? 4 : (flags & 0x0080) != 0 ? 8 : 0;
        }
        while ((flags & 0x0020) != 0);

        return components;
    }

    private static byte[] Assemble(SortedDictionary<string, byte[]> tables)
    {
        var count = tables.Count;
        var power = 1;
        var log = 0;
        while (power * 2 <= count)
        {
            power *= 2;
            log++;
        }

        var header = 12 + (16 * count);
        var size = header + tables.Values.Sum(t => (t.Length + 3) & ~3);
        var font = new byte[size];
        var span = font.AsSpan();
        BinaryPrimitives.WriteUInt32BigEndian(span, 0x00010000);
        BinaryPrimitives.WriteUInt16BigEndian(span[4..], (ushort)count);
        BinaryPrimitives.WriteUInt16BigEndian(span[6..], (ushort)(power * 16));
        BinaryPrimitives.WriteUInt16BigEndian(span[8..], (ushort)log);
        BinaryPrimitives.WriteUInt16BigEndian(span[10..], (ushort)((count - power) * 16));
        var offset = header;
        var index = 0;
        foreach (var (tag, data) in tables)
        {
            var record = span.Slice(12 + (16 * index++), 16);
            System.Text.Encoding.ASCII.GetBytes(tag, record);
            BinaryPrimitives.WriteUInt32BigEndian(record[4..], Checksum(data));
            BinaryPrimitives.WriteUInt32BigEndian(record[8..], (uint)offset);
            BinaryPrimitives.WriteUInt32BigEndian(record[12..], (uint)data.Length);
            data.CopyTo(span[offset..]);
            offset += (data.Length + 3) & ~3;
        }

        return font;
    }

    private static uint Checksum(byte[] data)
    {
        uint sum = 0;
        for (var i = 0; i < data.Length; i += 4)
        {
            uint word = 0;
            for (var j = 0; j < 4; j++)
            {
                word = (word << 8) | (i + j < data.Length ? data[i + j] : 0u);
            }

            sum = unchecked(sum + word);
        }

        return sum;
    }
}
