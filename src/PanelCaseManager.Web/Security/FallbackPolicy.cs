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

/// <summary>Met only when there is no endpoint: an endpoint reaching the fallback policy declared none of its own.</summary>
internal sealed class DeclaredPolicyRequirement : IAuthorizationRequirement;

internal sealed class DeclaredPolicyHandler : AuthorizationHandler<DeclaredPolicyRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, DeclaredPolicyRequirement requirement)
    {
        if (context.Resource is HttpContext http && http.GetEndpoint() is null)
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}
