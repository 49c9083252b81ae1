using System.Collections.Concurrent;
using System.Net;

namespace PanelCaseManager.Cluster.Tests;

/// <summary>What a client saw of one request: the status (null when the connection failed), the key it was sent with, the case it created.</summary>
internal sealed record Outcome(int Client, string Key, HttpStatusCode? Status, Guid? Id, bool RetryAfter);

/// <summary>
/// Concurrent clients sending placement requests for a bounded time, alternating between the instances they are
/// given, each request with an Idempotency-Key of its own.
/// </summary>
internal static class Load
{
    public static async Task<IReadOnlyList<Outcome>> SubmitAsync(int clients, TimeSpan duration, Func<int, IReadOnlyList<HttpClient>> clientsOf, string familyName)
    {
        var outcomes = new ConcurrentBag<Outcome>();
        var until = DateTime.UtcNow + duration;
        await Task.WhenAll(Enumerable.Range(0, clients).Select(client => Task.Run(async () =>
        {
            var http = clientsOf(client);
            for (var n = 0; DateTime.UtcNow < until && n < 10_000; n++)
            {
                var key = $"{familyName}-{client}-{n}";
                var target = http[(client + n) % http.Count];
                try
                {
                    using var request = Submissions.Submit(familyName, key);
                    using var response = await target.SendAsync(request);
                    Guid? id = response.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK ? await Submissions.CreatedIdAsync(response) : null;
                    outcomes.Add(new Outcome(client, key, response.StatusCode, id, response.Headers.RetryAfter is not null));
                    if (response.StatusCode == HttpStatusCode.ServiceUnavailable)
                    {
                        await Task.Delay(200);
                    }
                }
                catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException or IOException)
                {
                    // The instance went away (killed) before it answered: not acknowledged.
                    outcomes.Add(new Outcome(client, key, null, null, false));
                    await Task.Delay(100);
                }
            }
        })));
        return outcomes.ToList();
    }
}
