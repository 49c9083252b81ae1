using PanelCaseManager.Application.Security;
using Scalar.AspNetCore;

namespace PanelCaseManager.Web.Hosting;

/// <summary>"ApiReference" in configuration: whether the API's reference pages need signing in.</summary>
internal sealed class ApiReferenceOptions
{
    public const string Section = "ApiReference";

    /// <summary>True (appsettings.json) outside Development: the OpenAPI document and /api-docs only for people signed in.</summary>
    public bool RequireSignIn { get; set; } = true;
}

/// <summary>
/// The OpenAPI document (/openapi/v1.json) and the browsable reference (/api-docs) (docs/adr/0136). Outside
/// Development they are behind sign-in: a bearer token, or the browser's session (so the page can fetch its document).
/// </summary>
internal static class ApiReference
{
    public const string DocumentPathPrefix = "/openapi";
    public const string PagePath = "/api-docs";

    public static WebApplication MapPanelApiReference(this WebApplication app)
    {
        var settings = app.Configuration.GetSection(ApiReferenceOptions.Section).Get<ApiReferenceOptions>() ?? new ApiReferenceOptions();
        IEndpointConventionBuilder[] endpoints =
        [
            app.MapOpenApi(DocumentPathPrefix + "/{documentName}.json"),
            app.MapScalarApiReference(PagePath, options => options.WithTitle("PanelCaseManager API").WithOpenApiRoutePattern(DocumentPathPrefix + "/{documentName}.json")),
        ];
        foreach (var endpoint in endpoints)
        {
            if (settings.RequireSignIn)
            {
                endpoint.RequireAuthorization(Policies.SignedIn);
            }
            else
            {
                endpoint.AllowAnonymous();
            }
        }

        return app;
    }
}
