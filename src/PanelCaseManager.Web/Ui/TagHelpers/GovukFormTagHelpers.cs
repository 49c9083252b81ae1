using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace PanelCaseManager.Web.Ui.TagHelpers;

/// <summary>One choice of a set of radios or a select.</summary>
public sealed record Choice(string Value, string Text, string? Hint = null);

/// <summary>
/// The GOV.UK Design System's form fields, written out as its Nunjucks macros would: the field is named as the
/// application names it, its id comes from <see cref="FieldIds"/>, and an error held in ModelState under its
/// name is shown above it (and in the error summary, which links to the id).
/// </summary>
public abstract class GovukFieldTagHelper : TagHelper
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Default;

    [HtmlAttributeNotBound]
    [ViewContext]
    public ViewContext ViewContext { get; set; } = null!;

    /// <summary>The field's name, as the application's validation names it.</summary>
    [HtmlAttributeName("name")]
    public string Name { get; set; } = string.Empty;

    [HtmlAttributeName("hint")]
    public string? Hint { get; set; }

    /// <summary>Extra classes for the form group, e.g. to space fields.</summary>
    [HtmlAttributeName("group-class")]
    public string? GroupClass { get; set; }

    protected string Id => FieldIds.For(Name);

    protected string? ErrorMessage =>
        ViewContext.ViewData.ModelState.TryGetValue(Name, out var entry) && entry.Errors.Count > 0
            ? entry.Errors[0].ErrorMessage
            : null;

    protected static string E(string? text) => Encoder.Encode(text ?? string.Empty);

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.TagName = null;
        var html = new StringBuilder();
        var error = ErrorMessage;
        html.Append("<div class=\"govuk-form-group").Append(error is null ? string.Empty : " govuk-form-group--error")
            .Append(GroupClass is null ? string.Empty : " " + E(GroupClass)).Append("\">");
        Write(html, error);
        html.Append("</div>");
        output.Content.SetHtmlContent(html.ToString());
    }

    protected abstract void Write(StringBuilder html, string? errorMessage);

    protected string DescribedBy(string? error, string? extra = null)
    {
        var ids = new List<string>();
        if (extra is not null)
        {
            ids.Add(extra);
        }

        if (Hint is not null)
        {
            ids.Add(Id + "-hint");
        }

        if (error is not null)
        {
            ids.Add(Id + "-error");
        }

        return ids.Count == 0 ? string.Empty : $" aria-describedby=\"{E(string.Join(' ', ids))}\"";
    }

    protected void WriteHintAndError(StringBuilder html, string? error)
    {
        if (Hint is not null)
        {
            html.Append("<div id=\"").Append(E(Id)).Append("-hint\" class=\"govuk-hint\">").Append(E(Hint)).Append("</div>");
        }

        if (error is not null)
        {
            html.Append("<p id=\"").Append(E(Id)).Append("-error\" class=\"govuk-error-message\"><span class=\"govuk-visually-hidden\">Error:</span> ")
                .Append(E(error)).Append("</p>");
        }
    }

    protected static void WriteLegend(StringBuilder html, string legend, string? size)
    {
        html.Append("<legend class=\"govuk-fieldset__legend").Append(size is null ? string.Empty : " govuk-fieldset__legend--" + E(size)).Append("\">");
        if (size is "l" or "xl")
        {
            html.Append("<h1 class=\"govuk-fieldset__heading\">").Append(E(legend)).Append("</h1>");
        }
        else
        {
            html.Append(E(legend));
        }

        html.Append("</legend>");
    }
}

