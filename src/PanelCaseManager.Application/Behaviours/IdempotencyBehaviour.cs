using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Persistence;

namespace PanelCaseManager.Application.Behaviours;

/// <summary>
/// Gives a retried create the result of the first attempt. The key is scoped to the user; the request body is
/// compared by hash, so the same key with a different request is refused rather than silently replayed.
/// Runs inside the unit of work, so the record commits with the thing it records.
/// </summary>
public sealed class IdempotencyBehaviour<TMessage, TResponse>(PanelDbContext db, ICurrentUser currentUser, TimeProvider clock)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IBaseCommand, IIdempotentCommand
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        var key = message.IdempotencyKey;
        if (key is null)
        {
            return await next(message, cancellationToken);
        }

        if (string.IsNullOrWhiteSpace(key) || key.Length > IdempotencyRecord.MaximumKeyLength)
        {
            throw RequestValidationException.For("Idempotency-Key", $"An Idempotency-Key is 1 to {IdempotencyRecord.MaximumKeyLength} characters.");
        }

        var userId = currentUser.Id;
        var requestType = typeof(TMessage).FullName!;
        var hash = HashOf(message);
        var earlier = await db.IdempotencyRecords.AsNoTracking()
            .SingleOrDefaultAsync(r => r.UserId == userId && r.Key == key, cancellationToken);
        if (earlier is not null)
        {
            return earlier.RequestType == requestType && earlier.RequestHash == hash
                ? JsonSerializer.Deserialize<TResponse>(earlier.ResponseJson, Json)!
                : throw new IdempotencyKeyReusedException();
        }

        var response = await next(message, cancellationToken);
        db.IdempotencyRecords.Add(IdempotencyRecord.Create(userId, key, requestType, hash, JsonSerializer.Serialize(response, Json), clock.GetUtcNow()));
        return response;
    }

    private static string HashOf(TMessage message)
    {
        // The key itself is [JsonIgnore] on every command, so only the request's content is hashed.
        var json = JsonSerializer.Serialize(message, Json);
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(json)));
    }
}
