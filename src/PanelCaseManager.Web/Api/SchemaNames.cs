using System.Collections.Concurrent;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.OpenApi;

namespace PanelCaseManager.Web.Api;

/// <summary>
/// The name of each type's schema in the OpenAPI document, unique per type (docs/adr/0240): a type nested in a use
/// case is named after both ("SubmitPlacementRequestCommand", "GetDecisionResult"); the API's own request records
/// are named after their use case already ("MoveStageRequest"); generic types after their arguments
/// ("PagedResultOfListSettingsSettingView"). Two types that would share a name stop the document being written,
/// so a client generated from it can never send one endpoint's body to another.
/// </summary>
internal static class SchemaNames
{
    private static readonly ConcurrentDictionary<string, Type> Taken = new(StringComparer.Ordinal);

    /// <summary>For <see cref="OpenApiOptions.CreateSchemaReferenceId"/>: null keeps a schema inline, as the default does for primitives, lists and files.</summary>
    public static string? For(JsonTypeInfo typeInfo)
    {
        ArgumentNullException.ThrowIfNull(typeInfo);
        var type = Nullable.GetUnderlyingType(typeInfo.Type) ?? typeInfo.Type;
        if (typeof(IFormFile).IsAssignableFrom(type) || typeof(IFormFileCollection).IsAssignableFrom(type)
            || OpenApiOptions.CreateDefaultSchemaReferenceId(typeInfo) is null)
        {
            return null;
        }

        var name = NameOf(type);
        var owner = Taken.GetOrAdd(name, type);
        return owner == type
            ? name
            : throw new InvalidOperationException(
                $"The types {owner.FullName} and {type.FullName} would both be the schema '{name}' in the OpenAPI document. Rename one of them (docs/developing.md, \"API\").");
    }

    /// <summary>The type a schema name stands for, once the document has been written.</summary>
    public static Type? TypeOf(string name) => Taken.TryGetValue(name, out var type) ? type : null;

    internal static string NameOf(Type type)
    {
        var own = type.IsGenericType ? type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)] : type.Name;
        if (type.IsGenericType)
        {
            own += "Of" + string.Join("And", type.GetGenericArguments().Select(NameOf));
        }

        // The API's request records live in the *Api classes and carry their use case in their own name.
        return type.DeclaringType is { } outer && !outer.Name.EndsWith("Api", StringComparison.Ordinal)
            ? NameOf(outer) + own
            : own;
    }
}
