using System.Net;
using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.TagHelpers;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace PanelCaseManager.Web.Ui.TagHelpers;

/// <summary>
/// Every GOV.UK table of three or more columns reflows on a narrow screen (WCAG 2.2 1.4.10): each cell of its body is
/// given its column's heading as <c>data-label</c>, and the table the class <c>app-responsive-table</c>, which
/// app.scss turns, below tablet width, into one block per row with each value under its heading. The headings are read
/// from the table's own <c>th scope="col"</c> cells as they are written, so no page keeps a second list of them. A cell
/// that names its own label keeps it; a table marked <c>app-table--wide</c> is left to scroll inside its container.
/// </summary>
[HtmlTargetElement("table", Attributes = "class")]
public sealed partial class ResponsiveTableTagHelper : TagHelper
{
    /// <summary>The fewest columns worth stacking: two fit side by side at 320 pixels.</summary>
    public const int FewestColumns = 3;

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(output);
        var classes = AttributeText(output.Attributes["class"]);
        if (!ClassList(classes).Contains("govuk-table") || ClassList(classes).Contains("app-table--wide"))
        {
            return;
        }

        var table = new TableColumns();
        context.Items[typeof(TableColumns)] = table;
        var content = await output.GetChildContentAsync();
        if (table.Headings.Count >= FewestColumns && !ClassList(classes).Contains("app-responsive-table"))
        {
            output.AddClass("app-responsive-table", HtmlEncoder.Default);
        }

        output.Content.SetHtmlContent(content);
    }

    /// <summary>An attribute's value as written, whether plain text or Razor markup.</summary>
    internal static string AttributeText(TagHelperAttribute? attribute)
    {
        switch (attribute?.Value)
        {
            case null:
                return string.Empty;
            case string text:
                return text;
            case Microsoft.AspNetCore.Html.IHtmlContent html:
                using (var writer = new StringWriter())
                {
                    html.WriteTo(writer, HtmlEncoder.Default);
                    return WebUtility.HtmlDecode(writer.ToString());
                }

            default:
                return attribute.Value.ToString() ?? string.Empty;
        }
    }

    private static string[] ClassList(string classes) => classes.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>The text a heading shows: its markup, and words only a screen reader hears, left out.</summary>
    internal static string TextOf(string html)
    {
        var shown = VisuallyHidden().Replace(html, string.Empty);
        var text = WebUtility.HtmlDecode(Tags().Replace(shown, " "));
        return Spaces().Replace(text, " ").Trim();
    }

    [GeneratedRegex("<span class=\"govuk-visually-hidden\">.*?</span>", RegexOptions.Singleline)]
    private static partial Regex VisuallyHidden();

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}

/// <summary>A column heading of a table: remembered, in order, for the cells below it.</summary>
[HtmlTargetElement("th", Attributes = "scope")]
public sealed class ResponsiveTableHeadingTagHelper : TagHelper
{
    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(output);
        if (!context.Items.TryGetValue(typeof(TableColumns), out var found) || found is not TableColumns table)
        {
            return;
        }

        if (string.Equals(ResponsiveTableTagHelper.AttributeText(output.Attributes["scope"]), "col", StringComparison.Ordinal))
        {
            var content = await output.GetChildContentAsync();
            table.Headings.Add(ResponsiveTableTagHelper.TextOf(content.GetContent()));
            output.Content.SetHtmlContent(content);
            return;
        }

        table.Label(output);
    }
}

/// <summary>A row of a table's body: its cells count columns from the first again.</summary>
[HtmlTargetElement("tr")]
public sealed class ResponsiveTableRowTagHelper : TagHelper
{
    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Items.TryGetValue(typeof(TableColumns), out var found) && found is TableColumns table)
        {
            table.NextRow();
        }
    }
}

/// <summary>A cell of a table's body: labelled with its column's heading.</summary>
[HtmlTargetElement("td")]
public sealed class ResponsiveTableCellTagHelper : TagHelper
{
    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(output);
        if (context.Items.TryGetValue(typeof(TableColumns), out var found) && found is TableColumns table)
        {
            table.Label(output);
        }
    }
}

/// <summary>The headings of one table and where the row being written has got to.</summary>
internal sealed class TableColumns
{
    private int _column;

    public List<string> Headings { get; } = [];

    public void NextRow() => _column = 0;

    public void Label(TagHelperOutput cell)
    {
        var span = int.TryParse(ResponsiveTableTagHelper.AttributeText(cell.Attributes["colspan"]), out var colspan) && colspan > 1 ? colspan : 1;
        if (_column < Headings.Count && !cell.Attributes.ContainsName("data-label") && Headings[_column].Length > 0)
        {
            cell.Attributes.SetAttribute("data-label", Headings[_column]);
        }

        _column += span;
    }
}
