using System.Reflection;
using Microsoft.AspNetCore.Authorization;
using PanelCaseManager.Application.Security;

namespace PanelCaseManager.Web.Api;

/// <summary>
/// An endpoint named after a use case (<c>.WithName("ListPlans")</c>) is authorised by the policy its request declares
/// (<c>[RequiresPolicy]</c> on <c>ListPlans.Query</c>), so the policy is written once, beside the use case, and the
/// endpoint cannot drift from the pipeline's check. An endpoint that sends no use case of its name (a CSV of a report,
/// an account's own details) declares its policy itself; one that does both keeps its own.
/// </summary>
internal static class UseCasePolicies
{
    /// <summary>Each use case's name (the class that holds its request) and the policy its request requires.</summary>
    public static IReadOnlyDictionary<string, string> ByUseCase { get; } = Find(typeof(RequiresPolicyAttribute).Assembly);

    public static RouteGroupBuilder AuthorisedByTheirUseCase(this RouteGroupBuilder group)
    {
        ArgumentNullException.ThrowIfNull(group);
        ((IEndpointConventionBuilder)group).Finally(endpoint =>
        {
            if (endpoint.Metadata.OfType<IAuthorizeData>().Any() || endpoint.Metadata.OfType<IAllowAnonymous>().Any())
            {
                return;
            }

            var name = endpoint.Metadata.OfType<IEndpointNameMetadata>().LastOrDefault()?.EndpointName;
            if (name is not null && ByUseCase.TryGetValue(name, out var policy))
            {
                endpoint.Metadata.Add(new AuthorizeAttribute(policy));
            }
        });
        return group;
    }

    private static Dictionary<string, string> Find(Assembly application)
    {
        var policies = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var request in application.GetTypes())
        {
            if (request.GetCustomAttribute<RequiresPolicyAttribute>() is not { } requires || request.DeclaringType is not { } useCase)
            {
                continue;
            }

            // A use case with two requests of different policies names neither: its endpoints say which they send.
            policies[useCase.Name] = policies.TryGetValue(useCase.Name, out var other) && other != requires.Policy ? string.Empty : requires.Policy;
        }

        return policies.Where(p => p.Value.Length > 0).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
    }
}
