using Microsoft.AspNetCore.Authorization;

namespace PanelCaseManager.Web.Security;

/// <summary>
/// Default-deny (docs/adr/0136): an endpoint or page that names no policy and is not marked AllowAnonymous is refused
/// to everyone — a redirect to sign in or 401 for someone not signed in, 403 for anyone who is. A request that matches no
/// endpoint at all is let through to its "not found".
/// </summary>
internal static class FallbackPolicy
{
    public static AuthorizationPolicy DenyUndeclared { get; } = new AuthorizationPolicyBuilder()
        .AddRequirements(new DeclaredPolicyRequirement())
        .Build();

    public static IServiceCollection AddPanelFallbackPolicy(this IServiceCollection services)
    {
        services.AddSingleton<IAuthorizationHandler, DeclaredPolicyHandler>();
        services.Configure<AuthorizationOptions>(options => options.FallbackPolicy = DenyUndeclared);
        return services;
    }
}

/// <summary>
/// Met only when the request reached no endpoint of the app's own: none at all (a 404 to come), or one of the
/// framework's answers to a request no route accepts (405 for the method, 415 for the content type), which have no
/// route and no metadata and only set their status. A route of ours reaching the fallback policy declared none.
/// </summary>
internal sealed class DeclaredPolicyRequirement : IAuthorizationRequirement;

internal sealed class DeclaredPolicyHandler : AuthorizationHandler<DeclaredPolicyRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, DeclaredPolicyRequirement requirement)
    {
        if (context.Resource is HttpContext http && http.GetEndpoint() is not RouteEndpoint and ({ Metadata.Count: 0 } or null))
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}
