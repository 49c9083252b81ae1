using System.Text.RegularExpressions;
using FluentValidation;
using Mediator;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using PanelCaseManager.Application.Audit;
using PanelCaseManager.Application.Behaviours;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Features.Appeals;
using PanelCaseManager.Application.Features.Letters;
using PanelCaseManager.Application.Features.Panels;
using PanelCaseManager.Application.Features.PlacementRequests;
using PanelCaseManager.Application.Features.Plans;
using PanelCaseManager.Application.Features.Provision;
using PanelCaseManager.Application.Features.Timeliness;
using PanelCaseManager.Application.Features.PlacementRequests.Drafts;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Domain.Needs;

namespace PanelCaseManager.Application;

public static partial class DependencyInjection
{
    /// <summary>
    /// The use cases and the pipeline every one of them runs through, outermost first: logging, audit,
    /// authorisation, validation, timing, unit of work (commands), idempotency (creating commands), then the handler.
    /// </summary>
    public static IServiceCollection AddApplication(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddMediator((MediatorOptions options) =>
        {
            options.ServiceLifetime = ServiceLifetime.Scoped;
            options.PipelineBehaviors =
            [
                typeof(LoggingBehaviour<,>),
                typeof(AuditBehaviour<,>),
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
        services.AddScoped<AuditTrail>();
        services.AddSingleton<ReadAuditWriter>();
        services.AddScoped<Features.Audit.AuditCheckpointWriter>();
        services.AddSingleton<IValidateOptions<AuditTrailOptions>, AuditTrailOptions.Validation>();
        services.AddOptions<AuditTrailOptions>().Bind(configuration.GetSection(AuditTrailOptions.Section)).ValidateOnStart();
        services.AddScoped<CaseAccess>();
        services.AddMemoryCache();
        services.AddScoped<AccountSessions>();
        services.AddScoped<AfterCommit>();
        services.AddOptions<SessionOptions>()
            .Bind(configuration.GetSection(SessionOptions.Section))
            .Validate(o => o.AccountCheckSeconds is >= 0 and <= SessionOptions.MaximumAccountCheckSeconds,
                "Sessions:AccountCheckSeconds must be 0 to 60: a closed account or a changed role must end its sessions within a minute.")
            .ValidateOnStart();
        services.AddScoped<Features.Partners.PartnerResponses>();
        services.AddOptions<AccessOptions>()
            .Bind(configuration.GetSection(AccessOptions.Section))
            .Validate(o => o.PanelPapersDaysAfterMeeting is >= 0 and <= AccessOptions.MaximumPanelPapersDaysAfterMeeting,
                $"Access:PanelPapersDaysAfterMeeting must be 0 to {AccessOptions.MaximumPanelPapersDaysAfterMeeting} days.")
            .ValidateOnStart();
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

        services.AddOptions<LetterOptions>()
            .Bind(configuration.GetSection(LetterOptions.Section))
            .Validate(o => LanguageTag().IsMatch(o.Language), "Letters:Language must be a language tag such as en-GB.")
            .Validate(o => !string.IsNullOrWhiteSpace(o.MediationContactPeriod), "Letters:MediationContactPeriod must say how long families have to contact the mediation adviser, such as '2 months'.")
            .Validate(o => Uri.TryCreate(o.TribunalWebsite, UriKind.Absolute, out _), "Letters:TribunalWebsite must be the address of the Tribunal's guidance.")
            .Validate(LetterSettings.LogoExists, "Letters:Authority:LogoPath names a file that does not exist.")
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<LetterTemplateLimits>, LetterTemplateLimits.Validation>();
        services.AddOptions<LetterTemplateLimits>().Bind(configuration.GetSection(LetterTemplateLimits.Section)).ValidateOnStart();
        services.AddSingleton<LetterSettings>();
        services.AddScoped<DecisionLetters>();
        services.AddScoped<NoticeLetters>();
        services.AddProvision(configuration);
        services.AddPlanRegister(configuration);
        Features.Reviews.ReviewRegistration.AddAnnualReviews(services, configuration);
        services.AddAppealsReport(configuration);
        services.AddPanelWorkflow(configuration);
        AddTimeliness(services, configuration);
        services.AddOptions<RequestDraftOptions>()
            .Bind(configuration.GetSection(RequestDraftOptions.Section))
            .Validate(o => o.LifetimeDays >= 1, "RequestDrafts:LifetimeDays must be at least 1.")
            .ValidateOnStart();

        var configuredCodes = configuration.GetSection("Needs:Sen2Codes").Get<List<Sen2Need>>();
        services.AddSingleton(configuredCodes is { Count: > 0 } ? new Sen2Catalogue(configuredCodes) : Sen2Catalogue.England2025);
        return services;
    }

    [GeneratedRegex("^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$")]
    private static partial Regex LanguageTag();
    private static void AddTimeliness(IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<StatutoryClockOptions>()
            .Bind(configuration.GetSection(StatutoryClockOptions.Section))
            .Validate(o => !o.Problems().Any(), "StatutoryClock is not valid: check its periods, month-days and exception reasons.")
            .ValidateOnStart();
        services.AddOptions<RemindersOptions>()
            .Bind(configuration.GetSection(RemindersOptions.Section))
            .Validate(o => !o.Problems().Any(), "Reminders is not valid: check DueSoonDays, the intervals and the batch sizes.")
            .ValidateOnStart();
        services.AddOptions<WorklistOptions>()
            .Bind(configuration.GetSection(WorklistOptions.Section))
            .Validate(o => o.DueSoonDays is >= 0 and <= 365 && o.CriticallyOverdueDays is >= 0 and <= 365,
                "Worklist: DueSoonDays and CriticallyOverdueDays are 0 to 365.")
            .ValidateOnStart();
        services.AddOptions<Features.Partners.PartnerOptions>()
            .Bind(configuration.GetSection(Features.Partners.PartnerOptions.Section))
            .Validate(o => o.DueSoonDays is >= 1 and <= Features.Partners.PartnerOptions.MaximumDueSoonDays, $"Partners:DueSoonDays is 1 to {Features.Partners.PartnerOptions.MaximumDueSoonDays}.")
            .ValidateOnStart();
        services.AddOptions<BankHolidayOptions>()
            .Bind(configuration.GetSection(BankHolidayOptions.Section))
            .Validate(o => o.WarnMonthsBeforeCalendarEnds is >= 0 and <= 60, "BankHolidays:WarnMonthsBeforeCalendarEnds is 0 to 60.")
            .ValidateOnStart();
        services.AddSingleton<TimelinessRules>();
        services.AddScoped<BankHolidayCalendar>();
        services.AddScoped<ClockSettingsFactory>();
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
