using System.Net;
using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using PanelCaseManager.Infrastructure.DemoData;

namespace PanelCaseManager.Web.Tests.Pages;

/// <summary>
/// A browser without JavaScript: keeps cookies, reads pages with AngleSharp, submits their forms with every field
/// they hold (the antiforgery token included) and follows redirects one at a time so that tests can see them.
/// </summary>
public sealed class HtmlClient : IDisposable
{
    private readonly HttpClient _http;

    public HtmlClient(HttpClient http) => _http = http;

    /// <summary>The address of the last page read.</summary>
    public Uri? Location { get; private set; }

    public HttpClient Http => _http;

    public static async Task<IDocument> ParseAsync(HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync();
        var context = BrowsingContext.New(Configuration.Default);
        return await context.OpenAsync(request => request.Content(html).Address(response.RequestMessage!.RequestUri!));
    }

    /// <summary>GETs a page, following redirects, and asserts where it ended and with which status.</summary>
    public async Task<IDocument> GetPage(string path, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await Follow(await _http.GetAsync(path));
        var document = await ParseAsync(response);
        response.StatusCode.Should().Be(expected, document.Title);
        return document;
    }

    /// <summary>Sends a GET without following its redirect.</summary>
    public Task<HttpResponseMessage> Get(string path) => _http.GetAsync(path);

    /// <summary>
    /// Posts the page's form (the first, or the one matched), with some fields changed, as pressing its button does
    /// (or the matched button, to its own formaction); does not follow the redirect.
    /// </summary>
    public async Task<HttpResponseMessage> Submit(IDocument page, IDictionary<string, string?>? values = null, string formSelector = "main form[method=post]", string? button = null)
    {
        ArgumentNullException.ThrowIfNull(page);
        var form = page.QuerySelector<IHtmlFormElement>(formSelector) ?? throw new AssertionException($"No form '{formSelector}' on {page.Url}");
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement { Type: "radio" or "checkbox" } choice when choice.IsChecked && !string.IsNullOrEmpty(choice.Name):
                    fields.Add(new(choice.Name!, choice.Value));
                    break;
                case IHtmlInputElement { Type: not ("radio" or "checkbox" or "submit") } input when !string.IsNullOrEmpty(input.Name):
                    fields.Add(new(input.Name!, input.Value));
                    break;
                case IHtmlTextAreaElement textArea when !string.IsNullOrEmpty(textArea.Name):
                    fields.Add(new(textArea.Name!, textArea.Value));
                    break;
                case IHtmlSelectElement select when !string.IsNullOrEmpty(select.Name):
                    fields.Add(new(select.Name!, select.Value ?? string.Empty));
                    break;
            }
        }

        foreach (var (name, value) in values ?? new Dictionary<string, string?>())
        {
            fields.RemoveAll(f => f.Key == name);
            if (value is not null)
            {
                fields.Add(new(name, value));
            }
        }

        var pressed = button is null ? null : form.QuerySelector(button) ?? throw new AssertionException($"No button '{button}' in form '{formSelector}' on {page.Url}");
        var target = pressed?.GetAttribute("formaction") is { Length: > 0 } formAction ? formAction : form.GetAttribute("action");
        var action = string.IsNullOrEmpty(target) ? page.Url : new Uri(new Uri(page.Url), target).ToString();
        using var content = new FormUrlEncodedContent(fields);
        return await _http.PostAsync(action, content);
    }

    /// <summary>Submits the form and follows the redirect to the page that comes next.</summary>
    public async Task<IDocument> SubmitAndFollow(
        IDocument page, IDictionary<string, string?>? values = null, HttpStatusCode expected = HttpStatusCode.OK, string formSelector = "main form[method=post]", string? button = null)
    {
        var response = await Follow(await Submit(page, values, formSelector, button));
        var document = await ParseAsync(response);
        response.StatusCode.Should().Be(expected, document.QuerySelector(".govuk-error-summary")?.TextContent ?? document.Title);
        return document;
    }

    /// <summary>Signs in on the development sign-in page as the persona, as a person would.</summary>
    public async Task SignInAs(Persona persona, string? returnUrl = null)
    {
        ArgumentNullException.ThrowIfNull(persona);
        var page = await GetPage(returnUrl is null ? "/sign-in" : $"/sign-in?returnUrl={Uri.EscapeDataString(returnUrl)}");
        var response = await Submit(page, new Dictionary<string, string?> { ["persona"] = persona.Id });
        response.StatusCode.Should().Be(HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
    }

    public async Task<HttpResponseMessage> Follow(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        for (var hops = 0; hops < 10 && response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Found or HttpStatusCode.SeeOther; hops++)
        {
            var next = new Uri(response.RequestMessage!.RequestUri!, response.Headers.Location!);
            response.Dispose();
            response = await _http.GetAsync(next);
        }

        Location = response.RequestMessage!.RequestUri;
        return response;
    }

    public void Dispose() => _http.Dispose();
}

internal static class HtmlAssertions
{
    /// <summary>The error summary's links, as (target id, message).</summary>
    public static IReadOnlyList<(string Href, string Message)> ErrorSummary(this IDocument page) =>
        page.QuerySelectorAll(".govuk-error-summary__list li")
            .Select(li => (li.QuerySelector("a")?.GetAttribute("href") ?? string.Empty, li.TextContent.Trim()))
            .ToList();

    /// <summary>Asserts the summary links to a field that exists on the page and shows the error beside it.</summary>
    public static void ShouldShowErrorFor(this IDocument page, string fieldId, string messagePart)
    {
        page.ErrorSummary().Should().Contain(e => e.Href == "#" + fieldId && e.Message.Contains(messagePart, StringComparison.OrdinalIgnoreCase),
            $"the error summary should link to #{fieldId}; it holds {string.Join(" | ", page.ErrorSummary())}");
        var field = page.GetElementById(fieldId);
        field.Should().NotBeNull($"the summary links to #{fieldId}, which must be on the page");
        var group = field!.Ancestors<IElement>().FirstOrDefault(a => a.ClassList.Contains("govuk-form-group--error"));
        group.Should().NotBeNull($"#{fieldId} should be in a form group marked as in error");
        group!.QuerySelector(".govuk-error-message")!.TextContent.Should().Contain(messagePart);
        page.Title.Should().StartWith("Error: ");
    }

    public static string Text(this IParentNode node, string selector) => node.QuerySelector(selector)?.TextContent.Trim() ?? string.Empty;
}
