using Microsoft.AspNetCore.Mvc;

namespace PanelCaseManager.Web.Ui;

/// <summary>
/// Links written in C#: through routing, from a page's name and its route values, so that they carry the path base the
/// service runs under (<c>ReverseProxy:PathBase</c>, or a proxy's X-Forwarded-Prefix) and follow a page that moves.
/// Pages link with <c>asp-page</c>; a page model or helper uses these (docs/adr/0243).
/// </summary>
public static class Links
{
    /// <summary>The page's address (<c>Url.To("/Cases/Overview", new { id })</c>); a page or value that routing does not know fails here, never as an empty link.</summary>
    public static string To(this IUrlHelper url, string pageName, object? values = null, string? handler = null, string? fragment = null)
    {
        ArgumentNullException.ThrowIfNull(url);
        return url.Page(pageName, handler, values, protocol: null, host: null, fragment: fragment)
               ?? throw new InvalidOperationException($"No link to the page {pageName} with the values given.");
    }

    /// <summary>
    /// The page's address with a query string of the values that are not blank, in the order given, each escaped: for
    /// lists whose filters and page number ("page", which routing keeps for the page's name) travel in the query.
    /// </summary>
    public static string To(this IUrlHelper url, string pageName, IEnumerable<KeyValuePair<string, string?>> query, object? values = null)
    {
        ArgumentNullException.ThrowIfNull(query);
        var address = url.To(pageName, values);
        var parts = query.Where(p => !string.IsNullOrWhiteSpace(p.Value))
            .Select(p => $"{Uri.EscapeDataString(p.Key)}={Uri.EscapeDataString(p.Value!)}")
            .ToList();
        return parts.Count == 0 ? address : $"{address}?{string.Join('&', parts)}";
    }
}
