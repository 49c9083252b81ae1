using Microsoft.AspNetCore.Diagnostics;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Web.Errors;
using PanelCaseManager.Web.Identity;

namespace PanelCaseManager.Web.Ui;

internal static class PanelPages
{
    /// <summary>The Razor Pages of the web interface and what they share.</summary>
    public static IServiceCollection AddPanelPages(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ServiceOptions>()
            .Bind(configuration.GetSection(ServiceOptions.Section))
            .Validate(o => !string.IsNullOrWhiteSpace(o.Name) && !string.IsNullOrWhiteSpace(o.Authority) && !string.IsNullOrWhiteSpace(o.FamilyName),
                "Service:Name, Service:FamilyName and Service:Authority must be set.")
            .ValidateOnStart();
        services.AddRazorPages().AddMvcOptions(mvc => mvc.ModelBinderProviders.Insert(0, new DatePartsBinderProvider()));
        services.AddSingleton<DependencyFailures>();
        return services;
    }

    /// <summary>The status of a page that failed: something missing or forbidden is shown as such, anything else is a fault.</summary>
    internal static int StatusFor(Exception exception) => exception switch
    {
        NotFoundException => StatusCodes.Status404NotFound,
        ForbiddenException => StatusCodes.Status403Forbidden,
        DependencyUnavailableException => StatusCodes.Status503ServiceUnavailable,
        _ => StatusCodes.Status500InternalServerError,
    };

    /// <summary>
    /// Failures and empty error responses: problem details for the API (its exception handler), pages for the
    /// browser — "page not found" for something that does not exist or that the user may not see, "there is a
    /// problem with the service" for a fault of ours.
    /// </summary>
    public static WebApplication UsePanelErrorPages(this WebApplication app)
    {
        var dependencies = app.Services.GetRequiredService<DependencyFailures>();
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandlingPath = "/error",
            StatusCodeSelector = exception => dependencies.Unavailable(exception) is not null ? StatusCodes.Status503ServiceUnavailable : StatusFor(exception),
            // Every failure is logged once by its handler (Errors/RequestFailures): a client's mistake is not a fault.
            SuppressDiagnosticsCallback = _ => true,
        });
        app.UseWhen(context => BrowserSession.IsApiRequest(context.Request), api => api.UseStatusCodePages());
        app.UseWhen(context => !BrowserSession.IsApiRequest(context.Request), pages => pages.UseStatusCodePagesWithReExecute("/status/{0}"));
        return app;
    }
}
