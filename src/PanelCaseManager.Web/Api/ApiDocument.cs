using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;
using PanelCaseManager.Web.Identity;

namespace PanelCaseManager.Web.Api;

/// <summary>
/// The API's JSON and its OpenAPI document (/openapi/v1.json), kept exact enough to generate a client from
/// (docs/adr/0240): a unique schema per type, an operationId, summary and every answer per operation, and schemas
/// that say what the API really reads.
/// </summary>
internal static class ApiDocument
{
    public static IServiceCollection AddPanelApi(this IServiceCollection services)
    {
        services.ConfigureHttpJsonOptions(options =>
        {
            // Enum values by name only, and numbers as numbers: what the document says, nothing the document does not.
            options.SerializerOptions.Converters.Add(new EnumNamesOnly());
            options.SerializerOptions.NumberHandling = JsonNumberHandling.Strict;
        });
        return services.AddOpenApi(options =>
        {
            options.CreateSchemaReferenceId = SchemaNames.For;
            options.AddSchemaTransformer(EnumNamesAsync);
            options.AddSchemaTransformer(ProblemDetailsSchemaAsync);
            options.AddOperationTransformer<StandardResponses>();
            options.AddDocumentTransformer<BearerSecuritySchemeTransformer>();
            options.AddDocumentTransformer(RequiredAsReadAsync);
            options.AddDocumentTransformer(InlineFilesAsync);
        });
    }

    /// <summary>An enum is a string, one of its names (<see cref="EnumNamesOnly"/> reads and writes nothing else).</summary>
    private static Task EnumNamesAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        var type = Nullable.GetUnderlyingType(context.JsonTypeInfo.Type) ?? context.JsonTypeInfo.Type;
        if (type.IsEnum)
        {
            schema.Type = JsonSchemaType.String;
            schema.Enum = Enum.GetNames(type).Select(name => (System.Text.Json.Nodes.JsonNode)System.Text.Json.Nodes.JsonValue.Create(name)).ToList();
        }

        return Task.CompletedTask;
    }

    /// <summary>Problem details carry the code of the rule or failure and the trace id to quote; validation problems always name fields.</summary>
    private static Task ProblemDetailsSchemaAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        var type = context.JsonTypeInfo.Type;
        if (!typeof(ProblemDetails).IsAssignableFrom(type) && !typeof(HttpValidationProblemDetails).IsAssignableFrom(type))
        {
            return Task.CompletedTask;
        }

        schema.Properties ??= new Dictionary<string, IOpenApiSchema>();
        schema.Properties["code"] = new OpenApiSchema
        {
            Type = JsonSchemaType.String,
            Description = "What went wrong, for a program: not-found, forbidden, stale-version, idempotency-key-reused, malformed-json, server-error, or the code of the rule the request breaks.",
        };
        schema.Properties["traceId"] = new OpenApiSchema
        {
            Type = JsonSchemaType.String,
            Description = "The request's trace id, as in the service's logs and traces: quote it to the service desk.",
        };
        if (typeof(HttpValidationProblemDetails).IsAssignableFrom(type))
        {
            schema.Required ??= new HashSet<string>(StringComparer.Ordinal);
            schema.Required.Add("errors");
        }

        return Task.CompletedTask;
    }

    /// <summary>
    /// A request body's fields are all optional to the JSON reader (the use case's validator names what is missing),
    /// so schemas that requests use list as required only what the reader itself requires. The schema generator
    /// would otherwise call every constructor parameter required.
    /// </summary>
    private static Task RequiredAsReadAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        var components = document.Components?.Schemas;
        if (components is null)
        {
            return Task.CompletedTask;
        }

        var serializer = context.ApplicationServices.GetRequiredService<IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>().Value.SerializerOptions;
        var read = new HashSet<string>(StringComparer.Ordinal);
        foreach (var body in (document.Paths ?? []).Values.SelectMany(p => p.Operations?.Values ?? Enumerable.Empty<OpenApiOperation>()).SelectMany(o => o.RequestBody?.Content?.Values ?? []))
        {
            Walk(body.Schema, components, read);
        }

        foreach (var name in read)
        {
            if (components[name] is not OpenApiSchema schema || schema.Required is null || SchemaNames.TypeOf(name) is not { } type)
            {
                continue;
            }

            var requiredByReader = serializer.GetTypeInfo(type).Properties.Where(p => p.IsRequired).Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
            schema.Required.IntersectWith(requiredByReader);
        }

        return Task.CompletedTask;
    }

    /// <summary>A file part is a binary string where it is used, as generators expect, not a schema of its own.</summary>
    private static Task InlineFilesAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        var components = document.Components?.Schemas;
        if (components is null || !components.Remove(nameof(IFormFile)))
        {
            return Task.CompletedTask;
        }

        foreach (var schema in components.Values.OfType<OpenApiSchema>())
        {
            foreach (var (name, property) in schema.Properties?.ToList() ?? [])
            {
                if (property is OpenApiSchemaReference { Reference.Id: nameof(IFormFile) })
                {
                    schema.Properties![name] = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary" };
                }
            }
        }

        return Task.CompletedTask;
    }

    private static void Walk(IOpenApiSchema? schema, IDictionary<string, IOpenApiSchema> components, HashSet<string> seen)
    {
        switch (schema)
        {
            case null:
                return;
            case OpenApiSchemaReference reference:
                if (reference.Reference.Id is { } id && seen.Add(id) && components.TryGetValue(id, out var target))
                {
                    Walk(target, components, seen);
                }

                return;
        }

        foreach (var child in (schema.Properties?.Values ?? [])
                 .Concat(schema.AllOf ?? []).Concat(schema.AnyOf ?? []).Concat(schema.OneOf ?? [])
                 .Append(schema.Items).Append(schema.AdditionalProperties))
        {
            Walk(child, components, seen);
        }
    }
}