/// <summary><c>&lt;govuk-input name="child.givenName" label="Given name" value="…" /&gt;</c></summary>
[HtmlTargetElement("govuk-input", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovukInputTagHelper : GovukFieldTagHelper
{
    [HtmlAttributeName("label")]
    public string Label { get; set; } = string.Empty;

    [HtmlAttributeName("value")]
    public string? Value { get; set; }

    [HtmlAttributeName("type")]
    public string Type { get; set; } = "text";

    /// <summary>A GOV.UK width class suffix: "20", "10", "5", "one-half"…</summary>
    [HtmlAttributeName("width")]
    public string? Width { get; set; }

    [HtmlAttributeName("autocomplete")]
    public string? Autocomplete { get; set; }

    [HtmlAttributeName("inputmode")]
    public string? InputMode { get; set; }

    [HtmlAttributeName("spellcheck")]
    public bool? Spellcheck { get; set; }

    protected override void Write(StringBuilder html, string? errorMessage)
    {
        var error = errorMessage;
        html.Append("<label class=\"govuk-label\" for=\"").Append(E(Id)).Append("\">").Append(E(Label)).Append("</label>");
        WriteHintAndError(html, error);
        var width = Width is null ? string.Empty : (char.IsAsciiDigit(Width[0]) ? " govuk-input--width-" : " govuk-!-width-") + E(Width);
        html.Append("<input class=\"govuk-input").Append(width).Append(error is null ? string.Empty : " govuk-input--error")
            .Append("\" id=\"").Append(E(Id)).Append("\" name=\"").Append(E(Name)).Append("\" type=\"").Append(E(Type))
            .Append("\" value=\"").Append(E(Value)).Append('"').Append(DescribedBy(error));
        if (Autocomplete is not null)
        {
            html.Append(" autocomplete=\"").Append(E(Autocomplete)).Append('"');
        }

        if (InputMode is not null)
        {
            html.Append(" inputmode=\"").Append(E(InputMode)).Append('"');
        }

        if (Spellcheck is not null)
        {
            html.Append(" spellcheck=\"").Append(Spellcheck.Value ? "true" : "false").Append('"');
        }

        html.Append('>');
    }
}

/// <summary><c>&lt;govuk-textarea name="reason" label="Why?" value="…" /&gt;</c></summary>
[HtmlTargetElement("govuk-textarea", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovukTextareaTagHelper : GovukFieldTagHelper
{
    [HtmlAttributeName("label")]
    public string Label { get; set; } = string.Empty;

    /// <summary>Show the label as the page's heading (a one-question page).</summary>
    [HtmlAttributeName("label-is-heading")]
    public bool LabelIsHeading { get; set; }

    [HtmlAttributeName("value")]
    public string? Value { get; set; }

    [HtmlAttributeName("rows")]
    public int Rows { get; set; } = 5;

    protected override void Write(StringBuilder html, string? errorMessage)
    {
        var error = errorMessage;
        if (LabelIsHeading)
        {
            html.Append("<h1 class=\"govuk-label-wrapper\"><label class=\"govuk-label govuk-label--l\" for=\"").Append(E(Id)).Append("\">")
                .Append(E(Label)).Append("</label></h1>");
        }
        else
        {
            html.Append("<label class=\"govuk-label govuk-label--s\" for=\"").Append(E(Id)).Append("\">").Append(E(Label)).Append("</label>");
        }

        WriteHintAndError(html, error);
        html.Append("<textarea class=\"govuk-textarea").Append(error is null ? string.Empty : " govuk-textarea--error")
            .Append("\" id=\"").Append(E(Id)).Append("\" name=\"").Append(E(Name)).Append("\" rows=\"").Append(Rows).Append('"')
            .Append(DescribedBy(error)).Append('>').Append(E(Value)).Append("</textarea>");
    }
}

/// <summary>
/// <c>&lt;govuk-date-input name="child.dateOfBirth" legend="Date of birth" day="…" month="…" year="…" /&gt;</c>: three
/// boxes posted as <c>{name}.day</c>, <c>{name}.month</c> and <c>{name}.year</c>; the day box carries the field's id.
/// </summary>
[HtmlTargetElement("govuk-date-input", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovukDateInputTagHelper : GovukFieldTagHelper
{
    [HtmlAttributeName("legend")]
    public string Legend { get; set; } = string.Empty;

    [HtmlAttributeName("legend-size")]
    public string? LegendSize { get; set; } = "s";

    [HtmlAttributeName("day")]
    public string? Day { get; set; }

    [HtmlAttributeName("month")]
    public string? Month { get; set; }

    [HtmlAttributeName("year")]
    public string? Year { get; set; }

    [HtmlAttributeName("birth-date")]
    public bool IsBirthDate { get; set; }

    protected override void Write(StringBuilder html, string? errorMessage)
    {
        var error = errorMessage;
        html.Append("<fieldset class=\"govuk-fieldset\" role=\"group\"").Append(DescribedBy(error)).Append('>');
        WriteLegend(html, Legend, LegendSize);
        WriteHintAndError(html, error);
        html.Append("<div class=\"govuk-date-input\">");
        Part(html, "day", "Day", Day, "2", error, IsBirthDate ? "bday-day" : null, first: true);
        Part(html, "month", "Month", Month, "2", error, IsBirthDate ? "bday-month" : null, first: false);
        Part(html, "year", "Year", Year, "4", error, IsBirthDate ? "bday-year" : null, first: false);
        html.Append("</div></fieldset>");
    }

    private void Part(StringBuilder html, string part, string label, string? value, string width, string? error, string? autocomplete, bool first)
    {
        var id = first ? Id : $"{Id}-{part}";
        html.Append("<div class=\"govuk-date-input__item\"><div class=\"govuk-form-group\">")
            .Append("<label class=\"govuk-label govuk-date-input__label\" for=\"").Append(E(id)).Append("\">").Append(label).Append("</label>")
            .Append("<input class=\"govuk-input govuk-date-input__input govuk-input--width-").Append(width)
            .Append(error is null ? string.Empty : " govuk-input--error").Append("\" id=\"").Append(E(id)).Append("\" name=\"")
            .Append(E($"{Name}.{part}")).Append("\" type=\"text\" inputmode=\"numeric\" value=\"").Append(E(value)).Append('"');
        if (autocomplete is not null)
        {
            html.Append(" autocomplete=\"").Append(autocomplete).Append('"');
        }

        html.Append("></div></div>");
    }
}

/// <summary><c>&lt;govuk-radios name="type" legend="Type of request" items="…" value="…" /&gt;</c>; the first radio carries the field's id.</summary>
[HtmlTargetElement("govuk-radios", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovukRadiosTagHelper : GovukFieldTagHelper
{
    [HtmlAttributeName("legend")]
    public string Legend { get; set; } = string.Empty;

    [HtmlAttributeName("legend-size")]
    public string? LegendSize { get; set; } = "s";

    [HtmlAttributeName("items")]
    public IEnumerable<Choice> Items { get; set; } = [];

    [HtmlAttributeName("value")]
    public string? Value { get; set; }

    [HtmlAttributeName("inline")]
    public bool Inline { get; set; }

    [HtmlAttributeName("small")]
    public bool Small { get; set; }

    protected override void Write(StringBuilder html, string? errorMessage)
    {
        var error = errorMessage;
        html.Append("<fieldset class=\"govuk-fieldset\"").Append(DescribedBy(error)).Append('>');
        WriteLegend(html, Legend, LegendSize);
        WriteHintAndError(html, error);
        html.Append("<div class=\"govuk-radios").Append(Inline ? " govuk-radios--inline" : string.Empty).Append(Small ? " govuk-radios--small" : string.Empty)
            .Append("\" data-module=\"govuk-radios\">");
        var index = 0;
        foreach (var item in Items)
        {
            var id = index++ == 0 ? Id : $"{Id}-{index}";
            html.Append("<div class=\"govuk-radios__item\"><input class=\"govuk-radios__input\" id=\"").Append(E(id)).Append("\" name=\"").Append(E(Name))
                .Append("\" type=\"radio\" value=\"").Append(E(item.Value)).Append('"')
                .Append(string.Equals(item.Value, Value, StringComparison.OrdinalIgnoreCase) ? " checked" : string.Empty)
                .Append(item.Hint is null ? string.Empty : $" aria-describedby=\"{E(id)}-item-hint\"").Append('>')
                .Append("<label class=\"govuk-label govuk-radios__label\" for=\"").Append(E(id)).Append("\">").Append(E(item.Text)).Append("</label>");
            if (item.Hint is not null)
            {
                html.Append("<div id=\"").Append(E(id)).Append("-item-hint\" class=\"govuk-hint govuk-radios__hint\">").Append(E(item.Hint)).Append("</div>");
            }

            html.Append("</div>");
        }

        html.Append("</div></fieldset>");
    }
}

/// <summary><c>&lt;govuk-select name="secondaryNeed" label="Secondary need" items="…" value="…" /&gt;</c></summary>
[HtmlTargetElement("govuk-select", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovukSelectTagHelper : GovukFieldTagHelper
{
    [HtmlAttributeName("label")]
    public string Label { get; set; } = string.Empty;

    [HtmlAttributeName("label-size")]
    public string? LabelSize { get; set; }

    [HtmlAttributeName("items")]
    public IEnumerable<Choice> Items { get; set; } = [];

    [HtmlAttributeName("value")]
    public string? Value { get; set; }

    protected override void Write(StringBuilder html, string? errorMessage)
    {
        var error = errorMessage;
        html.Append("<label class=\"govuk-label").Append(LabelSize is null ? string.Empty : " govuk-label--" + E(LabelSize)).Append("\" for=\"").Append(E(Id)).Append("\">")
            .Append(E(Label)).Append("</label>");
        WriteHintAndError(html, error);
        html.Append("<select class=\"govuk-select").Append(error is null ? string.Empty : " govuk-select--error").Append("\" id=\"").Append(E(Id))
            .Append("\" name=\"").Append(E(Name)).Append('"').Append(DescribedBy(error)).Append('>');
        foreach (var item in Items)
        {
            html.Append("<option value=\"").Append(E(item.Value)).Append('"')
                .Append(string.Equals(item.Value, Value ?? string.Empty, StringComparison.OrdinalIgnoreCase) ? " selected" : string.Empty)
                .Append('>').Append(E(item.Text)).Append("</option>");
        }

        html.Append("</select>");
    }
}

/// <summary>
/// <c>&lt;govuk-error-summary /&gt;</c>: every error in ModelState, in the order they were found, each linked to its
/// field's id; an error of the page as a whole (empty key) is listed without a link. Nothing when there are none.
/// </summary>
[HtmlTargetElement("govuk-error-summary", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovukErrorSummaryTagHelper : TagHelper
{
    [HtmlAttributeNotBound]
    [ViewContext]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.TagName = null;
        var errors = ViewContext.ViewData.ModelState
            .Where(e => e.Value is { ValidationState: ModelValidationState.Invalid })
            .SelectMany(e => e.Value!.Errors.Take(1).Select(x => (Key: e.Key, x.ErrorMessage)))
            .ToList();
        if (errors.Count == 0)
        {
            output.SuppressOutput();
            return;
        }

        var encoder = HtmlEncoder.Default;
        var html = new StringBuilder();
        html.Append("<div class=\"govuk-error-summary\" data-module=\"govuk-error-summary\"><div role=\"alert\">")
            .Append("<h2 class=\"govuk-error-summary__title\">There is a problem</h2><div class=\"govuk-error-summary__body\">")
            .Append("<ul class=\"govuk-list govuk-error-summary__list\">");
        foreach (var (key, message) in errors.OrderBy(e => e.Key.Length == 0 ? 0 : 1))
        {
            html.Append("<li>");
            if (key.Length == 0)
            {
                html.Append(encoder.Encode(message));
            }
            else
            {
                html.Append("<a href=\"#").Append(encoder.Encode(FieldIds.For(key))).Append("\">").Append(encoder.Encode(message)).Append("</a>");
            }

            html.Append("</li>");
        }

        html.Append("</ul></div></div></div>");
        output.Content.SetHtmlContent(html.ToString());
    }
}
