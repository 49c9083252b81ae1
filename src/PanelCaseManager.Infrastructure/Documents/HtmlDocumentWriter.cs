using System.Net;
using System.Text;

namespace PanelCaseManager.Infrastructure.Documents;

/// <summary>
/// Writes a <see cref="DocumentDefinition"/> as a fragment of HTML in the GOV.UK Design System's classes, to sit inside a
/// page: the same headings, paragraphs, lists, tables and signature as the PDF, in reading order, with every piece of
/// text encoded. No style attribute and no script, so the page's content security policy allows it as it is.
/// </summary>
public static class HtmlDocumentWriter
{
    /// <param name="topHeadingLevel">The HTML level a level-1 heading of the document takes (2 inside a page that has its own h1).</param>
    public static string Write(DocumentDefinition document, int topHeadingLevel = 2)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentOutOfRangeException.ThrowIfLessThan(topHeadingLevel, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(topHeadingLevel, 5);
        var html = new StringBuilder();
        html.Append("<div class=\"app-document\" lang=\"").Append(E(document.Metadata.Language)).Append("\">");
        if (document.Watermark is { Length: > 0 } watermark)
        {
            html.Append("<p class=\"app-document__watermark\"><strong class=\"govuk-tag govuk-tag--grey\">").Append(E(watermark)).Append("</strong></p>");
        }

        if (document.Letterhead is { } letterhead)
        {
            html.Append("<div class=\"app-document__letterhead\"><p class=\"govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-1\">")
                .Append(E(letterhead.OrganisationName)).Append("</p>");
            Lines(html, letterhead.ContactLines, "govuk-body-s");
            html.Append("</div>");
        }

        if (document.RecipientAddress is { Count: > 0 } address)
        {
            html.Append("<div class=\"app-document__address\">");
            Lines(html, address, "govuk-body");
            html.Append("</div>");
        }

        foreach (var block in document.Blocks)
        {
            Block(html, block, topHeadingLevel);
        }

        return html.Append("</div>").ToString();
    }

    private static void Block(StringBuilder html, DocumentBlock block, int topHeadingLevel)
    {
        switch (block)
        {
            case Heading heading:
                var level = Math.Min(6, topHeadingLevel + heading.Level - 1);
                html.Append("<h").Append(level).Append(" class=\"").Append(heading.Level == 1 ? "govuk-heading-m" : "govuk-heading-s").Append("\">")
                    .Append(E(heading.Text)).Append("</h").Append(level).Append('>');
                break;
            case Paragraph paragraph:
                foreach (var part in paragraph.Text.Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                {
                    html.Append("<p class=\"govuk-body\">").Append(paragraph.Bold ? "<strong>" : string.Empty).Append(E(part))
                        .Append(paragraph.Bold ? "</strong>" : string.Empty).Append("</p>");
                }

                break;
            case BulletList list:
                html.Append("<ul class=\"govuk-list govuk-list--bullet\">");
                foreach (var item in list.Items)
                {
                    html.Append("<li>").Append(E(item)).Append("</li>");
                }

                html.Append("</ul>");
                break;
            case Table table:
                Table(html, table);
                break;
            case SignatureBlock signature:
                html.Append("<div class=\"app-document__signature\"><p class=\"govuk-body\">").Append(E(signature.Closing)).Append("</p>")
                    .Append("<p class=\"govuk-body govuk-!-margin-bottom-1\"><strong>").Append(E(signature.Name)).Append("</strong></p>");
                Lines(html, [.. signature.Role is { Length: > 0 } role ? [role] : Array.Empty<string>(), .. signature.ContactLines], "govuk-body");
                html.Append("</div>");
                break;
            case PageBreak:
                // A page break belongs to paper; on a page the text simply carries on.
                break;
            default:
                throw new NotSupportedException($"No HTML is written for a {block.GetType().Name}.");
        }
    }

    private static void Table(StringBuilder html, Table table)
    {
        html.Append("<table class=\"govuk-table app-document__table\">");
        if (table.Header is { } header)
        {
            html.Append("<thead class=\"govuk-table__head\"><tr class=\"govuk-table__row\">");
            foreach (var cell in header)
            {
                html.Append("<th scope=\"col\" class=\"govuk-table__header\">").Append(E(cell)).Append("</th>");
            }

            html.Append("</tr></thead>");
        }

        html.Append("<tbody class=\"govuk-table__body\">");
        foreach (var row in table.Rows)
        {
            html.Append("<tr class=\"govuk-table__row\">");
            for (var i = 0; i < row.Count; i++)
            {
                if (i == 0 && table.LabelColumn)
                {
                    html.Append("<th scope=\"row\" class=\"govuk-table__header\">").Append(E(row[i])).Append("</th>");
                }
                else
                {
                    html.Append("<td class=\"govuk-table__cell\">").Append(E(row[i])).Append("</td>");
                }
            }

            html.Append("</tr>");
        }

        html.Append("</tbody></table>");
    }

    private static void Lines(StringBuilder html, IEnumerable<string> lines, string style)
    {
        html.Append("<p class=\"").Append(style).Append("\">");
        var first = true;
        foreach (var line in lines)
        {
            html.Append(first ? string.Empty : "<br>").Append(E(line));
            first = false;
        }

        html.Append("</p>");
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
