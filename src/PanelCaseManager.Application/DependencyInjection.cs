using FluentValidation;
using Mediator;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PanelCaseManager.Application.Behaviours;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Features.PlacementRequests;
using PanelCaseManager.Application.Features.PlacementRequests.Drafts;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Domain.Needs;

namespace PanelCaseManager.Application;

public static class DependencyInjection
{
    /// <summary>
    /// The use cases and the pipeline every one of them runs through, outermost first: logging, authorisation,
    /// validation, timing, unit of work (commands), idempotency (creating commands), then the handler.
    /// </summary>
    public static IServiceCollection AddApplication(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddMediator((MediatorOptions options) =>
        {
            options.ServiceLifetime = ServiceLifetime.Scoped;
            options.PipelineBehaviors =
            [
                typeof(LoggingBehaviour<,>),
                typeof(AuthorisationBehaviour<,>),
                typeof(ValidationBehaviour<,>),
                typeof(TimingBehaviour<,>),
                typeof(UnitOfWorkBehaviour<,>),
                typeof(IdempotencyBehaviour<,>),
            ];
        });

        services.AddValidatorsFromAssembly(typeof(DependencyInjection).Assembly, ServiceLifetime.Scoped);
        AddDomainEventHandlers(services);

        services.AddScoped<CurrentUser>();
        services.AddScoped<ICurrentUser>(sp => sp.GetRequiredService<CurrentUser>());
        services.AddScoped<CaseReferenceAllocator>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddAuthorizationCore(Policies.Configure);

        services.AddOptions<PlacementRequestOptions>()
            .Bind(configuration.GetSection(PlacementRequestOptions.Section))
            .Validate(o => o.MaximumPreferences >= 1 && o.MaximumAge is >= 1 and <= 30 && o.MaximumReceivedYearsAgo >= 1,
                "PlacementRequests: MaximumPreferences must be at least 1, MaximumAge 1–30, MaximumReceivedYearsAgo at least 1.")
            .ValidateOnStart();
        services.AddOptions<PipelineOptions>()
            .Bind(configuration.GetSection(PipelineOptions.Section))
            .Validate(o => o.SlowRequestBudgetMilliseconds > 0, "Pipeline:SlowRequestBudgetMilliseconds must be positive.")
            .ValidateOnStart();

        services.AddOptions<RequestDraftOptions>()
            .Bind(configuration.GetSection(RequestDraftOptions.Section))
            .Validate(o => o.LifetimeDays >= 1, "RequestDrafts:LifetimeDays must be at least 1.")
            .ValidateOnStart();

        var configuredCodes = configuration.GetSection("Needs:Sen2Codes").Get<List<Sen2Need>>();
        services.AddSingleton(configuredCodes is { Count: > 0 } ? new Sen2Catalogue(configuredCodes) : Sen2Catalogue.England2025);
        return services;
    }

    private static void AddDomainEventHandlers(IServiceCollection services)
    {
        services.AddScoped<DomainEventDispatcher>();
        var handlers = typeof(DependencyInjection).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false })
            .SelectMany(t => t.GetInterfaces()
                .Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IDomainEventHandler<>))
                .Select(i => (Service: i, Implementation: t)));
        foreach (var (service, implementation) in handlers)
        {
            services.AddScoped(service, implementation);
        }
    }
}
