using System.Net;
using System.Text.Json;

namespace PanelCaseManager.Web.Tests;

internal static class ProblemDetailsAssertions
{
    /// <summary>Asserts an RFC 9457 problem with this status, returning its JSON for further checks.</summary>
    public static async Task<JsonElement> ShouldBeProblem(this HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(status, body);
        response.Content.Headers.ContentType?.MediaType.Should().Be("application/problem+json");
        var json = JsonDocument.Parse(body).RootElement;
        json.GetProperty("status").GetInt32().Should().Be((int)status);
        json.GetProperty("title").GetString().Should().NotBeNullOrWhiteSpace();
        return json;
    }

    public static async Task<JsonElement> ShouldBeValidationProblemNaming(this HttpResponseMessage response, string field)
    {
        var json = await response.ShouldBeProblem(HttpStatusCode.BadRequest);
        var errors = json.GetProperty("errors");
        errors.TryGetProperty(field, out var messages).Should().BeTrue($"the errors should name '{field}' but were {errors}");
        messages.EnumerateArray().Should().NotBeEmpty();
        return json;
    }
}
