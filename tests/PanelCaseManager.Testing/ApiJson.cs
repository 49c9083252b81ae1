using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;

// In the root namespace on purpose: every test namespace (PanelCaseManager.Web.Tests…, PanelCaseManager.Browser.Tests…)
// finds these extension methods before System.Net.Http.Json's, so `client.PostAsJsonAsync(url, command)` sends JSON
// as the API reads it without each call naming options.
namespace PanelCaseManager;

/// <summary>
/// JSON as the API reads and writes it: web defaults, enum values by name (the API refuses their numbers, as its
/// OpenAPI document says), numbers as numbers.
/// </summary>
public static class ApiJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        NumberHandling = JsonNumberHandling.Strict,
    };

    public static Task<HttpResponseMessage> PostAsJsonAsync<T>(this HttpClient client, string? requestUri, T value, CancellationToken cancellationToken = default) =>
        HttpClientJsonExtensions.PostAsJsonAsync(client, requestUri, value, Options, cancellationToken);

    public static Task<HttpResponseMessage> PostAsJsonAsync<T>(this HttpClient client, Uri? requestUri, T value, CancellationToken cancellationToken = default) =>
        HttpClientJsonExtensions.PostAsJsonAsync(client, requestUri, value, Options, cancellationToken);

    public static Task<HttpResponseMessage> PutAsJsonAsync<T>(this HttpClient client, string? requestUri, T value, CancellationToken cancellationToken = default) =>
        HttpClientJsonExtensions.PutAsJsonAsync(client, requestUri, value, Options, cancellationToken);

    public static Task<HttpResponseMessage> PutAsJsonAsync<T>(this HttpClient client, Uri? requestUri, T value, CancellationToken cancellationToken = default) =>
        HttpClientJsonExtensions.PutAsJsonAsync(client, requestUri, value, Options, cancellationToken);

    public static Task<T?> GetFromJsonAsync<T>(this HttpClient client, string? requestUri, CancellationToken cancellationToken = default) =>
        HttpClientJsonExtensions.GetFromJsonAsync<T>(client, requestUri, Options, cancellationToken);

    public static Task<T?> GetFromJsonAsync<T>(this HttpClient client, Uri? requestUri, CancellationToken cancellationToken = default) =>
        HttpClientJsonExtensions.GetFromJsonAsync<T>(client, requestUri, Options, cancellationToken);

    public static Task<T?> ReadFromJsonAsync<T>(this HttpContent content, CancellationToken cancellationToken = default) =>
        HttpContentJsonExtensions.ReadFromJsonAsync<T>(content, Options, cancellationToken);

    /// <summary>A body as the API reads it, as a JSON tree to change before sending.</summary>
    public static System.Text.Json.Nodes.JsonNode ToNode<T>(T value) => JsonSerializer.SerializeToNode(value, Options)!;
}
