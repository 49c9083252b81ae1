using PanelCaseManager.Domain.Users;

namespace PanelCaseManager.Application.Persistence;

/// <summary>The first result of a command sent with an Idempotency-Key, returned again to a retry with the same key.</summary>
public sealed class IdempotencyRecord
{
    public const int MaximumKeyLength = 128;

    private IdempotencyRecord()
    {
        Key = string.Empty;
        RequestType = string.Empty;
        RequestHash = string.Empty;
        ResponseJson = string.Empty;
    }

    public UserId UserId { get; private set; }
    public string Key { get; private set; }
    public string RequestType { get; private set; }
    public string RequestHash { get; private set; }
    public string ResponseJson { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }

    public static IdempotencyRecord Create(UserId userId, string key, string requestType, string requestHash, string responseJson, DateTimeOffset at) => new()
    {
        UserId = userId,
        Key = key,
        RequestType = requestType,
        RequestHash = requestHash,
        ResponseJson = responseJson,
        CreatedAt = at,
    };
}
