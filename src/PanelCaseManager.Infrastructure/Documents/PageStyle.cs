using SkiaSharp;

namespace PanelCaseManager.Infrastructure.Documents;

/// <summary>
/// A4 geometry and type sizes, in points. The address window follows GOV.UK Notify's letter specification (the
/// address sits 24.6 mm from the left and 39.5 mm from the top, in a box 95.96 × 26.8 mm, at most 7 lines), which
/// also fits a standard C5/DL windowed envelope; the body keeps Notify's 15 mm minimum side margins.
/// </summary>
public sealed record PageStyle
{
    public const float PointsPerMillimetre = 72f / 25.4f;

    public static PageStyle A4Letter { get; } = new();

    public float Width { get; init; } = Mm(210);
    public float Height { get; init; } = Mm(297);
    public float MarginLeft { get; init; } = Mm(24.6f);
    public float MarginRight { get; init; } = Mm(20);
    public float FirstPageTop { get; init; } = Mm(12);
    public float LaterPageTop { get; init; } = Mm(22);
    public float BodyBottom { get; init; } = Mm(276);
    public float FooterBaseline { get; init; } = Mm(287);

    public SKRect AddressWindow { get; init; } = SKRect.Create(Mm(24.6f), Mm(39.5f), Mm(95.96f), Mm(26.8f));
    public int AddressMaximumLines { get; init; } = 7;
    public float ContactColumnLeft { get; init; } = Mm(128);

    public float BodySize { get; init; } = 12f;
    public float BodyLeading { get; init; } = 16.5f;
    public float TitleSize { get; init; } = 17f;
    public float TitleLeading { get; init; } = 22f;
    public float HeadingSize { get; init; } = 13.5f;
    public float HeadingLeading { get; init; } = 18f;
    public float SmallSize { get; init; } = 10f;
    public float SmallLeading { get; init; } = 13f;
    public float TableSize { get; init; } = 11f;
    public float TableLeading { get; init; } = 14.5f;

    public float ParagraphSpacing { get; init; } = 8f;
    public float HeadingSpaceBefore { get; init; } = 12f;
    public float HeadingSpaceAfter { get; init; } = 4f;
    public float BulletIndent { get; init; } = 16f;
    public float CellPadding { get; init; } = 4f;

    /// <summary>GOV.UK's text colour on white: contrast about 19:1.</summary>
    public SKColor Text { get; init; } = new(0x0B, 0x0C, 0x0C);

    /// <summary>GOV.UK's secondary text colour: contrast about 7:1 on white, above WCAG AA's 4.5:1.</summary>
    public SKColor SecondaryText { get; init; } = new(0x50, 0x5A, 0x5F);
    public SKColor Rule { get; init; } = new(0xB1, 0xB4, 0xB6);
    public SKColor HeaderFill { get; init; } = new(0xF3, 0xF2, 0xF1);

    /// <summary>Faint enough behind the text that the text keeps its contrast.</summary>
    public SKColor Watermark { get; init; } = new(0xE8, 0xE8, 0xE8);

    public float ContentWidth => Width - MarginLeft - MarginRight;

    public static float Mm(float millimetres) => millimetres * PointsPerMillimetre;
}
