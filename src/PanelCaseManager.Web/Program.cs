using PanelCaseManager.Application;
using PanelCaseManager.Application.Persistence;
using PanelCaseManager.Infrastructure;
using PanelCaseManager.Web;
using PanelCaseManager.Web.Api;
using PanelCaseManager.Web.Audit;
using PanelCaseManager.Web.Errors;
using PanelCaseManager.Web.Hosting;
using PanelCaseManager.Web.Identity;
using PanelCaseManager.Web.Jobs;
using PanelCaseManager.Web.Security;
using PanelCaseManager.Web.Ui;
using Scalar.AspNetCore;

var builder = WebApplication.CreateBuilder(args);

// ASP.NET Core's request lines hold whole URLs, query strings too (a search for a child's name): never written,
// whatever level an operator chooses. Failures are logged by route pattern instead (Errors/RequestFailures).
builder.Logging.AddFilter("Microsoft.AspNetCore.Hosting.Diagnostics", LogLevel.Warning);

builder.Services.AddApplication(builder.Configuration);
builder.Services.AddInfrastructure(builder.Configuration, builder.Environment.ContentRootPath);
builder.Services.AddPanelIdentity(builder.Configuration, builder.Environment);
builder.Services.AddPanelAuditTrail(builder.Configuration, builder.Environment);
builder.Services.AddPanelBackgroundJobs(builder.Configuration);
builder.Services.AddPanelReverseProxy(builder.Configuration);
builder.Services.AddPanelTelemetry(builder.Configuration);

builder.Services.AddPanelApi();
builder.Services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
builder.Services.AddPanelProblemDetails();
builder.Services.AddPanelRateLimits(builder.Configuration);
builder.Services.AddHealthChecks().AddDbContextCheck<PanelDbContext>("database", tags: ["ready"]);
builder.Services.AddPanelPages(builder.Configuration);

var app = builder.Build();

app.UsePanelReverseProxy();
app.UsePanelErrorPages();
app.UseSecurityHeaders();
if (!app.Environment.IsDevelopment())
{
    app.UseHsts();
}

app.UseStaticFiles();
app.UseRouting();
app.UseSignInRateLimits();
app.UseAuthentication();
app.UseCurrentUser();
app.UseAuthorization();
app.UseRateLimiter();

app.MapHealthChecks("/health/live", new() { Predicate = _ => false }).AllowAnonymous();
app.MapHealthChecks("/health/ready", new() { Predicate = check => check.Tags.Contains("ready") }).AllowAnonymous();
app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();
app.MapScalarApiReference("/api-docs", options => options.WithTitle("PanelCaseManager API").WithOpenApiRoutePattern("/openapi/{documentName}.json")).AllowAnonymous();
app.MapPanelApi();
app.MapDevelopmentSignIn();
app.MapPanelJobsDashboard();
app.MapRazorPages();

await app.InitialiseDatabaseAsync();
await app.CheckpointAuditTrailAtStartAsync();
await app.RunAsync();

/// <summary>The web host; public so that tests can start it.</summary>
public partial class Program;
