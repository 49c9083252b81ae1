using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace PanelCaseManager.Cluster.Tests;

/// <summary>Requests as a client sends them: a placement request (idempotent, keyed), a file of evidence.</summary>
internal static class Submissions
{
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    /// <summary>Today in London, as the instances' statutory clocks count it.</summary>
    public static DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, London).DateTime);

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A placement request for a child of the given family name, for the officer the development sign-in calls send-officer.</summary>
    public static HttpRequestMessage Submit(string familyName, string idempotencyKey) => new(HttpMethod.Post, "/api/v1/placement-requests")
    {
        Headers = { { "Idempotency-Key", idempotencyKey } },
        Content = JsonContent.Create(new
        {
            child = new { givenName = "Ffion", familyName, dateOfBirth = "2016-03-14", postcode = "SG1 2AB" },
            type = "NewPlan",
            receivedDate = Iso(Today.AddDays(-1)),
            primaryNeed = "ASD",
            secondaryNeed = "SLCN",
            needLevels = new { communicationAndInteraction = 3, cognitionAndLearning = 2, socialEmotionalAndMentalHealth = 1, sensoryAndPhysical = 0 },
            preferences = new[] { new { rank = 1, kind = "NamedSetting", settingName = "Brookside Special School", settingUrn = "117660", reasons = "Small classes, close to home." } },
            assignedOfficerId = "send-officer",
        }),
    };

    public static async Task<Guid> CreatedIdAsync(HttpResponseMessage response)
    {
        response.StatusCode.Should().BeOneOf(HttpStatusCode.Created, HttpStatusCode.OK);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    /// <summary>A small PDF whose content (and so whose SHA-256) is its own.</summary>
    public static byte[] Pdf(string text) => Encoding.ASCII.GetBytes($"%PDF-1.4\n% {text}\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

    public static MultipartFormDataContent Evidence(byte[] content, string fileName = "advice.pdf")
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "file", fileName);
        form.Add(new StringContent("AgencyAdvice"), "kind");
        form.Add(new StringContent("EducationalPsychology"), "agency");
        form.Add(new StringContent("Dr Helen Morgan"), "author");
        form.Add(new StringContent(Iso(Today.AddDays(-1))), "receivedOn");
        form.Add(new StringContent("Needs a small, calm setting."), "summary");
        return form;
    }
}
