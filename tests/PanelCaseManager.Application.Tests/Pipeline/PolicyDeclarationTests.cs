using System.Reflection;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;
using PanelCaseManager.Application.Security;

namespace PanelCaseManager.Application.Tests.Pipeline;

public class PolicyDeclarationTests
{
    private static readonly Type[] RequestTypes = typeof(DependencyInjection).Assembly.GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IMessage).IsAssignableFrom(t))
        .ToArray();

    [Test]
    public void Every_request_type_names_an_authorisation_policy()
    {
        RequestTypes.Should().NotBeEmpty();
        RequestTypes.Where(t => t.GetCustomAttribute<RequiresPolicyAttribute>() is null)
            .Select(t => t.FullName)
            .Should().BeEmpty("a request without [RequiresPolicy] never runs");
    }

    [Test]
    public void Every_named_policy_is_defined()
    {
        var options = new AuthorizationOptions();
        Policies.Configure(options);

        RequestTypes.Select(t => t.GetCustomAttribute<RequiresPolicyAttribute>()?.Policy)
            .Where(p => p is not null)
            .Distinct()
            .Where(p => options.GetPolicy(p!) is null)
            .Should().BeEmpty();
    }
}
