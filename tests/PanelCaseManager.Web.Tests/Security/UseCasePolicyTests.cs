using System.Reflection;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using PanelCaseManager.Application.Security;

namespace PanelCaseManager.Web.Tests.Security;

/// <summary>
/// Each action's policy is declared once (issue 20, item 3): an API endpoint named after a use case is authorised by
/// the policy its request declares; the navigation's roles are the policies' roles.
/// </summary>
public class UseCasePolicyTests
{
    /// <summary>Endpoints deliberately stricter than the use case they send, and why.</summary>
    private static readonly Dictionary<string, string> Stricter = new(StringComparer.Ordinal)
    {
        ["GetBankHolidayCoverage"] = "every signed-in page shows the banner from this query; its API is the administrator's, who keeps the list",
    };

    private static List<RouteEndpoint> ApiEndpoints(PanelWebApplicationFactory factory) =>
        factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/v1", StringComparison.Ordinal) == true)
            .ToList();

    [Test]
    public async Task Every_endpoint_named_after_a_use_case_requires_that_use_cases_policy_and_only_it()
    {
        await using var factory = new PanelWebApplicationFactory();
        factory.CreateClient().Dispose();
        var useCases = typeof(Policies).Assembly.GetTypes()
            .Where(t => t.GetCustomAttribute<RequiresPolicyAttribute>() is not null && t.DeclaringType is not null)
            .GroupBy(t => t.DeclaringType!.Name)
            .Where(g => g.Select(t => t.GetCustomAttribute<RequiresPolicyAttribute>()!.Policy).Distinct().Count() == 1)
            .ToDictionary(g => g.Key, g => g.First().GetCustomAttribute<RequiresPolicyAttribute>()!.Policy);

        var endpoints = ApiEndpoints(factory);
        endpoints.Should().HaveCountGreaterThan(80);
        var named = 0;
        foreach (var endpoint in endpoints)
        {
            var policies = endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy).ToList();
            var anonymous = endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null;
            var what = $"{endpoint.DisplayName} ({endpoint.RoutePattern.RawText})";
            (anonymous || policies.Count == 1).Should().BeTrue($"{what} should name exactly one policy, not [{string.Join(", ", policies)}]");
            if (endpoint.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName is { } name && useCases.TryGetValue(name, out var policy) && !anonymous && !Stricter.ContainsKey(name))
            {
                named++;
                policies.Should().Equal([policy], $"{what} sends {name}, whose request requires {policy}");
            }
        }

        named.Should().BeGreaterThan(70, "most endpoints are named after the use case they send");
    }

    [Test]
    public void The_navigation_shows_a_place_to_the_roles_its_policy_admits()
    {
        Policies.Admits(Policies.ManageCases, Domain.Users.Role.SendOfficer).Should().BeTrue();
        Policies.Admits(Policies.ManageCases, Domain.Users.Role.PanelChair).Should().BeFalse();
        Policies.Admits(Policies.ViewTimeliness, Domain.Users.Role.Auditor).Should().BeTrue();
        Policies.Admits(Policies.ViewTimeliness, null).Should().BeFalse();
        Policies.Admits(Policies.SignedIn, Domain.Users.Role.Administrator).Should().BeFalse("a policy that does not admit by role admits no role here");
        Policies.Admits("no-such-policy", Domain.Users.Role.Administrator).Should().BeFalse();
    }
}
