using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Domain.Panels;

namespace PanelCaseManager.Application.Features.Panels;

public static class PanelWorkflowServices
{
    /// <summary>The services and settings of evidence, panels and consultations, checked when the app starts.</summary>
    public static IServiceCollection AddPanelWorkflow(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<CasePacks>();
        services.AddScoped<DecisionCatalogue>();
        services.AddScoped<TermsOfReferenceRegister>();

        services.AddOptions<PanelOptions>()
            .Bind(configuration.GetSection(PanelOptions.Section))
            .Validate(o => o.QuorumMinimumMembers >= (o.QuorumAgencies is { Length: > 0 } a ? a.Distinct().Count() : PanelOptions.DefaultQuorumAgencies.Count),
                "Panels:QuorumMinimumMembers cannot be fewer than the agencies that must be represented.")
            .Validate(o => o.EvidenceCutOffWorkingDays is >= 0 and <= TermsOfReference.MaximumCutOffWorkingDays,
                $"Panels:EvidenceCutOffWorkingDays must be 0 to {TermsOfReference.MaximumCutOffWorkingDays}.")
            .Validate(o => !string.IsNullOrWhiteSpace(o.Purpose) && !string.IsNullOrWhiteSpace(o.DecisionMaking),
                "Panels:Purpose and Panels:DecisionMaking must be set.")
            .ValidateOnStart();
        services.AddOptions<EvidenceOptions>()
            .Bind(configuration.GetSection(EvidenceOptions.Section))
            .Validate(o => o.AdviceResponseWeeks is >= 1 and <= 52, "Evidence:AdviceResponseWeeks must be 1 to 52.")
            .Validate(o => o.MaximumUploadBytes is >= 1024 and <= 200L * 1024 * 1024, "Evidence:MaximumUploadBytes must be 1 KB to 200 MB.")
            .ValidateOnStart();
        services.AddOptions<ConsultationOptions>()
            .Bind(configuration.GetSection(ConsultationOptions.Section))
            .Validate(o => o.ResponseDays is >= 1 and <= 90, "Consultations:ResponseDays must be 1 to 90.")
            .ValidateOnStart();
        return services;
    }
}
