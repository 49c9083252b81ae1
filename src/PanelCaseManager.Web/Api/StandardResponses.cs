using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.OpenApi;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Security;

namespace PanelCaseManager.Web.Api;

/// <summary>
/// The answers every operation can give besides its own, read from the endpoint rather than written out on each:
/// 400 when it takes any input, 401 and 403 when it needs a role, 404 when its path names something or its body is
/// about a case, child, decision, letter or meeting whose access the pipeline checks, 415 when it takes a body, 422
/// when it takes an Idempotency-Key, 429 when it is rate limited, and 500. Each is RFC 9457 problem details; 400
/// carries <c>errors</c> by field. Answers only a use case knows (409, a 403 of a domain rule, a 404 of another id in
/// the body) are declared on the endpoint with <c>ProducesProblem</c>. Every operation also has a
/// name (<c>WithName</c>, its operationId) and a summary: Web.Tests' ApiDocumentTests fail for one without.
/// </summary>
internal sealed class StandardResponses : IOpenApiOperationTransformer
{
    private const string BadRequest = "Some of the information is missing or not valid: errors names each field (\"$\" is the body as a whole) with what it should hold.";

    public async Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var description = context.Description;
        var metadata = description.ActionDescriptor.EndpointMetadata;
        operation.Responses ??= [];
        var parameters = description.ParameterDescriptions;
        var hasBody = parameters.Any(p => p.Source == BindingSource.Body || p.Source == BindingSource.Form || p.Source == BindingSource.FormFile)
                      || metadata.OfType<IAcceptsMetadata>().Any();
        var policies = metadata.OfType<IAuthorizeData>().Select(a => a.Policy).OfType<string>().ToList();
        var anonymous = metadata.OfType<IAllowAnonymous>().Any();

        if (parameters.Any(p => p.Source != BindingSource.Services && p.Source != BindingSource.Special) || hasBody)
        {
            await AddAsync(operation, context, StatusCodes.Status400BadRequest, typeof(HttpValidationProblemDetails), BadRequest, cancellationToken);
        }

        if (!anonymous && metadata.OfType<IAuthorizeData>().Any())
        {
            await AddAsync(operation, context, StatusCodes.Status401Unauthorized, typeof(ProblemDetails),
                "No bearer token was sent, or it has expired: sign in again.", cancellationToken);
            await AddAsync(operation, context, StatusCodes.Status403Forbidden, typeof(ProblemDetails),
                policies.Any(p => p != Policies.SignedIn) ? "Your role may not do this, or your account is closed." : "Your account is closed.", cancellationToken);
        }

        if (parameters.Any(p => p.Source == BindingSource.Path))
        {
            await AddAsync(operation, context, StatusCodes.Status404NotFound, typeof(ProblemDetails),
                "It does not exist, or you may not see it.", cancellationToken);
        }
        else if (parameters.Any(p => p.Source == BindingSource.Body && NamesSomethingScoped(p.Type)))
        {
            await AddAsync(operation, context, StatusCodes.Status404NotFound, typeof(ProblemDetails),
                "Something it names does not exist, or you may not see it.", cancellationToken);
        }

        if (hasBody)
        {
            var accepted = operation.RequestBody?.Content?.Keys is { Count: > 0 } keys ? string.Join(" or ", keys) : "the documented media type";
            await AddAsync(operation, context, StatusCodes.Status415UnsupportedMediaType, typeof(ProblemDetails),
                $"The body was not sent as {accepted}.", cancellationToken);
        }

        if (parameters.Any(p => p.Source == BindingSource.Header && string.Equals(p.Name, "Idempotency-Key", StringComparison.OrdinalIgnoreCase)))
        {
            await AddAsync(operation, context, StatusCodes.Status422UnprocessableEntity, typeof(ProblemDetails),
                "This Idempotency-Key was used before for a different request (code idempotency-key-reused).", cancellationToken);
        }

        if (metadata.OfType<EnableRateLimitingAttribute>().Any())
        {
            await AddAsync(operation, context, StatusCodes.Status429TooManyRequests, typeof(ProblemDetails),
                "Too many requests: wait for the Retry-After seconds and try again.", cancellationToken);
        }

        await AddAsync(operation, context, StatusCodes.Status500InternalServerError, typeof(ProblemDetails),
            "A fault of ours: nothing was saved. Quote the traceId to the service desk.", cancellationToken);
        Describe(operation);
    }

    /// <summary>A body naming a case, child, decision, letter or meeting the pipeline checks access to (Application/Common/Scopes) can be answered "not found".</summary>
    private static bool NamesSomethingScoped(Type? body) =>
        body is not null && (typeof(ICaseScoped).IsAssignableFrom(body) || typeof(IChildScoped).IsAssignableFrom(body) || typeof(IDecisionScoped).IsAssignableFrom(body)
                             || typeof(ILetterScoped).IsAssignableFrom(body) || typeof(IPanelScoped).IsAssignableFrom(body));

    private static async Task AddAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, int status, Type problem, string description, CancellationToken ct)
    {
        var key = status.ToString(CultureInfo.InvariantCulture);
        if (operation.Responses!.ContainsKey(key))
        {
            return;
        }

        operation.Responses[key] = new OpenApiResponse
        {
            Description = description,
            Content = new Dictionary<string, OpenApiMediaType>
            {
                ["application/problem+json"] = new() { Schema = await ProblemSchemaAsync(context, problem, ct) },
            },
        };
    }

    private static async Task<IOpenApiSchema> ProblemSchemaAsync(OpenApiOperationTransformerContext context, Type problem, CancellationToken ct)
    {
        var name = SchemaNames.NameOf(problem);
        var components = context.Document?.Components?.Schemas;
        if (components is null || !components.ContainsKey(name))
        {
            var schema = await context.GetOrCreateSchemaAsync(problem, null, ct);
            if (context.Document is null)
            {
                return schema;
            }

            context.Document.AddComponent(name, schema);
        }

        return new OpenApiSchemaReference(name, context.Document);
    }

    /// <summary>The problems an endpoint declared itself get the same words as the ones added here, and the answers are listed in order.</summary>
    private static void Describe(OpenApiOperation operation)
    {
        var accepted = operation.RequestBody?.Content?.Keys is { Count: > 0 } keys ? string.Join(" or ", keys) : "the documented media type";
        foreach (var (status, response) in operation.Responses!)
        {
            if (response is OpenApiResponse own && (string.IsNullOrEmpty(own.Description) || own.Description == DefaultDescription(status)))
            {
                own.Description = status switch
                {
                    "400" => BadRequest,
                    "403" => "You may not do this: your role does not allow it, or a rule of the case says who may (code names it).",
                    "404" => "It, or something it names, does not exist, or you may not see it.",
                    "409" => "It conflicts with the current state: code stale-version when someone changed it first (read it again), otherwise the rule it breaks, with what can be done instead.",
                    "415" => $"The body was not sent as {accepted}.",
                    _ => own.Description,
                };
            }
        }

        var ordered = operation.Responses.OrderBy(r => r.Key, StringComparer.Ordinal).ToList();
        operation.Responses.Clear();
        foreach (var (status, response) in ordered)
        {
            operation.Responses[status] = response;
        }
    }

    private static string DefaultDescription(string status) => status switch
    {
        "200" => "OK",
        "201" => "Created",
        "400" => "Bad Request",
        "403" => "Forbidden",
        "404" => "Not Found",
        "409" => "Conflict",
        "415" => "Unsupported Media Type",
        "422" => "Unprocessable Entity",
        _ => string.Empty,
    };
}
