using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Html;

namespace PanelCaseManager.Web.Ui;

/// <summary>
/// A horizontal bar chart drawn on the server as inline SVG: no script, no style attribute (the colours are classes in
/// app.scss), so it passes the pages' content security policy and shows with JavaScript off. It is an image with a
/// title and a description for assistive technology; the page puts the same figures in a table beside it.
/// </summary>
public sealed class SvgBarChart
{
    private const double Width = 600;
    private const double LabelWidth = 230;
    private const double BarHeight = 18;
    private const double BarGap = 4;
    private const double GroupGap = 14;
    private const double Top = 28;
    private const double Bottom = 26;
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    /// <param name="Name">What the bars measure, e.g. "Including exceptions"; shown in the key.</param>
    /// <param name="CssClass">The class that colours the bars (app-chart__bar--1, --2).</param>
    public sealed record Series(string Name, string CssClass);

    /// <param name="Values">One value per series, in the order of the series; null where there is nothing to show.</param>
    public sealed record Group(string Label, IReadOnlyList<decimal?> Values);

    public required string Id { get; init; }

    public required string Title { get; init; }

    public required string Description { get; init; }

    public required IReadOnlyList<Series> SeriesList { get; init; }

    public required IReadOnlyList<Group> Groups { get; init; }

    /// <summary>The value at the right-hand end of the axis (100 for percentages); the largest value when null.</summary>
    public decimal? Maximum { get; init; }

    /// <summary>How a value reads beside its bar and on the axis: "85%", "12.5 weeks".</summary>
    public required Func<decimal, string> Format { get; init; }

    public IHtmlContent Render()
    {
        var perGroup = (SeriesList.Count * (BarHeight + BarGap)) - BarGap;
        var height = Top + (Groups.Count * (perGroup + GroupGap)) + Bottom;
        var largest = Groups.SelectMany(g => g.Values).Where(v => v is not null).Select(v => v!.Value).DefaultIfEmpty(0).Max();
        var maximum = Maximum ?? (largest <= 0 ? 1 : largest);
        var plot = Width - LabelWidth - 70;
        double X(decimal value) => LabelWidth + (double)(Math.Clamp(value, 0, maximum) / maximum) * plot;

        var svg = new StringBuilder();
        svg.Append(Invariant, $"<svg class=\"app-chart\" id=\"{E(Id)}\" viewBox=\"0 0 {N(Width)} {N(height)}\" role=\"img\" aria-labelledby=\"{E(Id)}-title {E(Id)}-desc\" focusable=\"false\">");
        svg.Append(Invariant, $"<title id=\"{E(Id)}-title\">{E(Title)}</title><desc id=\"{E(Id)}-desc\">{E(Description)}</desc>");

        // The key, across the top.
        var keyX = LabelWidth;
        foreach (var series in SeriesList)
        {
            svg.Append(Invariant, $"<rect class=\"{E(series.CssClass)}\" x=\"{N(keyX)}\" y=\"6\" width=\"12\" height=\"12\"/>");
            svg.Append(Invariant, $"<text class=\"app-chart__text\" x=\"{N(keyX + 16)}\" y=\"16\">{E(series.Name)}</text>");
            keyX += 20 + (series.Name.Length * 7);
        }

        // Grid lines at quarters of the axis, with their values below.
        for (var quarter = 0; quarter <= 4; quarter++)
        {
            var value = maximum * quarter / 4;
            var x = X(value);
            svg.Append(Invariant, $"<line class=\"app-chart__grid\" x1=\"{N(x)}\" y1=\"{N(Top - 4)}\" x2=\"{N(x)}\" y2=\"{N(height - Bottom + 2)}\"/>");
            svg.Append(Invariant, $"<text class=\"app-chart__axis\" x=\"{N(x)}\" y=\"{N(height - 8)}\" text-anchor=\"middle\">{E(Format(Math.Round(value, 1)))}</text>");
        }

        var y = Top;
        foreach (var group in Groups)
        {
            svg.Append(Invariant, $"<text class=\"app-chart__label\" x=\"{N(LabelWidth - 8)}\" y=\"{N(y + (perGroup / 2) + 5)}\" text-anchor=\"end\">{E(Shorten(group.Label))}</text>");
            for (var i = 0; i < SeriesList.Count; i++)
            {
                var value = i < group.Values.Count ? group.Values[i] : null;
                if (value is { } v)
                {
                    var end = X(v);
                    svg.Append(Invariant, $"<rect class=\"{E(SeriesList[i].CssClass)}\" x=\"{N(LabelWidth)}\" y=\"{N(y)}\" width=\"{N(Math.Max(end - LabelWidth, 1))}\" height=\"{N(BarHeight)}\"/>");
                    svg.Append(Invariant, $"<text class=\"app-chart__value\" x=\"{N(end + 4)}\" y=\"{N(y + BarHeight - 4)}\">{E(Format(v))}</text>");
                }
                else
                {
                    svg.Append(Invariant, $"<text class=\"app-chart__value\" x=\"{N(LabelWidth + 4)}\" y=\"{N(y + BarHeight - 4)}\">none</text>");
                }

                y += BarHeight + BarGap;
            }

            y += GroupGap - BarGap;
        }

        svg.Append("</svg>");
        return new HtmlString(svg.ToString());
    }

    /// <summary>A percentage as a page reads it: "85%", "87.5%".</summary>
    public static string Percent(decimal value) => value.ToString("0.#", English) + "%";

    /// <summary>Weeks as a page reads them: "1 week", "12.5 weeks".</summary>
    public static string Weeks(decimal value) => value == 1 ? "1 week" : value.ToString("0.#", English) + " weeks";

    private static string Shorten(string label) => label.Length <= 34 ? label : label[..32].TrimEnd() + "…";

    private static string N(double value) => Math.Round(value, 1).ToString("0.#", Invariant);

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
