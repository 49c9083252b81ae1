using System.Net.Mime;
using Microsoft.AspNetCore.Http.HttpResults;
using PanelCaseManager.Application.Common;

namespace PanelCaseManager.Web.Api;

/// <summary>
/// A CSV file posted as the request body (the settings catalogue, the plan register): text/csv (or plain text or
/// bytes, as tools send it), read up to the import's limit and refused beyond it without reading the rest.
/// </summary>
internal static class CsvUploads
{
    public const string ContentType = "text/csv";

    /// <summary>The 415 for a body that is not a CSV file, or null when it is one.</summary>
    public static ProblemHttpResult? Unsupported(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var mediaType = request.ContentType is { } contentType && System.Net.Http.Headers.MediaTypeHeaderValue.TryParse(contentType, out var parsed) ? parsed.MediaType : null;
        return mediaType is ContentType or MediaTypeNames.Text.Plain or MediaTypeNames.Application.Octet
            ? null
            : TypedResults.Problem(
                title: "Send the file as text/csv.",
                detail: "Post the CSV file itself as the request body, with Content-Type: text/csv.",
                statusCode: StatusCodes.Status415UnsupportedMediaType,
                extensions: new Dictionary<string, object?> { ["code"] = "unsupported-media-type" });
    }

    /// <summary>The body's bytes; a body larger than <paramref name="maximumBytes"/> is the file field's error.</summary>
    public static async Task<byte[]> ReadAsync(HttpRequest request, int maximumBytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maximumBytes)
            {
                throw RequestValidationException.For("file", $"The file is larger than {maximumBytes / 1024 / 1024} MB; split it into smaller files.");
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
