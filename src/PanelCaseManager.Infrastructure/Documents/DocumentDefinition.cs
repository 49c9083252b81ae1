namespace PanelCaseManager.Infrastructure.Documents;

/// <summary>
/// A document to print, independent of what it says: metadata, an optional letterhead and window address on the
/// first page, then blocks that flow over as many A4 pages as they need.
/// </summary>
public sealed record DocumentDefinition
{
    public required DocumentMetadata Metadata { get; init; }

    /// <summary>Sender's name, logo and contact lines, printed at the top of the first page.</summary>
    public Letterhead? Letterhead { get; init; }

    /// <summary>The recipient's name and address, printed where a windowed envelope shows it.</summary>
    public IReadOnlyList<string>? RecipientAddress { get; init; }

    /// <summary>A short line at the top of every page after the first (for example the reference), so loose pages can be matched.</summary>
    public string? RunningHeader { get; init; }

    /// <summary>A word drawn faintly across every page behind the text, such as DRAFT.</summary>
    public string? Watermark { get; init; }

    public IReadOnlyList<DocumentBlock> Blocks { get; init; } = [];
}

/// <summary>What a PDF reader shows about the document and reads it aloud in (the language is a BCP 47 tag such as en-GB).</summary>
public sealed record DocumentMetadata(string Title, string Author, string Subject, string Language, DateTimeOffset Created)
{
    public string? Keywords { get; init; }
}

/// <summary>The sender's identity at the top of the first page; the logo is PNG or JPEG bytes.</summary>
public sealed record Letterhead(string OrganisationName, IReadOnlyList<string> ContactLines, byte[]? Logo = null);

/// <summary>One piece of a document's flowing content.</summary>
public abstract record DocumentBlock;

/// <summary>A heading: level 1 for the document's title, 2 for its sections. Never left alone at the foot of a page.</summary>
public sealed record Heading(string Text, int Level = 2) : DocumentBlock;

/// <summary>Text wrapped to the width of the page; a blank line inside it starts a new paragraph of the same block.</summary>
public sealed record Paragraph(string Text, bool Bold = false) : DocumentBlock;

public sealed record BulletList(IReadOnlyList<string> Items) : DocumentBlock;

/// <summary>
/// A simple table: an optional header row, then rows of wrapped cells. Column widths are relative weights; with
/// none given, the columns share the width equally.
/// </summary>
public sealed record Table(IReadOnlyList<IReadOnlyList<string>> Rows) : DocumentBlock
{
    public IReadOnlyList<string>? Header { get; init; }

    public IReadOnlyList<float>? ColumnWeights { get; init; }

    /// <summary>Bold first column, for a table of labels and values.</summary>
    public bool LabelColumn { get; init; }
}

/// <summary>The sign-off: a closing, the signatory's name and role, and how to reach them. Kept together on one page.</summary>
public sealed record SignatureBlock(string Closing, string Name, string? Role, IReadOnlyList<string> ContactLines) : DocumentBlock;

public sealed record PageBreak : DocumentBlock;
